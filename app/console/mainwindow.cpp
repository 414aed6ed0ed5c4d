// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "sessioncontroller.h"

#include "alerts/alertengine.h"
#include "alertspanel.h"
#include "chartspanel.h"
#include "cluster/clusterstate.h"
#include "cluster/timetravel.h"
#include "core/languagemanager.h"
#include "core/names.h"
#include "eventlogview.h"
#include "itemmodels/alertmodel.h"
#include "itemmodels/eventlogmodel.h"
#include "itemmodels/objectivesmodel.h"
#include "itemmodels/servicetablemodel.h"
#include "labbanner.h"
#include "nodedetailspanel.h"
#include "objectivespanel.h"
#include "preferencesdialog.h"
#include "servicetable.h"
#include "statussummary.h"
#include "timeline.h"
#include "topologyview.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QFileDialog>
#include <QMessageBox>
#include <QPalette>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

namespace mailha {

namespace {

// For a forced dark look (a desktop without a dark theme, screenshots).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x35, 0x39));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x55, 0x58, 0x5e));
    p.setColor(QPalette::Highlight, QColor(0x56, 0xB4, 0xE9));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x56, 0xB4, 0xE9));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

void MainWindow::applyTheme(Settings::Theme theme)
{
    // The platform's style, remembered before the first forced theme replaces it.
    static const QString systemStyle = QApplication::style()->name();
    if (theme == Settings::Theme::System) {
        if (QApplication::style()->name() != systemStyle)
            QApplication::setStyle(systemStyle);
        // A palette with nothing set resolves entirely from the platform and
        // keeps following it (light/dark switches of the desktop).
        QApplication::setPalette(QPalette());
        return;
    }
    if (QApplication::style()->name() != QLatin1String("fusion"))
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == Settings::Theme::Dark ? darkPalette() : QApplication::style()->standardPalette());
}

MainWindow::MainWindow(ClusterState *state, QWidget *parent)
    : QMainWindow(parent)
    , m_state(state)
    , m_settings(new Settings(this))
    , m_topology(new TopologyView(this))
    , m_labBanner(new LabBanner(this))
    , m_tableModel(new ServiceTableModel(this))
    , m_eventModel(new EventLogModel(2000, this))
    , m_status(new StatusSummary(this))
    , m_clock(new QLabel(this))
    , m_timeTravel(new TimeTravel(20'000, this))
    , m_timeline(new Timeline(this))
    , m_alerts(new AlertEngine(this))
    , m_alertModel(new AlertModel(this))
    , m_objectivesModel(new ObjectivesModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_labBanner);
    layout->addWidget(m_topology, 1);
    layout->addWidget(m_timeline);
    setCentralWidget(central);
    m_labBanner->hide();

    // Order matters: the records and alerts of an update exist before the views read them.
    m_timeTravel->attach(state);
    m_alerts->setDefaultThresholds(m_settings->defaultThresholds());
    m_alerts->attach(state);
    m_alertModel->setEngine(m_alerts);
    m_topology->setHistory(state);
    m_eventModel->attach(state);
    createDocks();
    createMenus();

    m_clock->setObjectName(QStringLiteral("clock"));
    // Permanent: a transient status message must never cover the cluster's health.
    statusBar()->addPermanentWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_clock);

    connect(state, &ClusterState::specChanged, this, [this] {
        m_timeline->goLive();
        m_topology->setSpec(m_state->spec());
        m_tableModel->setSpec(m_state->spec());
        m_objectivesModel->setSpec(m_state->spec());
        m_charts->setSpec(m_state->spec());
        updateTitle();
    });
    connect(state, &ClusterState::updated, this, &MainWindow::onUpdated);
    connect(m_timeline, &Timeline::timeChanged, this, &MainWindow::onTimeChanged);
    connect(m_alerts, &AlertEngine::alertRaised, this, &MainWindow::notify);
    connect(m_topology, &TopologyView::serviceActionRequested, this, &MainWindow::requestServiceAction);
    connect(m_details, &NodeDetailsPanel::serviceActionRequested, this, &MainWindow::requestServiceAction);
    connect(m_topology, &TopologyView::nodeSelected, this, &MainWindow::selectNode);
    connect(m_table, &ServiceTable::nodeSelected, this, &MainWindow::selectNode);
    connect(m_alertsPanel, &AlertsPanel::nodeSelected, this, &MainWindow::selectNode);
    connect(m_settings, &Settings::changed, this, &MainWindow::applySetting);

    m_topology->setSpec(state->spec());
    m_tableModel->setSpec(state->spec());
    m_objectivesModel->setSpec(state->spec());
    m_charts->attach(state);
    // Uptime is read over the same window the charts show.
    m_objectivesModel->setHistory(state);
    m_objectivesModel->setWindowMs(m_charts->windowMs());
    connect(m_charts, &ChartsPanel::windowChanged, m_objectivesModel, &ObjectivesModel::setWindowMs);
    onUpdated();
    updateTitle();
    resize(1500, 950);
}

MainWindow::~MainWindow()
{
    // Children announce selection changes while they are torn down.
    disconnect(m_topology, nullptr, this, nullptr);
    disconnect(m_table, nullptr, this, nullptr);
    disconnect(m_alertsPanel, nullptr, this, nullptr);
    if (m_source)
        m_source->stop();
}

void MainWindow::createDocks()
{
    m_table = new ServiceTable(m_tableModel, this);
    m_eventLog = new EventLogView(m_eventModel, this);
    m_charts = new ChartsPanel(this);
    m_details = new NodeDetailsPanel(this);
    m_details->setState(m_state);
    m_alertsPanel = new AlertsPanel(m_alertModel, this);
    m_objectivesPanel = new ObjectivesPanel(m_objectivesModel, this);

    const auto addDock = [this](const QString &title, const QString &name, QWidget *content, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(content);
        addDockWidget(area, dock);
        m_docks.append(dock);
        return dock;
    };
    QDockWidget *charts = addDock(tr("Charts"), QStringLiteral("chartsDock"), m_charts, Qt::RightDockWidgetArea);
    m_detailsDock = addDock(tr("Node details"), QStringLiteral("detailsDock"), m_details, Qt::RightDockWidgetArea);
    tabifyDockWidget(charts, m_detailsDock);
    charts->raise();
    QDockWidget *services = addDock(tr("Nodes and services"), QStringLiteral("servicesDock"), m_table, Qt::BottomDockWidgetArea);
    QDockWidget *alerts = m_alertsDock = addDock(tr("Alerts"), QStringLiteral("alertsDock"), m_alertsPanel, Qt::BottomDockWidgetArea);
    QDockWidget *objectives = addDock(tr("Objectives"), QStringLiteral("objectivesDock"), m_objectivesPanel, Qt::BottomDockWidgetArea);
    QDockWidget *events = addDock(tr("Events"), QStringLiteral("eventsDock"), m_eventLog, Qt::BottomDockWidgetArea);
    tabifyDockWidget(services, alerts);
    tabifyDockWidget(alerts, objectives);
    tabifyDockWidget(objectives, events);
    services->raise();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_docksSized)
        return;
    m_docksSized = true;
    // Proportional first sizes, once the window has its real size: readable
    // on 1366x768 and on a 4K screen alike.
    QTimer::singleShot(0, this, &MainWindow::sizeDocks);
}

void MainWindow::sizeDocks()
{
    resizeDocks({m_docks.at(0)}, {std::clamp(width() / 3, 360, 900)}, Qt::Horizontal);
    resizeDocks({m_docks.at(2)}, {std::clamp(height() / 4, 150, 600)}, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

bool MainWindow::restoreLayout()
{
    if (m_defaultLayout.isEmpty())
        m_defaultLayout = saveState();
    const QByteArray geometry = m_settings->windowGeometry();
    const QByteArray state = m_settings->windowState();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    if (state.isEmpty() || !restoreState(state))
        return false;
    // The saved dock sizes are the person's; the proportional first sizes would override them.
    m_docksSized = true;
    return true;
}

void MainWindow::saveLayout()
{
    m_settings->setWindowLayout(saveGeometry(), saveState());
}

void MainWindow::resetLayout()
{
    m_settings->resetWindowLayout();
    if (m_defaultLayout.isEmpty()) {
        m_defaultLayout = saveState();
        return;
    }
    restoreState(m_defaultLayout);
    if (isVisible())
        sizeDocks();
    else
        m_docksSized = false;
}

void MainWindow::showPreferences()
{
    if (!m_preferences) {
        m_preferences = new PreferencesDialog(m_settings, this);
        m_preferences->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_preferences->open();
    m_preferences->raise();
    m_preferences->activateWindow();
}

void MainWindow::applySetting(Settings::Key key)
{
    switch (key) {
    case Settings::Key::Theme: applyTheme(m_settings->theme()); return;
    case Settings::Key::Language: LanguageManager::install(m_settings->languageOverride()); return;
    case Settings::Key::PollIntervalS:
        statusBar()->showMessage(tr("The new poll interval applies from the next connection to a cluster."), 8000);
        return;
    default: break;
    }
    if (Settings::thresholdKeys().contains(key))
        m_alerts->setDefaultThresholds(m_settings->defaultThresholds());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *open = file->addAction(tr("&Open cluster…"), this, &MainWindow::openClusterFile);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &in"), m_topology, &TopologyView::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(tr("Zoom &out"), m_topology, &TopologyView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = view->addAction(tr("&Fit topology"), m_topology, &TopologyView::fitAll);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addAction(tr("&Reset node positions"), m_topology, &TopologyView::resetLayout);
    QAction *live = view->addAction(tr("Back to &live"), m_timeline, &Timeline::goLive);
    live->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addSeparator();
    for (QDockWidget *dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QAction *resetLayoutAction = view->addAction(tr("Reset &layout"), this, &MainWindow::resetLayout);
    resetLayoutAction->setObjectName(QStringLiteral("resetLayoutAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("&About MailHA Console"), this, [this] {
        QMessageBox::about(this, tr("About MailHA Console"),
                           tr("<b>MailHA Console %1</b><p>Topology, replication and queues of highly available "
                              "mail clusters, with guided failover.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setSource(SampleSource *source)
{
    if (m_source) {
        m_source->stop();
        m_source->deleteLater();
    }
    m_source = source;
    if (!source)
        return;
    source->setParent(this);
    source->setDetailedNode(m_details->node());
    m_state->setClock([source] { return source->now(); });
    m_state->setSpec(source->spec());
    connect(source, &SampleSource::samplesReady, m_state, &ClusterState::ingestBatch);
    connect(source, &SampleSource::eventOccurred, m_state, &ClusterState::addEvent);
    updateTitle();
    source->start();
}

void MainWindow::updateTitle()
{
    // A lab served over SSH by mailha-labd is just as much a lab.
    const bool lab = m_state->spec().lab() || m_state->spec().training() || (m_source && m_source->isLab());
    const QString name = qstr(m_state->spec().name());
    setWindowTitle(lab ? tr("%1 [LAB] — MailHA Console").arg(name) : tr("%1 — MailHA Console").arg(name));
    m_labBanner->setVisible(lab);
}

void MainWindow::onUpdated()
{
    const ClusterSnapshot &live = m_state->snapshot();
    m_objectivesModel->setSnapshot(live);
    m_alertModel->setNow(live.time_ms());
    const int active = m_alerts->activeCount();
    m_alertsDock->setWindowTitle(active > 0 ? tr("Alerts (%1)").arg(active) : tr("Alerts"));
    if (const auto earliest = m_timeTravel->earliest())
        m_timeline->setRange(*earliest, live.time_ms());
    if (m_timeline->isLive())
        showSnapshot(live);
}

void MainWindow::onTimeChanged(std::optional<qint64> timeMs)
{
    m_charts->setEndTime(timeMs);
    if (!timeMs) {
        showSnapshot(m_state->snapshot());
        statusBar()->clearMessage();
        return;
    }
    if (const auto past = m_timeTravel->snapshotAt(*timeMs))
        showSnapshot(*past);
}

void MainWindow::showSnapshot(const ClusterSnapshot &snapshot)
{
    m_shown = snapshot;
    m_topology->setSnapshot(snapshot);
    m_tableModel->setSnapshot(snapshot);
    m_status->setSnapshot(snapshot);
    m_details->setSnapshot(snapshot);
    const QString clock = QDateTime::fromMSecsSinceEpoch(snapshot.time_ms()).toString(QStringLiteral("HH:mm:ss"));
    m_clock->setText(m_timeline->isLive() ? clock : tr("HISTORY %1").arg(clock));
}

void MainWindow::selectNode(const QString &nodeId)
{
    if (nodeId.isEmpty())
        return;
    m_topology->selectNode(nodeId);
    m_table->selectNode(nodeId);
    m_details->setNode(nodeId);
    if (m_source)
        m_source->setDetailedNode(nodeId);
}

void MainWindow::notify(const Alert &alert)
{
    if (alert.severity != CRIT)
        return;
    const QString title = tr("Critical: %1").arg(alert.subject);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(title, alert.message, QSystemTrayIcon::Critical);
    }
    QApplication::alert(this);
}

void MainWindow::openClusterFile()
{
    if (!m_session)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open cluster"), QString(),
                                                      tr("Cluster files (*.textproto *.txtpb *.cluster);;All files (*)"));
    if (!path.isEmpty())
        m_session->openClusterFile(path);
}

void MainWindow::requestServiceAction(const QString &nodeId, const QString &serviceId, const QString &action)
{
    if (action == QLatin1String("details")) {
        selectNode(nodeId);
        m_detailsDock->show();
        m_detailsDock->raise();
        return;
    }
    if (m_session)
        m_session->serviceAction(nodeId, serviceId, action);
}

} // namespace mailha
