// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook/runbookexecutor.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace mailha {

class CommandRunner;
class Journal;

/// Follow any runbook step by step during an incident, outside the wizard:
/// pick it, fill in its parameters, read the dry run, type the cluster name,
/// then run it with live output, manual ticks, pause and abort. Also offers
/// the runs an earlier console left interrupted, to resume or abandon.
class RunbookPanel final : public QWidget
{
    Q_OBJECT

public:
    using SnapshotProvider = std::function<ClusterSnapshot()>;

    /// `journal` must be open; neither it nor `runner` is owned.
    RunbookPanel(ClusterSpec spec, CommandRunner *runner, Journal *journal, QWidget *parent = nullptr);
    ~RunbookPanel() override;

    void setSnapshotProvider(SnapshotProvider provider) { m_snapshot = std::move(provider); }
    /// Runbooks from a cluster's own folder, next to the built-ins.
    void setRunbookDirs(const QStringList &dirs);
    /// Interrupted runs found in the journal at start-up (read off the GUI thread).
    void setInterruptedRuns(const QList<InterruptedRun> &runs);

    void selectRunbook(const QString &id);
    void setParameter(const QString &name, const QString &value);
    /// Re-plans from the form; the dry run shows in planView().
    void updatePlan();
    const RunbookPlan &plan() const { return m_plan; }
    RunbookExecutor *executor() const { return m_executor.get(); }
    RunOutcome lastOutcome() const { return m_outcome; }

    QPlainTextEdit *planView() const { return m_planView; }
    QLineEdit *confirmationEdit() const { return m_confirm; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *manualDoneButton() const { return m_manualDone; }
    QListWidget *stepList() const { return m_steps; }
    QGroupBox *interruptedBox() const { return m_interruptedBox; }
    QListWidget *interruptedSteps() const { return m_interruptedSteps; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *abandonButton() const { return m_abandon; }
    QLineEdit *abandonReason() const { return m_abandonReason; }

Q_SIGNALS:
    void runFinished(mailha::RunOutcome outcome, const QString &message);

private:
    void rebuildForm();
    void startRun();
    void attach(std::unique_ptr<RunbookRun> run);
    void showInterrupted(int index);
    void resumeInterrupted();
    void abandonInterrupted();
    void updateRunButton();

    ClusterSpec m_spec;
    CommandRunner *m_runner;
    Journal *m_journal;
    SnapshotProvider m_snapshot;
    QStringList m_dirs;
    QList<LoadedRunbook> m_runbooks;
    QList<InterruptedRun> m_interrupted;
    RunbookPlan m_plan;
    std::unique_ptr<RunbookExecutor> m_executor;
    RunOutcome m_outcome = RunOutcome::Paused;

    QComboBox *m_choice = nullptr;
    QLabel *m_description = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_formHost = nullptr;
    QList<QPair<QString, QLineEdit *>> m_fields;
    QPlainTextEdit *m_planView = nullptr;
    QLineEdit *m_confirm = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_continue = nullptr;
    QPushButton *m_abort = nullptr;
    QPushButton *m_manualDone = nullptr;
    QLineEdit *m_manualNote = nullptr;
    QListWidget *m_steps = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QLabel *m_status = nullptr;
    QGroupBox *m_interruptedBox = nullptr;
    QComboBox *m_interruptedChoice = nullptr;
    QListWidget *m_interruptedSteps = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_abandon = nullptr;
    QLineEdit *m_abandonReason = nullptr;
};

} // namespace mailha
