// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/clusterstate.h"
#include "clusterfixture.h"
#include "itemmodels/objectivesmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest/QTest>

using namespace mailha;
using namespace mailha::test;

namespace {
ClusterSpec withObjectives()
{
    ClusterSpec spec = smallCluster({.name = "two-site", .mtaSites = {"a"}});
    Objectives *o = spec.mutable_groups(0)->mutable_objectives();
    o->set_rto_s(60);
    o->set_rpo_s(0);
    o->set_uptime_target_pct(99.9);
    o->set_min_standbys(2);
    return spec;
}
} // namespace

class TestObjectivesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void objectivesNextToWhatTheClusterDelivers_data()
    {
        QTest::addColumn<bool>("syncAlive");
        QTest::addColumn<QString>("rpoNow");
        QTest::addColumn<bool>("rpoBreached");
        QTest::addColumn<QString>("redundancy");
        QTest::newRow("sync standby streaming") << true << QStringLiteral("0.0 s · 0 B") << false
                                                << QStringLiteral("N+2 (needs N+2)");
        QTest::newRow("only the async replica left") << false << QStringLiteral("4.0 s · 4.0 KiB — OVER OBJECTIVE") << true
                                                     << QStringLiteral("N+1 (needs N+2) — LOST");
    }

    void objectivesNextToWhatTheClusterDelivers()
    {
        QFETCH(bool, syncAlive);
        QFETCH(QString, rpoNow);
        QFETCH(bool, rpoBreached);
        QFETCH(QString, redundancy);
        const ClusterSpec spec = withObjectives();
        ObjectivesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSpec(spec);
        QCOMPARE(model.rowCount(), spec.groups_size());
        QList<NodeSample> samples{pgSample("p", t0, ACTIVE), pgSample("s2", t0, STANDBY, {.lagS = 4, .lagBytes = 4096}),
                                  mtaSample("mx1", t0, {.active = 1, .deferred = 1})};
        if (syncAlive)
            samples << pgSample("s1", t0, STANDBY);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(snapshotOf(spec, samples, t0 + 500));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, ObjectivesModel::RtoColumn).data().toString(), QStringLiteral("1 min 0 s"));
        QCOMPARE(model.index(0, ObjectivesModel::RpoNowColumn).data().toString(), rpoNow);
        QCOMPARE(model.index(0, ObjectivesModel::RpoNowColumn).data(ObjectivesModel::BreachedRole).toBool(), rpoBreached);
        QCOMPARE(model.index(0, ObjectivesModel::RedundancyColumn).data().toString(), redundancy);
        QCOMPARE(model.index(1, ObjectivesModel::RpoNowColumn).data().toString(), QStringLiteral("not replicated"));
    }

    void uptimeCountsTimeWithAnActiveMember()
    {
        const ClusterSpec spec = withObjectives();
        ObjectivesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSpec(spec);
        QCOMPARE(model.uptime(0), -1.0);
        qint64 t = t0;
        // 30 s up, 10 s with no active member, 60 s up: 90 %.
        for (int i = 0; i <= 100; ++i, t += 1000) {
            const bool down = i > 30 && i <= 40;
            QList<NodeSample> samples{pgSample("p", t, down ? FAILED : ACTIVE), pgSample("s1", t, STANDBY),
                                      pgSample("s2", t, STANDBY, {.lagS = 1, .lagBytes = 10})};
            model.setSnapshot(snapshotOf(spec, samples, t));
        }
        QCOMPARE(model.uptime(0), 0.9);
        QCOMPARE(model.index(0, ObjectivesModel::UptimeColumn).data().toString(), QStringLiteral("90.000 % (target 99.9 %)"));
        QVERIFY(model.index(0, ObjectivesModel::UptimeColumn).data(ObjectivesModel::BreachedRole).toBool());
        // An older snapshot (the timeline) does not count twice.
        model.setSnapshot(snapshotOf(spec, {pgSample("p", t0, FAILED)}, t0 + 5000));
        QCOMPARE(model.uptime(0), 0.9);
    }

    void uptimeOverTheSelectedWindow_data()
    {
        QTest::addColumn<qint64>("windowMs");
        QTest::addColumn<double>("uptime");
        QTest::addColumn<QString>("shown");
        // 600 s observed: 300 s up, 60 s with no active member, 240 s up.
        QTest::newRow("5 min: the outage is a fifth") << qint64(5 * 60'000) << 0.8 << QStringLiteral("80.000 % (target 99.9 %)");
        QTest::newRow("1 h reaches back to the first read") << qint64(3'600'000) << 0.9 << QStringLiteral("90.000 % (target 99.9 %)");
        QTest::newRow("the last minute was all up") << qint64(60'000) << 1.0 << QStringLiteral("100.000 % (target 99.9 %)");
    }

    void uptimeOverTheSelectedWindow()
    {
        QFETCH(qint64, windowMs);
        QFETCH(double, uptime);
        QFETCH(QString, shown);
        const ClusterSpec spec = withObjectives();
        ClusterState state;
        qint64 t = t0;
        state.setClock([&t] { return t; });
        state.setSpec(spec);
        ObjectivesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSpec(spec);
        model.setHistory(&state);
        connect(&state, &ClusterState::updated, &model, [&] { model.setSnapshot(state.snapshot()); });
        QCOMPARE(model.uptime(0), -1.0);
        for (int i = 0; i <= 600; ++i, t += 1000) {
            const bool down = i > 300 && i <= 360;
            state.ingestRound({pgSample("p", t, down ? FAILED : ACTIVE), pgSample("s1", t, STANDBY),
                               pgSample("s2", t, STANDBY, {.lagS = 1, .lagBytes = 10})});
        }
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setWindowMs(windowMs);
        QCOMPARE(changed.isEmpty(), windowMs == 5 * 60'000);  // the default window: nothing to redraw
        QCOMPARE(model.uptime(0), uptime);
        QCOMPARE(model.index(0, ObjectivesModel::UptimeColumn).data().toString(), shown);
        QCOMPARE(model.index(0, ObjectivesModel::UptimeColumn).data(ObjectivesModel::BreachedRole).toBool(), uptime < 0.999);
    }
};

QTEST_GUILESS_MAIN(TestObjectivesModel)
#include "tst_objectivesmodel.moc"
