// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/derive.h"
#include "core/names.h"
#include "lab/labcluster.h"
#include "testsupport.h"

#include <QtTest/QTest>

using namespace mailha;

namespace {
constexpr qint64 start = 1'767'600'000'000;  // 2026-01-05 08:00 UTC, a Monday morning

QByteArray serialize(const QList<NodeSample> &samples)
{
    QByteArray out;
    for (const NodeSample &s : samples)
        out += QByteArray::fromStdString(s.SerializeAsString());
    return out;
}

const ServiceSample &service(const NodeSample &s)
{
    return s.services(0);
}
} // namespace

class TestLabCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceTopologyHasTheVariety()
    {
        const ClusterSpec spec = LabCluster::referenceSpec();
        QVERIFY(spec.lab());
        QCOMPARE(spec.sites_size(), 2);
        QCOMPARE(spec.nodes_size(), 12);
        QSet<int> patterns, modes, kinds;
        for (const ServiceGroup &g : spec.groups())
            patterns.insert(g.pattern());
        for (const ReplicationLink &l : spec.links()) {
            modes.insert(l.mode());
            kinds.insert(l.kind());
        }
        QCOMPARE(patterns, (QSet<int>{ACTIVE_ACTIVE, ACTIVE_PASSIVE}));
        QCOMPARE(modes, (QSet<int>{SYNC, ASYNC}));
        QCOMPARE(kinds, (QSet<int>{DATABASE_STREAMING, BLOCK, MAILBOX}));
        QVERIFY(spec.floating_ips_size() >= 1);
    }

    void deterministicForASeed()
    {
        LabCluster a(42, start), b(42, start), c(43, start);
        a.advance(600'000);
        b.advance(600'000);
        c.advance(600'000);
        QCOMPARE(serialize(a.sampleAll()), serialize(b.sampleAll()));
        QVERIFY(serialize(a.sampleAll()) != serialize(c.sampleAll()));
        QCOMPARE(a.timeMs(), start + 120'000 + 600'000);  // 120 s warm-up, then ten minutes
    }

    void rolesMatchTheReferenceTopology_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<Role>("role");
        QTest::newRow("lb-a holds the VIP") << "lb-a" << ACTIVE;
        QTest::newRow("lb-b backup") << "lb-b" << PASSIVE;
        QTest::newRow("mx1 active-active") << "mx1" << ACTIVE;
        QTest::newRow("mx3 active-active") << "mx3" << ACTIVE;
        QTest::newRow("imap-a active") << "imap-a" << ACTIVE;
        QTest::newRow("imap-b passive") << "imap-b" << PASSIVE;
        QTest::newRow("db-a primary") << "db-a" << ACTIVE;
        QTest::newRow("db-b sync standby") << "db-b" << STANDBY;
        QTest::newRow("db-dr async standby") << "db-dr" << STANDBY;
        QTest::newRow("store-a DRBD primary") << "store-a" << ACTIVE;
        QTest::newRow("store-b DRBD secondary") << "store-b" << STANDBY;
    }
    void rolesMatchTheReferenceTopology()
    {
        QFETCH(QString, node);
        QFETCH(Role, role);
        LabCluster lab(7, start);
        QCOMPARE(service(lab.sample(node)).role(), role);
    }

    // Three simulated hours of a working day: the numbers an operator sees
    // must stay believable at every second.
    void numbersStayBelievable()
    {
        LabCluster lab(1, start);
        double maxSyncLag = 0, maxDrLag = 0, drLagSum = 0;
        int64_t maxActive = 0, maxDeferred = 0;
        int seconds = 0, drLagging = 0;
        for (; seconds < 3 * 3600; ++seconds) {
            lab.advance(1000);
            const NodeSample dbB = lab.sample(QStringLiteral("db-b"));
            const NodeSample dbDr = lab.sample(QStringLiteral("db-dr"));
            const double syncLag = service(dbB).replication().lag_s();
            const double drLag = service(dbDr).replication().lag_s();
            QVERIFY2(syncLag >= 0 && drLag >= 0, "lag is never negative");
            maxSyncLag = std::max(maxSyncLag, syncLag);
            maxDrLag = std::max(maxDrLag, drLag);
            drLagSum += drLag;
            drLagging += drLag > 0.5;
            for (const char *mx : {"mx1", "mx2", "mx3"}) {
                const NodeSample mxSample = lab.sample(QLatin1String(mx));  // q points into it
                const MtaQueues &q = service(mxSample).queues();
                QVERIFY(q.active() >= 0 && q.deferred() >= 0 && q.hold() >= 0 && q.incoming() >= 0);
                QVERIFY(q.oldest_age_s() >= 0);
                maxActive = std::max(maxActive, q.active());
                maxDeferred = std::max(maxDeferred, q.deferred());
            }
        }
        QVERIFY2(maxSyncLag < 0.1, qPrintable(QStringLiteral("sync standby lag %1 s").arg(maxSyncLag)));
        QVERIFY2(maxDrLag > 1.0 && maxDrLag < 120.0, qPrintable(QStringLiteral("DR lag max %1 s").arg(maxDrLag)));
        QVERIFY2(drLagging > 60, "the async DR replica lags under load now and then");
        QVERIFY2(drLagSum / seconds < 30, "but not permanently");
        QVERIFY2(maxActive > 0 && maxActive < 2000, qPrintable(QString::number(maxActive)));
        QVERIFY2(maxDeferred > 0 && maxDeferred < 5000, qPrintable(QString::number(maxDeferred)));
    }

    void healthyAtRestAndDerivesCleanly()
    {
        LabCluster lab(3, start);
        Observations obs;
        for (const NodeSample &s : lab.sampleAll()) {
            NodeObservation &o = obs[qstr(s.node_id())];
            o.lastGood = s;
            o.reachability = s.reachability();
            o.statusTimeMs = s.time_ms();
        }
        const ClusterSnapshot snap = deriveSnapshot(lab.spec(), obs, lab.timeMs());
        QVERIFY2(snap.health() == HEALTHY || snap.health() == DEGRADED, snap.summary().c_str());
        QCOMPARE(snap.stale_nodes_size(), 0);
        for (const GroupStatus &g : snap.groups()) {
            QVERIFY2(!g.split_brain(), g.group().c_str());
            QVERIFY2(!g.down(), g.group().c_str());
        }
    }

    void crashedNodeAnswersNothing()
    {
        LabCluster lab(3, start);
        lab.node(QStringLiteral("db-dr"))->up = false;
        const NodeSample s = lab.sample(QStringLiteral("db-dr"));
        QCOMPARE(s.reachability(), TIMED_OUT);
        QCOMPARE(s.services_size(), 0);
    }

    // Each fault shows up where an operator would look for it.
    void faultsShowWhereOperatorsLook_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("node");
        QTest::newRow("node crash") << "node-crash" << "db-dr";
        QTest::newRow("service crash") << "service-crash" << "db-a";
        QTest::newRow("site partition") << "site-partition" << "";
        QTest::newRow("standby stops replaying") << "standby-stops-replaying" << "db-dr";
        QTest::newRow("downstream outage") << "downstream-outage" << "";
        QTest::newRow("drbd split brain") << "drbd-split-brain" << "";
        QTest::newRow("drbd disconnect") << "drbd-disconnect" << "";
        QTest::newRow("slow disk") << "slow-disk" << "db-dr";
        QTest::newRow("disk full") << "disk-full" << "db-a";
        QTest::newRow("vip flapping") << "vip-flapping" << "";
        QTest::newRow("node partition") << "node-partition" << "db-b";
    }
    void faultsShowWhereOperatorsLook()
    {
        QFETCH(QString, fault);
        QFETCH(QString, node);
        LabCluster lab(11, start);
        lab.setLoadFactor(2.0);  // a busy hour, so lag and queues move
        const auto kind = labFaultFromName(fault);
        QVERIFY(kind.has_value());
        QCOMPARE(labFaultName(*kind), fault);
        QString error;
        QVERIFY2(lab.setFault(*kind, node, true, &error), qPrintable(error));

        auto snapshot = [&] {
            Observations obs;
            for (const NodeSample &s : lab.sampleAll()) {
                NodeObservation &o = obs[qstr(s.node_id())];
                o.reachability = s.reachability();
                o.statusTimeMs = s.time_ms();
                if (s.reachability() == REACHABLE)
                    o.lastGood = s;
            }
            return deriveSnapshot(lab.spec(), obs, lab.timeMs());
        };
        auto groupOf = [](const ClusterSnapshot &snap, const char *id) {
            for (const GroupStatus &g : snap.groups())
                if (g.group() == id)
                    return g;
            return GroupStatus{};
        };
        auto linkOf = [](const ClusterSnapshot &snap, const char *id) {
            for (const LinkStatus &l : snap.links())
                if (l.link_id() == id)
                    return l;
            return LinkStatus{};
        };
        const qint64 deferredBefore = service(lab.sample(QStringLiteral("mx1"))).queues().deferred();
        int masterChanges = 0;
        bool lastMaster = service(lab.sample(QStringLiteral("lb-a"))).role() == ACTIVE;
        for (int i = 0; i < 600; ++i) {
            lab.advance(1000);
            const bool aMaster = service(lab.sample(QStringLiteral("lb-a"))).role() == ACTIVE;
            const bool bMaster = service(lab.sample(QStringLiteral("lb-b"))).role() == ACTIVE;
            if (fault == QLatin1String("vip-flapping"))
                QVERIFY2(aMaster != bMaster, "flapping alternates, never two masters");
            masterChanges += aMaster != lastMaster;
            lastMaster = aMaster;
        }
        const ClusterSnapshot snap = snapshot();

        if (fault == QLatin1String("node-crash")) {
            QCOMPARE(lab.sample(node).reachability(), TIMED_OUT);
            QVERIFY(snap.stale_nodes_size() == 1 && snap.stale_nodes(0) == "db-dr");
        } else if (fault == QLatin1String("service-crash")) {
            QCOMPARE(service(lab.sample(node)).role(), FAILED);
            QVERIFY(groupOf(snap, "maildb").down());
            QVERIFY(linkOf(snap, "db-a->db-b").broken());
            QCOMPARE(snap.health(), CRITICAL_HEALTH);
        } else if (fault == QLatin1String("site-partition")) {
            QVERIFY(groupOf(snap, "edge").split_brain());
            QCOMPARE(snap.health(), SPLIT_BRAIN_HEALTH);
            QVERIFY(linkOf(snap, "db-a->db-b").broken());
            QVERIFY(linkOf(snap, "db-a->db-dr").lag_bytes() > 0);
        } else if (fault == QLatin1String("standby-stops-replaying")) {
            QVERIFY(linkOf(snap, "db-a->db-dr").broken());
            QVERIFY(linkOf(snap, "db-a->db-dr").lag_s() > 60);
            QVERIFY(!service(lab.sample(node)).replication().replaying());
        } else if (fault == QLatin1String("downstream-outage")) {
            QVERIFY2(service(lab.sample(QStringLiteral("mx1"))).queues().deferred() > deferredBefore + 1000,
                     "deferred mail piles up");
        } else if (fault == QLatin1String("drbd-split-brain")) {
            QVERIFY(groupOf(snap, "mailstore").split_brain());
        } else if (fault == QLatin1String("drbd-disconnect")) {
            QVERIFY(linkOf(snap, "store-a->store-b").broken());
            QVERIFY(service(lab.sample(QStringLiteral("store-a"))).drbd(0).peers(0).out_of_sync_kib() > 0);
        } else if (fault == QLatin1String("slow-disk")) {
            QVERIFY2(linkOf(snap, "db-a->db-dr").lag_bytes() > 10'000'000, "a slow standby falls behind");
        } else if (fault == QLatin1String("disk-full")) {
            QCOMPARE(service(lab.sample(node)).health(), CRITICAL);
        } else if (fault == QLatin1String("vip-flapping")) {
            QVERIFY2(masterChanges >= 10, qPrintable(QString::number(masterChanges)));
        } else if (fault == QLatin1String("node-partition")) {
            QVERIFY(linkOf(snap, "db-a->db-b").broken());
            QVERIFY(!groupOf(snap, "maildb").down());
        }

        // And it heals.
        QVERIFY(lab.setFault(*kind, node, false));
    }

    void faultsNeedAnExistingNode()
    {
        LabCluster lab(1, start);
        QString error;
        QVERIFY(!lab.setFault(LabFault::NodeCrash, QStringLiteral("no-such-node"), true, &error));
        QVERIFY(error.contains(QLatin1String("no-such-node")));
        QVERIFY(!lab.setFault(LabFault::StandbyStopsReplaying, QStringLiteral("mx1"), true, &error));
        QVERIFY(!labFaultFromName(u"meteor-strike").has_value());
    }

    void lsnNotation()
    {
        QCOMPARE(formatLsn(0x3000148), QStringLiteral("0/3000148"));
        QCOMPARE(formatLsn(0x1'0000'00A0ll), QStringLiteral("1/A0"));
    }
};

QTEST_GUILESS_MAIN(TestLabCluster)
#include "tst_labcluster.moc"
