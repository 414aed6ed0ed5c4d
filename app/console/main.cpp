// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/clusterstate.h"
#include "core/languagemanager.h"
#include "core/names.h"
#include "core/settings.h"
#include "failoverwizard.h"
#include "instructorpanel.h"
#include "lab/labsource.h"
#include "mainwindow.h"
#include "sessioncontroller.h"
#include "topologyview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QPainter>
#include <QScreen>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace mailha;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("MailHA Console"));
    QApplication::setOrganizationName(QStringLiteral("MailHA"));
    QApplication::setOrganizationDomain(QStringLiteral("mailha.invalid"));
    QApplication::setApplicationVersion(QStringLiteral(MAILHA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("mailha-console"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Console for highly available mail clusters. Without a cluster file it opens the built-in lab."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("cluster-file"),
                                 QApplication::translate("main", "Cluster description to connect to."),
                                 QStringLiteral("[cluster-file]"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QApplication::translate("main", "User interface language (de, fr, en)."),
                                      QStringLiteral("code"));
    const QCommandLineOption seed(QStringLiteral("lab-seed"), QApplication::translate("main", "Seed of the lab simulation."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption speed(QStringLiteral("lab-speed"),
                                   QApplication::translate("main", "Lab speed: 1 is real time."), QStringLiteral("x"),
                                   QStringLiteral("1"));
    const QCommandLineOption warmup(QStringLiteral("lab-history"),
                                    QApplication::translate("main", "Simulated seconds of lab history to show at start."),
                                    QStringLiteral("s"), QStringLiteral("0"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window and quit."),
                                        QStringLiteral("file"));
    const QCommandLineOption screenshotDelay(QStringLiteral("screenshot-delay"),
                                             QApplication::translate("main", "Seconds to run before the screenshot."),
                                             QStringLiteral("s"), QStringLiteral("3"));
    const QCommandLineOption windowSize(QStringLiteral("window-size"),
                                        QApplication::translate("main", "Initial window size, e.g. 1366x768."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption colorScheme(QStringLiteral("color-scheme"),
                                         QApplication::translate("main", "system, light or dark (default: as in Preferences)."),
                                         QStringLiteral("scheme"));
    const QCommandLineOption fault(QStringLiteral("lab-fault"),
                                   QApplication::translate("main", "Inject a lab fault at start, e.g. node-crash:db-b "
                                                                   "(with --lab-history: a minute before the end)."),
                                   QStringLiteral("fault[:node]"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QApplication::translate("main", "Select a node at start."), QStringLiteral("node"));
    parser.addOptions({language, seed, speed, warmup, screenshot, screenshotDelay, windowSize, colorScheme, fault, select});
    // For the user guide's screenshots and for demonstrations: the same entry
    // points as the Cluster and Lab menus, at start.
    const QCommandLineOption scenario(QStringLiteral("lab-scenario"),
                                      QApplication::translate("main", "Start a training scenario on the lab at start "
                                                                      "(with --lab-history: from the start of the history)."),
                                      QStringLiteral("name"));
    const QCommandLineOption openAtStart(QStringLiteral("open"),
                                         QApplication::translate("main", "Open at start: instructor (the instructor panel) or "
                                                                         "wizard[:candidates|preflight|plan[:GROUP]] (the "
                                                                         "switchover wizard of GROUP, by default the first "
                                                                         "active-passive group, at that page)."),
                                         QStringLiteral("what"));
    const QCommandLineOption screenShot(QStringLiteral("screenshot-screen"),
                                        QApplication::translate("main", "Save a picture of the whole screen, dialogs "
                                                                        "included, and quit."),
                                        QStringLiteral("file"));
    parser.addOptions({scenario, openAtStart, screenShot});
    const QCommandLineOption firstFrame(QStringLiteral("quit-at-first-frame"),
                                        QApplication::translate("main", "Print the milliseconds from start to the first "
                                                                        "frame showing live data, then quit (benchmarks)."));
    parser.addOption(firstFrame);
    const QCommandLineOption resetLayout(QStringLiteral("reset-layout"),
                                         QApplication::translate("main", "Start with the built-in window and dock layout, "
                                                                         "forgetting the saved one."));
    parser.addOption(resetLayout);
    parser.process(app);
    // The command line wins for this run; Preferences keep what they hold.
    {
        const Settings preferences;
        LanguageManager::install(parser.isSet(language) ? parser.value(language) : preferences.languageOverride());
        Settings::Theme theme = preferences.theme();
        if (parser.isSet(colorScheme))
            theme = parser.value(colorScheme) == QLatin1String("dark")    ? Settings::Theme::Dark
                    : parser.value(colorScheme) == QLatin1String("light") ? Settings::Theme::Light
                                                                          : Settings::Theme::System;
        MainWindow::applyTheme(theme);
    }

    ClusterState state;
    MainWindow window(&state);
    auto *session = new SessionController(&window, &state);
    window.setSessionController(session);
    if (!parser.positionalArguments().isEmpty()) {
        if (!session->openClusterFile(parser.positionalArguments().constFirst()))
            return 65;
    } else {
        session->openLab(parser.value(seed).toULongLong(), parser.value(speed).toDouble());
    }
    LabSource *lab = session->labSource();
    if (parser.isSet(scenario)) {
        auto *panel = window.findChild<InstructorPanel *>();
        if (!lab || !panel) {
            std::fprintf(stderr, "mailha-console: --lab-scenario needs the lab\n");
            return 64;
        }
        panel->startScenario(parser.value(scenario));
    }
    const auto injectFaults = [&] {
        for (const QString &spec : parser.values(fault)) {
            const QString name = spec.section(QLatin1Char(':'), 0, 0);
            const auto which = labFaultFromName(name);
            QString error;
            if (!lab)
                break;
            if (!which || !lab->cluster().setFault(*which, spec.section(QLatin1Char(':'), 1), true, &error))
                std::fprintf(stderr, "mailha-console: %s\n", qPrintable(which ? error : QStringLiteral("unknown fault ") + name));
        }
    };
    // History before the window opens, one poll round per simulated second.
    const int history = parser.value(warmup).toInt();
    for (int i = 0; lab && i < history; ++i) {
        if (i == std::max(0, history - 60))
            injectFaults();
        lab->tick();
        state.flush();
    }
    if (history == 0)
        injectFaults();
    if (parser.isSet(select))
        window.topologyView()->selectNode(parser.value(select));
    // Screenshots show the built-in layout whatever this machine saved.
    if (parser.isSet(resetLayout))
        window.resetLayout();
    else if (!parser.isSet(screenshot) && !parser.isSet(screenShot))
        window.restoreLayout();
    if (parser.isSet(windowSize)) {
        const QStringList wh = parser.value(windowSize).split(QLatin1Char('x'));
        if (wh.size() == 2)
            window.resize(wh.at(0).toInt(), wh.at(1).toInt());
    }
    window.show();

    const QString open = parser.value(openAtStart);
    if (open == QLatin1String("instructor")) {
        if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("instructorDock"))) {
            dock->show();
            dock->raise();
        }
    } else if (open.startsWith(QLatin1String("wizard"))) {
        // wizard[:PAGE[:GROUP]]. As the Cluster menu's "Switch over GROUP…":
        // the active member of the group, by default the first active-passive one.
        const QString onlyGroup = open.section(QLatin1Char(':'), 2, 2);
        for (const GroupStatus &g : state.snapshot().groups()) {
            if (g.pattern() == ACTIVE_ACTIVE || g.active_nodes_size() == 0
                || (!onlyGroup.isEmpty() && qstr(g.group()) != onlyGroup))
                continue;
            QString service;
            for (const Node &n : state.spec().nodes())
                for (const ServiceSpec &s : n.services())
                    if (s.group() == g.group() && n.id() == g.active_nodes(0))
                        service = qstr(s.id());
            if (service.isEmpty())
                continue;
            session->serviceAction(qstr(g.active_nodes(0)), service, QStringLiteral("switchover"));
            break;
        }
        if (auto *wizard = window.findChild<FailoverWizard *>()) {
            const QString pageName = open.section(QLatin1Char(':'), 1, 1);
            const int page = pageName == QLatin1String("plan")        ? FailoverWizard::PlanPage
                             : pageName == QLatin1String("preflight") ? FailoverWizard::PreflightPage
                                                                      : FailoverWizard::CandidatesPage;
            // Large enough that a dry run's commands read without scrolling sideways.
            wizard->resize(wizard->size().expandedTo(QSize(980, 680)));
            wizard->move(window.geometry().center() - wizard->rect().center());
            while (wizard->currentId() < page && wizard->currentId() >= 0) {
                const int before = wizard->currentId();
                wizard->next();
                if (wizard->currentId() == before)
                    break;  // a page that does not let the operator on: show it
            }
        }
    }
    if (parser.isSet(screenShot)) {
        const QString file = parser.value(screenShot);
        QTimer::singleShot(int(parser.value(screenshotDelay).toDouble() * 1000), &window, [&window, file] {
            // Composed from the windows' own renderings rather than read back
            // from the X server, which without a window manager (Xvfb) may
            // hand back an unpainted root window.
            QPixmap shot(window.screen()->geometry().size());
            shot.fill(Qt::black);
            QPainter painter(&shot);
            painter.drawPixmap(window.pos(), window.grab());
            for (QWidget *top : QApplication::topLevelWidgets())
                if (top != &window && top->isVisible() && top->isWindow() && !top->inherits("QMenu"))
                    painter.drawPixmap(top->pos(), top->grab());
            painter.end();
            const bool ok = shot.save(file);
            if (!ok)
                std::fprintf(stderr, "mailha-console: cannot write %s\n", qPrintable(file));
            QApplication::exit(ok ? 0 : 1);
        });
    }

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(int(parser.value(screenshotDelay).toDouble() * 1000), &window, [&window, file] {
            const bool ok = window.grab().save(file);
            if (!ok)
                std::fprintf(stderr, "mailha-console: cannot write %s\n", qPrintable(file));
            QApplication::exit(ok ? 0 : 1);
        });
    }
    if (parser.isSet(firstFrame)) {
        // The first frame with data: the window is up and the store holds a
        // read of the cluster; repaint() paints that frame before the print.
        static bool printed = false;
        const auto printWhenLive = [&window, &state, &sinceMain] {
            if (printed || !window.isVisible() || state.snapshot().health() == CLUSTER_HEALTH_UNKNOWN)
                return;
            printed = true;
            window.repaint();
            std::printf("first-frame %.1f\n", double(sinceMain.nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            QApplication::exit(0);
        };
        QObject::connect(&state, &ClusterState::updated, &window, printWhenLive);
        QTimer::singleShot(0, &window, printWhenLive);
    }
    return app.exec();
}
