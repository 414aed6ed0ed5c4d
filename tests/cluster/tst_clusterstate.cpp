// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/clusterstate.h"
#include "clusterfixture.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QtTest/QTest>

using namespace mailha;
using namespace mailha::test;

namespace {
// RPO 0 and RTO 30 s, as a cluster file states them.
ClusterSpec cluster()
{
    return smallCluster({.rtoS = 30});
}
} // namespace

class TestClusterState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchesSamplesIntoOneUpdate()
    {
        ClusterState state;
        qint64 now = 1'000'000;
        state.setClock([&] { return now; });
        state.setSpec(cluster());
        QSignalSpy updated(&state, &ClusterState::updated);
        state.ingest(pgSample("p", now, ACTIVE));
        state.ingest(pgSample("s1", now, STANDBY, {.lagS = 0.01, .lagBytes = 100, .syncState = "sync"}));
        state.ingestBatch({pgSample("s2", now, STANDBY, {.lagS = 3, .lagBytes = 1000}), mtaSample("mx1", now),
                          mtaSample("mx2", now)});
        QCOMPARE(updated.count(), 0);  // nothing until the event loop turns
        QTRY_COMPARE(updated.count(), 1);
        QCOMPARE(state.snapshot().health(), HEALTHY);
        QVERIFY(state.lastSample(QStringLiteral("s2")));
    }

    void recordsBoundedHistoryPerSeries()
    {
        ClusterState state;
        qint64 now = 1'000'000;
        state.setClock([&] { return now; });
        state.setSpec(cluster());
        for (int i = 0; i < 5; ++i) {
            now += 1000;
            state.ingestBatch({pgSample("p", now, ACTIVE),
                               pgSample("s2", now, STANDBY, {.lagS = double(i), .lagBytes = i * 100}),
                               mtaSample("mx1", now, {.deferred = 10 + i})});
            state.flush();
        }
        const TimeSeries *lag = state.series(ClusterState::lagSecondsKey(QStringLiteral("p->s2")));
        QVERIFY(lag);
        QCOMPARE(lag->rawSize(), 5);
        QCOMPARE(lag->lastValue(), 4.0);
        const TimeSeries *deferred = state.series(ClusterState::queueKey(QStringLiteral("mx1"), QStringLiteral("postfix"),
                                                                         QStringLiteral("deferred")));
        QVERIFY(deferred);
        QCOMPARE(deferred->lastValue(), 14.0);
        QVERIFY(state.historyMemoryBytes() > 0);
    }

    void nodeTurnsStaleWithTheClockAlone()
    {
        ClusterState state;
        qint64 now = 1'000'000;
        state.setClock([&] { return now; });
        state.setSpec(cluster());
        state.ingestBatch({pgSample("p", now, ACTIVE), pgSample("s1", now, STANDBY, {.syncState = "sync"}),
                           pgSample("s2", now, STANDBY, {.lagS = 1, .lagBytes = 10}), mtaSample("mx1", now),
                           mtaSample("mx2", now)});
        state.flush();
        QCOMPARE(state.snapshot().stale_nodes_size(), 0);
        QSignalSpy events(&state, &ClusterState::eventAdded);
        now += 2'500;  // no sample for 2.5 intervals
        state.refresh();
        QCOMPARE(state.snapshot().stale_nodes_size(), 5);
        QVERIFY(events.count() >= 5);
        QCOMPARE(events.first().first().value<ClusterEvent>().kind(), NODE_STALE);
    }

    void lateSampleDoesNotOverwriteNewerStatus()
    {
        ClusterState state;
        qint64 now = 1'000'000;
        state.setClock([&] { return now; });
        state.setSpec(cluster());
        state.setReachability(QStringLiteral("p"), TIMED_OUT, QStringLiteral("no answer"));
        state.flush();
        state.ingest(pgSample("p", now - 5000, ACTIVE));
        state.flush();
        QCOMPARE(state.observations().value(QStringLiteral("p")).reachability, TIMED_OUT);
    }

    void eventLogIsCapped()
    {
        ClusterState state;
        state.setSpec(cluster());
        for (int i = 0; i < ClusterState::maxEvents + 10; ++i) {
            ClusterEvent e;
            e.set_time_ms(i);
            e.set_kind(NOTE);
            state.addEvent(e);
        }
        QCOMPARE(state.events().size(), ClusterState::maxEvents);
        QCOMPARE(state.events().constFirst().time_ms(), 10);
    }
};

QTEST_GUILESS_MAIN(TestClusterState)
#include "tst_clusterstate.moc"
