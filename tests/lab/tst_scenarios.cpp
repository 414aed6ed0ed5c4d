// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab/scenariorunner.h"
#include "testsupport.h"

#include <QDir>
#include <QtTest/QTest>

using namespace mailha;

namespace {
QString scenarioDir()
{
    return QStringLiteral(MAILHA_TEST_SOURCE_DIR "/resources/scenarios");
}
} // namespace

class TestScenarios : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shipsTheRequiredScenarios()
    {
        const QStringList required{"db-primary-crash", "replication-lag-spike", "mta-queue-buildup",
                                   "site-partition-split-brain", "site-loss-dr-drill", "drbd-disconnect",
                                   "vip-flapping", "standby-stops-replaying"};
        for (const QString &id : required) {
            const ScenarioLoad load = loadScenario(scenarioDir() + QLatin1Char('/') + id + QLatin1String(".textproto"));
            QVERIFY2(load.ok(), qPrintable(load.error));
            QCOMPARE(QString::fromStdString(load.scenario.id()), id);
            QVERIFY(load.scenario.faults_size() > 0);
            QVERIFY(!load.scenario.briefing().empty());
        }
    }

    // Every scenario, run headless at full speed with its model answer,
    // passes; and the same scenario with nobody acting does not.
    void modelAnswersPassAndInactionFails_data()
    {
        QTest::addColumn<QString>("id");
        const QStringList files = QDir(scenarioDir()).entryList({QStringLiteral("*.textproto")}, QDir::Files, QDir::Name);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f.chopped(10);
    }
    void modelAnswersPassAndInactionFails()
    {
        QFETCH(QString, id);
        const ScenarioLoad load = loadScenario(scenarioDir() + QLatin1Char('/') + id + QLatin1String(".textproto"));
        QVERIFY2(load.ok(), qPrintable(load.error));
        ActionScript answer;
        QString error;
        QVERIFY2(loadActionScript(scenarioDir() + QLatin1String("/solutions/") + id + QLatin1String(".actions.textproto"),
                                  &answer, &error),
                 qPrintable(error));

        ScenarioRun good(load.scenario);
        const ScenarioScore score = good.runToEnd(answer);
        QString timeline;
        for (const std::string &line : score.timeline())
            timeline += QLatin1Char('\n') + QString::fromStdString(line);
        QVERIFY2(score.passed(), qPrintable(timeline));
        QVERIFY(score.detected());
        QCOMPARE(score.actions_failed(), 0);
        QCOMPARE(score.time_to_detection_s(), answer.actions(0).at_s() - load.scenario.faults(0).at_s());

        ScenarioRun idle(load.scenario);
        const ScenarioScore none = idle.runToEnd({});
        QVERIFY2(!none.passed(), qPrintable(QStringLiteral("%1 passes with nobody acting").arg(id)));
        QVERIFY(!none.detected());
    }

    void primaryCrashScoresRtoAndDataLoss()
    {
        const ScenarioLoad load = loadScenario(scenarioDir() + QLatin1String("/db-primary-crash.textproto"));
        ActionScript answer;
        QVERIFY(loadActionScript(scenarioDir() + QLatin1String("/solutions/db-primary-crash.actions.textproto"), &answer, nullptr));
        ScenarioRun run(load.scenario);
        const ScenarioScore score = run.runToEnd(answer);
        // Promoting the synchronous standby loses nothing.
        QCOMPARE(score.data_lost_bytes(), 0);
        QVERIFY(score.rpo_met());
        // Restored once db-dr streams from the new primary: after the re-point at t+112 s.
        QVERIFY2(score.rto_achieved_s() >= 112 - 45 && score.rto_achieved_s() <= 120 - 45,
                 qPrintable(QString::number(score.rto_achieved_s())));

        // Promoting the asynchronous DR replica instead loses what it had not received.
        ActionScript wrong;
        ScriptedAction *a = wrong.add_actions();
        a->set_at_s(90);
        a->set_node("db-dr");
        for (const char *arg : {"/usr/lib/postgresql/15/bin/pg_ctl", "-D", "/var/lib/postgresql/15/main", "promote", "-w"})
            a->add_argv(arg);
        Scenario busy = load.scenario;
        busy.mutable_load()->set_factor(4);  // enough write load that the DR replica lags
        ScenarioRun risky(busy);
        const ScenarioScore lossy = risky.runToEnd(wrong);
        QVERIFY2(lossy.data_lost_bytes() > 0, qPrintable(QString::number(lossy.data_lost_bytes())));
        QVERIFY(!lossy.rpo_met());
        QVERIFY(!lossy.passed());
    }

    void badScenarioFilesNameWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("id: \"x\"\nduration_s: 10\nfaults { fault: }\n") << "x.textproto:3:";
        QTest::newRow("unknown fault") << QByteArray("id: \"x\" duration_s: 100 objectives { group: \"maildb\" }\n"
                                                     "faults { fault: \"meteor\" at_s: 1 }")
                                       << "unknown fault 'meteor'";
        QTest::newRow("unknown node") << QByteArray("id: \"x\" duration_s: 100 objectives { group: \"maildb\" }\n"
                                                    "faults { fault: \"node-crash\" node: \"db-zz\" at_s: 1 }")
                                      << "db-zz";
        QTest::newRow("unknown group") << QByteArray("id: \"x\" duration_s: 100 objectives { group: \"nope\" }") << "'nope'";
        QTest::newRow("fault after the end") << QByteArray("id: \"x\" duration_s: 100 objectives { group: \"maildb\" }\n"
                                                           "faults { fault: \"site-partition\" at_s: 500 }")
                                             << "outside the scenario";
    }
    void badScenarioFilesNameWhatIsWrong()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const ScenarioLoad load = parseScenario(text, QStringLiteral("x.textproto"));
        QVERIFY(!load.ok());
        QVERIFY2(load.error.contains(expected), qPrintable(load.error));
    }

    void planIsTheHiddenTimeline()
    {
        const ScenarioLoad load = loadScenario(scenarioDir() + QLatin1String("/site-loss-dr-drill.textproto"));
        ScenarioRun run(load.scenario);
        const QStringList plan = run.plan();
        QCOMPARE(plan.size(), 6);
        QVERIFY(plan.first().startsWith(QLatin1String("t+60s node-crash on lb-a")));
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
