// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/samplesource.h"
#include "core/settings.h"
#include "events.pb.h"
#include "preferencesdialog.h"
#include "sessioncontroller.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QSystemTrayIcon;

namespace mailha {

struct Alert;
class AlertEngine;
class AlertModel;
class AlertsPanel;
class ChartsPanel;
class ClusterState;
class EventLogModel;
class EventLogView;
class LabBanner;
class NodeDetailsPanel;
class ObjectivesModel;
class ObjectivesPanel;
class ServiceTable;
class ServiceTableModel;
class StatusSummary;
class Timeline;
class TimeTravel;
class TopologyView;

/// The console's window. It composes: every feature lives in its own widget
/// (topology, charts, table, events, status summary) and the window only
/// wires them to the store and to each other.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ClusterState *state, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Makes `source` the cluster shown: the store takes its spec and clock,
    /// its samples flow into the store, and it starts. The window owns it.
    void setSource(SampleSource *source);
    SampleSource *source() const { return m_source; }
    /// Where File › Open cluster… and the topology's service actions go.
    void setSessionController(SessionController *session) { m_session = session; }

    TopologyView *topologyView() const { return m_topology; }
    ServiceTableModel *serviceTableModel() const { return m_tableModel; }
    ServiceTable *serviceTable() const { return m_table; }
    EventLogModel *eventLogModel() const { return m_eventModel; }
    ChartsPanel *chartsPanel() const { return m_charts; }
    StatusSummary *statusSummary() const { return m_status; }
    LabBanner *labBanner() const { return m_labBanner; }
    NodeDetailsPanel *nodeDetails() const { return m_details; }
    AlertEngine *alertEngine() const { return m_alerts; }
    AlertModel *alertModel() const { return m_alertModel; }
    ObjectivesModel *objectivesModel() const { return m_objectivesModel; }
    Timeline *timeline() const { return m_timeline; }
    TimeTravel *timeTravel() const { return m_timeTravel; }
    /// The snapshot on screen: live, or the timeline's moment.
    const ClusterSnapshot &shownSnapshot() const { return m_shown; }
    /// The preferences; a change made through them applies at once (theme,
    /// language, default thresholds) or from the next connection (poll interval).
    Settings *settings() const { return m_settings; }
    /// The open Edit › Preferences dialog, if any.
    PreferencesDialog *preferencesDialog() const { return m_preferences; }

    /// Restores the geometry and dock layout saved at the last close. Call
    /// once every dock exists, before show(). False when nothing was saved
    /// or it could not be used.
    bool restoreLayout();
    /// Saves geometry and dock layout (also done on close).
    void saveLayout();
    /// Back to the built-in dock layout; forgets the saved one.
    void resetLayout();

    /// The application's palette: the platform's own (System), or Fusion
    /// with a light or dark palette.
    static void applyTheme(Settings::Theme theme);

public Q_SLOTS:
    /// File › Open cluster…: where loading a cluster file and starting an
    /// SSH source belongs (cluster file + SshSource + host-key prompts).
    void openClusterFile();
    /// The topology's context menu and the node panel ask for an operator
    /// action here; the failover wizard takes it from here.
    void requestServiceAction(const QString &nodeId, const QString &serviceId, const QString &action);
    /// Edit › Preferences…: opens the dialog (window-modal, not blocking).
    void showPreferences();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void onUpdated();
    void onTimeChanged(std::optional<qint64> timeMs);
    void showSnapshot(const ClusterSnapshot &snapshot);
    void selectNode(const QString &nodeId);
    void notify(const Alert &alert);
    void updateTitle();
    void applySetting(Settings::Key key);
    void sizeDocks();

    ClusterState *m_state;
    Settings *m_settings;
    QPointer<PreferencesDialog> m_preferences;
    QByteArray m_defaultLayout;  // saveState() before any saved layout was applied
    QPointer<SampleSource> m_source;
    QPointer<SessionController> m_session;
    TopologyView *m_topology;
    LabBanner *m_labBanner;
    ServiceTableModel *m_tableModel;
    ServiceTable *m_table = nullptr;
    EventLogModel *m_eventModel;
    EventLogView *m_eventLog = nullptr;
    ChartsPanel *m_charts = nullptr;
    StatusSummary *m_status;
    QLabel *m_clock;
    QList<QDockWidget *> m_docks;
    TimeTravel *m_timeTravel;
    Timeline *m_timeline;
    AlertEngine *m_alerts;
    AlertModel *m_alertModel;
    AlertsPanel *m_alertsPanel = nullptr;
    ObjectivesModel *m_objectivesModel;
    ObjectivesPanel *m_objectivesPanel = nullptr;
    NodeDetailsPanel *m_details = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_alertsDock = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    ClusterSnapshot m_shown;
    bool m_docksSized = false;
};

} // namespace mailha
