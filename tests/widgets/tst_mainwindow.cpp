// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartspanel.h"
#include "cluster/clusterstate.h"
#include "core/names.h"
#include "historychart.h"
#include "itemmodels/alertmodel.h"
#include "nodedetailspanel.h"
#include "timeline.h"
#include "itemmodels/servicetablemodel.h"
#include "lab/labsource.h"
#include "labbanner.h"
#include "linkitem.h"
#include "mainwindow.h"
#include "nodeitem.h"
#include "servicetable.h"
#include "statussummary.h"
#include "testsupport.h"
#include "topologyview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QTableView>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QtTest/QTest>

using namespace mailha;

class TestMainWindow : public QObject
{
    Q_OBJECT

    struct Fixture {
        ClusterState state;
        MainWindow window{&state};
        LabSource *lab = new LabSource(5);

        Fixture()
        {
            window.topologyView()->setRememberLayout(false);
            window.setSource(lab);
            lab->stop();  // the test drives the clock
        }
        void ticks(int n)
        {
            for (int i = 0; i < n; ++i) {
                lab->tick();
                state.flush();
            }
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MailHA-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void opensOnTheLabWithTheRightRoles()
    {
        Fixture f;
        f.ticks(30);
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));

        const ClusterSpec spec = f.lab->spec();
        TopologyView *topology = f.window.topologyView();
        QCOMPARE(topology->nodeItems().size(), spec.nodes_size());
        for (const Node &n : spec.nodes()) {
            NodeItem *item = topology->nodeItem(qstr(n.id()));
            QVERIFY2(item, n.id().c_str());
            QVERIFY2(!item->isStale(), n.id().c_str());
        }
        const struct {
            const char *node, *service;
            Role role;
        } expected[] = {
            {"lb-a", "keepalived", ACTIVE}, {"lb-b", "keepalived", PASSIVE}, {"mx1", "postfix", ACTIVE},
            {"mx3", "postfix", ACTIVE},     {"imap-a", "dovecot", ACTIVE},   {"imap-b", "dovecot", PASSIVE},
            {"db-a", "postgres", ACTIVE},   {"db-b", "postgres", STANDBY},   {"db-dr", "postgres", STANDBY},
            {"store-a", "drbd", ACTIVE},    {"store-b", "drbd", STANDBY},
        };
        for (const auto &e : expected)
            QCOMPARE(topology->nodeItem(QLatin1String(e.node))->roleText(QLatin1String(e.service)), roleLabel(e.role));
        QVERIFY(topology->nodeItem(QStringLiteral("lb-a"))->vipLabels().contains(QStringLiteral("VIP 192.0.2.25")));
        QVERIFY(topology->nodeItem(QStringLiteral("db-a"))->vipLabels().contains(QStringLiteral("VIP 10.10.0.50")));
        QVERIFY(topology->nodeItem(QStringLiteral("db-b"))->vipLabels().isEmpty());
        QCOMPARE(topology->linkItem(QStringLiteral("db-a->db-b"))->penStyle(), Qt::SolidLine);
        QCOMPARE(topology->linkItem(QStringLiteral("db-a->db-dr"))->penStyle(), Qt::DashLine);
        QVERIFY(topology->linkItem(QStringLiteral("db-a->db-dr"))->label().contains(QStringLiteral(" s · ")));

        // Table: one row per service instance, same roles.
        ServiceTableModel *model = f.window.serviceTableModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int services = 0;
        for (const Node &n : spec.nodes())
            services += n.services_size();
        QCOMPARE(model->rowCount(), services);
        const int dbB = model->rowOf(QStringLiteral("db-b"), QStringLiteral("postgres"));
        QCOMPARE(model->index(dbB, ServiceTableModel::RoleColumn).data().toString(), roleLabel(STANDBY));
        QVERIFY(!model->index(dbB, ServiceTableModel::LagColumn).data().toString().isEmpty());

        // Charts: one lag series per link, deferred and active per MTA, all with points.
        HistoryChart *lag = f.window.chartsPanel()->lagChart();
        HistoryChart *queues = f.window.chartsPanel()->queueChart();
        lag->refreshNow();
        queues->refreshNow();
        QCOMPARE(lag->seriesCount(), spec.links_size());
        QCOMPARE(queues->seriesCount(), 6);
        for (int i = 0; i < lag->seriesCount(); ++i)
            QVERIFY2(lag->pointCount(i) > 0, qPrintable(lag->seriesLabel(i)));
        for (int i = 0; i < queues->seriesCount(); ++i)
            QVERIFY2(queues->pointCount(i) > 0, qPrintable(queues->seriesLabel(i)));

        // Status bar and lab marking.
        QCOMPARE(f.state.snapshot().health(), HEALTHY);
        QVERIFY2(f.window.statusSummary()->text().startsWith(QStringLiteral("Cluster healthy")),
                 qPrintable(f.window.statusSummary()->text()));
        QVERIFY(f.window.statusSummary()->text().contains(QStringLiteral("no stale nodes")));
        QVERIFY(f.window.labBanner()->isVisible());
        QCOMPARE(f.window.labBanner()->text(), QStringLiteral("LAB — simulated cluster, no real host is reached"));
        QVERIFY(f.window.windowTitle().contains(QStringLiteral("[LAB]")));
    }

    void crashedNodeTurnsStaleEverywhere()
    {
        Fixture f;
        f.ticks(5);
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QVERIFY(f.lab->cluster().setFault(LabFault::NodeCrash, QStringLiteral("db-b"), true));
        f.ticks(4);
        NodeItem *dbB = f.window.topologyView()->nodeItem(QStringLiteral("db-b"));
        QVERIFY(dbB->isStale());
        QVERIFY2(dbB->staleText().startsWith(QStringLiteral("last seen")), qPrintable(dbB->staleText()));
        QVERIFY(f.window.statusSummary()->text().contains(QStringLiteral("stale node(s): db-b")));
        QVERIFY(f.window.statusSummary()->health() != HEALTHY);
        ServiceTableModel *model = f.window.serviceTableModel();
        const int row = model->rowOf(QStringLiteral("db-b"), QStringLiteral("postgres"));
        QVERIFY(model->index(row, 0).data(ServiceTableModel::StaleRole).toBool());
    }

    void timelineShowsThePastAndReturnsLive()
    {
        Fixture f;
        f.ticks(60);
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        const qint64 beforeCrash = f.lab->now();
        QVERIFY(f.lab->cluster().setFault(LabFault::NodeCrash, QStringLiteral("db-b"), true));
        f.ticks(20);
        TopologyView *topology = f.window.topologyView();
        QVERIFY(topology->nodeItem(QStringLiteral("db-b"))->isStale());

        f.window.timeline()->seek(beforeCrash - 10'000);
        QVERIFY(!f.window.timeline()->isLive());
        QVERIFY(f.window.timeline()->label().startsWith(QStringLiteral("HISTORY")));
        QCOMPARE(f.window.shownSnapshot().time_ms(), beforeCrash - 10'000);
        QVERIFY(!topology->nodeItem(QStringLiteral("db-b"))->isStale());
        QCOMPARE(topology->nodeItem(QStringLiteral("db-b"))->roleText(QStringLiteral("postgres")), roleLabel(STANDBY));
        ServiceTableModel *model = f.window.serviceTableModel();
        const int row = model->rowOf(QStringLiteral("db-b"), QStringLiteral("postgres"));
        QVERIFY(!model->index(row, 0).data(ServiceTableModel::StaleRole).toBool());
        QVERIFY(f.window.statusSummary()->text().contains(QStringLiteral("no stale nodes")));
        // The chart ends at that moment too: its newest point is not after it.
        HistoryChart *lag = f.window.chartsPanel()->lagChart();
        QVERIFY(lag->pointCount(0) > 0);

        // Live updates keep coming but do not move the past view.
        f.ticks(2);
        QCOMPARE(f.window.shownSnapshot().time_ms(), beforeCrash - 10'000);

        f.window.timeline()->goLive();
        QVERIFY(f.window.timeline()->isLive());
        QVERIFY(topology->nodeItem(QStringLiteral("db-b"))->isStale());
        QVERIFY(model->index(row, 0).data(ServiceTableModel::StaleRole).toBool());
    }

    void selectingANodeShowsItsDetails()
    {
        Fixture f;
        f.ticks(10);
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.window.topologyView()->selectNode(QStringLiteral("db-dr"));
        NodeDetailsPanel *details = f.window.nodeDetails();
        QCOMPARE(details->node(), QStringLiteral("db-dr"));
        QVERIFY2(details->serviceRows().value(0).startsWith(QStringLiteral("postgres STANDBY OK")),
                 qPrintable(details->serviceRows().join(QLatin1Char('|'))));
        QVERIFY(details->connectionText().contains(QStringLiteral("live")));
        // The lab answers in the real formats: from the next tick on, the raw
        // output is what the standby's probe command prints on a real server.
        f.ticks(1);
        QVERIFY2(details->rawCommands().contains(QStringLiteral("postgres/state")), qPrintable(details->rawCommands().join(u' ')));
        for (QComboBox *command : details->findChildren<QComboBox *>())
            if (command->accessibleName() == QLatin1String("Probe command"))
                command->setCurrentIndex(command->findText(QStringLiteral("postgres/state")));
        QVERIFY2(details->rawText().contains(QStringLiteral("\"in_recovery\":true")), qPrintable(details->rawText()));
        // The table follows the selection.
        const QModelIndex current = f.window.serviceTable()->view()->currentIndex();
        QCOMPARE(current.data(ServiceTableModel::NodeIdRole).toString(), QStringLiteral("db-dr"));
        f.ticks(1);
        QCOMPARE(details->node(), QStringLiteral("db-dr"));
    }

    void brokenReplicaRaisesAnAlert()
    {
        Fixture f;
        f.ticks(10);
        QCOMPARE(f.window.alertEngine()->activeCount(), 0);
        QVERIFY(f.lab->cluster().setFault(LabFault::StandbyStopsReplaying, QStringLiteral("db-dr"), true));
        f.ticks(5);
        AlertModel *alerts = f.window.alertModel();
        QVERIFY(alerts->rowCount() > 0);
        bool found = false;
        for (int r = 0; r < alerts->rowCount(); ++r)
            found = found || alerts->index(r, AlertModel::SubjectColumn).data().toString() == QLatin1String("db-a->db-dr");
        QVERIFY(found);
        bool recorded = false;
        for (const ClusterEvent &e : f.state.events())
            recorded = recorded || e.kind() == ALERT_RAISED;
        QVERIFY(recorded);
    }

    void chartWindowsAndLegend()
    {
        Fixture f;
        f.ticks(400);
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        HistoryChart *queues = f.window.chartsPanel()->queueChart();
        queues->refreshNow();
        const int fiveMinutes = queues->pointCount(0);
        QVERIFY(fiveMinutes > 0);
        f.window.chartsPanel()->setWindowMs(HistoryChart::windowChoices().at(2));
        QCOMPARE(f.window.chartsPanel()->lagChart()->windowMs(), HistoryChart::windowChoices().at(2));
        // 400 s in a 24 h window are a few pixel columns: at most four points each.
        QVERIFY(queues->pointCount(0) > 0);
        QVERIFY2(queues->pointCount(0) <= 4 * 4, qPrintable(QString::number(queues->pointCount(0))));
        queues->setSeriesVisible(0, false);
        QVERIFY(!queues->isSeriesVisible(0));
        QVERIFY(queues->isSeriesVisible(1));
        // Coalesced: many update requests within the interval make one redraw.
        const int before = queues->refreshCount();
        for (int i = 0; i < 20; ++i)
            queues->requestRefresh();
        QTRY_COMPARE(queues->refreshCount(), before + 1);
    }

    // The service table's columns fit their text and the last one takes the
    // rest of the width, however the rows change.
    void serviceTableColumnsFillTheWidth()
    {
        Fixture f;
        f.window.resize(1600, 1000);
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.ticks(5);
        QTableView *view = f.window.serviceTable()->view();
        QVERIFY(view);
        QHeaderView *header = view->horizontalHeader();
        const int last = header->count() - 1;
        const auto rightEdge = [&] { return header->sectionViewportPosition(last) + header->sectionSize(last); };
        QTRY_VERIFY2(rightEdge() >= view->viewport()->width() - 1,
                     qPrintable(QStringLiteral("%1 of %2").arg(rightEdge()).arg(view->viewport()->width())));
        // Every column but the last is at least as wide as its header text.
        for (int c = 0; c < last; ++c)
            QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c) - 1, qPrintable(QString::number(c)));
        // After the periodic refit (numbers changed), still the full width.
        f.ticks(3);
        QTest::qWait(2200);
        QVERIFY2(rightEdge() >= view->viewport()->width() - 1,
                 qPrintable(QStringLiteral("%1 of %2").arg(rightEdge()).arg(view->viewport()->width())));
    }

    void tickCostStaysSmall()
    {
        Fixture f;
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        f.ticks(300);
        QElapsedTimer timer;
        timer.start();
        const int n = 60;
        for (int i = 0; i < n; ++i) {
            f.ticks(1);
            f.window.chartsPanel()->lagChart()->refreshNow();
            f.window.chartsPanel()->queueChart()->refreshNow();
            f.window.repaint();
        }
        const double perTick = double(timer.elapsed()) / n;
        qInfo("one tick (ingest, derive, views, both charts, full repaint): %.1f ms", perTick);
        // A tick must leave the GUI idle most of the second.
        QVERIFY2(perTick < 250, qPrintable(QString::number(perTick)));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
