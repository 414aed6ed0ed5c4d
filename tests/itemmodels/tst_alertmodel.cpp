// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/alertengine.h"
#include "cluster/clusterstate.h"
#include "clusterfixture.h"
#include "itemmodels/alertmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest/QTest>

using namespace mailha;
using namespace mailha::test;

namespace {

// An MTA on each site, so the MTAs are N+1.
ClusterSpec cluster()
{
    return smallCluster({.name = "two-site", .mtaSites = {"a", "b"}});
}

QList<NodeSample> round(qint64 t, double asyncLag = 2, qint64 deferred = 5)
{
    return {pgSample("p", t, ACTIVE), pgSample("s1", t, STANDBY, {.syncState = "sync"}),
            pgSample("s2", t, STANDBY, {.lagS = asyncLag, .lagBytes = 4096}),
            mtaSample("mx1", t, {.active = 10, .deferred = deferred}), mtaSample("mx2", t, {.active = 10, .deferred = 5})};
}

QStringList keys(const QList<AlertCondition> &conditions)
{
    QStringList k;
    for (const AlertCondition &c : conditions)
        k << c.key + QLatin1Char('=') + severityName(c.severity);
    k.sort();
    return k;
}

} // namespace

class TestAlertModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conditions_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("healthy") << "healthy" << QStringList{};
        QTest::newRow("queue over warn") << "queue-warn" << QStringList{QStringLiteral("queue/mx1/postfix=warning")};
        QTest::newRow("queue over crit") << "queue-crit" << QStringList{QStringLiteral("queue/mx1/postfix=critical")};
        QTest::newRow("async lag over crit") << "lag-crit" << QStringList{QStringLiteral("lag/p->s2=critical")};
        QTest::newRow("delayed replica within its delay") << "delayed-ok" << QStringList{};
        QTest::newRow("delayed replica beyond its delay") << "delayed-late" << QStringList{QStringLiteral("lag/p->s2=critical")};
        QTest::newRow("split brain") << "split-brain"
                                     << QStringList{QStringLiteral("rpo/db=warning"), QStringLiteral("split-brain/db=critical")};
        QTest::newRow("standbys gone") << "no-standby"
                                       << QStringList{QStringLiteral("redundancy/db=warning"), QStringLiteral("rpo/db=warning"),
                                                      QStringLiteral("stale/s1=warning"), QStringLiteral("stale/s2=warning")};
        QTest::newRow("custom node threshold") << "node-threshold" << QStringList{QStringLiteral("queue/mx1/postfix=critical")};
    }

    void conditions()
    {
        QFETCH(QString, situation);
        QFETCH(QStringList, expected);
        ClusterSpec spec = cluster();
        QList<NodeSample> samples = round(t0);
        qint64 now = t0 + 500;
        if (situation == QLatin1String("queue-warn"))
            samples[3] = mtaSample("mx1", t0, {.active = 100, .deferred = 450});
        else if (situation == QLatin1String("queue-crit"))
            samples[3] = mtaSample("mx1", t0, {.active = 100, .deferred = 6000});
        else if (situation == QLatin1String("lag-crit"))
            samples[2] = pgSample("s2", t0, STANDBY, {.lagS = 75, .lagBytes = 4096});
        else if (situation.startsWith(QLatin1String("delayed"))) {
            spec.mutable_links(1)->set_intentional_delay_s(3600);
            samples[2] = pgSample("s2", t0, STANDBY,
                                  {.lagS = situation.endsWith(QLatin1String("ok")) ? 3000.0 : 3700.0, .lagBytes = 1 << 30});
        } else if (situation == QLatin1String("split-brain")) {
            samples[1] = pgSample("s1", t0, ACTIVE);
        } else if (situation == QLatin1String("no-standby")) {
            samples[1].set_time_ms(t0 - 10'000);
            samples[2].set_time_ms(t0 - 10'000);
        } else if (situation == QLatin1String("node-threshold")) {
            spec.mutable_nodes(3)->mutable_thresholds()->set_queue_crit(50);
            samples[3] = mtaSample("mx1", t0, {.active = 30, .deferred = 30});
        }
        Observations obs;
        const ClusterSnapshot snap = snapshotOf(spec, samples, now, &obs);
        QCOMPARE(keys(AlertEngine::evaluate(spec, snap, obs)), expected);
    }

    void lifecycleRecordsEventsAndModelFollows()
    {
        ClusterState state;
        qint64 now = t0;
        state.setClock([&] { return now; });
        state.setSpec(cluster());
        AlertEngine engine;
        engine.attach(&state);
        AlertModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEngine(&engine);
        QSignalSpy raised(&engine, &AlertEngine::alertRaised);
        QSignalSpy cleared(&engine, &AlertEngine::alertCleared);
        QSignalSpy events(&state, &ClusterState::eventAdded);

        state.ingestRound(round(now));
        QCOMPARE(model.rowCount(), 0);

        now += 1000;  // the async replica falls behind: warning, then critical
        state.ingestRound(round(now, 20));
        QCOMPARE(engine.activeCount(), 1);
        QCOMPARE(raised.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AlertModel::SeverityColumn).data().toString(), severityName(WARN));
        now += 1000;
        state.ingestRound(round(now, 80, 600));
        QCOMPARE(raised.count(), 3);  // escalation to critical, and the queue
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, AlertModel::SeverityColumn).data().toString(), severityName(CRIT));
        model.setNow(now + 30'000);
        QCOMPARE(model.index(0, AlertModel::DurationColumn).data().toString(), QStringLiteral("31 s"));

        // Acknowledge through the check box.
        const QModelIndex state0 = model.index(0, AlertModel::StateColumn);
        QVERIFY(model.flags(state0) & Qt::ItemIsUserCheckable);
        QVERIFY(model.setData(state0, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.index(0, AlertModel::StateColumn).data().toString(), QStringLiteral("acknowledged"));

        // The lag recovers: its alert moves below the active queue alert.
        now += 1000;
        state.ingestRound(round(now, 1, 600));
        QCOMPARE(cleared.count(), 1);
        QCOMPARE(engine.activeCount(), 1);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.index(0, 0).data(AlertModel::ActiveRole).toBool());
        QVERIFY(!model.index(1, 0).data(AlertModel::ActiveRole).toBool());
        QCOMPARE(model.index(1, AlertModel::StateColumn).data().toString(), QStringLiteral("cleared"));

        int raisedEvents = 0, clearedEvents = 0;
        for (const QList<QVariant> &args : events) {
            const ClusterEvent e = args.first().value<ClusterEvent>();
            raisedEvents += e.kind() == ALERT_RAISED ? 1 : 0;
            clearedEvents += e.kind() == ALERT_CLEARED ? 1 : 0;
        }
        QCOMPARE(raisedEvents, 3);
        QCOMPARE(clearedEvents, 1);
    }

    void clearedAlertsAreCapped()
    {
        AlertEngine engine;
        AlertModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEngine(&engine);
        for (int i = 0; i < AlertEngine::maxCleared + 20; ++i) {
            engine.update({{QStringLiteral("k%1").arg(i), WARN, {}, {}, QStringLiteral("m")}}, t0 + i * 1000);
        }
        engine.update({}, t0 + 1'000'000);
        QCOMPARE(engine.activeCount(), 0);
        QCOMPARE(model.rowCount(), AlertEngine::maxCleared);
        // Newest cleared first.
        QVERIFY(model.index(0, 0).data(AlertModel::AlertIdRole).toString().startsWith(
            QStringLiteral("k%1@").arg(AlertEngine::maxCleared + 19)));
    }
};

QTEST_GUILESS_MAIN(TestAlertModel)
#include "tst_alertmodel.moc"
