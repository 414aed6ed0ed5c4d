// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/runbookrun.h"

#include "core/names.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>
#include <QUuid>

namespace mailha {

namespace {

// lupdate reads RunbookRunText::tr() calls under the context "mailha::RunbookRun".
struct RunbookRunText {
    Q_DECLARE_TR_FUNCTIONS(mailha::RunbookRun)
};

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool isDone(StepState s)
{
    return s == StepState::Succeeded || s == StepState::Warning || s == StepState::Skipped;
}

QString firstLine(const QByteArray &text)
{
    return QString::fromUtf8(text).trimmed().section(QLatin1Char('\n'), 0, 0);
}

StepState stateFromName(const QString &name)
{
    if (name == QLatin1String("done"))
        return StepState::Succeeded;
    if (name == QLatin1String("warning"))
        return StepState::Warning;
    if (name == QLatin1String("skipped"))
        return StepState::Skipped;
    if (name == QLatin1String("failed-unknown"))
        return StepState::FailedUnknown;
    return StepState::Failed;
}

} // namespace

QString stepStateName(StepState state)
{
    switch (state) {
    case StepState::NotStarted: return QStringLiteral("not started");
    case StepState::Running: return QStringLiteral("running");
    case StepState::Succeeded: return QStringLiteral("done");
    case StepState::Warning: return QStringLiteral("warning");
    case StepState::Failed: return QStringLiteral("failed");
    case StepState::Skipped: return QStringLiteral("skipped");
    case StepState::Unknown: return QStringLiteral("unknown");
    case StepState::FailedUnknown: return QStringLiteral("failed-unknown");
    }
    return {};
}

QString runOutcomeName(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Completed: return QStringLiteral("completed");
    case RunOutcome::Failed: return QStringLiteral("failed");
    case RunOutcome::Aborted: return QStringLiteral("aborted");
    case RunOutcome::Paused: return QStringLiteral("paused");
    case RunOutcome::Refused: return QStringLiteral("refused");
    }
    return {};
}

RunbookRun::RunbookRun(RunbookPlan plan, CommandRunner *runner, Journal *journal, QString runId)
    : m_plan(std::move(plan))
    , m_runner(runner)
    , m_journal(journal)
    , m_runId(runId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : std::move(runId))
{
    m_results.resize(m_plan.steps.size());
}

int RunbookRun::nextStep() const
{
    for (int i = 0; i < m_results.size(); ++i)
        if (!isDone(m_results.at(i).state))
            return i;
    return -1;
}

JournalEntry RunbookRun::entryFor(JournalPhase phase, const PlannedStep *step) const
{
    JournalEntry e;
    e.set_phase(phase);
    e.set_cluster(sstr(m_plan.cluster));
    e.set_run_id(sstr(m_runId));
    e.set_runbook(m_plan.runbook.id());
    e.set_lab(m_plan.lab);
    e.set_step_index(step ? step->index : -1);
    if (step) {
        e.set_step_id(sstr(step->stepId));
        e.set_target(sstr(step->node));
        e.set_command(sstr(step->command));
    }
    return e;
}

bool RunbookRun::journal(JournalEntry entry)
{
    QString error;
    if (!m_journal || !m_journal->append(entry, &error)) {
        m_error = m_journal ? error : RunbookRunText::tr("no journal: refusing to change a cluster without an audit trail");
        return false;
    }
    return true;
}

bool RunbookRun::start()
{
    m_error.clear();
    if (!m_plan.ok()) {
        m_error = RunbookRunText::tr("the plan has errors: %1").arg(m_plan.errors.join(QLatin1String("; ")));
        return false;
    }
    if (!m_runner || m_runner->isLab() != m_plan.lab) {
        m_error = m_plan.lab ? RunbookRunText::tr("a lab plan runs only on the lab cluster")
                             : RunbookRunText::tr("the lab cannot run a plan for the real cluster %1, and lab commands never reach a real host")
                                   .arg(m_plan.cluster);
        return false;
    }
    JournalEntry e = entryFor(RUN_STARTED, nullptr);
    for (auto it = m_plan.params.begin(); it != m_plan.params.end(); ++it)
        (*e.mutable_parameters())[sstr(it.key())] = sstr(it.value());
    for (const PlannedStep &s : m_plan.steps) {
        JournalPlanStep *pc = e.add_plan();
        pc->set_index(s.index);
        pc->set_step_id(sstr(s.stepId));
        pc->set_title(sstr(s.title));
        pc->set_kind(s.kind);
        pc->set_node(sstr(s.node));
        for (const QString &a : s.argv)
            pc->add_argv(sstr(a));
        pc->set_command(sstr(s.command));
    }
    QStringList reasons;
    for (auto it = m_overrides.begin(); it != m_overrides.end(); ++it) {
        e.add_overrides(sstr(it.key()));
        reasons << it.key() + QLatin1String(": ") + it.value();
    }
    e.set_reason(sstr(reasons.join(QLatin1String("; "))));
    e.set_message(m_plan.runbook.title());
    if (!journal(e))
        return false;
    for (auto it = m_overrides.begin(); it != m_overrides.end(); ++it) {
        JournalEntry o = entryFor(OVERRIDE, nullptr);
        o.add_overrides(sstr(it.key()));
        o.set_reason(sstr(it.value()));
        if (!journal(o))
            return false;
    }
    m_started = true;
    return true;
}

bool RunbookRun::resume(const QList<StepState> &states, const QString &decision)
{
    m_error.clear();
    if (states.size() != m_plan.steps.size()) {
        m_error = RunbookRunText::tr("the journalled run has %1 steps, the plan %2").arg(states.size()).arg(m_plan.steps.size());
        return false;
    }
    for (int i = 0; i < states.size(); ++i) {
        if (states.at(i) == StepState::Unknown || states.at(i) == StepState::Running
            || states.at(i) == StepState::FailedUnknown) {
            m_error = RunbookRunText::tr("step %1 (%2) was started and has no result: decide whether to run it again or skip it")
                          .arg(i + 1)
                          .arg(m_plan.steps.at(i).stepId);
            return false;
        }
    }
    if (!m_runner || m_runner->isLab() != m_plan.lab) {
        m_error = RunbookRunText::tr("lab and real clusters cannot be mixed");
        return false;
    }
    JournalEntry e = entryFor(RUN_RESUMED, nullptr);
    e.set_reason(sstr(decision));
    if (!journal(e))
        return false;
    for (int i = 0; i < states.size(); ++i) {
        m_results[i].state = states.at(i);
        if (states.at(i) == StepState::Skipped) {
            JournalEntry s = entryFor(STEP_SKIPPED, &m_plan.steps.at(i));
            s.set_reason(sstr(decision));
            if (!journal(s))
                return false;
        }
    }
    m_started = true;
    return true;
}

RunOutcome RunbookRun::runAll()
{
    if (!m_started) {
        if (m_error.isEmpty())
            m_error = RunbookRunText::tr("the run was not started");
        return RunOutcome::Refused;
    }
    while (true) {
        const int index = nextStep();
        if (index < 0) {
            finish(RunOutcome::Completed, RunbookRunText::tr("all %1 steps done").arg(m_plan.steps.size()));
            return RunOutcome::Completed;
        }
        if (m_abort) {
            finish(RunOutcome::Aborted, RunbookRunText::tr("aborted by the operator before step %1").arg(index + 1));
            return RunOutcome::Aborted;
        }
        if (m_pause) {
            m_pause = false;
            return RunOutcome::Paused;
        }
        const StepResult r = runStep(index);
        if (r.state == StepState::NotStarted)
            return RunOutcome::Refused;
        if (!m_error.isEmpty()) {
            finish(RunOutcome::Failed, m_error);
            return RunOutcome::Failed;
        }
        if (r.state == StepState::Failed || r.state == StepState::FailedUnknown) {
            if (m_abort) {
                finish(RunOutcome::Aborted, RunbookRunText::tr("aborted by the operator during step %1").arg(index + 1));
                return RunOutcome::Aborted;
            }
            const PlannedStep &s = m_plan.steps.at(index);
            QString msg = RunbookRunText::tr("step %1 (%2) failed: %3").arg(index + 1).arg(s.stepId, r.message);
            if (!s.rollbackHint.isEmpty())
                msg += QLatin1String(" — ") + RunbookRunText::tr("rollback: %1").arg(s.rollbackHint);
            finish(RunOutcome::Failed, msg);
            return RunOutcome::Failed;
        }
    }
}

StepResult RunbookRun::runStep(int index)
{
    const PlannedStep &step = m_plan.steps.at(index);
    StepResult &slot = m_results[index];
    // The entry is on disk before anything runs: if the console dies now,
    // the next start knows this step may have run.
    if (!journal(entryFor(STEP_STARTED, &step))) {
        slot.state = StepState::NotStarted;
        slot.message = RunbookRunText::tr("refused: %1").arg(m_error);
        return slot;
    }
    slot = StepResult{};
    slot.state = StepState::Running;
    slot.startedMs = now();
    if (m_onStarted)
        m_onStarted(index, slot);
    StepResult r = execute(step);
    r.startedMs = slot.startedMs;
    r.finishedMs = now();
    r.durationS = double(r.finishedMs - r.startedMs) / 1000.0;
    slot = r;

    JournalEntry e = entryFor(STEP_FINISHED, &step);
    e.set_exit_status(r.exitStatus);
    e.set_ok(r.state == StepState::Succeeded);
    e.set_step_state(sstr(stepStateName(r.state)));
    if (step.hasCommand()) {
        e.set_output_digest(sstr(outputDigest(r.standardOutput, r.standardError)));
        e.set_output_excerpt(QByteArray(r.standardOutput + r.standardError).left(400).toStdString());
    }
    e.set_message(sstr(r.message));
    e.set_duration_s(r.durationS);
    if (!journal(e))
        slot.message += QLatin1String("; ") + RunbookRunText::tr("the journal could not record the result: %1").arg(m_error);
    if (m_onFinished)
        m_onFinished(index, slot);
    return slot;
}

StepResult RunbookRun::execute(const PlannedStep &step)
{
    if (step.kind == MANUAL) {
        StepResult r;
        QString note;
        if (!m_manual) {
            r.state = StepState::Failed;
            r.message = RunbookRunText::tr("a manual step needs an operator to follow it");
            return r;
        }
        if (m_manual(step, &note)) {
            r.state = StepState::Succeeded;
            r.message = note;
        } else {
            r.state = StepState::Failed;
            r.message = RunbookRunText::tr("aborted by the operator");
            m_abort = true;
        }
        return r;
    }
    if (step.kind != WAIT) {
        StepResult r = evaluateOnce(step);
        if (r.state == StepState::Failed && step.advisory && step.kind != COMMAND)
            r.state = StepState::Warning;
        return r;
    }
    QDeadlineTimer deadline(step.timeoutMs);
    int attempts = 0;
    while (true) {
        StepResult r = evaluateOnce(step);
        r.attempts = ++attempts;
        if (r.state == StepState::Succeeded)
            return r;
        if (m_abort) {
            r.state = StepState::Failed;
            r.message = RunbookRunText::tr("aborted by the operator while waiting");
            return r;
        }
        if (deadline.hasExpired()) {
            r.state = step.advisory ? StepState::Warning : StepState::Failed;
            r.message = RunbookRunText::tr("did not hold within %1 (%2 attempts); last: %3")
                            .arg(formatDuration(step.timeoutMs / 1000.0))
                            .arg(attempts)
                            .arg(r.message);
            return r;
        }
        QDeadlineTimer pause(std::min<qint64>(step.intervalMs, deadline.remainingTime()));
        while (!pause.hasExpired() && !m_abort)
            QThread::msleep(std::min<qint64>(50, std::max<qint64>(1, pause.remainingTime())));
    }
}

StepResult RunbookRun::evaluateOnce(const PlannedStep &step)
{
    StepResult r;
    r.state = StepState::Failed;
    if (step.hasCommand()) {
        bool mayHaveRun = false;
        const CommandOutput out = m_runner->runTracked(step.node, ProbeCommand{step.stepId, step.argv, {}}, step.timeoutMs, &mayHaveRun);
        r.exitStatus = out.exitStatus;
        r.standardOutput = out.standardOutput;
        r.standardError = out.standardError;
        const QString stdoutText = QString::fromUtf8(out.standardOutput).trimmed();
        if (out.timedOut)
            r.message = RunbookRunText::tr("timed out after %1").arg(formatDuration(step.timeoutMs / 1000.0));
        else if (!out.transportError.isEmpty())
            r.message = out.transportError;
        else if (out.exitStatus != step.expectExit)
            r.message = RunbookRunText::tr("exit status %1, expected %2: %3")
                            .arg(out.exitStatus)
                            .arg(step.expectExit)
                            .arg(firstLine(out.standardError.isEmpty() ? out.standardOutput : out.standardError));
        else if (!step.expectEquals.isEmpty() && stdoutText != step.expectEquals)
            r.message = RunbookRunText::tr("output \"%1\", expected \"%2\"").arg(stdoutText.left(200), step.expectEquals);
        else if (!step.expectContains.isEmpty() && !stdoutText.contains(step.expectContains))
            r.message = RunbookRunText::tr("output does not contain \"%1\"").arg(step.expectContains);
        else
            r.state = StepState::Succeeded;
        if (out.transportError.isEmpty() && out.timedOut)
            r.exitStatus = -1;
        // A change that was sent and whose result is lost may have happened:
        // calling it plain "failed" would invite a blind retry.
        const bool resultLost = out.timedOut || !out.transportError.isEmpty() || out.exitStatus < 0;
        if (step.changesCluster() && mayHaveRun && resultLost) {
            r.state = StepState::FailedUnknown;
            r.message = RunbookRunText::tr("%1 — the command was sent to %2 but its result never came back, so it may have run. "
                                           "Check %2 before you retry or skip this step.")
                            .arg(r.message.isEmpty() ? RunbookRunText::tr("no exit status") : r.message, step.node);
        }
        return r;
    }
    if (!m_state) {
        r.message = RunbookRunText::tr("no live cluster state to check against");
        return r;
    }
    const ClusterSnapshot snap = m_state();
    const QString node = qstr(step.condition.node());
    for (const NodeStatus &n : snap.nodes()) {
        if (qstr(n.node_id()) != node)
            continue;
        if (step.condition.reachable() && (n.stale() || n.reachability() != REACHABLE)) {
            r.message = RunbookRunText::tr("%1 is not reachable (%2)").arg(node, reachabilityLabel(n.reachability()));
            return r;
        }
        if (step.condition.role() == ROLE_UNKNOWN) {
            r.state = StepState::Succeeded;
            return r;
        }
        for (const ServiceStatus &s : n.services()) {
            if (qstr(s.service_id()) != qstr(step.condition.service()))
                continue;
            if (s.role() == step.condition.role())
                r.state = StepState::Succeeded;
            else
                r.message = RunbookRunText::tr("%1 %2 is %3, expected %4")
                                .arg(node, qstr(s.service_id()), roleName(s.role()), roleName(step.condition.role()));
            return r;
        }
        r.message = RunbookRunText::tr("%1 runs no service %2").arg(node, qstr(step.condition.service()));
        return r;
    }
    r.message = RunbookRunText::tr("%1 is not in the live state").arg(node);
    return r;
}

bool RunbookRun::finish(RunOutcome outcome, const QString &message)
{
    JournalEntry e = entryFor(RUN_FINISHED, nullptr);
    e.set_ok(outcome == RunOutcome::Completed);
    e.set_step_state(sstr(runOutcomeName(outcome)));
    e.set_message(sstr(message));
    e.set_duration_s(measuredFailoverS());
    for (auto it = m_plan.params.begin(); it != m_plan.params.end(); ++it)
        (*e.mutable_parameters())[sstr(it.key())] = sstr(it.value());
    return journal(e);
}

bool RunbookRun::abandon(const QString &reason)
{
    JournalEntry e = entryFor(RUN_ABANDONED, nullptr);
    e.set_reason(sstr(reason));
    return journal(e);
}

double RunbookRun::measuredFailoverS() const
{
    qint64 first = 0, last = 0;
    for (int i = 0; i < m_results.size(); ++i) {
        const StepResult &r = m_results.at(i);
        if (r.startedMs > 0 && m_plan.steps.at(i).kind == COMMAND && (first == 0 || r.startedMs < first))
            first = r.startedMs;
        last = std::max(last, r.finishedMs);
    }
    return first > 0 && last >= first ? double(last - first) / 1000.0 : 0.0;
}

QString InterruptedRun::toString() const
{
    QString text = QCoreApplication::translate("mailha::RunbookRun", "Interrupted run %1 of %2 on %3, started %4 by %5")
                       .arg(runId, runbook, cluster, QDateTime::fromMSecsSinceEpoch(startedMs).toString(Qt::ISODate),
                            operatorName)
                   + QLatin1Char('\n');
    for (int i = 0; i < plan.size(); ++i)
        text += QStringLiteral("  %1. %2 %3 on %4: %5\n")
                    .arg(i + 1)
                    .arg(stepStateName(states.value(i)).toUpper(), qstr(plan.at(i).step_id()), qstr(plan.at(i).node()),
                         qstr(plan.at(i).command()).isEmpty() ? qstr(plan.at(i).title()) : qstr(plan.at(i).command()));
    return text;
}

QList<InterruptedRun> findInterruptedRuns(const QList<JournalEntry> &entries)
{
    QList<InterruptedRun> runs;
    auto find = [&](const std::string &id) -> InterruptedRun * {
        for (InterruptedRun &r : runs)
            if (sstr(r.runId) == id)
                return &r;
        return nullptr;
    };
    for (const JournalEntry &e : entries) {
        if (e.phase() == RUN_STARTED) {
            InterruptedRun r;
            r.runId = qstr(e.run_id());
            r.cluster = qstr(e.cluster());
            r.runbook = qstr(e.runbook());
            r.operatorName = qstr(e.operator_());
            r.startedMs = e.time_ms();
            r.lab = e.lab();
            for (const auto &[k, v] : e.parameters())
                r.params.insert(qstr(k), qstr(v));
            for (const JournalPlanStep &pc : e.plan())
                r.plan.append(pc);
            r.states.fill(StepState::NotStarted, r.plan.size());
            r.results.resize(r.plan.size());
            runs.append(r);
            continue;
        }
        InterruptedRun *r = find(e.run_id());
        if (!r)
            continue;
        const int i = e.step_index();
        const bool inPlan = i >= 0 && i < r->states.size();
        switch (e.phase()) {
        case STEP_STARTED:
            if (inPlan) {
                r->states[i] = StepState::Unknown;
                r->results[i].startedMs = e.time_ms();
            }
            break;
        case STEP_FINISHED:
            if (inPlan) {
                r->results[i].state = stateFromName(qstr(e.step_state()));
                // Sent but without a result: to whoever resumes, as undecided as a step
                // the console died in; the result keeps the finer state.
                r->states[i] = r->results[i].state == StepState::FailedUnknown ? StepState::Unknown : r->results[i].state;
                r->results[i].exitStatus = e.exit_status();
                r->results[i].message = qstr(e.message());
                r->results[i].finishedMs = e.time_ms();
            }
            break;
        case STEP_SKIPPED:
            if (inPlan)
                r->states[i] = StepState::Skipped;
            break;
        case RUN_FINISHED:
        case RUN_ABANDONED:
            runs.removeIf([&](const InterruptedRun &x) { return sstr(x.runId) == e.run_id(); });
            break;
        default:
            break;
        }
    }
    return runs;
}

bool planMatches(const RunbookPlan &plan, const QList<JournalPlanStep> &journalled, QString *why)
{
    if (plan.steps.size() != journalled.size()) {
        *why = RunbookRunText::tr("the plan now has %1 steps, the journalled run had %2").arg(plan.steps.size()).arg(journalled.size());
        return false;
    }
    for (int i = 0; i < journalled.size(); ++i) {
        const PlannedStep &s = plan.steps.at(i);
        const JournalPlanStep &j = journalled.at(i);
        if (s.node != qstr(j.node()) || s.command != qstr(j.command()) || s.stepId != qstr(j.step_id())) {
            *why = RunbookRunText::tr("step %1 differs: now '%2' on %3, journalled '%4' on %5")
                       .arg(i + 1)
                       .arg(s.command, s.node, qstr(j.command()), qstr(j.node()));
            return false;
        }
    }
    return true;
}

} // namespace mailha
