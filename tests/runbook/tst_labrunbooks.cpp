// SPDX-License-Identifier: GPL-3.0-or-later
#include "labfixture.h"
#include "lab/labcommands.h"
#include "runbook/failoverplanner.h"
#include "runbook/runbookrun.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QThread>
#include <QtTest/QTest>

using namespace mailha;
using namespace mailha::test;

namespace {

/// Only the parameters a runbook declares (the planner offers more).
RunbookParams declared(const Runbook &rb, const QMap<QString, QString> &all)
{
    RunbookParams out;
    for (const Parameter &p : rb.parameters())
        if (all.contains(QString::fromStdString(p.name())))
            out.insert(QString::fromStdString(p.name()), all.value(QString::fromStdString(p.name())));
    return out;
}

struct Bench {
    LabCluster lab{11};
    QMutex mutex;
    LabCommandRunner runner{&lab, &mutex};
    QTemporaryDir dir;
    Journal journal{dir.filePath(QStringLiteral("journal-lab.log"))};
    QStringList manualSteps;

    Bench()
    {
        lab.advance(20'000);
        runner.setAdvancePerCommandMs(1000);
        QString error;
        if (!journal.open(&error))
            qFatal("%s", qPrintable(error));
    }

    RunbookPlan plan(const QString &id, const RunbookParams &params)
    {
        const LoadedRunbook rb = findRunbook(id);
        if (!rb.ok())
            qWarning() << rb.errors.constFirst().toString();
        return planRunbook(rb.runbook, lab.spec(), declared(rb.runbook, params));
    }

    RunOutcome run(RunbookRun &r)
    {
        r.setManualHandler([this](const PlannedStep &s, QString *note) {
            manualSteps << s.stepId;
            *note = QStringLiteral("ticked by the test");
            return true;
        });
        r.setStateProvider([this] {
            QMutexLocker lock(&mutex);
            return labSnapshot(lab);
        });
        if (!r.start())
            return RunOutcome::Refused;
        return r.runAll();
    }

    const LabDatabase &db(const char *id) { return *lab.node(QLatin1String(id))->db; }
};

QString resultsText(const RunbookRun &r)
{
    QString text;
    for (int i = 0; i < r.results().size(); ++i)
        text += QStringLiteral("%1 %2: %3\n").arg(r.plan().steps.at(i).stepId, stepStateName(r.results().at(i).state),
                                                  r.results().at(i).message);
    return text;
}

} // namespace

class TestLabRunbooks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postgresSwitchoverSwapsTheRoles()
    {
        Bench b;
        const ClusterSnapshot before = labSnapshot(b.lab);
        const QList<PreflightCheck> checks = runPreflight(b.lab.spec(), before,
                                                          {QStringLiteral("maildb"), QStringLiteral("db-b"),
                                                           FailoverMode::Switchover, b.lab.timeMs(), 0, false});
        QVERIFY(preflightAllows(checks, {}));
        const auto params = failoverParameters(b.lab.spec(), before, QStringLiteral("maildb"), QStringLiteral("db-b"));
        QCOMPARE(runbookFor(b.lab.spec(), QStringLiteral("maildb"), FailoverMode::Switchover), QStringLiteral("postgres-switchover"));
        RunbookPlan plan = b.plan(QStringLiteral("postgres-switchover"), params);
        QVERIFY2(plan.ok(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
        RunbookRun run(plan, &b.runner, &b.journal);
        const RunOutcome outcome = b.run(run);
        QVERIFY2(outcome == RunOutcome::Completed, qPrintable(resultsText(run) + run.error()));

        // New primary, replicas re-pointed, old primary demoted to a standby.
        QVERIFY(b.db("db-b").primary);
        QVERIFY(!b.db("db-a").primary);
        QCOMPARE(b.db("db-a").upstream, QStringLiteral("db-b"));
        QCOMPARE(b.db("db-dr").upstream, QStringLiteral("db-b"));
        QVERIFY(!b.lab.node(QStringLiteral("db-a"))->crashedServices.contains(QLatin1String("postgres")));
        QCOMPARE(b.manualSteps, QStringList{QStringLiteral("clients")});

        // The derived state agrees, and both standbys keep up with the new primary.
        b.lab.advance(10'000);
        const ClusterSnapshot after = labSnapshot(b.lab);
        for (const GroupStatus &g : after.groups())
            if (g.group() == "maildb") {
                QCOMPARE(g.active_nodes_size(), 1);
                QCOMPARE(g.active_nodes(0), std::string("db-b"));
                QVERIFY(!g.split_brain());
            }
        QVERIFY(b.db("db-a").replayedPosition > b.db("db-b").walPosition - (64 << 20));

        // Every step journalled before and after, and the chain verifies.
        const JournalContents j = readJournal(b.journal.path());
        int started = 0, finished = 0;
        for (const JournalEntry &e : j.entries) {
            started += e.phase() == STEP_STARTED;
            finished += e.phase() == STEP_FINISHED;
            if (e.phase() == STEP_FINISHED && e.step_id() == "promote") {
                QCOMPARE(e.command(), std::string("/usr/lib/postgresql/15/bin/pg_ctl -D /var/lib/postgresql/15/main promote -w"));
                QCOMPARE(e.target(), std::string("db-b"));
                QCOMPARE(e.exit_status(), 0);
                QVERIFY(QString::fromStdString(e.output_digest()).startsWith(QLatin1String("sha256:")));
            }
        }
        QCOMPARE(started, plan.steps.size());
        QCOMPARE(finished, plan.steps.size());
        QCOMPARE(j.entries.constLast().phase(), RUN_FINISHED);
        QVERIFY(j.entries.constLast().ok());
        QVERIFY(verifyJournal(b.journal.path()).ok);
        QVERIFY(run.measuredFailoverS() > 0);
        QVERIFY(findInterruptedRuns(j.entries).isEmpty());
        // The anti-flap check now sees this switchover.
        QVERIFY(lastFailoverMs(j.entries, QStringLiteral("lab"), QStringLiteral("maildb")) > 0);
    }

    void failedStepStopsTheRunWithItsRollbackHint()
    {
        Bench b;
        // The candidate's server is down: the switchover must stop before any change.
        b.lab.node(QStringLiteral("db-b"))->crashedServices << QStringLiteral("postgres");
        RunbookPlan plan = b.plan(QStringLiteral("postgres-switchover"),
                                  {{QStringLiteral("old_primary"), QStringLiteral("db-a")},
                                   {QStringLiteral("new_primary"), QStringLiteral("db-b")}});
        RunbookRun run(plan, &b.runner, &b.journal);
        QCOMPARE(b.run(run), RunOutcome::Failed);
        QCOMPARE(run.results().at(1).state, StepState::Failed);
        QVERIFY2(run.results().at(1).message.contains(QLatin1String("exit status 2")), qPrintable(run.results().at(1).message));
        QCOMPARE(run.results().at(2).state, StepState::NotStarted);
        QVERIFY(b.db("db-a").primary);
        for (const QString &cmd : b.runner.history())
            QVERIFY2(!cmd.contains(QLatin1String("pg_ctl")), qPrintable(cmd));

        // A failing COMMAND stops with its rollback hint in the journal.
        Bench c;
        c.lab.node(QStringLiteral("store-a"))->drbd->primary = true;
        c.lab.node(QStringLiteral("store-b"))->drbd->disk = QStringLiteral("Outdated");
        RunbookPlan drbd = c.plan(QStringLiteral("drbd-switchover"),
                                  {{QStringLiteral("old_primary"), QStringLiteral("store-a")},
                                   {QStringLiteral("new_primary"), QStringLiteral("store-b")}});
        RunbookRun r2(drbd, &c.runner, &c.journal);
        QCOMPARE(c.run(r2), RunOutcome::Failed);
        const JournalEntry last = readJournal(c.journal.path()).entries.constLast();
        QCOMPARE(last.phase(), RUN_FINISHED);
        QVERIFY(!last.ok());
        QVERIFY2(QString::fromStdString(last.message()).contains(QLatin1String("UpToDate")), last.message().c_str());
    }

    void unwritableJournalRefusesBeforeAnythingRuns()
    {
        Bench b;
        b.journal.setFailWritesForTest(true);
        RunbookPlan plan = b.plan(QStringLiteral("postgres-switchover"),
                                  {{QStringLiteral("old_primary"), QStringLiteral("db-a")},
                                   {QStringLiteral("new_primary"), QStringLiteral("db-b")}});
        RunbookRun run(plan, &b.runner, &b.journal);
        QCOMPARE(b.run(run), RunOutcome::Refused);
        QVERIFY2(run.error().contains(QLatin1String("cannot write the journal")), qPrintable(run.error()));
        QVERIFY(b.runner.history().isEmpty());
        QVERIFY(b.db("db-a").primary);

        // Journal fails in the middle: the next step is refused, not run.
        Bench c;
        RunbookPlan p2 = c.plan(QStringLiteral("postgres-switchover"),
                                {{QStringLiteral("old_primary"), QStringLiteral("db-a")},
                                 {QStringLiteral("new_primary"), QStringLiteral("db-b")}});
        RunbookRun r2(p2, &c.runner, &c.journal);
        r2.setStepFinishedCallback([&](int index, const StepResult &) {
            if (index == 1)
                c.journal.setFailWritesForTest(true);
        });
        QVERIFY(r2.start());
        QCOMPARE(r2.runAll(), RunOutcome::Refused);
        QVERIFY2(r2.results().at(2).message.startsWith(QLatin1String("refused: cannot write the journal")),
                 qPrintable(r2.results().at(2).message));
        QCOMPARE(c.runner.history().size(), 2);
        QVERIFY(c.db("db-a").primary);
    }

    void labPlansNeverRunOnARealRunnerAndBack()
    {
        class RealRunner final : public CommandRunner
        {
        public:
            CommandOutput run(const QString &, const ProbeCommand &, int) override
            {
                ++calls;
                return {};
            }
            bool isLab() const override { return false; }
            int calls = 0;
        } real;
        Bench b;
        RunbookPlan plan = b.plan(QStringLiteral("postfix-flush"), {{QStringLiteral("mta"), QStringLiteral("mx1")}});
        RunbookRun run(plan, &real, &b.journal);
        QVERIFY(!run.start());
        QCOMPARE(real.calls, 0);
        plan.lab = false;
        RunbookRun back(plan, &b.runner, &b.journal);
        QVERIFY(!back.start());
        QVERIFY(b.runner.history().isEmpty());
    }

    void builtinRunbooksWorkOnTheLab_data()
    {
        QTest::addColumn<QString>("runbook");
        QTest::addColumn<QStringList>("params");
        QTest::newRow("patroni switchover") << "patroni-switchover" << QStringList{"old_primary=db-a", "new_primary=db-b"};
        QTest::newRow("postgres failover") << "postgres-failover" << QStringList{"old_primary=db-a", "new_primary=db-b", "replicas=db-dr"};
        QTest::newRow("drbd switchover") << "drbd-switchover" << QStringList{"old_primary=store-a", "new_primary=store-b"};
        QTest::newRow("drbd failover") << "drbd-failover" << QStringList{"old_primary=store-a", "new_primary=store-b"};
        QTest::newRow("keepalived vip move") << "keepalived-vip-move"
                                             << QStringList{"old_primary=lb-a", "new_primary=lb-b", "vip_address=192.0.2.25/24"};
        QTest::newRow("pacemaker move") << "pacemaker-resource-move" << QStringList{"via=imap-a", "resource=vip-imap", "target=imap-b"};
        QTest::newRow("pacemaker ban") << "pacemaker-resource-ban" << QStringList{"via=imap-a", "resource=vip-imap", "target=imap-a"};
        QTest::newRow("pacemaker clear") << "pacemaker-resource-clear" << QStringList{"via=imap-a", "resource=vip-imap"};
        QTest::newRow("pacemaker standby") << "pacemaker-node-standby" << QStringList{"via=imap-a", "target=imap-b"};
        QTest::newRow("postfix drain") << "postfix-drain" << QStringList{"mta=mx2"};
        QTest::newRow("postfix flush") << "postfix-flush" << QStringList{"mta=mx1"};
        QTest::newRow("dovecot resync") << "dovecot-replicator-resync" << QStringList{"source=imap-a"};
        QTest::newRow("dovecot switchover") << "dovecot-switchover" << QStringList{"old_primary=imap-a", "new_primary=imap-b"};
        QTest::newRow("site failover") << "site-failover"
                                       << QStringList{"db_primary=db-b", "db_replicas=db-dr", "store_primary=store-b",
                                                      "imap_node=imap-b", "lb_node=lb-b", "vip_address=192.0.2.25/24"};
    }

    void builtinRunbooksWorkOnTheLab()
    {
        QFETCH(QString, runbook);
        QFETCH(QStringList, params);
        Bench b;
        RunbookParams p;
        for (const QString &kv : params)
            p.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        if (runbook == QLatin1String("site-failover") || runbook.endsWith(QLatin1String("-failover")))
            for (const char *n : {"db-a", "store-a", "imap-a", "lb-a"})
                if (runbook == QLatin1String("site-failover") || p.value(QStringLiteral("old_primary")) == QLatin1String(n))
                    b.lab.setFault(LabFault::NodeCrash, QLatin1String(n), true);
        if (runbook == QLatin1String("postfix-drain"))
            b.lab.node(QStringLiteral("mx2"))->mta->hold = 0;
        RunbookPlan plan = b.plan(runbook, p);
        QVERIFY2(plan.ok(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
        RunbookRun run(plan, &b.runner, &b.journal);
        const RunOutcome outcome = b.run(run);
        QVERIFY2(outcome == RunOutcome::Completed, qPrintable(resultsText(run) + run.error()));

        if (runbook.startsWith(QLatin1String("patroni")) || runbook == QLatin1String("postgres-failover")
            || runbook == QLatin1String("site-failover")) {
            QVERIFY(b.db("db-b").primary);
            QCOMPARE(b.db("db-dr").upstream, QStringLiteral("db-b"));
        }
        if (runbook.startsWith(QLatin1String("drbd")) || runbook == QLatin1String("site-failover"))
            QVERIFY(b.lab.node(QStringLiteral("store-b"))->drbd->primary);
        if (runbook == QLatin1String("drbd-switchover"))
            QVERIFY(!b.lab.node(QStringLiteral("store-a"))->drbd->primary);
        if (runbook == QLatin1String("keepalived-vip-move") || runbook == QLatin1String("site-failover"))
            QVERIFY(b.lab.node(QStringLiteral("lb-b"))->vips.contains(QLatin1String("vip-public")));
        if (runbook == QLatin1String("pacemaker-resource-move") || runbook == QLatin1String("pacemaker-resource-ban")
            || runbook == QLatin1String("dovecot-switchover") || runbook == QLatin1String("site-failover")) {
            QVERIFY(b.lab.node(QStringLiteral("imap-b"))->vips.contains(QLatin1String("vip-imap")));
            QVERIFY(b.lab.node(QStringLiteral("imap-b"))->dovecot->active);
        }
        if (runbook == QLatin1String("postfix-drain")) {
            const LabMta &q = *b.lab.node(QStringLiteral("mx2"))->mta;
            QCOMPARE(q.active + q.incoming + q.deferred, qint64(0));
            QCOMPARE(run.results().at(3).state, StepState::Succeeded);
        }
        if (runbook == QLatin1String("dovecot-replicator-resync"))
            QCOMPARE(b.lab.node(QStringLiteral("imap-a"))->dovecot->queuedFull, qint64(0));
        QVERIFY(verifyJournal(b.journal.path()).ok);
    }

    void stateConditionsCheckTheLiveSnapshot()
    {
        const QByteArray text = R"(id: "role-check"
parameters { name: "target" type: NODE technology: POSTGRES }
steps { id: "is-primary" kind: CHECK condition { node: "{{target}}" service: "postgres" role: ACTIVE reachable: true } }
)";
        const LoadedRunbook rb = parseRunbook(text, QStringLiteral("role-check.textproto"));
        QVERIFY2(rb.ok(), qPrintable(rb.errors.value(0).toString()));
        Bench b;
        RunbookRun good(planRunbook(rb.runbook, b.lab.spec(), {{QStringLiteral("target"), QStringLiteral("db-a")}}), &b.runner,
                        &b.journal);
        QCOMPARE(b.run(good), RunOutcome::Completed);
        RunbookRun bad(planRunbook(rb.runbook, b.lab.spec(), {{QStringLiteral("target"), QStringLiteral("db-b")}}), &b.runner,
                       &b.journal);
        QCOMPARE(b.run(bad), RunOutcome::Failed);
        QCOMPARE(bad.results().at(0).message, QStringLiteral("db-b postgres is STANDBY, expected ACTIVE"));
        b.lab.setFault(LabFault::NodeCrash, QStringLiteral("db-a"), true);
        RunbookRun down(planRunbook(rb.runbook, b.lab.spec(), {{QStringLiteral("target"), QStringLiteral("db-a")}}), &b.runner,
                        &b.journal);
        QCOMPARE(b.run(down), RunOutcome::Failed);
        QVERIFY2(down.results().at(0).message.startsWith(QLatin1String("db-a is not reachable")), qPrintable(down.results().at(0).message));
        QVERIFY(b.runner.history().isEmpty());
    }

    void unknownCommandsExit127()
    {
        Bench b;
        const CommandOutput out = b.runner.run(QStringLiteral("db-a"), {QStringLiteral("x"), {QStringLiteral("rm"), QStringLiteral("-rf")}, {}}, 1000);
        QCOMPARE(out.exitStatus, 0);  // rm is simulated (files the runbooks touch)
        const CommandOutput unknown = b.runner.run(QStringLiteral("db-a"), {QStringLiteral("x"), {QStringLiteral("reboot")}, {}}, 1000);
        QCOMPARE(unknown.exitStatus, 127);
        QVERIFY(unknown.standardError.contains("reboot: not found"));
        QVERIFY(unknown.standardError.contains("does not simulate"));
        b.lab.setFault(LabFault::NodeCrash, QStringLiteral("db-a"), true);
        const CommandOutput down = b.runner.run(QStringLiteral("db-a"), {QStringLiteral("x"), {QStringLiteral("true")}, {}}, 1000);
        QVERIFY(down.timedOut);
        QVERIFY(down.transportError.contains(QLatin1String("timed out")));
    }

    void abortDuringABlockedStepStopsBeforeTheNext()
    {
        Bench b;
        b.runner.blockCommandsContaining(QStringLiteral("db-a"), QStringLiteral("stop -m fast"));
        RunbookPlan plan = b.plan(QStringLiteral("postgres-switchover"),
                                  {{QStringLiteral("old_primary"), QStringLiteral("db-a")},
                                   {QStringLiteral("new_primary"), QStringLiteral("db-b")}});
        RunbookRun run(plan, &b.runner, &b.journal);
        RunOutcome outcome = RunOutcome::Paused;
        QThread *worker = QThread::create([&] { outcome = b.run(run); });
        worker->start();
        QTRY_VERIFY(b.runner.history().size() == 3);
        run.requestAbort();
        b.runner.releaseBlocked();
        QVERIFY(worker->wait(10'000));
        delete worker;
        QCOMPARE(outcome, RunOutcome::Aborted);
        QCOMPARE(run.results().at(2).state, StepState::Succeeded);  // the stop that was running completed
        QCOMPARE(run.results().at(3).state, StepState::NotStarted);
        QCOMPARE(readJournal(b.journal.path()).entries.constLast().step_state(), std::string("aborted"));
    }
};

QTEST_GUILESS_MAIN(TestLabRunbooks)
#include "tst_labrunbooks.moc"
