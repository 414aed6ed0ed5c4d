// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "core/names.h"
#include "lab/debrief.h"
#include "lab/scenariorunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QThread>


namespace mailha::ctl {

namespace {

struct LabCommand {
    Q_DECLARE_TR_FUNCTIONS(mailhactl)
};

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("NO");
}

int runScenario(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(LabCommand::tr(
        "Run a training scenario on the lab cluster to its end without a window, apply the operator actions "
        "scripted in a file, and print the score. SCENARIO is a file or the id of a built-in scenario. "
        "Exit status: 0 when the scenario was passed, 1 when not."));
    parser.addPositionalArgument(QStringLiteral("SCENARIO"), LabCommand::tr("Scenario file or built-in id."));
    const QCommandLineOption actions(QStringLiteral("actions"),
                                     LabCommand::tr("Operator actions (ActionScript, text format); 'model' for the "
                                                    "scenario's model answer."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   LabCommand::tr("Pace the run at N times real time (default: as fast as possible)."),
                                   QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), LabCommand::tr("Print the score as JSON (Protobuf JSON mapping)."));
    const QCommandLineOption debrief(QStringLiteral("debrief"),
                                     LabCommand::tr("Write the debrief (score and timeline) to FILE: .md, .html or .pdf."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    LabCommand::tr("Debrief format, md | html | pdf (default: from the file name)."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, LabCommand::tr("Show this help."));
    parser.addOptions({actions, speed, json, debrief, format, help});
    if (!parser.parse(QStringList{QStringLiteral("mailhactl lab run")} + args)) {
        io.err << "mailhactl lab run: " << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        io.err << "mailhactl lab run: " << LabCommand::tr("expected one SCENARIO") << "\n";
        return ExitUsage;
    }
    double pace = 0;
    if (parser.isSet(speed)) {
        bool ok = false;
        pace = parser.value(speed).toDouble(&ok);
        if (!ok || pace <= 0) {
            io.err << "mailhactl lab run: " << LabCommand::tr("--speed takes a positive number") << "\n";
            return ExitUsage;
        }
    }
    QString debriefFmt;
    if (parser.isSet(debrief)) {
        debriefFmt = debriefFormat(parser.value(debrief), parser.value(format));
        if (debriefFmt.isEmpty()) {
            io.err << "mailhactl lab run: " << LabCommand::tr("--debrief wants a .md, .html or .pdf file, or --format") << "\n";
            return ExitUsage;
        }
        // Text layout for a PDF needs the QGuiApplication main() makes for "--format pdf".
        if (debriefFmt == QLatin1String("pdf") && !QCoreApplication::instance()->inherits("QGuiApplication")) {
            io.err << "mailhactl lab run: " << LabCommand::tr("a PDF debrief needs --format pdf on the command line") << "\n";
            return ExitUsage;
        }
    }
    const ScenarioLoad load = findScenario(parser.positionalArguments().constFirst());
    if (!load.ok()) {
        io.err << "mailhactl lab run: " << load.error << "\n";
        return ExitDataError;
    }
    ActionScript script;
    if (parser.isSet(actions)) {
        QString error;
        if (parser.value(actions) == QLatin1String("model")) {
            if (!builtinModelAnswer(qstr(load.scenario.id()), &script)) {
                io.err << "mailhactl lab run: " << LabCommand::tr("no model answer for %1").arg(qstr(load.scenario.id()))
                       << "\n";
                return ExitNoInput;
            }
        } else if (!loadActionScript(parser.value(actions), &script, &error)) {
            io.err << "mailhactl lab run: " << error << "\n";
            return ExitDataError;
        }
    }

    ScenarioRun run(load.scenario);
    ScenarioScore score;
    if (pace > 0) {
        // Paced: one simulated second every 1/N real seconds, actions on time.
        QList<ScriptedAction> pending(script.actions().begin(), script.actions().end());
        std::stable_sort(pending.begin(), pending.end(),
                         [](const ScriptedAction &a, const ScriptedAction &b) { return a.at_s() < b.at_s(); });
        qsizetype next = 0;
        while (!run.finished()) {
            while (next < pending.size() && pending.at(next).at_s() <= run.elapsedS())
                run.perform(pending.at(next++));
            run.step();
            QThread::msleep(qulonglong(1000.0 / pace));
        }
        score = run.score();
    } else {
        score = run.runToEnd(script);
    }

    if (parser.isSet(json)) {
        if (!printJson(score, io))
            return ExitSoftware;
    } else {
        const ScenarioObjectives &o = load.scenario.objectives();
        io.out << LabCommand::tr("Scenario: %1 (%2)").arg(qstr(load.scenario.title()), qstr(load.scenario.id())) << "\n\n";
        for (const std::string &line : score.timeline())
            io.out << "  " << qstr(line) << "\n";
        io.out << "\n";
        io.out << LabCommand::tr("detected:          %1").arg(score.detected() ? formatDuration(score.time_to_detection_s())
                                                                              + LabCommand::tr(" after the fault")
                                                                        : yesNo(false))
               << "\n";
        io.out << LabCommand::tr("restored:          %1").arg(score.restored() ? formatDuration(score.rto_achieved_s())
                                                                              + LabCommand::tr(" after the fault")
                                                                        : yesNo(false))
               << "\n";
        io.out << LabCommand::tr("RTO objective:     %1 — met: %2").arg(formatDuration(o.rto_s()), yesNo(score.rto_met())) << "\n";
        io.out << LabCommand::tr("data lost:         %1 (%2)").arg(formatBytes(score.data_lost_bytes()),
                                                                   formatDuration(score.data_lost_s()))
               << "\n";
        io.out << LabCommand::tr("RPO objective:     %1 — met: %2").arg(formatDuration(o.rpo_s()), yesNo(score.rpo_met())) << "\n";
        io.out << LabCommand::tr("operator actions:  %1 (%2 failed)").arg(score.actions()).arg(score.actions_failed()) << "\n";
        io.out << LabCommand::tr("runbook steps:     %1 followed, %2 skipped, %3 overridden")
                      .arg(score.steps_followed())
                      .arg(score.steps_skipped())
                      .arg(score.steps_overridden())
               << "\n";
        io.out << "\n" << (score.passed() ? LabCommand::tr("PASSED") : LabCommand::tr("NOT PASSED")) << "\n";
        if (!load.scenario.debrief().empty())
            io.out << "\n" << LabCommand::tr("Debrief: %1").arg(qstr(load.scenario.debrief())) << "\n";
    }
    if (!debriefFmt.isEmpty()) {
        QString error;
        const QString path = parser.value(debrief);
        const bool written = debriefFmt == QLatin1String("pdf")
                                 ? writeTimelinePdf(debriefText(QStringLiteral("html"), load.scenario, score, run.debriefEvents()),
                                                    path, &error)
                                 : writeDebrief(path, debriefFmt, load.scenario, score, run.debriefEvents(), &error);
        if (!written) {
            io.err << "mailhactl lab run: " << error << "\n";
            return ExitSoftware;
        }
    }
    return score.passed() ? ExitOk : ExitProblem;
}

} // namespace

int runLab(const QStringList &args, Io &io)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("run"))
        return runScenario(args.mid(1), io);
    if (sub == QLatin1String("list")) {
        for (const QString &id : builtinScenarios()) {
            const ScenarioLoad load = findScenario(id);
            io.out << id.leftJustified(30) << (load.ok() ? qstr(load.scenario.title()) : load.error) << "\n";
        }
        return ExitOk;
    }
    QTextStream &to = (sub == QLatin1String("--help") || sub == QLatin1String("-h")) ? io.out : io.err;
    to << "Usage: mailhactl lab list\n"
       << "       mailhactl lab run SCENARIO [--actions FILE|model] [--speed N] [--json] [--debrief FILE [--format md|html|pdf]]\n";
    return &to == &io.out ? ExitOk : ExitUsage;
}

} // namespace mailha::ctl
