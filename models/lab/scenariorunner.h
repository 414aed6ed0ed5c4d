// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterstate.h"
#include "lab/labcluster.h"
#include "lab/labcommands.h"
#include "events.pb.h"
#include "scenario.pb.h"

#include <QMutex>

#include <memory>

namespace mailha {

struct ScenarioLoad {
    Scenario scenario;
    QString error;  ///< "file:line:column: what" when the file is wrong
    bool ok() const { return error.isEmpty(); }
};

/// Reads a scenario file (Protobuf text format) and checks it: known fault
/// names, existing nodes, times inside the scenario, an objective group.
ScenarioLoad loadScenario(const QString &path);
ScenarioLoad parseScenario(const QByteArray &text, const QString &fileName);
/// Ids of the built-in scenarios (compiled in from resources/scenarios).
QStringList builtinScenarios();
/// `nameOrPath`: a file, or the id of a built-in scenario.
ScenarioLoad findScenario(const QString &nameOrPath);
/// The model answer shipped with a built-in scenario, if any.
bool builtinModelAnswer(const QString &scenarioId, ActionScript *script);

/// Reads a scripted-actions file (ActionScript in text format).
bool loadActionScript(const QString &path, ActionScript *script, QString *error);

/// One run of a scenario on the lab, one simulated second per step(): the
/// hidden faults fire on their schedule, operator actions reach the lab
/// through the same LabCommandRunner the runbooks use, the cluster state is
/// derived every second, and the score is kept as the run goes:
///
/// - time to detection: from the first fault to the first operator action;
/// - RTO achieved: from the first fault until the objective's group is no
///   longer impaired (down, split brain, lost redundancy, a critical member
///   or a broken link), measured only if the fault impaired it at all;
/// - data lost: the writes the old primary had that the promoted node never
///   received (WAL bytes for PostgreSQL, out-of-sync blocks for DRBD), and
///   the same in seconds at the write rate of the moment.
///
/// Every command that reaches the lab through runner() is an operator action
/// and is scored like a scripted one, whether it comes from a runbook in the
/// console or from a trainee's console over SSH (mailha-labd).
///
/// Threads: step() and score() run on the owner's thread; runner() and
/// perform() may be called from runbook workers and SSH session threads at
/// the same time. The lab and the score are guarded by mutex() (not
/// recursive: never call into the run while holding it).
class ScenarioRun final
{
public:
    explicit ScenarioRun(const Scenario &scenario);
    ~ScenarioRun();

    const Scenario &scenario() const { return m_scenario; }
    LabCluster &lab() { return m_lab; }
    QMutex &mutex() { return m_mutex; }
    /// Runs commands on the lab and scores each one as an operator action (thread-safe).
    CommandRunner &runner() { return *m_scoringRunner; }
    /// The lab's own runner, unscored (tests that drive the lab directly).
    LabCommandRunner &labRunner() { return *m_runner; }
    ClusterState &state() { return m_state; }

    /// Seconds since the scenario started.
    double elapsedS() const { return double(m_lab.timeMs() - m_startMs) / 1000.0; }
    bool finished() const { return elapsedS() >= m_scenario.duration_s(); }

    /// Advances one simulated second: due faults, lab, derivation, scoring.
    void step();
    /// Runs `action` now, as an operator would, and scores it.
    CommandOutput perform(const ScriptedAction &action);
    /// Runs one operator command on `node` and scores it (data lost by a promotion included).
    CommandOutput performCommand(const QString &node, const ProbeCommand &command, int timeoutMs);
    /// Records that an operator acted (a runbook step run from the GUI).
    void noteOperatorAction(const QString &what);
    /// Runs to the end, performing each scripted action when its time comes.
    ScenarioScore runToEnd(const ActionScript &script);

    ScenarioScore score() const;
    /// The instructor's view of the hidden plan.
    QStringList plan() const;
    /// Lab time (ms since the epoch) at which the scenario started.
    qint64 startMs() const { return m_startMs; }
    /// What happened, for the debrief: faults as they fired, operator
    /// actions, restore milestones and the cluster's own events and alerts,
    /// ordered by time.
    QList<ClusterEvent> debriefEvents() const;

private:
    class ScoringRunner;
    void applyDueFaults();
    void observe();
    void noteActionLocked(const QString &what, const QString &node);
    void log(const QString &line, EventKind kind = NOTE, Severity severity = INFO, const QString &node = {});
    QHash<QString, qint64> dbPositions() const;
    QString activeDbNode() const;

    Scenario m_scenario;
    LabCluster m_lab;
    mutable QMutex m_mutex;
    std::unique_ptr<LabCommandRunner> m_runner;
    std::unique_ptr<CommandRunner> m_scoringRunner;
    ClusterState m_state;
    qint64 m_startMs;
    QList<bool> m_faultOn;
    QList<bool> m_faultDone;
    double m_firstFaultS = -1;
    double m_firstActionS = -1;
    double m_impairedS = -1;
    double m_restoredS = -1;
    bool m_restoreHeld = false;
    qint64 m_dataLostBytes = 0;
    double m_dataLostS = 0;
    double m_lastWriteRate = 1;
    int m_actions = 0;
    int m_actionsFailed = 0;
    QStringList m_timeline;
    QString m_lastActionText;
    QList<ClusterEvent> m_events;  // the timeline as events, for the debrief
};

} // namespace mailha
