// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterfixture.h"
#include "testsupport.h"

#include <QtTest/QTest>

using namespace mailha;
using namespace mailha::test;

Q_DECLARE_METATYPE(mailha::ClusterHealth)

namespace {
constexpr qint64 T = 1'000'000;

// RPO 0 and RTO 30 s, as a cluster file states them.
ClusterSpec cluster()
{
    return smallCluster({.rtoS = 30});
}

// Builds observations for a named situation; every row of the table below
// starts from a healthy cluster and changes one thing.
Observations situation(const QString &name)
{
    Observations obs;
    const bool s1Down = name.contains(QLatin1String("sync standby gone"));
    const bool bothDown = name.contains(QLatin1String("both standbys gone"));
    observe(obs, pgSample("p", T, ACTIVE));
    if (!s1Down && !bothDown)
        observe(obs, pgSample("s1", T, STANDBY,
                              {.lagS = 0.004,
                               .lagBytes = 512,
                               .receiving = !name.contains(QLatin1String("not receiving")),
                               .syncState = name.contains(QLatin1String("potential")) ? "potential" : "sync"}));
    if (!bothDown)
        observe(obs, pgSample("s2", T, STANDBY, {.lagS = 4.2, .lagBytes = 3'000'000, .syncState = "async"}));
    observe(obs, mtaSample("mx1", T));
    observe(obs, mtaSample("mx2", T));
    if (name.contains(QLatin1String("two primaries")))
        observe(obs, pgSample("s1", T, ACTIVE));
    if (name.contains(QLatin1String("primary stale")))
        obs[QStringLiteral("p")].lastGood.set_time_ms(T - 10'000);
    if (name.contains(QLatin1String("primary unreachable"))) {
        obs[QStringLiteral("p")].reachability = TIMED_OUT;
        obs[QStringLiteral("p")].statusTimeMs = T;
    }
    return obs;
}
} // namespace

class TestDerive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derivations_data()
    {
        QTest::addColumn<ClusterHealth>("health");
        QTest::addColumn<bool>("splitBrain");
        QTest::addColumn<int>("standbys");
        QTest::addColumn<bool>("redundancyLost");
        QTest::addColumn<double>("projectedRpo");
        QTest::addColumn<bool>("rpoBreached");
        QTest::addColumn<QStringList>("stale");
        QTest::addColumn<QString>("candidate");

        QTest::newRow("healthy: sync standby gives RPO 0")
            << HEALTHY << false << 2 << false << 0.0 << false << QStringList{} << "s1";
        QTest::newRow("sync standby gone: RPO is the async lag, over objective")
            << DEGRADED << false << 1 << false << 4.2 << true << QStringList{"s1"} << "s2";
        QTest::newRow("both standbys gone: N+0, RPO unknown")
            << DEGRADED << false << 0 << true << -1.0 << true << QStringList{"s1", "s2"} << "";
        QTest::newRow("two primaries: split brain")
            << SPLIT_BRAIN_HEALTH << true << 1 << false << 4.2 << true << QStringList{} << "s2";
        QTest::newRow("primary stale: service down, never healthy")
            << CRITICAL_HEALTH << false << 2 << false << 0.0 << false << QStringList{"p"} << "s1";
        QTest::newRow("primary unreachable now: stale at once")
            << CRITICAL_HEALTH << false << 2 << false << 0.0 << false << QStringList{"p"} << "s1";
        QTest::newRow("sync standby not receiving: not a candidate")
            << CRITICAL_HEALTH << false << 1 << false << 4.2 << true << QStringList{} << "s2";
        QTest::newRow("sync link but standby only potential: its lag counts")
            << HEALTHY << false << 2 << false << 0.004 << true << QStringList{} << "s1";
    }

    void derivations()
    {
        QFETCH(ClusterHealth, health);
        QFETCH(bool, splitBrain);
        QFETCH(int, standbys);
        QFETCH(bool, redundancyLost);
        QFETCH(double, projectedRpo);
        QFETCH(bool, rpoBreached);
        QFETCH(QStringList, stale);
        QFETCH(QString, candidate);

        const ClusterSnapshot snap = deriveSnapshot(cluster(), situation(QString::fromLatin1(QTest::currentDataTag())), T);
        const GroupStatus *db = group(snap, "db");
        QVERIFY(db);
        QStringList staleNodes;
        for (const std::string &n : snap.stale_nodes())
            staleNodes << qstr(n);
        QCOMPARE(staleNodes, stale);
        QCOMPARE(db->split_brain(), splitBrain);
        QCOMPARE(db->healthy_standbys(), standbys);
        QCOMPARE(db->redundancy_lost(), redundancyLost);
        QCOMPARE(db->projected_rpo_s(), projectedRpo);
        QCOMPARE(db->best_candidate(), candidate.toStdString());
        if (!db->down())
            QCOMPARE(db->rpo_breached(), rpoBreached);
        // A "sync standby not potential" case degrades through RPO, not health.
        if (QByteArray(QTest::currentDataTag()).contains("potential"))
            QCOMPARE(snap.health(), DEGRADED);
        else
            QCOMPARE(snap.health(), health);
    }

    void staleNodeIsNeverHealthy()
    {
        Observations obs = situation(QStringLiteral("healthy"));
        const ClusterSpec spec = cluster();
        // Two intervals (the default) without a sample: stale, with its age.
        const ClusterSnapshot snap = deriveSnapshot(spec, obs, T + 2'500);
        QCOMPARE(snap.stale_nodes_size(), 5);
        QCOMPARE(snap.nodes(0).age_s(), 2.5);
        for (const NodeStatus &n : snap.nodes())
            for (const ServiceStatus &svc : n.services())
                QCOMPARE(svc.health(), HEALTH_UNKNOWN);
        QVERIFY(snap.health() != HEALTHY);
        QVERIFY(group(snap, "db")->down());
        QVERIFY(QString::fromStdString(snap.summary()).contains(QLatin1String("stale")));
    }

    void neverReadNodeIsStaleWithUnknownAge()
    {
        const ClusterSnapshot snap = deriveSnapshot(cluster(), {}, T);
        QCOMPARE(snap.health(), CLUSTER_HEALTH_UNKNOWN);
        for (const NodeStatus &n : snap.nodes()) {
            QVERIFY(n.stale());
            QCOMPARE(n.age_s(), -1.0);
            for (const ServiceStatus &s : n.services())
                QCOMPARE(s.role(), ROLE_UNKNOWN);
        }
    }

    void activeActiveRedundancyCountsSpareActives()
    {
        Observations obs = situation(QStringLiteral("healthy"));
        ClusterSnapshot snap = deriveSnapshot(cluster(), obs, T);
        QCOMPARE(group(snap, "mta")->healthy_standbys(), 1);
        QVERIFY(!group(snap, "mta")->split_brain());
        obs.remove(QStringLiteral("mx2"));
        snap = deriveSnapshot(cluster(), obs, T);
        QCOMPARE(group(snap, "mta")->healthy_standbys(), 0);
        QVERIFY(group(snap, "mta")->redundancy_lost());
    }

    void intentionallyDelayedReplicaIsNotFlagged()
    {
        ClusterSpec spec = cluster();
        spec.mutable_links(1)->set_intentional_delay_s(3600);
        Observations obs = situation(QStringLiteral("healthy"));
        observe(obs, pgSample("s2", T, STANDBY, {.lagS = 3605, .lagBytes = 900'000'000, .syncState = "async"}));
        ClusterSnapshot snap = deriveSnapshot(spec, obs, T);
        QCOMPARE(link(snap, "p->s2")->health(), OK);
        // Without the declaration the same lag is critical.
        snap = deriveSnapshot(cluster(), obs, T);
        QCOMPARE(link(snap, "p->s2")->health(), CRITICAL);
    }

    void linkLagFallsBackToUpstreamView()
    {
        Observations obs = situation(QStringLiteral("healthy"));
        obs.remove(QStringLiteral("s2"));
        NodeSample p = pgSample("p", T, ACTIVE);
        auto *v = p.mutable_services(0)->mutable_replication()->add_replicas();
        v->set_name("s2");
        v->set_replay_lag_s(7.5);
        v->set_lag_bytes(123456);
        observe(obs, p);
        const ClusterSnapshot snap = deriveSnapshot(cluster(), obs, T);
        QCOMPARE(link(snap, "p->s2")->lag_s(), 7.5);
        QCOMPARE(link(snap, "p->s2")->lag_bytes(), 123456);
    }

    void eventsDescribeChanges()
    {
        const ClusterSpec spec = cluster();
        const ClusterSnapshot before = deriveSnapshot(spec, situation(QStringLiteral("healthy")), T);
        const ClusterSnapshot after = deriveSnapshot(spec, situation(QStringLiteral("two primaries")), T);
        const QList<ClusterEvent> events = diffSnapshots(before, after);
        bool roleChange = false, split = false;
        for (const ClusterEvent &e : events) {
            roleChange = roleChange || (e.kind() == ROLE_CHANGED && e.node_id() == "s1");
            split = split || (e.kind() == SPLIT_BRAIN && e.severity() == CRIT);
        }
        QVERIFY(roleChange);
        QVERIFY(split);
    }
};

QTEST_GUILESS_MAIN(TestDerive)
#include "tst_derive.moc"
