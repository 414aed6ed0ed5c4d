// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "runbook/journal.h"
#include "runbook/timeline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace mailha::ctl {

namespace {

// lupdate reads CtlText::tr() calls under the context "mailhactl".
struct CtlText {
    Q_DECLARE_TR_FUNCTIONS(mailhactl)
};

} // namespace

int runTimeline(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CtlText::tr("Export the incident timeline (operator actions and notes from the journal, "
                                        "merged with cluster events and alerts) for the post-mortem."));
    parser.addPositionalArgument(QStringLiteral("export"), QStringLiteral("export"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("md | html | pdf"), QStringLiteral("FORMAT"),
                                    QStringLiteral("md"));
    const QCommandLineOption journal(QStringLiteral("journal"), CtlText::tr("Journal file; repeat for several."), QStringLiteral("FILE"));
    const QCommandLineOption cluster(QStringLiteral("cluster"), CtlText::tr("Use the default journal of this cluster."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption events(QStringLiteral("events"),
                                    CtlText::tr("Cluster events and alerts, one JSON object per line (Protobuf JSON mapping)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption output(QStringLiteral("output"), CtlText::tr("Write here instead of standard output (required for pdf)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption title(QStringLiteral("title"), CtlText::tr("Title of the report."), QStringLiteral("TEXT"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, CtlText::tr("Show this help."));
    parser.addOptions({format, journal, cluster, events, output, title, help});
    if (!parser.parse(QStringList{QStringLiteral("mailhactl timeline")} + args)) {
        io.err << "mailhactl timeline: " << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return ExitOk;
    }
    const QString fmt = parser.value(format);
    if (parser.positionalArguments() != QStringList{QStringLiteral("export")}
        || (fmt != QLatin1String("md") && fmt != QLatin1String("html") && fmt != QLatin1String("pdf"))) {
        io.err << "Usage: mailhactl timeline export --format md|html|pdf (--journal FILE | --cluster NAME) "
                  "[--events FILE] [--output FILE] [--title TEXT]\n";
        return ExitUsage;
    }
    QStringList journals = parser.values(journal);
    if (parser.isSet(cluster))
        journals << Journal::defaultPath(parser.value(cluster));
    if (journals.isEmpty() && !parser.isSet(events)) {
        io.err << "mailhactl timeline: " << CtlText::tr("give --journal, --cluster or --events") << "\n";
        return ExitUsage;
    }
    QList<QList<ClusterEvent>> sources;
    for (const QString &path : journals) {
        if (!QFile::exists(path)) {
            io.err << "mailhactl timeline: " << CtlText::tr("no journal at %1").arg(path) << "\n";
            return ExitNoInput;
        }
        const JournalContents c = readJournal(path);
        for (const QString &e : c.errors)
            io.err << "mailhactl timeline: " << path << ": " << e << "\n";
        sources << timelineFromJournal(c.entries);
    }
    if (parser.isSet(events)) {
        QFile f(parser.value(events));
        if (!f.open(QIODevice::ReadOnly)) {
            io.err << "mailhactl timeline: " << f.errorString() << "\n";
            return ExitNoInput;
        }
        QString error;
        const QList<ClusterEvent> ev = readEventLines(f.readAll(), &error);
        if (!error.isEmpty()) {
            io.err << "mailhactl timeline: " << parser.value(events) << ": " << error << "\n";
            return ExitDataError;
        }
        sources << ev;
    }
    const QList<ClusterEvent> merged = mergeTimeline(sources);
    const QString heading = parser.isSet(title) ? parser.value(title) : CtlText::tr("Incident timeline");
    if (fmt == QLatin1String("pdf")) {
        if (!parser.isSet(output)) {
            io.err << "mailhactl timeline: " << CtlText::tr("--format pdf needs --output FILE") << "\n";
            return ExitUsage;
        }
        QString error;
        if (!writeTimelinePdf(timelineHtml(heading, merged), parser.value(output), &error)) {
            io.err << "mailhactl timeline: " << error << "\n";
            return ExitSoftware;
        }
        return ExitOk;
    }
    const QString text = fmt == QLatin1String("md") ? timelineMarkdown(heading, merged) : timelineHtml(heading, merged);
    if (!parser.isSet(output)) {
        io.out << text;
        return ExitOk;
    }
    QFile out(parser.value(output));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(text.toUtf8()) < 0) {
        io.err << "mailhactl timeline: " << out.errorString() << "\n";
        return ExitProblem;
    }
    return ExitOk;
}

} // namespace mailha::ctl
