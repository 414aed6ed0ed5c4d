// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/failoverplanner.h"
#include "runbook/runbookexecutor.h"

#include <QWizard>

#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace mailha {

class CommandRunner;
class Journal;

/// The guided switchover / failover: candidates, preflight, dry run, typed
/// confirmation, step-by-step execution with live output, verification and
/// a summary against RTO and RPO. It owns no cluster logic: ranking and
/// checks come from the failover planner, the plan from the runbook, and the
/// run happens in a RunbookExecutor on its worker thread.
class FailoverWizard final : public QWizard
{
    Q_OBJECT

public:
    using SnapshotProvider = std::function<ClusterSnapshot()>;

    enum PageId { CandidatesPage, PreflightPage, PlanPage, ConfirmPage, ExecutePage, SummaryPage };

    /// `journal` must be open; `runner` reaches the cluster (the lab runner
    /// for a lab spec). Neither is owned.
    FailoverWizard(ClusterSpec spec, SnapshotProvider snapshot, CommandRunner *runner, Journal *journal,
                   QString group, FailoverMode mode = FailoverMode::Switchover, QWidget *parent = nullptr);
    ~FailoverWizard() override;

    /// End of the last switchover/failover of the group (anti-flap), 0: none.
    void setLastFailoverMs(qint64 ms) { m_lastFailoverMs = ms; }

    FailoverMode mode() const;
    QString candidate() const;
    const QList<PreflightCheck> &checks() const { return m_checks; }
    QMap<QString, QString> overrides() const;
    const RunbookPlan &plan() const { return m_plan; }
    RunbookExecutor *executor() const { return m_executor.get(); }
    /// The outcome once the run ended (Paused while it has not).
    RunOutcome outcome() const { return m_outcome; }

    // Widgets the offscreen test drives.
    QTreeWidget *candidateList() const { return m_candidates; }
    QRadioButton *failoverButton() const { return m_failoverRadio; }
    QCheckBox *dataLossAcknowledgement() const { return m_dataLossAck; }
    QCheckBox *fencedConfirmation() const { return m_fenced; }
    QLabel *dataLossWarning() const { return m_dataLossWarning; }
    QTreeWidget *checkList() const { return m_checkList; }
    QPlainTextEdit *planView() const { return m_planView; }
    QLineEdit *confirmationEdit() const { return m_confirmEdit; }
    QListWidget *stepList() const { return m_steps; }
    QPlainTextEdit *outputView() const { return m_output; }
    QPushButton *manualDoneButton() const { return m_manualDone; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

    QWizardPage *buildCandidates();
    QWizardPage *buildPreflight();
    QWizardPage *buildPlan();
    QWizardPage *buildConfirm();
    QWizardPage *buildExecute();
    QWizardPage *buildSummary();
    void refreshCandidates();
    void runPreflightNow();
    void makePlan();
    void startRun();
    void onStepStarted(int index);
    void onStepFinished(int index, const StepResult &result);
    void onFinished(RunOutcome outcome, const QString &message);

    ClusterSpec m_spec;
    SnapshotProvider m_snapshot;
    CommandRunner *m_runner;
    Journal *m_journal;
    QString m_group;
    qint64 m_lastFailoverMs = 0;
    ClusterSnapshot m_atPreflight;
    QList<FailoverCandidate> m_ranked;
    QList<PreflightCheck> m_checks;
    RunbookPlan m_plan;
    std::unique_ptr<RunbookExecutor> m_executor;
    RunOutcome m_outcome = RunOutcome::Paused;
    QString m_finishMessage;

    QTreeWidget *m_candidates = nullptr;
    QRadioButton *m_switchoverRadio = nullptr;
    QRadioButton *m_failoverRadio = nullptr;
    QLabel *m_dataLossWarning = nullptr;
    QCheckBox *m_dataLossAck = nullptr;
    QCheckBox *m_fenced = nullptr;
    QTreeWidget *m_checkList = nullptr;
    QPlainTextEdit *m_planView = nullptr;
    QLineEdit *m_confirmEdit = nullptr;
    QListWidget *m_steps = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_continue = nullptr;
    QPushButton *m_abort = nullptr;
    QPushButton *m_manualDone = nullptr;
    QLineEdit *m_manualNote = nullptr;
    QLabel *m_runStatus = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace mailha
