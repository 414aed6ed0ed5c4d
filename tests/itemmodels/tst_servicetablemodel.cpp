// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/clusterstate.h"
#include "clusterfixture.h"
#include "itemmodels/servicetablemodel.h"
#include "lab/labsource.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest/QTest>

using namespace mailha;
using namespace mailha::test;

namespace {

// One MTA, the last node: its row is the one a shorter spec drops.
ClusterSpec twoSiteCluster()
{
    return smallCluster({.name = "two-site", .mtaSites = {"a"}});
}

QList<NodeSample> healthyRound(qint64 t, double asyncLag = 2.0, qint64 deferred = 5)
{
    return {pgSample("p", t, ACTIVE), pgSample("s1", t, STANDBY),
            pgSample("s2", t, STANDBY, {.lagS = asyncLag, .lagBytes = 4096}),
            mtaSample("mx1", t, {.active = 10, .deferred = deferred, .hold = 1})};
}

} // namespace

class TestServiceTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labClusterPassesTheTester()
    {
        LabSource lab(7);
        ClusterState state;
        state.setClock([&] { return lab.now(); });
        connect(&lab, &LabSource::samplesReady, &state, &ClusterState::ingestBatch);
        ServiceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.attach(&state);
        state.setSpec(lab.spec());
        int services = 0;
        const ClusterSpec spec = lab.spec();
        for (const Node &n : spec.nodes())
            services += n.services_size();
        QCOMPARE(model.rowCount(), services);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        for (int i = 0; i < 5; ++i) {
            lab.tick();
            state.flush();
        }
        QCOMPARE(resets.count(), 0);
        const int dbA = model.rowOf(QStringLiteral("db-a"), QStringLiteral("postgres"));
        QVERIFY(dbA >= 0);
        QCOMPARE(model.index(dbA, ServiceTableModel::RoleColumn).data().toString(), roleLabel(ACTIVE));
        const int dbDr = model.rowOf(QStringLiteral("db-dr"), QStringLiteral("postgres"));
        QCOMPARE(model.index(dbDr, ServiceTableModel::RoleColumn).data().toString(), roleLabel(STANDBY));
        QVERIFY(!model.index(dbDr, ServiceTableModel::LagColumn).data().toString().isEmpty());
    }

    void onlyChangedRowsAreAnnounced_data()
    {
        QTest::addColumn<double>("asyncLag");
        QTest::addColumn<qint64>("deferred");
        QTest::addColumn<QStringList>("changedNodes");
        QTest::newRow("nothing changed") << 2.0 << qint64(5) << QStringList{};
        QTest::newRow("async lag grew") << 9.0 << qint64(5) << QStringList{QStringLiteral("s2")};
        QTest::newRow("deferred queue grew") << 2.0 << qint64(70) << QStringList{QStringLiteral("mx1")};
        QTest::newRow("both") << 9.0 << qint64(70) << QStringList{QStringLiteral("s2"), QStringLiteral("mx1")};
    }

    void onlyChangedRowsAreAnnounced()
    {
        QFETCH(double, asyncLag);
        QFETCH(qint64, deferred);
        QFETCH(QStringList, changedNodes);
        const ClusterSpec spec = twoSiteCluster();
        ServiceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSpec(spec);
        model.setSnapshot(snapshotOf(spec, healthyRound(1000), 1000));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(snapshotOf(spec, healthyRound(2000, asyncLag, deferred), 2000));
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 0);
        QStringList nodes;
        for (const QList<QVariant> &args : changed) {
            const QModelIndex tl = args.at(0).toModelIndex();
            const QModelIndex br = args.at(1).toModelIndex();
            QCOMPARE(tl.row(), br.row());
            QVERIFY(args.at(2).value<QList<int>>().contains(Qt::DisplayRole));
            nodes << tl.data(ServiceTableModel::NodeIdRole).toString();
        }
        QCOMPARE(nodes, changedNodes);
    }

    void staleNodeShowsItsAge()
    {
        const ClusterSpec spec = twoSiteCluster();
        ServiceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSpec(spec);
        const qint64 t = 100'000;
        QList<NodeSample> round = healthyRound(t);
        round[1].set_time_ms(t - 13'000);  // s1 last answered 14 s before now
        model.setSnapshot(snapshotOf(spec, round, t + 1000));
        const int row = model.rowOf(QStringLiteral("s1"), QStringLiteral("pg"));
        QVERIFY(model.index(row, 0).data(ServiceTableModel::StaleRole).toBool());
        QCOMPARE(model.index(row, ServiceTableModel::LastSeenColumn).data().toString(),
                 QStringLiteral("stale, last seen 14 s ago"));
        QVERIFY(model.index(row, ServiceTableModel::RoleColumn).data().toString().contains(QLatin1String("stale")));
        const int live = model.rowOf(QStringLiteral("p"), QStringLiteral("pg"));
        QVERIFY(!model.index(live, 0).data(ServiceTableModel::StaleRole).toBool());
    }

    void sortsNumericallyByLag()
    {
        const ClusterSpec spec = twoSiteCluster();
        ServiceTableModel model;
        model.setSpec(spec);
        QList<NodeSample> round = healthyRound(1000, 12.0);
        round[1] = pgSample("s1", 1000, STANDBY, {.lagS = 3.0, .lagBytes = 100});  // 3 < 12 numerically, "3" > "12" as text
        model.setSnapshot(snapshotOf(spec, round, 1000));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ServiceTableModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(ServiceTableModel::LagColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ServiceTableModel::NodeColumn).data().toString(), QStringLiteral("s2"));
        QCOMPARE(proxy.index(1, ServiceTableModel::NodeColumn).data().toString(), QStringLiteral("s1"));
        QCOMPARE(proxy.index(1, ServiceTableModel::LagColumn).data().toString(), QStringLiteral("3.0 s · 100 B"));
    }

    void specChangeResetsRows()
    {
        ServiceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ClusterSpec spec = twoSiteCluster();
        model.setSpec(spec);
        QCOMPARE(model.rowCount(), 4);
        spec.mutable_nodes()->RemoveLast();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSpec(spec);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(QStringLiteral("mx1"), QStringLiteral("postfix")), -1);
    }
};

QTEST_GUILESS_MAIN(TestServiceTableModel)
#include "tst_servicetablemodel.moc"
