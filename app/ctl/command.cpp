// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include <QCoreApplication>

namespace mailha::ctl {

const QList<Command> &commands()
{
    static const QList<Command> table{
        {"status", QT_TRANSLATE_NOOP("mailhactl", "Show the cluster topology, roles, lag and queues"), &runStatus},
        {"check", QT_TRANSLATE_NOOP("mailhactl", "Monitoring plugin (Nagios, Icinga, Zabbix): one status line, exit 0-3"), &runCheck},
        {"record", QT_TRANSLATE_NOOP("mailhactl", "Record the lab (or a scenario) to a recording file"), &runRecord},
        {"replay", QT_TRANSLATE_NOOP("mailhactl", "Replay a recording and show the cluster at a moment"), &runReplay},
        {"lab", QT_TRANSLATE_NOOP("mailhactl", "Training: list scenarios, run one headless and score it"), &runLab},
        {"probe", QT_TRANSLATE_NOOP("mailhactl", "Run or replay one technology's probe here and print its sample"), &runProbe},
        {"runbook", QT_TRANSLATE_NOOP("mailhactl", "List, show and dry-run runbooks"), &runRunbook},
        {"journal", QT_TRANSLATE_NOOP("mailhactl", "Show or verify the operator journal, add a note"), &runJournal},
        {"timeline", QT_TRANSLATE_NOOP("mailhactl", "Export the incident timeline as Markdown, HTML or PDF"), &runTimeline},
    };
    return table;
}

int dispatch(const QStringList &args, Io &io)
{
    auto usage = [&](QTextStream &to) {
        to << "Usage: mailhactl COMMAND [OPTIONS]\n\n"
           << QCoreApplication::translate("mailhactl", "Commands:") << "\n";
        for (const Command &c : commands())
            to << "  " << QString::fromLatin1(c.name).leftJustified(10) << QCoreApplication::translate("mailhactl", c.summary)
               << "\n";
        to << "\n" << QCoreApplication::translate("mailhactl", "Run 'mailhactl COMMAND --help' for a command's options.")
           << "\n";
    };
    if (args.isEmpty()) {
        usage(io.err);
        return ExitUsage;
    }
    const QString &name = args.constFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        usage(io.out);
        return ExitOk;
    }
    if (name == QLatin1String("--version")) {
        io.out << "mailhactl " << QCoreApplication::applicationVersion() << "\n";
        return ExitOk;
    }
    for (const Command &c : commands())
        if (name == QLatin1String(c.name))
            return c.run(args.mid(1), io);
    io.err << "mailhactl: " << QCoreApplication::translate("mailhactl", "unknown command '%1'").arg(name) << "\n";
    usage(io.err);
    return ExitUsage;
}

} // namespace mailha::ctl
