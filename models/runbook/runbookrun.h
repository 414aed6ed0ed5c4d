// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events.pb.h"
#include "runbook/journal.h"
#include "runbook/runbook.h"
#include "transport/commandrunner.h"

#include <QList>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>

namespace mailha {

enum class StepState {
    NotStarted,
    Running,
    Succeeded,
    Warning,   ///< an advisory check failed; the run went on
    Failed,
    Skipped,   ///< the operator chose to skip it (resume of an unknown step)
    Unknown,   ///< started, no result recorded: the console died while it ran
    /// A COMMAND was sent and its result never came back (the connection
    /// broke, it timed out, no exit status): it may or may not have changed
    /// the node. A failure that must never be read as "not run" or "done".
    FailedUnknown,
};
QString stepStateName(StepState state);  ///< "done", "failed", "unknown", "failed-unknown", ... (a contract)

struct StepResult {
    StepState state = StepState::NotStarted;
    int exitStatus = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    QString message;       ///< why it failed, or the operator's note
    double durationS = 0;
    int attempts = 0;
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
};

enum class RunOutcome { Completed, Failed, Aborted, Paused, Refused };
QString runOutcomeName(RunOutcome outcome);

/// The synchronous runbook engine: runs a plan's steps in order on a
/// CommandRunner, writing the journal before and after each one. Blocking
/// (commands, WAIT polling, fsync): it lives on a worker thread; see
/// RunbookExecutor for the QObject facade. requestPause()/requestAbort() may
/// be called from any thread; they take effect between steps and between the
/// attempts of a WAIT (a running command is never killed half-way).
class RunbookRun final
{
public:
    RunbookRun(RunbookPlan plan, CommandRunner *runner, Journal *journal, QString runId = {});

    /// Live state for steps with a StateCondition instead of a command.
    using StateProvider = std::function<ClusterSnapshot()>;
    /// Blocks until the operator ticks a MANUAL step (true, with an optional
    /// note) or aborts (false).
    using ManualHandler = std::function<bool(const PlannedStep &step, QString *note)>;
    using StepCallback = std::function<void(int index, const StepResult &result)>;

    void setStateProvider(StateProvider provider) { m_state = std::move(provider); }
    void setManualHandler(ManualHandler handler) { m_manual = std::move(handler); }
    void setStepStartedCallback(StepCallback cb) { m_onStarted = std::move(cb); }
    void setStepFinishedCallback(StepCallback cb) { m_onFinished = std::move(cb); }
    /// Failing preflight checks the operator overrode, with the written reasons.
    void setOverrides(const QMap<QString, QString> &overrides) { m_overrides = overrides; }

    const RunbookPlan &plan() const { return m_plan; }
    const QString &runId() const { return m_runId; }
    const QList<StepResult> &results() const { return m_results; }
    /// The first step that is neither done nor skipped, or -1.
    int nextStep() const;
    QString error() const { return m_error; }

    /// Writes RUN_STARTED with the whole plan. Refuses (false, error()) when
    /// the plan is invalid, lab and real mix, or the journal cannot be written.
    bool start();
    /// Takes over an interrupted run: `states` as recovered from the journal,
    /// where every Unknown step has been decided by the operator (Skipped to
    /// treat it as done, NotStarted to run it again). Writes RUN_RESUMED.
    bool resume(const QList<StepState> &states, const QString &decision);

    /// Runs from nextStep() until the end, a failure, a pause or an abort;
    /// a completed, failed or aborted run is closed with RUN_FINISHED.
    RunOutcome runAll();
    /// Runs one step (journalled), without closing the run.
    StepResult runStep(int index);
    /// Closes the run in the journal (RUN_FINISHED, or RUN_ABANDONED).
    bool finish(RunOutcome outcome, const QString &message);
    bool abandon(const QString &reason);

    void requestPause() { m_pause = true; }
    void requestAbort() { m_abort = true; }
    bool abortRequested() const { return m_abort; }

    /// Wall-clock seconds from the first COMMAND step's start to the end of
    /// the last step: the outage an operator measures against the RTO.
    double measuredFailoverS() const;

private:
    StepResult execute(const PlannedStep &step);
    StepResult evaluateOnce(const PlannedStep &step);
    bool journal(JournalEntry entry);
    JournalEntry entryFor(JournalPhase phase, const PlannedStep *step) const;

    RunbookPlan m_plan;
    CommandRunner *m_runner;
    Journal *m_journal;
    QString m_runId;
    QList<StepResult> m_results;
    QMap<QString, QString> m_overrides;
    StateProvider m_state;
    ManualHandler m_manual;
    StepCallback m_onStarted;
    StepCallback m_onFinished;
    QString m_error;
    bool m_started = false;
    std::atomic_bool m_pause{false};
    std::atomic_bool m_abort{false};
};

/// A run the journal shows as started and never finished or abandoned.
struct InterruptedRun {
    QString runId;
    QString cluster;
    QString runbook;
    RunbookParams params;
    QString operatorName;
    qint64 startedMs = 0;
    bool lab = false;
    QList<JournalPlanStep> plan;   ///< as journalled at the start
    QList<StepState> states;      ///< per plan step: done / failed / unknown / not started
    QList<StepResult> results;    ///< as journalled (a failed-unknown step is "unknown" in states)
    QString toString() const;     ///< one line per step with its real state
};

/// Every interrupted run in the journal entries, oldest first.
QList<InterruptedRun> findInterruptedRuns(const QList<JournalEntry> &entries);

/// True when re-planning gives the same commands on the same nodes as the
/// journalled plan; otherwise `why` says what differs (the runbook or the
/// cluster changed) and the run must not be resumed.
bool planMatches(const RunbookPlan &plan, const QList<JournalPlanStep> &journalled, QString *why);

} // namespace mailha
