// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbookpanel.h"

#include "runcontrols.h"

#include "core/names.h"
#include "runbook/journal.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailha {

RunbookPanel::RunbookPanel(ClusterSpec spec, CommandRunner *runner, Journal *journal, QWidget *parent)
    : QWidget(parent)
    , m_spec(std::move(spec))
    , m_runner(runner)
    , m_journal(journal)
{
    auto *layout = new QVBoxLayout(this);

    m_interruptedBox = new QGroupBox(tr("Interrupted runs"), this);
    auto *ib = new QVBoxLayout(m_interruptedBox);
    m_interruptedChoice = new QComboBox(m_interruptedBox);
    m_interruptedSteps = new QListWidget(m_interruptedBox);
    m_interruptedSteps->setToolTip(tr("Steps marked UNKNOWN were started when the console stopped. Tick the ones "
                                      "you have checked did run: they are skipped. The others run again."));
    auto *ibButtons = new QHBoxLayout;
    m_resume = new QPushButton(tr("Resume"), m_interruptedBox);
    m_abandonReason = new QLineEdit(m_interruptedBox);
    m_abandonReason->setPlaceholderText(tr("reason to abandon"));
    m_abandon = new QPushButton(tr("Abandon"), m_interruptedBox);
    ibButtons->addWidget(m_resume);
    ibButtons->addWidget(m_abandonReason);
    ibButtons->addWidget(m_abandon);
    ib->addWidget(m_interruptedChoice);
    ib->addWidget(m_interruptedSteps);
    ib->addLayout(ibButtons);
    m_interruptedBox->setVisible(false);
    layout->addWidget(m_interruptedBox);

    m_choice = new QComboBox(this);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_formHost = new QWidget(this);
    m_form = new QFormLayout(m_formHost);
    m_planView = new QPlainTextEdit(this);
    m_planView->setReadOnly(true);
    m_planView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_planView->setFont(QFont(QStringLiteral("monospace")));
    m_confirm = new QLineEdit(this);
    m_confirm->setPlaceholderText(tr("type the cluster name (%1) to run").arg(qstr(m_spec.name())));
    auto *controls = new QHBoxLayout;
    m_run = new QPushButton(tr("Run"), this);
    m_pause = new QPushButton(tr("Pause"), this);
    m_continue = new QPushButton(tr("Continue"), this);
    m_abort = new QPushButton(tr("Abort"), this);
    m_manualNote = new QLineEdit(this);
    m_manualNote->setPlaceholderText(tr("note (optional)"));
    m_manualDone = new QPushButton(tr("Done"), this);
    m_manualDone->setEnabled(false);
    for (QWidget *w : {static_cast<QWidget *>(m_confirm), static_cast<QWidget *>(m_run), static_cast<QWidget *>(m_pause),
                       static_cast<QWidget *>(m_continue), static_cast<QWidget *>(m_abort), static_cast<QWidget *>(m_manualNote),
                       static_cast<QWidget *>(m_manualDone)})
        controls->addWidget(w);
    m_steps = new QListWidget(this);
    m_output = new QPlainTextEdit(this);
    m_output->setReadOnly(true);
    m_output->setFont(QFont(QStringLiteral("monospace")));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);  // carries errors and output from nodes
    layout->addWidget(m_choice);
    layout->addWidget(m_description);
    layout->addWidget(m_formHost);
    layout->addWidget(m_planView, 2);
    layout->addLayout(controls);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_output, 2);
    layout->addWidget(m_status);

    connect(m_choice, &QComboBox::currentIndexChanged, this, &RunbookPanel::rebuildForm);
    connect(m_confirm, &QLineEdit::textChanged, this, &RunbookPanel::updateRunButton);
    connect(m_run, &QPushButton::clicked, this, &RunbookPanel::startRun);
    connectRunControls(this, [this] { return m_executor.get(); }, m_pause, m_continue, m_abort, m_manualDone, m_manualNote);
    connect(m_interruptedChoice, &QComboBox::currentIndexChanged, this, &RunbookPanel::showInterrupted);
    connect(m_resume, &QPushButton::clicked, this, &RunbookPanel::resumeInterrupted);
    connect(m_abandon, &QPushButton::clicked, this, &RunbookPanel::abandonInterrupted);
    connect(m_abandonReason, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_abandon->setEnabled(!t.trimmed().isEmpty()); });
    m_abandon->setEnabled(false);
    setRunbookDirs({});
}

RunbookPanel::~RunbookPanel() = default;

void RunbookPanel::setRunbookDirs(const QStringList &dirs)
{
    m_dirs = dirs;
    m_runbooks = loadRunbooks(dirs);
    const QSignalBlocker block(m_choice);
    m_choice->clear();
    for (const LoadedRunbook &rb : m_runbooks)
        m_choice->addItem(rb.ok() ? qstr(rb.runbook.title()) : tr("%1 (broken)").arg(rb.source), qstr(rb.runbook.id()));
    rebuildForm();
}

void RunbookPanel::selectRunbook(const QString &id)
{
    const int i = m_choice->findData(id);
    if (i >= 0)
        m_choice->setCurrentIndex(i);
}

void RunbookPanel::setParameter(const QString &name, const QString &value)
{
    for (const auto &[n, edit] : std::as_const(m_fields))
        if (n == name)
            edit->setText(value);
}

void RunbookPanel::rebuildForm()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    const int i = m_choice->currentIndex();
    if (i < 0 || i >= m_runbooks.size())
        return;
    const LoadedRunbook &rb = m_runbooks.at(i);
    if (!rb.ok()) {
        m_description->setText(rb.errors.constFirst().toString());
        m_plan = RunbookPlan{};
        updateRunButton();
        return;
    }
    m_description->setText(qstr(rb.runbook.description())
                           + (rb.runbook.data_loss_risk() ? QLatin1String("\n") + tr("WARNING: this runbook can lose data.") : QString()));
    for (const Parameter &p : rb.runbook.parameters()) {
        auto *edit = new QLineEdit(qstr(p.default_value()), m_formHost);
        edit->setObjectName(QLatin1String("param-") + qstr(p.name()));
        edit->setToolTip(qstr(p.description()));
        edit->setPlaceholderText(parameterTypeName(p.type()).toLower() + (p.optional() ? tr(", optional") : QString()));
        connect(edit, &QLineEdit::textChanged, this, &RunbookPanel::updatePlan);
        m_form->addRow(qstr(p.name()), edit);
        m_fields.append({qstr(p.name()), edit});
    }
    updatePlan();
}

void RunbookPanel::updatePlan()
{
    const int i = m_choice->currentIndex();
    if (i < 0 || i >= m_runbooks.size())
        return;
    RunbookParams params;
    for (const auto &[name, edit] : std::as_const(m_fields))
        if (!edit->text().isEmpty())
            params.insert(name, edit->text());
    m_plan = planRunbook(m_runbooks.at(i).runbook, m_spec, params);
    m_planView->setPlainText(m_plan.ok() ? planText(m_plan) : m_plan.errors.join(QLatin1Char('\n')));
    updateRunButton();
}

void RunbookPanel::updateRunButton()
{
    const bool busy = m_executor && m_executor->isBusy();
    m_run->setEnabled(!busy && m_plan.ok() && !m_plan.steps.isEmpty() && m_confirm->text() == qstr(m_spec.name()));
}

void RunbookPanel::attach(std::unique_ptr<RunbookRun> run)
{
    if (m_snapshot)
        run->setStateProvider(m_snapshot);
    const RunbookPlan plan = run->plan();
    m_executor = std::make_unique<RunbookExecutor>(std::move(run));
    m_steps->clear();
    for (const PlannedStep &s : plan.steps)
        m_steps->addItem(QStringLiteral("%1. [%2] %3").arg(s.index + 1).arg(stepKindName(s.kind), s.title));
    connect(m_executor.get(), &RunbookExecutor::stepStarted, this, [this, plan](int index) {
        const PlannedStep &s = plan.steps.at(index);
        m_steps->setCurrentRow(index);
        m_output->appendPlainText(s.hasCommand() ? QStringLiteral("$ [%1] %2").arg(s.node, s.command) : QStringLiteral("# %1").arg(s.title));
    });
    connect(m_executor.get(), &RunbookExecutor::stepFinished, this, [this](int index, const StepResult &r) {
        m_steps->item(index)->setText(m_steps->item(index)->text() + QLatin1String("  — ") + stepStateName(r.state));
        for (const QByteArray &b : {r.standardOutput, r.standardError})
            if (!b.isEmpty())
                m_output->appendPlainText(QString::fromUtf8(b).trimmed());
        if (!r.message.isEmpty())
            m_output->appendPlainText(QStringLiteral("→ %1").arg(r.message));
    });
    connect(m_executor.get(), &RunbookExecutor::manualStepWaiting, this, [this, plan](int index) {
        m_status->setText(tr("Waiting for you: %1").arg(plan.steps.at(index).instructions));
        m_manualDone->setEnabled(true);
    });
    connect(m_executor.get(), &RunbookExecutor::finished, this, [this](RunOutcome outcome, const QString &message) {
        m_outcome = outcome;
        m_manualDone->setEnabled(false);
        m_status->setText(tr("Run %1%2").arg(runOutcomeName(outcome), message.isEmpty() ? QString() : QLatin1String(": ") + message));
        updateRunButton();
        Q_EMIT runFinished(outcome, message);
    });
}

void RunbookPanel::startRun()
{
    if (!m_plan.ok())
        return;
    m_outcome = RunOutcome::Paused;
    m_output->clear();
    attach(std::make_unique<RunbookRun>(m_plan, m_runner, m_journal));
    m_confirm->clear();
    m_status->setText(tr("Running…"));
    m_executor->start();
    updateRunButton();
}

void RunbookPanel::setInterruptedRuns(const QList<InterruptedRun> &runs)
{
    m_interrupted = runs;
    const QSignalBlocker block(m_interruptedChoice);
    m_interruptedChoice->clear();
    for (const InterruptedRun &r : runs)
        m_interruptedChoice->addItem(tr("%1 on %2, started %3 by %4")
                                         .arg(r.runbook, r.cluster, QDateTime::fromMSecsSinceEpoch(r.startedMs).toString(Qt::ISODate),
                                              r.operatorName));
    m_interruptedBox->setVisible(!runs.isEmpty());
    showInterrupted(runs.isEmpty() ? -1 : 0);
}

void RunbookPanel::showInterrupted(int index)
{
    m_interruptedSteps->clear();
    if (index < 0 || index >= m_interrupted.size())
        return;
    const InterruptedRun &r = m_interrupted.at(index);
    for (int i = 0; i < r.plan.size(); ++i) {
        const StepState s = r.states.value(i);
        auto *item = new QListWidgetItem(QStringLiteral("%1. %2  %3  %4")
                                             .arg(i + 1)
                                             .arg(stepStateName(s).toUpper(), qstr(r.plan.at(i).step_id()),
                                                  qstr(r.plan.at(i).command()).isEmpty() ? qstr(r.plan.at(i).title())
                                                                                        : qstr(r.plan.at(i).command())),
                                         m_interruptedSteps);
        if (s == StepState::Unknown) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
}

void RunbookPanel::resumeInterrupted()
{
    const int index = m_interruptedChoice->currentIndex();
    if (index < 0 || index >= m_interrupted.size() || (m_executor && m_executor->isBusy()))
        return;
    const InterruptedRun r = m_interrupted.at(index);
    const LoadedRunbook rb = findRunbook(r.runbook, m_dirs);
    if (!rb.ok()) {
        m_status->setText(rb.errors.constFirst().toString());
        return;
    }
    const RunbookPlan plan = planRunbook(rb.runbook, m_spec, r.params);
    QString why;
    if (!planMatches(plan, r.plan, &why)) {
        m_status->setText(tr("Cannot resume: %1").arg(why));
        return;
    }
    QList<StepState> decided = r.states;
    QStringList decisions;
    for (int i = 0; i < decided.size(); ++i) {
        if (decided.at(i) != StepState::Unknown)
            continue;
        const bool ran = m_interruptedSteps->item(i)->checkState() == Qt::Checked;
        decided[i] = ran ? StepState::Skipped : StepState::NotStarted;
        decisions << tr("step %1 %2").arg(i + 1).arg(ran ? tr("checked as done, skipped") : tr("runs again"));
    }
    auto run = std::make_unique<RunbookRun>(plan, m_runner, m_journal, r.runId);
    m_outcome = RunOutcome::Paused;
    attach(std::move(run));
    m_interrupted.removeAt(index);
    setInterruptedRuns(m_interrupted);
    m_executor->resume(decided, decisions.isEmpty() ? tr("resumed") : decisions.join(QLatin1String("; ")));
}

void RunbookPanel::abandonInterrupted()
{
    const int index = m_interruptedChoice->currentIndex();
    if (index < 0 || index >= m_interrupted.size() || m_abandonReason->text().trimmed().isEmpty())
        return;
    const InterruptedRun r = m_interrupted.at(index);
    RunbookPlan plan;
    plan.cluster = r.cluster;
    plan.lab = r.lab;
    plan.runbook.set_id(sstr(r.runbook));
    RunbookRun run(plan, m_runner, m_journal, r.runId);
    // One fsync'd line; the operator asked for it and waits for the answer.
    if (!run.abandon(m_abandonReason->text().trimmed())) {
        m_status->setText(run.error());
        return;
    }
    m_abandonReason->clear();
    m_interrupted.removeAt(index);
    setInterruptedRuns(m_interrupted);
}

} // namespace mailha
