// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/runbookexecutor.h"

#include <QCoreApplication>

namespace mailha {

RunbookExecutor::RunbookExecutor(std::unique_ptr<RunbookRun> run, QObject *parent)
    : QObject(parent)
    , m_run(std::move(run))
{
    qRegisterMetaType<mailha::StepResult>();
    qRegisterMetaType<mailha::RunOutcome>();
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("runbook"));
    m_thread.start();

    m_run->setStepStartedCallback([this](int index, const StepResult &) { Q_EMIT stepStarted(index); });
    m_run->setStepFinishedCallback([this](int index, const StepResult &r) { Q_EMIT stepFinished(index, r); });
    m_run->setManualHandler([this](const PlannedStep &step, QString *note) { return waitForManual(step, note); });
}

RunbookExecutor::~RunbookExecutor()
{
    m_run->requestAbort();
    {
        QMutexLocker lock(&m_mutex);
        m_manualAborted = true;
        m_manualDone.wakeAll();
    }
    m_thread.quit();
    m_thread.wait();
}

bool RunbookExecutor::isBusy() const
{
    QMutexLocker lock(&m_mutex);
    return m_busy;
}

void RunbookExecutor::start()
{
    runOnWorker(true, {}, {}, false);
}

void RunbookExecutor::resume(const QList<StepState> &states, const QString &decision)
{
    runOnWorker(false, states, decision, true);
}

void RunbookExecutor::proceed()
{
    runOnWorker(false, {}, {}, false);
}

void RunbookExecutor::pause()
{
    m_run->requestPause();
}

void RunbookExecutor::abort()
{
    m_run->requestAbort();
    QMutexLocker lock(&m_mutex);
    m_manualAborted = true;
    m_manualDone.wakeAll();
}

void RunbookExecutor::confirmManual(const QString &note)
{
    QMutexLocker lock(&m_mutex);
    m_manualConfirmed = true;
    m_manualNote = note;
    m_manualDone.wakeAll();
}

bool RunbookExecutor::waitForManual(const PlannedStep &step, QString *note)
{
    QMutexLocker lock(&m_mutex);
    m_manualConfirmed = false;
    Q_EMIT manualStepWaiting(step.index);
    while (!m_manualConfirmed && !m_manualAborted)
        m_manualDone.wait(&m_mutex);
    *note = m_manualNote;
    return m_manualConfirmed && !m_manualAborted;
}

void RunbookExecutor::runOnWorker(bool startFirst, const QList<StepState> &states, const QString &decision, bool resumeFirst)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_busy)
            return;
        m_busy = true;
    }
    QMetaObject::invokeMethod(
        m_worker,
        [this, startFirst, states, decision, resumeFirst] {
            RunOutcome outcome = RunOutcome::Refused;
            QString message;
            const bool ready = startFirst ? m_run->start() : resumeFirst ? m_run->resume(states, decision) : true;
            if (ready)
                outcome = m_run->runAll();
            message = m_run->error();
            if (message.isEmpty()) {
                for (int i = m_run->results().size() - 1; i >= 0; --i)
                    if (m_run->results().at(i).state == StepState::Failed
                        || m_run->results().at(i).state == StepState::FailedUnknown) {
                        message = m_run->results().at(i).message;
                        if (!m_run->plan().steps.at(i).rollbackHint.isEmpty())
                            message += QLatin1Char('\n') + tr("Rollback: %1").arg(m_run->plan().steps.at(i).rollbackHint);
                        break;
                    }
            }
            {
                QMutexLocker lock(&m_mutex);
                m_busy = false;
            }
            Q_EMIT finished(outcome, message);
        },
        Qt::QueuedConnection);
}

} // namespace mailha
