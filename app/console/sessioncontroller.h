// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.pb.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QAction;
class QDockWidget;
class QMenu;

namespace mailha {

class ClusterState;
class CommandRunner;
class FlightRecorder;
class Journal;
class LabSource;
class MainWindow;
class ReplaySource;
class SampleSource;
class SshSource;

/// What the console is connected to, and everything that depends on it: the
/// source (the lab, a cluster over SSH, or a recording), where runbook
/// commands go (the lab's runner or SSH), the operator journal, the
/// per-cluster docks (runbooks, instructor), the prompts SSH needs (host keys,
/// passphrases), recent clusters and the flight recorder. The window shows;
/// this object decides what it shows and where actions go.
class SessionController final : public QObject
{
    Q_OBJECT

public:
    SessionController(MainWindow *window, ClusterState *state);
    ~SessionController() override;

    /// The built-in lab (free play).
    void openLab(quint64 seed, double speed);
    /// A cluster file: errors are shown with file, line and column; on
    /// success the cluster is polled over SSH. False when it could not open.
    bool openClusterFile(const QString &path);
    /// A recording, played back on its own clock.
    void openRecording(const QString &path);

    QStringList recentClusters() const;
    LabSource *labSource() const;
    CommandRunner *runner() const { return m_runner; }

    /// "switchover" / "failover" on a service: the failover wizard.
    void serviceAction(const QString &nodeId, const QString &serviceId, const QString &action);

    void startRecording(const QString &path);
    void stopRecording();
    bool isRecording() const;

    /// Turns a recording into a lab scenario file on a worker thread;
    /// recordingConverted() reports the outcome.
    void convertRecording(const QString &recordingPath, const QString &scenarioPath);

Q_SIGNALS:
    void sessionChanged();
    void recordingConverted(bool ok, const QString &message);

private:
    void adopt(SampleSource *source, CommandRunner *runner, const QString &folder);
    Journal *journal();
    void rebuildDocks(const QString &folder);
    void createMenus();
    void rememberCluster(const QString &path);

    MainWindow *m_window;
    ClusterState *m_state;
    QPointer<SampleSource> m_source;
    CommandRunner *m_runner = nullptr;                 // the lab's own, or m_sshRunner
    std::unique_ptr<CommandRunner> m_sshRunner;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<FlightRecorder> m_recorder;
    QDockWidget *m_runbookDock = nullptr;
    QDockWidget *m_instructorDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_labMenu = nullptr;
    QAction *m_timelineAction = nullptr;
};

} // namespace mailha
