// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/runbookrun.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>

#include <memory>

namespace mailha {

/// Runs a RunbookRun on a worker thread it owns and reports back with queued
/// signals, so a window stays live while commands, WAIT polling and journal
/// fsyncs block. A MANUAL step parks the worker until confirmManual() or
/// abort(). Destroying the executor aborts the run, wakes the worker and
/// joins the thread (a command already running finishes first).
class RunbookExecutor final : public QObject
{
    Q_OBJECT

public:
    explicit RunbookExecutor(std::unique_ptr<RunbookRun> run, QObject *parent = nullptr);
    ~RunbookExecutor() override;

    const RunbookPlan &plan() const { return m_run->plan(); }
    QString runId() const { return m_run->runId(); }
    bool isBusy() const;
    /// Results and timing; read them only while !isBusy() (after finished()).
    QList<StepResult> results() const { return m_run->results(); }
    double measuredFailoverS() const { return m_run->measuredFailoverS(); }

    /// Journals the start and runs every step.
    void start();
    /// Takes over an interrupted run (see RunbookRun::resume) and runs on.
    void resume(const QList<StepState> &states, const QString &decision);
    /// Runs on after a pause, or retries the failed step.
    void proceed();
    void pause();
    void abort();
    void confirmManual(const QString &note);

Q_SIGNALS:
    void stepStarted(int index);
    void stepFinished(int index, const mailha::StepResult &result);
    void manualStepWaiting(int index);
    void finished(mailha::RunOutcome outcome, const QString &message);

private:
    void runOnWorker(bool startFirst, const QList<StepState> &states, const QString &decision, bool resumeFirst);
    bool waitForManual(const PlannedStep &step, QString *note);

    std::unique_ptr<RunbookRun> m_run;
    QThread m_thread;
    QObject *m_worker = nullptr;
    mutable QMutex m_mutex;
    QWaitCondition m_manualDone;
    bool m_manualConfirmed = false;  // guarded by m_mutex
    bool m_manualAborted = false;    // guarded by m_mutex
    QString m_manualNote;            // guarded by m_mutex
    bool m_busy = false;             // guarded by m_mutex
};

} // namespace mailha

Q_DECLARE_METATYPE(mailha::StepResult)
Q_DECLARE_METATYPE(mailha::RunOutcome)
