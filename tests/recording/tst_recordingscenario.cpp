// SPDX-License-Identifier: GPL-3.0-or-later
// A recorded incident becomes a lab scenario: recorded with the flight
// recorder, converted, loaded with the ordinary scenario loader and run.
#include "ctlrun.h"
#include "lab/scenariorunner.h"
#include "recording/flightrecorder.h"
#include "recording/recording.h"
#include "recording/recordingscenario.h"
#include "recording/replaysource.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <google/protobuf/text_format.h>

using namespace mailha;
using namespace mailha::test;

namespace {

/// Records `seconds` of a built-in scenario with nobody acting, the way the
/// console's flight recorder records a session.
bool recordScenario(const QString &id, double seconds, const QString &path)
{
    ScenarioLoad load = findScenario(id);
    if (!load.ok())
        return false;
    load.scenario.set_duration_s(seconds);
    ScenarioRun run(load.scenario);
    RecordingHeader header;
    header.set_format_version(1);
    *header.mutable_spec() = run.lab().spec();
    header.set_started_ms(run.lab().timeMs());
    header.set_lab(true);
    header.set_lab_seed(run.lab().seed());
    FlightRecorder recorder;
    recorder.start(path, header);
    qsizetype events = 0;
    while (!run.finished()) {
        run.step();
        recorder.recordSamples(run.lab().sampleAll());
        const QList<ClusterEvent> &all = run.state().events();
        for (; events < all.size(); ++events)
            recorder.recordEvent(all.at(events));
    }
    recorder.stop();
    return QFile::exists(path);
}

/// "t+45s fault node-crash on db-a" -> 45; -1 when the run never had it.
double faultOffset(const ScenarioScore &score, const QString &what)
{
    static const QRegularExpression line(QStringLiteral("^t\\+(\\d+)s fault (.*)$"));
    for (const std::string &l : score.timeline()) {
        const QRegularExpressionMatch m = line.match(QString::fromStdString(l));
        if (m.hasMatch() && m.captured(2) == what)
            return m.captured(1).toDouble();
    }
    return -1;
}

QString timelineText(const ScenarioScore &score)
{
    QString text;
    for (const std::string &l : score.timeline())
        text += QLatin1Char('\n') + QString::fromStdString(l);
    return text;
}

/// Renames every quoted identifier in a message's text form (node, site
/// and group ids), as a production cluster would name them.
template<typename Message>
Message renamed(const Message &in, const QList<QPair<QString, QString>> &names)
{
    std::string text;
    google::protobuf::TextFormat::PrintToString(in, &text);
    QString q = QString::fromStdString(text);
    for (const auto &[from, to] : names)
        q.replace(QLatin1Char('"') + from + QLatin1Char('"'), QLatin1Char('"') + to + QLatin1Char('"'));
    Message out;
    google::protobuf::TextFormat::ParseFromString(q.toStdString(), &out);
    return out;
}

} // namespace

class TestRecordingScenario : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void labRecordingReplaysTheSameFault()
    {
        const QString recording = m_dir.filePath(QStringLiteral("db-crash.mhrec"));
        QVERIFY(recordScenario(QStringLiteral("db-primary-crash"), 240, recording));

        const RecordingScenario made = scenarioFromRecording(recording, QStringLiteral("db-crash-from-recording"));
        QVERIFY2(made.ok(), qPrintable(made.error));
        // Nobody acted: the crash is all that happened (db-dr losing its
        // upstream is the crash's doing, not a fault of its own).
        QVERIFY2(made.scenario.faults_size() == 1, qPrintable(made.text));
        const ScheduledFault &first = made.scenario.faults(0);
        QCOMPARE(first.fault(), std::string("node-crash"));
        QCOMPARE(first.node(), std::string("db-a"));
        QVERIFY2(std::abs(first.at_s() - 45) <= 2, qPrintable(made.text));
        QCOMPARE(made.scenario.objectives().group(), std::string("maildb"));
        QVERIFY(made.scenario.objectives().rto_s() > 0);
        QCOMPARE(made.scenario.seed(), quint64(101));  // the lab's seed, so the same trajectory
        QCOMPARE(made.scenario.source().node_map().at("db-a"), std::string("db-a"));

        // The file is an ordinary scenario: the normal loader takes it.
        const QString file = writeFile(m_dir.path(), QStringLiteral("db-crash-from-recording.textproto"), made.text.toUtf8());
        QVERIFY(!file.isEmpty());
        const ScenarioLoad load = loadScenario(file);
        QVERIFY2(load.ok(), qPrintable(load.error));

        // Run headless: the same fault at about the same offset as in the original.
        ScenarioRun rerun(load.scenario);
        const ScenarioScore score = rerun.runToEnd({});
        const double at = faultOffset(score, QStringLiteral("node-crash on db-a"));
        QVERIFY2(at >= 0, qPrintable(timelineText(score)));
        QVERIFY2(std::abs(at - 45) <= 2, qPrintable(timelineText(score)));
        QVERIFY2(!score.passed(), "nobody acted: a replayed incident is not passed by waiting");
    }

    void productionNamedRecordingMapsOntoTheLab()
    {
        const QString labRecording = m_dir.filePath(QStringLiteral("lab.mhrec"));
        QVERIFY(recordScenario(QStringLiteral("db-primary-crash"), 200, labRecording));
        // The same incident as a production cluster with its own names records it.
        const QList<QPair<QString, QString>> names{
            {QStringLiteral("db-a"), QStringLiteral("pg-fra-1")},   {QStringLiteral("db-b"), QStringLiteral("pg-fra-2")},
            {QStringLiteral("db-dr"), QStringLiteral("pg-ams-1")},  {QStringLiteral("mx1"), QStringLiteral("smtp-fra-1")},
            {QStringLiteral("mx2"), QStringLiteral("smtp-fra-2")},  {QStringLiteral("mx3"), QStringLiteral("smtp-ams-1")},
            {QStringLiteral("imap-a"), QStringLiteral("mbox-fra")}, {QStringLiteral("imap-b"), QStringLiteral("mbox-ams")},
            {QStringLiteral("store-a"), QStringLiteral("spool-fra")}, {QStringLiteral("store-b"), QStringLiteral("spool-ams")},
            {QStringLiteral("lb-a"), QStringLiteral("edge-fra")},   {QStringLiteral("lb-b"), QStringLiteral("edge-ams")},
            {QStringLiteral("site-a"), QStringLiteral("fra")},      {QStringLiteral("site-b"), QStringLiteral("ams")},
            {QStringLiteral("maildb"), QStringLiteral("accounts")},
        };
        ReplaySource lab;
        QVERIFY(lab.loadNow(labRecording).ok());
        RecordingHeader header = lab.header();
        header.set_lab(false);
        header.set_lab_seed(0);
        *header.mutable_spec() = renamed(header.spec(), names);
        header.mutable_spec()->set_name("mail-prod");
        for (ServiceGroup &g : *header.mutable_spec()->mutable_groups())
            if (g.id() == "accounts")
                g.mutable_objectives()->set_rto_s(240);
        QVERIFY(header.spec().nodes_size() == 12);
        const QString prodRecording = m_dir.filePath(QStringLiteral("mail-prod.mhrec"));
        RecordingWriter writer;
        QString error;
        QVERIFY2(writer.open(prodRecording, header, &error), qPrintable(error));
        for (const QList<NodeSample> &round : lab.rounds())
            for (const NodeSample &s : round) {
                RecordEntry e;
                *e.mutable_sample() = renamed(s, names);
                QVERIFY(writer.append(e, &error));
            }
        QVERIFY(writer.close(&error));

        // Through the command line, as an instructor would.
        const QString out = m_dir.filePath(QStringLiteral("prod-incident.textproto"));
        const CtlRun convert = mailhactl({QStringLiteral("record"), QStringLiteral("to-scenario"), prodRecording,
                                          QStringLiteral("--out"), out, QStringLiteral("--name"), QStringLiteral("prod-db-outage")});
        QVERIFY2(convert.code == 0, qPrintable(convert.err));
        QVERIFY(convert.out.contains(QLatin1String("prod-db-outage")));
        const ScenarioLoad load = loadScenario(out);
        QVERIFY2(load.ok(), qPrintable(load.error));
        const Scenario &s = load.scenario;
        QCOMPARE(s.id(), std::string("prod-db-outage"));
        QCOMPARE(s.source().spec().name(), std::string("mail-prod"));
        QCOMPARE(s.source().node_map().at("pg-fra-1"), std::string("db-a"));
        QCOMPARE(s.source().node_map().at("pg-fra-2"), std::string("db-b"));
        QCOMPARE(s.source().node_map().at("pg-ams-1"), std::string("db-dr"));
        QCOMPARE(s.objectives().group(), std::string("maildb"));
        QCOMPARE(s.objectives().rto_s(), 240.0);  // the recorded cluster's own objective
        QVERIFY(s.seed() != 0);
        bool crash = false;
        for (const ScheduledFault &f : s.faults())
            crash = crash || (f.fault() == "node-crash" && f.node() == "db-a" && std::abs(f.at_s() - 45) <= 2);
        QVERIFY2(crash, s.DebugString().c_str());

        // It runs on the lab, and the model answer of the original scenario still passes it.
        ScenarioRun run(s);
        ActionScript model;
        QVERIFY(builtinModelAnswer(QStringLiteral("db-primary-crash"), &model));
        const ScenarioScore score = run.runToEnd(model);
        QVERIFY2(faultOffset(score, QStringLiteral("node-crash on db-a")) >= 0, qPrintable(timelineText(score)));
        QVERIFY2(score.restored(), qPrintable(timelineText(score)));
    }

    void unmappableObservationsBecomeNotes()
    {
        // A recording of a cluster with a technology the lab does not have.
        RecordingHeader header;
        header.set_format_version(1);
        header.set_started_ms(1'767'603'600'000);
        ClusterSpec &spec = *header.mutable_spec();
        spec.set_name("odd");
        ServiceGroup *g = spec.add_groups();
        g->set_id("exchange");
        g->set_technology(EXCHANGE_DAG);
        for (const char *id : {"ex1", "ex2"}) {
            Node *n = spec.add_nodes();
            n->set_id(id);
            n->set_site("hq");
            n->set_host(std::string(id) + ".example.net");
            ServiceSpec *svc = n->add_services();
            svc->set_id("dag");
            svc->set_group("exchange");
            svc->set_technology(EXCHANGE_DAG);
        }
        QList<QList<NodeSample>> rounds;
        for (int i = 1; i <= 120; ++i) {
            QList<NodeSample> round;
            for (const char *id : {"ex1", "ex2"}) {
                NodeSample s;
                s.set_node_id(id);
                s.set_time_ms(header.started_ms() + i * 1000);
                const bool down = qstrcmp(id, "ex2") == 0 && i > 30;
                s.set_reachability(down ? TIMED_OUT : REACHABLE);
                round << s;
            }
            rounds << round;
        }
        const RecordingScenario made = scenarioFromRounds(header, rounds, {}, QStringLiteral("odd.mhrec"));
        QVERIFY2(made.ok(), qPrintable(made.error));
        QCOMPARE(made.scenario.faults_size(), 0);
        bool noted = false;
        for (const std::string &n : made.scenario.source().notes())
            noted = noted || (QString::fromStdString(n).contains(QLatin1String("ex2")) && QString::fromStdString(n).contains(QLatin1String("node-crash")));
        QVERIFY2(noted, qPrintable(made.text));
        QVERIFY(made.text.contains(QLatin1String("#   t+30s node-crash on ex2")));
        QVERIFY2(parseScenario(made.text.toUtf8(), QStringLiteral("odd.textproto")).ok(), qPrintable(made.text));
    }
};

QTEST_GUILESS_MAIN(TestRecordingScenario)
#include "tst_recordingscenario.moc"
