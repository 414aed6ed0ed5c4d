// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/samplesource.h"
#include "lab/scenariorunner.h"

#include <QTimer>

#include <memory>

namespace mailha {

/// The built-in lab as a sample source: free play on the reference cluster
/// by default, or a training scenario with its hidden faults and its score.
/// Each tick advances one simulated second and delivers one batch of samples.
/// The simulation is cheap (tens of microseconds), so it runs on the thread
/// the source lives on; it never touches the network.
///
/// Runbooks executed from the GUI reach the same lab through runner(), on a
/// worker thread: every access to the cluster, here and there, holds mutex().
class LabSource final : public SampleSource
{
    Q_OBJECT

public:
    explicit LabSource(quint64 seed = 1, QObject *parent = nullptr);
    ~LabSource() override;

    ClusterSpec spec() const override { return m_run->lab().spec(); }
    void start() override;
    void stop() override;
    qint64 now() const override;
    bool isLab() const override { return true; }
    /// Its samples carry the raw outputs, rendered in the real formats
    /// (about 0.2 ms per node and tick: one node, not all).
    void setDetailedNode(const QString &nodeId) override { m_detailedNode = nodeId; }

    /// 1 = real time; 5 and 20 for training drills.
    void setSpeed(double speed);
    double speed() const { return m_speed; }
    bool isRunning() const { return m_timer.isActive(); }

    /// Replaces free play with `scenario` (its seed, load and hidden faults),
    /// from its start; emits scenarioChanged().
    void startScenario(const Scenario &scenario);
    /// Back to free play on the reference cluster.
    void startFreePlay(quint64 seed);
    bool inScenario() const { return m_inScenario; }
    /// Wall-clock time the current scenario (or free play) was started, to
    /// find its runs in the operator journal.
    qint64 startedAtMs() const { return m_startedAtMs; }
    ScenarioRun &run() { return *m_run; }
    /// The current run, kept alive by whoever still holds it (a debrief, a runbook).
    std::shared_ptr<ScenarioRun> currentRun() const;

    /// Injects or clears a fault live (the instructor's panel).
    bool setFault(LabFault fault, const QString &node, bool active, QString *error = nullptr);

    /// The cluster itself; hold mutex() while touching it from another thread.
    LabCluster &cluster() { return m_run->lab(); }
    QMutex &mutex() { return m_run->mutex(); }
    /// Where runbooks send their commands in lab mode (thread-safe). The same
    /// object for the source's whole life: it forwards to whichever scenario
    /// runs now, so a runner handed out before the instructor starts another
    /// scenario stays valid, and every command is scored by that scenario.
    CommandRunner &runner() { return *m_runner; }

    /// Advances one simulated second and emits its samples (also the timer's slot).
    void tick();

Q_SIGNALS:
    void scenarioChanged();
    void scenarioFinished(const mailha::ScenarioScore &score);
    void faultChanged(const QString &description);

private:
    class CurrentRunRunner;
    void replaceRun(std::shared_ptr<ScenarioRun> run);

    std::shared_ptr<ScenarioRun> m_run;  // swapped under m_runSwap; read freely on the source's thread
    mutable QMutex m_runSwap;
    std::unique_ptr<CommandRunner> m_runner;
    QTimer m_timer;
    double m_speed = 1.0;
    bool m_inScenario = false;
    bool m_finishedReported = false;
    QString m_detailedNode;
    qint64 m_startedAtMs = 0;
};

} // namespace mailha
