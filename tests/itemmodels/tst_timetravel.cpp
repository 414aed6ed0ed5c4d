// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/clusterstate.h"
#include "cluster/timetravel.h"
#include "clusterfixture.h"
#include "lab/labsource.h"
#include "testsupport.h"

#include <QtTest/QTest>

using namespace mailha;
using namespace mailha::test;

namespace {
const ServiceStatus *service(const ClusterSnapshot &s, const char *node)
{
    for (const NodeStatus &n : s.nodes())
        if (n.node_id() == node)
            return &n.services(0);
    return nullptr;
}
} // namespace

class TestTimeTravel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsOnlyDiscreteChangesAndRebuildsNumbers()
    {
        ClusterState state;
        qint64 now = t0;
        state.setClock([&] { return now; });
        state.setSpec(smallCluster({.name = "two-site", .mtaSites = {"a"}}));
        TimeTravel travel;
        travel.attach(&state);
        const qint64 start = now;
        for (int i = 0; i < 120; ++i) {
            now = start + i * 1000;
            // s1 is promoted at 60 s (split brain); lag and queue move every second.
            state.ingestRound({pgSample("p", now, ACTIVE), pgSample("s1", now, i >= 60 ? ACTIVE : STANDBY),
                               pgSample("s2", now, STANDBY, {.lagS = i * 0.5, .lagBytes = i * 100}),
                               mtaSample("mx1", now, {.active = 10, .deferred = i})});
        }
        // Only the first full round and the promotion are records, not 120 snapshots.
        QVERIFY2(travel.recordCount() <= 4, qPrintable(QString::number(travel.recordCount())));
        QCOMPARE(*travel.latest(), now);

        const auto at30 = travel.snapshotAt(start + 30'000);
        QVERIFY(at30);
        QCOMPARE(at30->time_ms(), start + 30'000);
        QCOMPARE(service(*at30, "s1")->role(), STANDBY);
        QCOMPARE(link(*at30, "p->s2")->lag_s(), 15.0);
        QCOMPARE(link(*at30, "p->s2")->lag_bytes(), 3000);
        QCOMPARE(service(*at30, "mx1")->queues().deferred(), 30);
        QVERIFY(at30->health() != SPLIT_BRAIN_HEALTH);

        const auto at90 = travel.snapshotAt(start + 90'000);
        QCOMPARE(service(*at90, "s1")->role(), ACTIVE);
        QCOMPARE(at90->health(), SPLIT_BRAIN_HEALTH);
        QCOMPARE(service(*at90, "mx1")->queues().deferred(), 90);
    }

    void boundedRecords()
    {
        TimeTravel travel(10);
        ClusterSnapshot s;
        for (int i = 0; i < 50; ++i) {
            s.set_time_ms(1000 + i * 1000);
            s.set_health(i % 2 ? HEALTHY : DEGRADED);  // a discrete change every time
            travel.record(s);
        }
        QCOMPARE(travel.recordCount(), 10);
        QCOMPARE(*travel.earliest(), 41'000);
        QCOMPARE(travel.snapshotAt(0)->health(), DEGRADED);  // before the record: the earliest
    }

    void labHistoryMemory()
    {
        LabSource lab(2);
        ClusterState state;
        state.setClock([&] { return lab.now(); });
        state.setSpec(lab.spec());
        TimeTravel travel;
        travel.attach(&state);
        for (int i = 0; i < 3600; ++i) {
            lab.tick();
            state.ingestRound({});
            state.ingestRound(lab.cluster().sampleAll());
        }
        qInfo("lab, 1 h at 1 Hz: %d discrete records", travel.recordCount());
        QVERIFY(travel.recordCount() < 3600 / 4);
        QVERIFY(travel.snapshotAt(lab.now() - 1800'000).has_value());
    }
};

QTEST_GUILESS_MAIN(TestTimeTravel)
#include "tst_timetravel.moc"
