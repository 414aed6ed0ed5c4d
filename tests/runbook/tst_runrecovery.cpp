// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab/labcommands.h"
#include "runbook/runbookrun.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mailha;

namespace {

const QString runId = QStringLiteral("0b7e0c1e-kill-test");

RunbookPlan switchoverPlan(const LabCluster &lab)
{
    const LoadedRunbook rb = findRunbook(QStringLiteral("postgres-switchover"));
    return planRunbook(rb.runbook, lab.spec(),
                       {{QStringLiteral("group"), QStringLiteral("maildb")},
                        {QStringLiteral("old_primary"), QStringLiteral("db-a")},
                        {QStringLiteral("new_primary"), QStringLiteral("db-b")},
                        {QStringLiteral("replicas"), QStringLiteral("db-dr")}});
}

/// Starts the helper and kills it with SIGKILL once the journal shows the
/// blocking step started. Returns the journal's entries afterwards.
QList<JournalEntry> killMidRun(const QString &journalPath)
{
    QProcess helper;
    helper.start(QStringLiteral(MAILHA_KILL_HELPER), {journalPath, runId});
    if (!helper.waitForStarted(10'000))
        qFatal("helper did not start");
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20'000) {
        const JournalContents c = readJournal(journalPath);
        if (!c.entries.isEmpty() && c.entries.constLast().phase() == STEP_STARTED
            && c.entries.constLast().step_id() == "stop-old-primary")
            break;
        QTest::qWait(20);
    }
    helper.kill();  // SIGKILL: no destructor, no flush, no goodbye
    helper.waitForFinished(10'000);
    if (helper.exitStatus() != QProcess::CrashExit)
        qWarning("helper was not killed: exit %d", helper.exitCode());
    return readJournal(journalPath).entries;
}

} // namespace

class TestRunRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedRunIsFoundWithEachStepsRealState()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal-lab.log"));
        const QList<JournalEntry> entries = killMidRun(path);
        // The journal survived the kill intact.
        const JournalVerification v = verifyJournal(path);
        QVERIFY2(v.ok, qPrintable(v.problems.join(QLatin1Char('\n'))));

        const QList<InterruptedRun> runs = findInterruptedRuns(entries);
        QCOMPARE(runs.size(), 1);
        const InterruptedRun &r = runs.constFirst();
        QCOMPARE(r.runId, runId);
        QCOMPARE(r.runbook, QStringLiteral("postgres-switchover"));
        QCOMPARE(r.params.value(QStringLiteral("new_primary")), QStringLiteral("db-b"));
        QVERIFY(r.lab);
        QCOMPARE(r.states.at(0), StepState::Succeeded);
        QCOMPARE(r.states.at(1), StepState::Succeeded);
        QCOMPARE(r.states.at(2), StepState::Unknown);
        for (int i = 3; i < r.states.size(); ++i)
            QCOMPARE(r.states.at(i), StepState::NotStarted);
        QVERIFY2(r.toString().contains(QLatin1String("3. UNKNOWN stop-old-primary on db-a")), qPrintable(r.toString()));

        // Resume: nothing runs twice without asking.
        LabCluster lab(11);
        QMutex mutex;
        LabCommandRunner runner(&lab, &mutex);
        runner.setAdvancePerCommandMs(1000);
        Journal journal(path);
        QString error;
        QVERIFY(journal.open(&error));
        const RunbookPlan plan = switchoverPlan(lab);
        QVERIFY(planMatches(plan, r.plan, &error));
        RunbookRun resumed(plan, &runner, &journal, r.runId);
        resumed.setManualHandler([](const PlannedStep &, QString *) { return true; });
        QVERIFY(!resumed.resume(r.states, QStringLiteral("undecided")));
        QVERIFY2(resumed.error().contains(QLatin1String("decide")), qPrintable(resumed.error()));
        QVERIFY(runner.history().isEmpty());

        QList<StepState> decided = r.states;
        decided[2] = StepState::NotStarted;  // the operator: "it did not stop, run it again"
        QVERIFY2(resumed.resume(decided, QStringLiteral("db-a was still running: run the stop again")), qPrintable(resumed.error()));
        QCOMPARE(resumed.nextStep(), 2);
        const RunOutcome outcome = resumed.runAll();
        QString text;
        for (int i = 0; i < resumed.results().size(); ++i)
            text += plan.steps.at(i).stepId + QLatin1Char(' ') + stepStateName(resumed.results().at(i).state) + QLatin1Char(' ')
                    + resumed.results().at(i).message + QLatin1Char('\n');
        QVERIFY2(outcome == RunOutcome::Completed, qPrintable(text));
        const QStringList history = runner.history();
        QVERIFY2(history.constFirst().startsWith(QLatin1String("db-a: /usr/lib/postgresql/15/bin/pg_ctl")), qPrintable(history.constFirst()));
        for (const QString &cmd : history)
            QVERIFY2(!cmd.startsWith(QLatin1String("db-a: psql")) || !cmd.contains(QLatin1String("pg_is_in_recovery")),
                     qPrintable(cmd));
        QVERIFY(lab.node(QStringLiteral("db-b"))->db->primary);

        const JournalContents after = readJournal(path);
        QVERIFY(findInterruptedRuns(after.entries).isEmpty());
        bool sawResume = false;
        for (const JournalEntry &e : after.entries)
            sawResume = sawResume || (e.phase() == RUN_RESUMED && e.run_id() == runId.toStdString());
        QVERIFY(sawResume);
        QVERIFY(verifyJournal(path).ok);
    }

    void skippingTheUnknownStepIsJournalled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal-lab.log"));
        const InterruptedRun r = findInterruptedRuns(killMidRun(path)).value(0);
        QCOMPARE(r.states.value(2), StepState::Unknown);
        LabCluster lab(11);
        QMutex mutex;
        LabCommandRunner runner(&lab, &mutex);
        // The operator checked: db-a did stop. Simulate that on the fresh lab.
        lab.node(QStringLiteral("db-a"))->crashedServices << QStringLiteral("postgres");
        Journal journal(path);
        QString error;
        QVERIFY(journal.open(&error));
        RunbookRun resumed(switchoverPlan(lab), &runner, &journal, r.runId);
        resumed.setManualHandler([](const PlannedStep &, QString *) { return true; });
        QList<StepState> decided = r.states;
        decided[2] = StepState::Skipped;
        QVERIFY(resumed.resume(decided, QStringLiteral("checked on db-a: it is stopped")));
        QCOMPARE(resumed.nextStep(), 3);
        QCOMPARE(resumed.runAll(), RunOutcome::Completed);
        for (const QString &cmd : runner.history())
            QVERIFY2(!cmd.contains(QLatin1String("stop -m fast")), qPrintable(cmd));
        int skipped = 0;
        for (const JournalEntry &e : readJournal(path).entries)
            skipped += e.phase() == STEP_SKIPPED && e.step_id() == "stop-old-primary";
        QCOMPARE(skipped, 1);
    }

    void abandonedRunIsNoLongerInterrupted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal-lab.log"));
        const InterruptedRun r = findInterruptedRuns(killMidRun(path)).value(0);
        QVERIFY(!r.runId.isEmpty());
        LabCluster lab(11);
        QMutex mutex;
        LabCommandRunner runner(&lab, &mutex);
        Journal journal(path);
        QString error;
        QVERIFY(journal.open(&error));
        RunbookRun run(switchoverPlan(lab), &runner, &journal, r.runId);
        QVERIFY(run.abandon(QStringLiteral("switched over by hand")));
        QVERIFY(findInterruptedRuns(readJournal(path).entries).isEmpty());
        QVERIFY(runner.history().isEmpty());
    }

    void changedPlanCannotBeResumed()
    {
        LabCluster lab(11);
        const RunbookPlan plan = switchoverPlan(lab);
        QList<JournalPlanStep> journalled;
        for (const PlannedStep &s : plan.steps) {
            JournalPlanStep j;
            j.set_step_id(s.stepId.toStdString());
            j.set_node(s.node.toStdString());
            j.set_command(s.command.toStdString());
            journalled << j;
        }
        QString why;
        QVERIFY(planMatches(plan, journalled, &why));
        journalled[4].set_node("db-dr");
        QVERIFY(!planMatches(plan, journalled, &why));
        QVERIFY2(why.contains(QLatin1String("step 5 differs")), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestRunRecovery)
#include "tst_runrecovery.moc"
