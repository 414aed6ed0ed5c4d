// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "cluster/clusterstate.h"
#include "core/names.h"
#include "lab/scenariorunner.h"
#include "recording/recording.h"
#include "recording/recordingscenario.h"
#include "recording/replaysource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

namespace mailha::ctl {

namespace {

struct RecordCommand {
    Q_DECLARE_TR_FUNCTIONS(mailhactl)
};

bool parseArgs(QCommandLineParser &parser, const QString &name, const QStringList &args, Io &io, int *exitCode)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, RecordCommand::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{name} + args)) {
        io.err << name << ": " << parser.errorText() << "\n";
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

int runToScenario(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RecordCommand::tr(
        "Turn a recording into a training scenario for the lab: the recorded cluster, a hidden fault timeline "
        "inferred from what the recording shows (mapped onto the lab's nodes), a seed and objectives from the "
        "cluster's RTO/RPO. What cannot be mapped to a lab fault is listed as notes. Run it with "
        "'mailhactl lab run FILE' or load it in the instructor panel."));
    parser.addPositionalArgument(QStringLiteral("RECORDING"), RecordCommand::tr("Recording file."));
    const QCommandLineOption out(QStringLiteral("out"), RecordCommand::tr("Scenario file to write (default: standard output)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption name(QStringLiteral("name"), RecordCommand::tr("Scenario id (default: from the file name)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption title(QStringLiteral("title"), RecordCommand::tr("Scenario title."), QStringLiteral("TEXT"));
    parser.addOptions({out, name, title});
    int code = ExitOk;
    if (!parseArgs(parser, QStringLiteral("mailhactl record to-scenario"), args, io, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        io.err << "mailhactl record to-scenario: " << RecordCommand::tr("expected one RECORDING") << "\n";
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().constFirst();
    if (!QFile::exists(path)) {
        io.err << "mailhactl record to-scenario: " << RecordCommand::tr("no recording at %1").arg(path) << "\n";
        return ExitNoInput;
    }
    const RecordingScenario made = scenarioFromRecording(path, parser.value(name), parser.value(title));
    if (!made.ok()) {
        io.err << "mailhactl record to-scenario: " << made.error << "\n";
        return ExitDataError;
    }
    // What we write must load as any scenario does.
    const ScenarioLoad check = parseScenario(made.text.toUtf8(), parser.isSet(out) ? parser.value(out) : QStringLiteral("-"));
    if (!check.ok()) {
        io.err << "mailhactl record to-scenario: " << check.error << "\n";
        return ExitSoftware;
    }
    if (!parser.isSet(out)) {
        io.out << made.text;
        return ExitOk;
    }
    QFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(made.text.toUtf8()) < 0) {
        io.err << "mailhactl record to-scenario: " << file.errorString() << "\n";
        return ExitProblem;
    }
    io.out << RecordCommand::tr("wrote scenario %1 to %2: %n fault(s)", nullptr, made.scenario.faults_size())
                  .arg(qstr(made.scenario.id()), parser.value(out))
           << RecordCommand::tr(", %n note(s)", nullptr, made.scenario.source().notes_size()) << "\n";
    return ExitOk;
}

} // namespace

int runRecord(const QStringList &args, Io &io)
{
    if (args.value(0) == QLatin1String("to-scenario"))
        return runToScenario(args.mid(1), io);
    QCommandLineParser parser;
    parser.setApplicationDescription(RecordCommand::tr(
        "Record the lab cluster (free play, or a scenario with its faults) to a recording file: every sample and "
        "event, compressed and crash-safe. Simulated time runs as fast as the machine allows. "
        "'mailhactl record to-scenario RECORDING' turns a recording into a training scenario."));
    parser.addPositionalArgument(QStringLiteral("OUTPUT"), RecordCommand::tr("Recording file to write (mode 0600)."));
    const QCommandLineOption seconds(QStringLiteral("seconds"), RecordCommand::tr("Simulated seconds to record (default 3600)."),
                                     QStringLiteral("N"), QStringLiteral("3600"));
    const QCommandLineOption scenario(QStringLiteral("scenario"), RecordCommand::tr("Record this scenario (file or built-in id)."),
                                      QStringLiteral("SCENARIO"));
    const QCommandLineOption seed(QStringLiteral("seed"), RecordCommand::tr("Seed of free play (default 1)."), QStringLiteral("N"),
                                  QStringLiteral("1"));
    parser.addOptions({seconds, scenario, seed});
    int code = ExitOk;
    if (!parseArgs(parser, QStringLiteral("mailhactl record"), args, io, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        io.err << "mailhactl record: " << RecordCommand::tr("expected one OUTPUT file") << "\n";
        return ExitUsage;
    }
    bool ok = false;
    const int duration = parser.value(seconds).toInt(&ok);
    if (!ok || duration <= 0) {
        io.err << "mailhactl record: " << RecordCommand::tr("--seconds takes a positive whole number") << "\n";
        return ExitUsage;
    }
    Scenario plan;
    if (parser.isSet(scenario)) {
        const ScenarioLoad load = findScenario(parser.value(scenario));
        if (!load.ok()) {
            io.err << "mailhactl record: " << load.error << "\n";
            return ExitDataError;
        }
        plan = load.scenario;
    } else {
        plan.set_id("free-play");
        plan.set_seed(parser.value(seed).toULongLong());
        plan.mutable_objectives()->set_group("maildb");
    }
    plan.set_duration_s(duration);

    ScenarioRun run(plan);
    RecordingHeader header;
    header.set_format_version(1);
    *header.mutable_spec() = run.lab().spec();
    header.set_started_ms(run.lab().timeMs());
    header.set_lab(true);
    header.set_lab_seed(run.lab().seed());
    header.set_recorded_by(sstr(qEnvironmentVariable("USER")));
    header.set_application_version(sstr(QCoreApplication::applicationVersion()));
    RecordingWriter writer;
    QString error;
    if (!writer.open(parser.positionalArguments().constFirst(), header, &error)) {
        io.err << "mailhactl record: " << error << "\n";
        return ExitNoInput;
    }
    qsizetype events = 0;
    while (!run.finished()) {
        run.step();
        for (const NodeSample &s : run.lab().sampleAll()) {
            RecordEntry e;
            *e.mutable_sample() = s;
            writer.append(e);
        }
        const QList<ClusterEvent> &all = run.state().events();
        for (qsizetype i = events; i < all.size(); ++i) {
            RecordEntry e;
            *e.mutable_event() = all.at(i);
            writer.append(e);
        }
        events = all.size();
    }
    if (!writer.close(&error)) {
        io.err << "mailhactl record: " << error << "\n";
        return ExitProblem;
    }
    io.out << RecordCommand::tr("recorded %1 of the lab (%2) to %3: %4")
                  .arg(formatDuration(duration), qstr(plan.id()), parser.positionalArguments().constFirst(),
                       formatBytes(writer.bytesWritten()))
           << "\n";
    return ExitOk;
}

int runReplay(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RecordCommand::tr(
        "Replay a recording headless and print the cluster as it was at a moment (default: the end), with the "
        "events up to then. A cut-off recording replays up to the cut, which is reported."));
    parser.addPositionalArgument(QStringLiteral("RECORDING"), RecordCommand::tr("Recording file."));
    const QCommandLineOption at(QStringLiteral("at"),
                                RecordCommand::tr("Seconds from the start of the recording (default: the end)."),
                                QStringLiteral("SECONDS"));
    const QCommandLineOption json(QStringLiteral("json"), RecordCommand::tr("Print the snapshot as JSON (Protobuf JSON mapping)."));
    parser.addOptions({at, json});
    int code = ExitOk;
    if (!parseArgs(parser, QStringLiteral("mailhactl replay"), args, io, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        io.err << "mailhactl replay: " << RecordCommand::tr("expected one RECORDING") << "\n";
        return ExitUsage;
    }
    ReplaySource replay;
    const RecordingReadResult result = replay.loadNow(parser.positionalArguments().constFirst());
    if (!result.ok()) {
        io.err << "mailhactl replay: " << result.error << "\n";
        return ExitDataError;
    }
    if (result.truncated)
        io.err << "mailhactl replay: " << result.error << "\n";
    qint64 until = replay.endMs();
    if (parser.isSet(at)) {
        bool ok = false;
        const double s = parser.value(at).toDouble(&ok);
        if (!ok || s < 0) {
            io.err << "mailhactl replay: " << RecordCommand::tr("--at takes a number of seconds") << "\n";
            return ExitUsage;
        }
        until = replay.startMs() + qint64(s * 1000);
    }
    ClusterState state;
    state.setClock([&] { return replay.now(); });
    state.setSpec(replay.spec());
    QObject::connect(&replay, &SampleSource::samplesReady, &state, &ClusterState::ingestRound);
    QObject::connect(&replay, &SampleSource::eventOccurred, &state, &ClusterState::addEvent);
    replay.advance(until - replay.now());

    if (!parser.isSet(json)) {
        io.out << RecordCommand::tr("Recording of %1, %2 rounds from %3; showing %4")
                      .arg(qstr(replay.header().spec().name()))
                      .arg(replay.rounds().size())
                      .arg(QDateTime::fromMSecsSinceEpoch(replay.startMs(), Qt::UTC).toString(Qt::ISODate),
                           QDateTime::fromMSecsSinceEpoch(until, Qt::UTC).toString(Qt::ISODate))
               << "\n\n";
    }
    printSnapshot(state.snapshot(), io, parser.isSet(json));
    if (!parser.isSet(json)) {
        io.out << "\n" << RecordCommand::tr("Events:") << "\n";
        for (const ClusterEvent &e : state.events())
            io.out << "  " << QDateTime::fromMSecsSinceEpoch(e.time_ms(), Qt::UTC).toString(Qt::ISODate) << "  "
                   << severityName(e.severity()).leftJustified(9) << qstr(e.message()) << "\n";
    }
    return result.truncated ? ExitProblem : ExitOk;
}

} // namespace mailha::ctl
