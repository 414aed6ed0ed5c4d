// SPDX-License-Identifier: GPL-3.0-or-later
#include "labfixture.h"
#include "runbook/failoverplanner.h"
#include "testsupport.h"

#include <QtTest/QTest>

using namespace mailha;
using namespace mailha::test;

namespace {

QString failing(const QList<PreflightCheck> &checks)
{
    QStringList out;
    for (const PreflightCheck &c : checks)
        if (!c.passed)
            out << c.id + QLatin1String(": ") + c.reason;
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestFailoverPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void candidatesAreRankedWithReasons()
    {
        LabCluster lab(7);
        lab.advance(30'000);
        const QList<FailoverCandidate> c = rankCandidates(lab.spec(), labSnapshot(lab), QStringLiteral("maildb"));
        QCOMPARE(c.size(), 2);
        QCOMPARE(c.at(0).node, QStringLiteral("db-b"));
        QCOMPARE(c.at(0).rank, 1);
        QVERIFY(c.at(0).eligible);
        QVERIFY(c.at(0).synchronous);
        QVERIFY(c.at(0).reasons.contains(QLatin1String("synchronous standby")));
        QCOMPARE(c.at(1).node, QStringLiteral("db-dr"));
        QVERIFY(!c.at(1).synchronous);
        QVERIFY2(c.at(1).summary().startsWith(QLatin1String("db-dr: async, lag ")), qPrintable(c.at(1).summary()));

        // A crashed sync standby drops below the async one, with the reason.
        lab.setFault(LabFault::NodeCrash, QStringLiteral("db-b"), true);
        const QList<FailoverCandidate> after = rankCandidates(lab.spec(), labSnapshot(lab), QStringLiteral("maildb"));
        QCOMPARE(after.at(0).node, QStringLiteral("db-dr"));
        QCOMPARE(after.at(1).node, QStringLiteral("db-b"));
        QVERIFY(!after.at(1).eligible);
        QVERIFY2(after.at(1).reasons.constFirst().contains(QLatin1String("stale"))
                     || after.at(1).reasons.constFirst().contains(QLatin1String("not reachable")),
                 qPrintable(after.at(1).reasons.join(QLatin1String(", "))));
    }

    void healthySwitchoverPassesEveryCheck()
    {
        LabCluster lab(7);
        lab.advance(30'000);
        const QList<PreflightCheck> checks = runPreflight(
            lab.spec(), labSnapshot(lab), {QStringLiteral("maildb"), QStringLiteral("db-b"), FailoverMode::Switchover, lab.timeMs(), 0, false});
        QCOMPARE(checks.size(), 8);
        QVERIFY2(failing(checks).isEmpty(), qPrintable(failing(checks)));
        QVERIFY(preflightAllows(checks, {}));
    }

    void refusalsGiveTheirReason_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<bool>("failover");
        QTest::addColumn<QString>("check");
        QTest::addColumn<QString>("reason");
        QTest::newRow("candidate crashed") << "crash db-b" << "maildb" << "db-b" << false << "candidate-healthy" << "db-b cannot take over";
        QTest::newRow("candidate is the primary") << "" << "maildb" << "db-a" << false << "candidate-healthy" << "already the primary";
        QTest::newRow("async candidate with RPO 0") << "slow disk db-dr" << "maildb" << "db-dr" << false << "sync-standby"
                                                    << "replicates asynchronously";
        QTest::newRow("lag over RPO") << "slow disk db-dr" << "maildb" << "db-dr" << false << "lag-within-rpo" << "objective 0.0 s";
        QTest::newRow("standby not replaying") << "stop replay db-b" << "maildb" << "db-b" << false << "candidate-healthy"
                                               << "replication broken";
        QTest::newRow("switchover with the primary down") << "crash db-a" << "maildb" << "db-b" << false << "old-primary"
                                                          << "use a failover";
        QTest::newRow("failover with the primary up") << "" << "maildb" << "db-b" << true << "old-primary"
                                                      << "still reachable and serving";
        QTest::newRow("DRBD split brain") << "drbd split brain" << "mailstore" << "store-b" << false << "no-split-brain"
                                          << "2 active members";
        QTest::newRow("DRBD disconnected") << "drbd disconnect" << "mailstore" << "store-b" << false << "drbd-uptodate"
                                           << "store-b";
        QTest::newRow("queue over threshold") << "queue mx1" << "maildb" << "db-b" << false << "queue-threshold"
                                              << "mx1 has 9";
        QTest::newRow("anti-flap") << "recent failover" << "maildb" << "db-b" << false << "anti-flap" << "anti-flap period 15 min";
        QTest::newRow("unknown group") << "" << "nosuch" << "db-b" << false << "group-known" << "no service group 'nosuch'";
    }

    void refusalsGiveTheirReason()
    {
        QFETCH(QString, situation);
        QFETCH(QString, group);
        QFETCH(QString, candidate);
        QFETCH(bool, failover);
        QFETCH(QString, check);
        QFETCH(QString, reason);
        LabCluster lab(7);
        lab.advance(30'000);
        if (situation == QLatin1String("crash db-b"))
            lab.setFault(LabFault::NodeCrash, QStringLiteral("db-b"), true);
        if (situation == QLatin1String("crash db-a"))
            lab.setFault(LabFault::NodeCrash, QStringLiteral("db-a"), true);
        if (situation == QLatin1String("slow disk db-dr")) {
            lab.setFault(LabFault::SlowDisk, QStringLiteral("db-dr"), true);
            lab.advance(120'000);
        }
        if (situation == QLatin1String("stop replay db-b")) {
            lab.setFault(LabFault::StandbyStopsReplaying, QStringLiteral("db-b"), true);
            lab.advance(5'000);
        }
        if (situation == QLatin1String("drbd split brain"))
            lab.setFault(LabFault::DrbdSplitBrain, {}, true);
        if (situation == QLatin1String("drbd disconnect")) {
            lab.setFault(LabFault::DrbdDisconnect, {}, true);
            lab.advance(10'000);
        }
        if (situation == QLatin1String("queue mx1")) {
            lab.node(QStringLiteral("mx1"))->mta->deferred = 9'000;
            lab.node(QStringLiteral("mx1"))->mta->deferredCohorts.push_back({lab.timeMs() - 600'000, 9'000});
        }
        const qint64 last = situation == QLatin1String("recent failover") ? lab.timeMs() - 120'000 : 0;
        const QList<PreflightCheck> checks =
            runPreflight(lab.spec(), labSnapshot(lab),
                         {group, candidate, failover ? FailoverMode::Failover : FailoverMode::Switchover, lab.timeMs(), last, false});
        const PreflightCheck *found = nullptr;
        for (const PreflightCheck &c : checks)
            if (c.id == check)
                found = &c;
        QVERIFY2(found, qPrintable(check));
        QVERIFY2(!found->passed, qPrintable(found->reason));
        QVERIFY2(found->reason.contains(reason), qPrintable(found->reason));
        QStringList blocking;
        QVERIFY(!preflightAllows(checks, {}, &blocking));
        QVERIFY(blocking.join(QLatin1Char('\n')).contains(check));
        // A blank reason is no override; a written one is.
        QMap<QString, QString> overrides;
        for (const PreflightCheck &c : checks)
            if (!c.passed)
                overrides.insert(c.id, QStringLiteral("  "));
        QVERIFY(!preflightAllows(checks, overrides));
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            it.value() = QStringLiteral("incident 42: the IC accepts the risk");
        QVERIFY(preflightAllows(checks, overrides));
    }

    void fencedOldPrimaryAllowsAFailover()
    {
        LabCluster lab(7);
        lab.advance(10'000);
        const QList<PreflightCheck> checks = runPreflight(
            lab.spec(), labSnapshot(lab), {QStringLiteral("maildb"), QStringLiteral("db-b"), FailoverMode::Failover, lab.timeMs(), 0, true});
        QVERIFY2(failing(checks).isEmpty(), qPrintable(failing(checks)));
    }

    void lastFailoverComesFromTheJournal()
    {
        JournalEntry ok;
        ok.set_phase(RUN_FINISHED);
        ok.set_ok(true);
        ok.set_cluster("lab");
        ok.set_time_ms(5000);
        (*ok.mutable_parameters())["group"] = "maildb";
        JournalEntry failed = ok;
        failed.set_ok(false);
        failed.set_time_ms(9000);
        JournalEntry other = ok;
        (*other.mutable_parameters())["group"] = "mailstore";
        other.set_time_ms(7000);
        QCOMPARE(lastFailoverMs({ok, failed, other}, QStringLiteral("lab"), QStringLiteral("maildb")), qint64(5000));
        QCOMPARE(lastFailoverMs({ok, failed, other}, QStringLiteral("lab"), QStringLiteral("mailstore")), qint64(7000));
        QCOMPARE(lastFailoverMs({ok}, QStringLiteral("prod"), QStringLiteral("maildb")), qint64(0));
    }

    void crashedPrimaryIsReplacedNotRepointed()
    {
        // Poll rounds as the console sees them: db-a answered, then crashed.
        LabCluster lab(7);
        lab.advance(30'000);
        Observations observations;
        auto poll = [&] {
            for (const NodeSample &s : lab.sampleAll()) {
                NodeObservation &o = observations[qstr(s.node_id())];
                o.reachability = s.reachability();
                o.statusTimeMs = s.time_ms();
                if (s.reachability() == REACHABLE)
                    o.lastGood = s;
            }
        };
        poll();
        lab.setFault(LabFault::NodeCrash, QStringLiteral("db-a"), true);
        lab.advance(10'000);
        poll();
        const ClusterSnapshot snap = deriveSnapshot(lab.spec(), observations, lab.timeMs());

        const QList<FailoverCandidate> ranked = rankCandidates(lab.spec(), snap, QStringLiteral("maildb"));
        QCOMPARE(ranked.size(), 2);  // db-a is the node being replaced, not a candidate
        QCOMPARE(ranked.constFirst().node, QStringLiteral("db-b"));
        QVERIFY2(ranked.constFirst().eligible, qPrintable(ranked.constFirst().reasons.join(QLatin1String("; "))));
        QVERIFY(ranked.constFirst().reasons.contains(QStringLiteral("replication stopped with the primary")));

        const auto params = failoverParameters(lab.spec(), snap, QStringLiteral("maildb"), QStringLiteral("db-b"));
        QCOMPARE(params.value(QStringLiteral("old_primary")), QStringLiteral("db-a"));
        QCOMPARE(params.value(QStringLiteral("replicas")), QStringLiteral("db-dr"));

        const QList<PreflightCheck> checks =
            runPreflight(lab.spec(), snap, {QStringLiteral("maildb"), QStringLiteral("db-b"), FailoverMode::Failover, lab.timeMs(), 0, false});
        for (const PreflightCheck &c : checks)
            if (c.id == QLatin1String("old-primary") || c.id == QLatin1String("candidate-healthy"))
                QVERIFY2(c.passed, qPrintable(c.reason));
        // A standby that stopped replaying while the primary was still up stays refused.
        LabCluster broken(7);
        broken.advance(30'000);
        broken.setFault(LabFault::StandbyStopsReplaying, QStringLiteral("db-b"), true);
        broken.advance(5'000);
        const QList<FailoverCandidate> stillRefused = rankCandidates(broken.spec(), labSnapshot(broken), QStringLiteral("maildb"));
        for (const FailoverCandidate &c : stillRefused)
            if (c.node == QLatin1String("db-b"))
                QVERIFY(!c.eligible);
    }

    void runbookAndParametersForAGroup()
    {
        LabCluster lab(7);
        ClusterSpec spec = lab.spec();
        QCOMPARE(runbookFor(spec, QStringLiteral("maildb"), FailoverMode::Switchover), QStringLiteral("postgres-switchover"));
        QCOMPARE(runbookFor(spec, QStringLiteral("mailstore"), FailoverMode::Failover), QStringLiteral("drbd-failover"));
        spec.mutable_groups(4)->set_patroni(true);
        QCOMPARE(runbookFor(spec, QStringLiteral("maildb"), FailoverMode::Failover), QStringLiteral("patroni-failover"));
        const auto params = failoverParameters(lab.spec(), labSnapshot(lab), QStringLiteral("maildb"), QStringLiteral("db-dr"));
        QCOMPARE(params.value(QStringLiteral("old_primary")), QStringLiteral("db-a"));
        QCOMPARE(params.value(QStringLiteral("new_primary")), QStringLiteral("db-dr"));
        QCOMPARE(params.value(QStringLiteral("replicas")), QStringLiteral("db-b"));
        QCOMPARE(params.value(QStringLiteral("vip_address")), QStringLiteral("10.10.0.50/24"));
    }
};

QTEST_GUILESS_MAIN(TestFailoverPlanner)
#include "tst_failoverplanner.moc"
