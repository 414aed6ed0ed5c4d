// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "core/names.h"
#include "runbook/journal.h"
#include "runbook/runbookrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

namespace mailha::ctl {

namespace {

// lupdate reads CtlText::tr() calls under the context "mailhactl".
struct CtlText {
    Q_DECLARE_TR_FUNCTIONS(mailhactl)
};

} // namespace

int runJournal(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CtlText::tr("Show or verify the operator journal, or add a note to it. "
                                        "verify exits 1 when the journal was edited, truncated or reordered."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("show | verify | note"));
    const QCommandLineOption cluster(QStringLiteral("cluster"), CtlText::tr("Use the default journal of this cluster."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption journalFile(QStringLiteral("journal"), CtlText::tr("Journal file (default: the cluster's)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, CtlText::tr("Show this help."));
    parser.addOptions({cluster, journalFile, help});
    if (!parser.parse(QStringList{QStringLiteral("mailhactl journal")} + args)) {
        io.err << "mailhactl journal: " << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return ExitOk;
    }
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    QString path = parser.value(journalFile);
    QStringList rest = pos.mid(1);
    if (path.isEmpty() && action != QLatin1String("note") && !rest.isEmpty())
        path = rest.takeFirst();
    if (path.isEmpty() && parser.isSet(cluster))
        path = Journal::defaultPath(parser.value(cluster));
    if (path.isEmpty() || (action != QLatin1String("note") && !rest.isEmpty())) {
        io.err << "Usage: mailhactl journal show|verify FILE|--cluster NAME\n"
                  "       mailhactl journal note --cluster NAME [--journal FILE] TEXT\n";
        return ExitUsage;
    }

    if (action == QLatin1String("verify")) {
        const JournalVerification v = verifyJournal(path);
        for (const QString &p : v.problems)
            io.out << "TAMPERED: " << p << "\n";
        for (const QString &n : v.notes)
            io.out << "note: " << n << "\n";
        if (v.ok)
            io.out << CtlText::tr("%1: %2 entries, chain intact").arg(path).arg(v.entries) << "\n";
        return v.ok ? ExitOk : ExitProblem;
    }
    if (action == QLatin1String("show")) {
        const JournalContents c = readJournal(path);
        if (c.entries.isEmpty() && !c.errors.isEmpty()) {
            io.err << "mailhactl journal: " << c.errors.constFirst() << "\n";
            return ExitNoInput;
        }
        for (const JournalEntry &e : c.entries) {
            io.out << QString::number(e.seq()).rightJustified(5) << "  "
                   << QDateTime::fromMSecsSinceEpoch(e.time_ms()).toString(Qt::ISODateWithMs) << "  " << qstr(e.operator_())
                   << "  " << qstr(e.cluster()) << "  " << qstr(JournalPhase_Name(e.phase()));
            if (!e.run_id().empty())
                io.out << "  run=" << qstr(e.run_id()).left(8);
            if (!e.runbook().empty())
                io.out << "  " << qstr(e.runbook());
            if (!e.step_id().empty())
                io.out << "  step=" << qstr(e.step_id());
            if (!e.target().empty())
                io.out << "  on=" << qstr(e.target());
            if (e.phase() == STEP_FINISHED)
                io.out << "  exit=" << e.exit_status() << "  " << qstr(e.step_state());
            io.out << "\n";
            if (!e.command().empty() && e.phase() == STEP_STARTED)
                io.out << "         $ " << qstr(e.command()) << "\n";
            if (!e.message().empty())
                io.out << "         " << qstr(e.message()) << "\n";
            if (!e.reason().empty())
                io.out << "         " << CtlText::tr("reason: %1").arg(qstr(e.reason())) << "\n";
        }
        for (const QString &err : c.errors)
            io.err << "mailhactl journal: " << err << "\n";
        const QList<InterruptedRun> interrupted = findInterruptedRuns(c.entries);
        for (const InterruptedRun &r : interrupted)
            io.out << "\n" << r.toString();
        return c.errors.isEmpty() ? ExitOk : ExitProblem;
    }
    if (action == QLatin1String("note")) {
        const QString text = rest.join(QLatin1Char(' ')).trimmed();
        if (text.isEmpty() || !parser.isSet(cluster)) {
            io.err << "Usage: mailhactl journal note --cluster NAME TEXT\n";
            return ExitUsage;
        }
        Journal journal(path);
        QString error;
        JournalEntry e;
        e.set_phase(OPERATOR_NOTE);
        e.set_cluster(sstr(parser.value(cluster)));
        e.set_step_index(-1);
        e.set_message(sstr(text));
        if (!journal.open(&error) || !journal.append(e, &error)) {
            io.err << "mailhactl journal: " << error << "\n";
            return ExitProblem;
        }
        io.out << CtlText::tr("note %1 written to %2").arg(e.seq()).arg(path) << "\n";
        return ExitOk;
    }
    io.err << "Usage: mailhactl journal show|verify FILE\n";
    return ExitUsage;
}

} // namespace mailha::ctl
