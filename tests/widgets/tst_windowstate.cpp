// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences and window state in the real console window: dock layout and
// geometry across a restart, Reset layout, the theme and thresholds applied
// live from Preferences, the poll interval used for a new connection, and
// the topology's zoom remembered per cluster.
#include "alerts/alertengine.h"
#include "cluster/clusterstate.h"
#include "clusterfixture.h"
#include "core/settings.h"
#include "lab/labsource.h"
#include "mainwindow.h"
#include "nodeitem.h"
#include "preferencesdialog.h"
#include "sessioncontroller.h"
#include "testsupport.h"
#include "topologyview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mailha;
using Key = Settings::Key;

namespace {

const QColor darkWindow(0x2b, 0x2d, 0x30);

/// The cluster of tst_topologyview; its name keys the saved view below.
ClusterSpec dbCluster()
{
    return test::smallCluster(
        {.name = "topology-test", .namedSites = true, .minStandbys = 1, .mtaSites = {"a", "b"}, .dbVip = true});
}

int alertsWithPrefix(const AlertEngine *engine, const QString &prefix)
{
    int n = 0;
    for (const Alert &a : engine->alerts())
        n += a.active() && a.key.startsWith(prefix) ? 1 : 0;
    return n;
}

} // namespace

class TestWindowState : public QObject
{
    Q_OBJECT

    /// The console as main() builds it: window, session on the lab, then the saved layout.
    struct Console {
        ClusterState state;
        MainWindow window{&state};
        SessionController *session = new SessionController(&window, &state);

        Console()
        {
            window.topologyView()->setRememberLayout(false);
            session->openLab(5, 1.0);
            session->labSource()->stop();  // the test drives the clock
        }
        void ticks(int n)
        {
            for (int i = 0; i < n; ++i) {
                session->labSource()->tick();
                state.flush();
            }
        }
        QDockWidget *dock(const char *name) const { return window.findChild<QDockWidget *>(QLatin1String(name)); }
        /// Open in the layout (its View menu entry checked), raised or not.
        bool isOpen(const char *name) const { return dock(name)->toggleViewAction()->isChecked(); }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MailHA-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowstate"));
    }

    void init()
    {
        QSettings().clear();
    }

    void everyDockHasAnObjectName()
    {
        Console c;
        const QList<QDockWidget *> docks = c.window.findChildren<QDockWidget *>();
        QVERIFY(docks.size() >= 8);
        for (QDockWidget *d : docks)
            QVERIFY2(!d->objectName().isEmpty(), qPrintable(d->windowTitle()));
    }

    void dockLayoutAndGeometryRoundTrip()
    {
        {
            Console c;
            QVERIFY(!c.window.restoreLayout());  // nothing saved yet
            c.window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&c.window));
            c.window.resize(1111, 777);
            c.window.addDockWidget(Qt::LeftDockWidgetArea, c.dock("chartsDock"));
            c.dock("objectivesDock")->close();
            c.dock("timelineDock")->show();  // created by the session, hidden at first
            QTRY_COMPARE(c.window.size(), QSize(1111, 777));
            c.window.close();  // saves
        }
        QVERIFY(!Settings().windowState().isEmpty());

        Console c;
        // The defaults differ from what was saved, so a restore that did nothing fails here.
        QCOMPARE(c.window.dockWidgetArea(c.dock("chartsDock")), Qt::RightDockWidgetArea);
        QVERIFY(c.dock("timelineDock")->isHidden());
        QVERIFY(!c.dock("objectivesDock")->isHidden());
        QVERIFY(c.window.restoreLayout());
        c.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&c.window));
        QCOMPARE(c.window.dockWidgetArea(c.dock("chartsDock")), Qt::LeftDockWidgetArea);
        QVERIFY(!c.isOpen("objectivesDock"));
        QVERIFY(c.isOpen("timelineDock"));
        QTRY_COMPARE(c.window.size(), QSize(1111, 777));

        // View › Reset layout: the built-in docks again, and nothing saved.
        auto *reset = c.window.findChild<QAction *>(QStringLiteral("resetLayoutAction"));
        QVERIFY(reset);
        reset->trigger();
        QCOMPARE(c.window.dockWidgetArea(c.dock("chartsDock")), Qt::RightDockWidgetArea);
        QVERIFY(c.isOpen("objectivesDock"));
        QVERIFY(!c.isOpen("timelineDock"));
        QVERIFY(Settings().windowState().isEmpty());
    }

    void damagedSavedLayoutIsIgnored()
    {
        Settings().setWindowLayout(QByteArray("not a geometry"), QByteArray("not a state"));
        Console c;
        QVERIFY(!c.window.restoreLayout());
        c.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&c.window));
        QCOMPARE(c.window.dockWidgetArea(c.dock("chartsDock")), Qt::RightDockWidgetArea);
        QVERIFY(c.isOpen("chartsDock"));
    }

    void themeFromPreferencesChangesThePalette()
    {
        Console c;
        c.window.show();
        const QString systemStyle = QApplication::style()->name();
        c.window.showPreferences();
        PreferencesDialog *dialog = c.window.preferencesDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QPushButton *apply = dialog->buttons()->button(QDialogButtonBox::Apply);
        QComboBox *theme = dialog->themeBox();

        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(c.window.settings()->theme(), Settings::Theme::Dark);
        QCOMPARE(QApplication::palette().color(QPalette::Window), darkWindow);
        QTRY_COMPARE(c.window.palette().color(QPalette::Window), darkWindow);
        QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));

        theme->setCurrentIndex(theme->findData(QStringLiteral("light")));
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY2(c.window.palette().color(QPalette::Window).lightness() > 150,
                     qPrintable(c.window.palette().color(QPalette::Window).name()));

        theme->setCurrentIndex(theme->findData(QStringLiteral("system")));
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(QApplication::style()->name(), systemStyle);
        QVERIFY(QApplication::palette().color(QPalette::Window) != darkWindow);
        QVERIFY(!c.window.preferencesDialog() || !c.window.preferencesDialog()->isVisible());
    }

    void thresholdsFromPreferencesApplyLive()
    {
        Console c;
        c.ticks(30);
        // Lag on the DR replica and mail piling up; how much depends on the
        // simulated time of day, so the thresholds are set around what is there.
        LabSource *lab = c.session->labSource();
        QVERIFY(lab->setFault(LabFault::SlowDisk, QStringLiteral("db-dr"), true));
        QVERIFY(lab->setFault(LabFault::DownstreamOutage, QString(), true));
        c.ticks(10);
        double lag = -1;
        for (const LinkStatus &l : c.state.snapshot().links())
            if (l.link_id() == "db-a->db-dr")
                lag = l.lag_s();
        QVERIFY2(lag > 0.5, qPrintable(QString::number(lag)));
        Settings *s = c.window.settings();
        AlertEngine *alerts = c.window.alertEngine();
        const QString dr = QStringLiteral("lag/db-a->db-dr");

        // Every change applies at once, without waiting for the next poll.
        for (Key key : {Key::LagWarnS, Key::LagCritS})
            QVERIFY(s->setValue(key, Settings::info(key).max));
        for (Key key : {Key::LagWarnBytes, Key::LagCritBytes, Key::QueueWarn, Key::QueueCrit})
            QVERIFY(s->setValue(key, qlonglong(Settings::info(key).max)));
        QCOMPARE(alertsWithPrefix(alerts, dr), 0);
        QCOMPARE(alertsWithPrefix(alerts, QStringLiteral("queue/")), 0);

        QVERIFY(s->setValue(Key::LagWarnS, std::max(0.1, lag / 2)));
        QCOMPARE(alertsWithPrefix(alerts, dr), 1);
        QVERIFY(s->setValue(Key::QueueWarn, 1));
        QVERIFY2(alertsWithPrefix(alerts, QStringLiteral("queue/")) > 0, "no queue alert at queue_warn 1");

        // Back to the defaults: the alerts of the built-in thresholds.
        for (Key key : Settings::thresholdKeys())
            s->reset(key);
        const QList<AlertCondition> builtin =
            AlertEngine::evaluate(c.state.spec(), c.state.snapshot(), c.state.observations());
        int builtinQueue = 0;
        for (const AlertCondition &condition : builtin)
            builtinQueue += condition.key.startsWith(QLatin1String("queue/")) ? 1 : 0;
        QCOMPARE(alertsWithPrefix(alerts, QStringLiteral("queue/")), builtinQueue);
        QCOMPARE(alerts->activeCount(), int(builtin.size()));
    }

    void clusterFileThresholdsWinOverPreferences()
    {
        ClusterSpec spec = dbCluster();
        spec.mutable_default_thresholds()->set_queue_warn(50);
        Thresholds preferred = builtinThresholds();
        preferred.set_queue_warn(1);
        preferred.set_lag_warn_s(3);
        const ClusterSpec merged = AlertEngine::withDefaultThresholds(spec, preferred);
        const Thresholds t = effectiveThresholds(merged, nullptr);
        QCOMPARE(t.queue_warn(), 50);   // the cluster file's
        QCOMPARE(t.lag_warn_s(), 3.0);  // the preference, where the file says nothing
        QCOMPARE(t.queue_crit(), builtinThresholds().queue_crit());
    }

    void pollIntervalPreferenceReachesANewConnection()
    {
        QTemporaryDir dir;
        const QString path = test::writeUnreachableClusterFile(dir.path());
        QVERIFY(!path.isEmpty());
        Console c;
        QVERIFY(c.window.settings()->setValue(Key::PollIntervalS, 7));
        QVERIFY(c.session->openClusterFile(path));
        QCOMPARE(c.state.spec().poll_interval_ms(), 7000u);
        QCOMPARE(staleAfterMs(c.state.spec()), qint64(7000) * builtinThresholds().stale_after_intervals());
        QCOMPARE(c.session->recentClusters().value(0), QFileInfo(path).absoluteFilePath());
        c.window.source()->stop();
    }

    void topologyRemembersZoomAndScrollPerCluster()
    {
        ClusterSpec a = dbCluster();
        a.set_name("cluster-a");
        ClusterSpec b = dbCluster();
        b.set_name("cluster-b");
        TopologyView view;
        view.resize(500, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSpec(a);
        QVERIFY(view.isAutoFit());
        view.zoomIn();
        view.zoomIn();
        const qreal zoomA = view.zoom();
        view.centerOn(view.nodeItems().first());
        const QPointF centerA = view.viewCenter();

        view.setSpec(b);  // another cluster: its own (fitted) view
        QVERIFY(view.isAutoFit());
        QVERIFY(!qFuzzyCompare(view.zoom(), zoomA));

        view.setSpec(a);
        QVERIFY(!view.isAutoFit());
        QVERIFY(qFuzzyCompare(view.zoom(), zoomA));
        QTRY_VERIFY2(QLineF(view.viewCenter(), centerA).length() < 2.0 / zoomA,
                 qPrintable(QStringLiteral("%1,%2 vs %3,%4")
                                .arg(view.viewCenter().x())
                                .arg(view.viewCenter().y())
                                .arg(centerA.x())
                                .arg(centerA.y())));

        // Fitting again forgets the zoom: the next visit fits.
        QTest::keyClick(&view, Qt::Key_F);
        view.setSpec(b);
        view.setSpec(a);
        QVERIFY(view.isAutoFit());
    }

    void damagedViewStateIsIgnored_data()
    {
        QTest::addColumn<QVariant>("saved");
        QTest::newRow("zoom is text") << QVariant(QVariantMap{{QStringLiteral("zoom"), QStringLiteral("huge")},
                                                              {QStringLiteral("center"), QPointF(1, 1)}});
        QTest::newRow("zoom out of range") << QVariant(QVariantMap{{QStringLiteral("zoom"), 1000.0},
                                                                   {QStringLiteral("center"), QPointF(1, 1)}});
        QTest::newRow("no center") << QVariant(QVariantMap{{QStringLiteral("zoom"), 2.0}});
        QTest::newRow("not a map") << QVariant(QStringLiteral("2.0"));
    }
    void damagedViewStateIsIgnored()
    {
        QFETCH(QVariant, saved);
        QSettings().setValue(QStringLiteral("topology/topology-test/view"), saved);
        TopologyView view;
        view.resize(500, 400);
        view.setSpec(dbCluster());
        QVERIFY(view.isAutoFit());
    }

    void goodViewStateIsApplied()
    {
        // The counterpart of the damaged cases: the same key, well formed, is used.
        QSettings().setValue(QStringLiteral("topology/topology-test/view"),
                             QVariantMap{{QStringLiteral("zoom"), 2.0}, {QStringLiteral("center"), QPointF(1, 1)}});
        TopologyView view;
        view.resize(500, 400);
        view.setSpec(dbCluster());
        QVERIFY(!view.isAutoFit());
        QCOMPARE(view.zoom(), 2.0);
    }
};

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
