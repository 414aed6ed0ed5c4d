// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/clusterstate.h"
#include "failoverwizard.h"
#include "lab/labsource.h"
#include "lab/scenariorunner.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "testsupport.h"
#include "transport/sshsource.h"

#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mailha;

class TestSessionController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);  // settings and journal under ~/.qttest
        QCoreApplication::setOrganizationName(QStringLiteral("MailHA-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sessioncontroller"));
    }

    void labModeRunsOnTheLab()
    {
        ClusterState state;
        MainWindow window(&state);
        SessionController session(&window, &state);
        window.setSessionController(&session);
        session.openLab(3, 1.0);
        QVERIFY(session.labSource());
        QVERIFY(session.runner());
        QVERIFY(session.runner()->isLab());
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("instructorDock")));
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("runbookDock")));
        QVERIFY(state.spec().lab());
    }

    void scenarioAfterFreePlayIsShown()
    {
        // Free play runs at a later simulated time than the scenario starts.
        qputenv("MAILHA_LAB_START", "2026-06-01T03:00:00Z");
        ClusterState state;
        MainWindow window(&state);
        SessionController session(&window, &state);
        window.setSessionController(&session);
        session.openLab(3, 50.0);
        qunsetenv("MAILHA_LAB_START");
        QTRY_VERIFY_WITH_TIMEOUT(state.snapshot().stale_nodes_size() == 0 && state.snapshot().nodes_size() > 0, 10'000);
        const qint64 freePlayNow = state.now();

        const ScenarioLoad load = findScenario(QStringLiteral("db-primary-crash"));
        QVERIFY(load.ok());
        session.labSource()->startScenario(load.scenario);
        QTRY_VERIFY_WITH_TIMEOUT(state.now() < freePlayNow, 10'000);
        // The scenario's samples are taken, not dropped as older than free
        // play's: the hidden crash of db-a (at 45 s) reaches the screen.
        const auto dbaUp = [&state] {
            for (const NodeStatus &n : state.snapshot().nodes())
                if (n.node_id() == "db-a")
                    return !n.stale() && n.reachability() == REACHABLE;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(dbaUp(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!dbaUp(), 15'000);
    }

    void serviceActionOpensTheFailoverWizard()
    {
        ClusterState state;
        MainWindow window(&state);
        SessionController session(&window, &state);
        window.setSessionController(&session);
        session.openLab(3, 1.0);
        session.labSource()->tick();
        state.flush();
        // The Cluster menu offers every active-passive group.
        QMenu *cluster = nullptr;
        for (QAction *a : window.menuBar()->actions())
            if (a->menu() && a->text() == QLatin1String("&Cluster"))
                cluster = a->menu();
        QVERIFY(cluster);
        Q_EMIT cluster->aboutToShow();
        QStringList texts;
        for (QAction *a : cluster->actions())
            texts << a->text();
        QVERIFY2(texts.contains(QStringLiteral("Switch over maildb…")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("Fail over mailstore…")));
        QVERIFY(!texts.contains(QStringLiteral("Switch over mta…")));  // active-active: nothing to move
        QCOMPARE(window.menuBar()->actions().constLast()->text(), QStringLiteral("&Help"));  // Help stays last

        window.requestServiceAction(QStringLiteral("db-b"), QStringLiteral("postgres"), QStringLiteral("switchover"));
        auto *wizard = window.findChild<FailoverWizard *>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        wizard->close();
    }

    void brokenClusterFileShowsWhereAndConnectsNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.textproto"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name: \"prod\"\nnodes { id: \"db-a\" site: \"nowhere\" host: \"db-a.example.net\" }\nnodes {\n");
        f.close();
        ClusterState state;
        MainWindow window(&state);
        SessionController session(&window, &state);
        session.openLab(3, 1.0);
        QVERIFY(!session.openClusterFile(path));
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("clusterFileErrors"));
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(QLatin1String("bad.textproto:")), qPrintable(box->informativeText()));
        QVERIFY(session.labSource());  // still on the lab: nothing replaced it
        box->close();
    }

    void clusterFileConnectsOverSshAndIsRemembered()
    {
        // Loopback only, on a port where nothing listens: the node is simply unreachable.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("loopback.textproto"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("name: \"loopback\"\nsites { id: \"a\" }\n"
                               "groups { id: \"host\" technology: HOST pattern: ACTIVE_ACTIVE }\n"
                               "nodes { id: \"n1\" site: \"a\" host: \"127.0.0.1\" port: %1\n"
                               "  services { id: \"host\" group: \"host\" technology: HOST } }\n")
                    .arg(test::freeLoopbackPort())
                    .toUtf8());
        f.close();
        ClusterState state;
        MainWindow window(&state);
        SessionController session(&window, &state);
        QVERIFY(session.openClusterFile(path));
        QVERIFY(qobject_cast<SshSource *>(window.source()));
        QVERIFY(!session.labSource());
        QVERIFY(session.runner() && !session.runner()->isLab());
        QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("instructorDock")));
        QCOMPARE(session.recentClusters().value(0), QFileInfo(path).absoluteFilePath());
        window.source()->stop();
    }
};

QTEST_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
