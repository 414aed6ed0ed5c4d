// SPDX-License-Identifier: GPL-3.0-or-later
// Replay in the console (offscreen): every round reaches the store at any
// speed, play/pause and speed sit on the time-travel bar, scrubbing shows
// that moment; the instructor's debrief export and the Session menu's
// recording-to-scenario conversion.
#include "cluster/clusterstate.h"
#include "core/names.h"
#include "ctlrun.h"
#include "instructorpanel.h"
#include "lab/labsource.h"
#include "mainwindow.h"
#include "recording/replaysource.h"
#include "runbook/journal.h"
#include "sessioncontroller.h"
#include "testsupport.h"
#include "timeline.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mailha;
using namespace mailha::test;

namespace {

/// "time kind node group" of every event the store derived.
QStringList derivedEvents(const ClusterState &state)
{
    QStringList out;
    for (const ClusterEvent &e : state.events())
        out << QStringLiteral("%1 %2 %3 %4").arg(e.time_ms()).arg(eventKindName(e.kind()), qstr(e.node_id()), qstr(e.group()));
    return out;
}

int roleChanges(const ClusterState &state)
{
    int n = 0;
    for (const ClusterEvent &e : state.events())
        n += e.kind() == ROLE_CHANGED;
    return n;
}

const NodeStatus *nodeIn(const ClusterSnapshot &snapshot, const char *id)
{
    for (const NodeStatus &n : snapshot.nodes())
        if (n.node_id() == id)
            return &n;
    return nullptr;
}

} // namespace

class TestReplayControls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_flapping;
    QString m_crash;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MailHA-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_replaycontrols"));
        m_flapping = m_dir.filePath(QStringLiteral("flapping.mhrec"));
        m_crash = m_dir.filePath(QStringLiteral("crash.mhrec"));
        for (const auto &[path, scenario] : {std::pair{m_flapping, QStringLiteral("vip-flapping")},
                                             std::pair{m_crash, QStringLiteral("db-primary-crash")}}) {
            const CtlRun r = mailhactl({QStringLiteral("record"), path, QStringLiteral("--scenario"), scenario,
                                        QStringLiteral("--seconds"), QStringLiteral("300")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
    }

    void everyRoundReachesTheStoreAtAnySpeed_data()
    {
        QTest::addColumn<double>("speed");
        QTest::newRow("100x") << 100.0;
        QTest::newRow("1000x") << 1000.0;
    }

    void everyRoundReachesTheStoreAtAnySpeed()
    {
        QFETCH(double, speed);
        // Reference: one round at a time, as mailhactl replay does.
        ReplaySource reference;
        QVERIFY(reference.loadNow(m_flapping).ok());
        ClusterState expected;
        expected.setClock([&] { return reference.now(); });
        expected.setSpec(reference.spec());
        connect(&reference, &SampleSource::samplesReady, &expected, &ClusterState::ingestRound);
        reference.advance(reference.endMs() - reference.now());
        QVERIFY2(roleChanges(expected) >= 10, "the VIP flaps: many role changes");

        // The console: the store batches per event-loop turn, the replay plays on its timer.
        ReplaySource replay;
        QVERIFY(replay.loadNow(m_flapping).ok());
        ClusterState state;
        state.setClock([&] { return replay.now(); });
        state.setSpec(replay.spec());
        connect(&replay, &SampleSource::samplesReady, &state, &ClusterState::ingestBatch);
        QSignalSpy finished(&replay, &ReplaySource::finished);
        replay.setSpeed(speed);
        replay.start();
        QVERIFY(finished.wait(30'000));
        state.flush();
        // Every flip of the VIP, at the moment it was recorded.
        QCOMPARE(derivedEvents(state), derivedEvents(expected));
    }

    void consoleReplayHasPlayPauseSpeedAndScrubbing()
    {
        ClusterState state;
        MainWindow window(&state);
        SessionController session(&window, &state);
        window.setSessionController(&session);
        session.openLab(3, 1.0);
        Timeline *bar = window.timeline();
        QVERIFY(!bar->replayControlsVisible());

        session.openRecording(m_crash);
        QTRY_VERIFY(qobject_cast<ReplaySource *>(window.source()));
        auto *replay = qobject_cast<ReplaySource *>(window.source());
        QVERIFY(bar->replayControlsVisible());
        QVERIFY(bar->isPlaying());
        for (int speed : Timeline::replaySpeeds())
            QVERIFY2(bar->findChild<QAbstractButton *>(QStringLiteral("replaySpeed%1").arg(speed)), qPrintable(QString::number(speed)));

        // Pause: the replay's clock stands still.
        auto *play = bar->findChild<QAbstractButton *>(QStringLiteral("replayPlay"));
        QVERIFY(play);
        play->click();
        QVERIFY(!replay->isPlaying());
        QCOMPARE(play->text(), QStringLiteral("Play"));
        const qint64 paused = replay->now();
        QTest::qWait(300);
        QCOMPARE(replay->now(), paused);

        // 1000x to the end.
        bar->findChild<QAbstractButton *>(QStringLiteral("replaySpeed1000"))->click();
        QCOMPARE(replay->speed(), 1000.0);
        play->click();
        QVERIFY(replay->isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(replay->atEnd(), 15'000);
        QTRY_VERIFY(!bar->isPlaying());
        QVERIFY(nodeIn(window.shownSnapshot(), "db-a")->stale());  // the crash, live at the end

        // Scrub back to before the crash: that moment is shown.
        const qint64 start = replay->startMs();
        bar->seek(start + 30'000);
        QVERIFY(!bar->isLive());
        QVERIFY(std::abs(window.shownSnapshot().time_ms() - (start + 30'000)) <= 2000);
        QVERIFY(!nodeIn(window.shownSnapshot(), "db-a")->stale());
        bar->seek(start + 120'000);
        QVERIFY(nodeIn(window.shownSnapshot(), "db-a")->stale());
        bar->goLive();

        // Back to the lab: no replay controls.
        session.openLab(3, 1.0);
        QVERIFY(!bar->replayControlsVisible());
    }

    void instructorExportsTheDebrief()
    {
        LabSource lab(3);
        InstructorPanel panel(&lab);
        QVERIFY(panel.findChild<QAbstractButton *>(QStringLiteral("exportDebrief")));
        panel.startScenario(QStringLiteral("db-primary-crash"));
        lab.stop();
        for (int i = 0; i < 90; ++i)
            lab.tick();
        // The console journals its runbook runs; the lab never sees a skip or an override.
        Journal journal(m_dir.filePath(QStringLiteral("journal-lab.log")));
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        auto entry = [&](const char *run, JournalPhase phase, qint64 timeMs, bool ok = true) {
            JournalEntry e;
            e.set_run_id(run);
            e.set_phase(phase);
            e.set_time_ms(timeMs);
            e.set_ok(ok);
            if (phase == RUN_STARTED && qstrcmp(run, "now") == 0)
                e.add_overrides("candidate-healthy");
            return journal.append(e, &error);
        };
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(entry("before", RUN_STARTED, lab.startedAtMs() - 60'000));  // an earlier session's run
        QVERIFY(entry("before", STEP_SKIPPED, lab.startedAtMs() - 59'000));
        QVERIFY(entry("now", RUN_STARTED, now));
        QVERIFY(entry("now", STEP_FINISHED, now));
        QVERIFY(entry("now", STEP_FINISHED, now));
        QVERIFY(entry("now", STEP_FINISHED, now, false));
        QVERIFY(entry("now", STEP_SKIPPED, now));
        panel.setJournalPath(journal.path());

        const QString path = m_dir.filePath(QStringLiteral("panel-debrief.html"));
        QSignalSpy exported(&panel, &InstructorPanel::debriefExported);
        panel.exportDebrief(path);
        QVERIFY(exported.wait(10'000));
        QVERIFY2(exported.constFirst().at(0).toBool(), qPrintable(exported.constFirst().at(1).toString()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.contains(QLatin1String("Time to detection")));
        QVERIFY(html.contains(QLatin1String("fault node-crash on db-a")));
        QVERIFY2(html.contains(QLatin1String("2 followed, 1 skipped, 1 overridden")), qPrintable(html));

        exported.clear();
        panel.exportDebrief(m_dir.filePath(QStringLiteral("debrief.pdf")));
        QVERIFY(exported.wait(10'000));
        QVERIFY(!exported.constFirst().at(0).toBool());
    }

    void sessionTurnsARecordingIntoAScenario()
    {
        ClusterState state;
        MainWindow window(&state);
        SessionController session(&window, &state);
        window.setSessionController(&session);
        session.openLab(3, 1.0);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("recordingToScenarioAction")));
        const QString out = m_dir.filePath(QStringLiteral("from-console.textproto"));
        QSignalSpy converted(&session, &SessionController::recordingConverted);
        session.convertRecording(m_crash, out);
        QVERIFY(converted.wait(30'000));
        QVERIFY2(converted.constFirst().at(0).toBool(), qPrintable(converted.constFirst().at(1).toString()));
        const ScenarioLoad load = loadScenario(out);
        QVERIFY2(load.ok(), qPrintable(load.error));
        QVERIFY(load.scenario.faults_size() >= 1);
        QCOMPARE(load.scenario.faults(0).node(), std::string("db-a"));

        // The instructor starts it on the lab, and the recorded crash happens again.
        auto *panel = window.findChild<InstructorPanel *>();
        QVERIFY(panel);
        QSignalSpy loaded(panel, &InstructorPanel::scenarioFileLoaded);
        panel->openScenarioFile(out);
        QVERIFY(loaded.wait(10'000));
        QVERIFY2(loaded.constFirst().at(0).toBool(), qPrintable(loaded.constFirst().at(1).toString()));
        LabSource *lab = session.labSource();
        QVERIFY(lab->inScenario());
        QCOMPARE(lab->run().scenario().id(), load.scenario.id());
        lab->stop();
        for (int i = 0; i < 50; ++i)
            lab->tick();
        QVERIFY(!lab->cluster().node(QStringLiteral("db-a"))->up);
    }
};

QTEST_MAIN(TestReplayControls)
#include "tst_replaycontrols.moc"
