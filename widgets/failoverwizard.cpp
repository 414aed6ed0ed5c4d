// SPDX-License-Identifier: GPL-3.0-or-later
#include "failoverwizard.h"

#include "runcontrols.h"

#include "core/names.h"
#include "runbook/journal.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mailha {

namespace {

/// A wizard page whose Next button follows a predicate; the wizard emits
/// completeChanged() whenever an input of the predicate changes.
class Page final : public QWizardPage
{
public:
    explicit Page(std::function<bool()> complete)
        : m_complete(std::move(complete))
    {
    }
    bool isComplete() const override { return m_complete ? m_complete() : true; }

private:
    std::function<bool()> m_complete;
};

const ServiceGroup *groupOf(const ClusterSpec &spec, const QString &id)
{
    for (const ServiceGroup &g : spec.groups())
        if (qstr(g.id()) == id)
            return &g;
    return nullptr;
}

QColor stateColour(StepState s)
{
    switch (s) {
    case StepState::Succeeded: return QColor(0x2e, 0x7d, 0x32);
    case StepState::Warning: return QColor(0xb2, 0x6a, 0x00);
    case StepState::Failed: return QColor(0xc6, 0x28, 0x28);
    // Sent, outcome lost: at least as alarming as a failure, and told apart from it.
    case StepState::FailedUnknown: return QColor(0xad, 0x14, 0x57);
    case StepState::Running: return QColor(0x15, 0x65, 0xc0);
    default: return QColor(0x61, 0x61, 0x61);
    }
}

} // namespace

FailoverWizard::FailoverWizard(ClusterSpec spec, SnapshotProvider snapshot, CommandRunner *runner, Journal *journal,
                               QString group, FailoverMode mode, QWidget *parent)
    : QWizard(parent)
    , m_spec(std::move(spec))
    , m_snapshot(std::move(snapshot))
    , m_runner(runner)
    , m_journal(journal)
    , m_group(std::move(group))
{
    setWindowTitle(mode == FailoverMode::Switchover ? tr("Switch over %1").arg(m_group) : tr("Fail over %1").arg(m_group));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(CandidatesPage, buildCandidates());
    setPage(PreflightPage, buildPreflight());
    setPage(PlanPage, buildPlan());
    setPage(ConfirmPage, buildConfirm());
    setPage(ExecutePage, buildExecute());
    setPage(SummaryPage, buildSummary());
    (mode == FailoverMode::Switchover ? m_switchoverRadio : m_failoverRadio)->setChecked(true);
    refreshCandidates();
}

FailoverWizard::~FailoverWizard() = default;

FailoverMode FailoverWizard::mode() const
{
    return m_failoverRadio->isChecked() ? FailoverMode::Failover : FailoverMode::Switchover;
}

QString FailoverWizard::candidate() const
{
    const QTreeWidgetItem *item = m_candidates->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

QMap<QString, QString> FailoverWizard::overrides() const
{
    QMap<QString, QString> out;
    for (int i = 0; i < m_checkList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_checkList->topLevelItem(i);
        if (auto *edit = qobject_cast<QLineEdit *>(m_checkList->itemWidget(item, 2)); edit && !edit->text().trimmed().isEmpty())
            out.insert(item->data(0, Qt::UserRole).toString(), edit->text().trimmed());
    }
    return out;
}

QWizardPage *FailoverWizard::buildCandidates()
{
    auto *page = new Page([this] {
        const bool chosen = !candidate().isEmpty();
        return chosen && (mode() == FailoverMode::Switchover || m_dataLossAck->isChecked());
    });
    page->setTitle(tr("1. Candidates"));
    page->setSubTitle(tr("Who can take over %1, best first, with the reason for each rank.").arg(m_group));
    auto *layout = new QVBoxLayout(page);
    m_switchoverRadio = new QRadioButton(tr("Switchover (graceful: the old primary is demoted first; no data lost)"), page);
    m_failoverRadio = new QRadioButton(tr("Forced failover (the old primary is gone or fenced)"), page);
    m_dataLossWarning = new QLabel(page);
    m_dataLossWarning->setWordWrap(true);
    m_dataLossWarning->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; font-weight: bold; }"));
    m_dataLossAck = new QCheckBox(tr("I understand that a forced failover can lose the writes the candidate has not received"), page);
    m_fenced = new QCheckBox(tr("The old primary is fenced or powered off (confirmed)"), page);
    m_candidates = new QTreeWidget(page);
    m_candidates->setHeaderLabels({tr("Rank"), tr("Node"), tr("Eligible"), tr("Why")});
    m_candidates->setRootIsDecorated(false);
    m_candidates->header()->setStretchLastSection(true);
    layout->addWidget(m_switchoverRadio);
    layout->addWidget(m_failoverRadio);
    layout->addWidget(m_dataLossWarning);
    layout->addWidget(m_dataLossAck);
    layout->addWidget(m_fenced);
    layout->addWidget(m_candidates);
    auto modeChanged = [this, page] {
        const bool forced = mode() == FailoverMode::Failover;
        m_dataLossWarning->setVisible(forced);
        m_dataLossAck->setVisible(forced);
        m_fenced->setVisible(forced);
        if (!forced)
            m_dataLossAck->setChecked(false);
        refreshCandidates();
        Q_EMIT page->completeChanged();
    };
    connect(m_failoverRadio, &QRadioButton::toggled, this, modeChanged);
    connect(m_dataLossAck, &QCheckBox::toggled, page, &QWizardPage::completeChanged);
    connect(m_candidates, &QTreeWidget::currentItemChanged, page, &QWizardPage::completeChanged);
    m_dataLossWarning->setVisible(false);
    m_dataLossAck->setVisible(false);
    m_fenced->setVisible(false);
    return page;
}

void FailoverWizard::refreshCandidates()
{
    const QString previous = candidate();
    const ClusterSnapshot snap = m_snapshot();
    m_ranked = rankCandidates(m_spec, snap, m_group);
    m_candidates->clear();
    QTreeWidgetItem *select = nullptr;
    for (const FailoverCandidate &c : m_ranked) {
        auto *item = new QTreeWidgetItem(m_candidates, {QString::number(c.rank), c.node, c.eligible ? tr("yes") : tr("no"),
                                                        c.reasons.join(QLatin1String("; "))});
        item->setData(0, Qt::UserRole, c.node);
        if (!c.eligible)
            item->setForeground(2, QColor(0xc6, 0x28, 0x28));
        if (c.node == previous || (!select && previous.isEmpty() && c.eligible))
            select = item;
    }
    if (select)
        m_candidates->setCurrentItem(select);
    // What the candidate would lose if the primary died now.
    double lag = -1;
    for (const FailoverCandidate &c : m_ranked)
        if (c.node == candidate())
            lag = c.synchronous ? 0.0 : c.lagS;
    m_dataLossWarning->setText(
        tr("DATA-LOSS WARNING: a forced failover promotes %1 with what it has; writes the old primary had not sent "
           "are lost (now about %2).")
            .arg(candidate().isEmpty() ? tr("the candidate") : candidate(), formatDuration(lag)));
}

QWizardPage *FailoverWizard::buildPreflight()
{
    auto *page = new Page([this] { return !m_checks.isEmpty() && preflightAllows(m_checks, overrides()); });
    page->setTitle(tr("2. Preflight"));
    page->setSubTitle(tr("Every check across the layers. A red check blocks; to override it, write the reason "
                         "(it goes into the journal)."));
    auto *layout = new QVBoxLayout(page);
    m_checkList = new QTreeWidget(page);
    m_checkList->setHeaderLabels({tr("Check"), tr("Result"), tr("Override reason")});
    m_checkList->setRootIsDecorated(false);
    layout->addWidget(m_checkList);
    auto *again = new QPushButton(tr("Check again"), page);
    layout->addWidget(again, 0, Qt::AlignLeft);
    connect(again, &QPushButton::clicked, this, &FailoverWizard::runPreflightNow);
    return page;
}

void FailoverWizard::runPreflightNow()
{
    m_atPreflight = m_snapshot();
    PreflightInput in;
    in.group = m_group;
    in.candidate = candidate();
    in.mode = mode();
    in.nowMs = m_atPreflight.time_ms();
    in.lastFailoverMs = m_lastFailoverMs;
    in.oldPrimaryFenced = m_fenced->isChecked();
    m_checks = runPreflight(m_spec, m_atPreflight, in);
    m_checkList->clear();
    QWizardPage *p = page(PreflightPage);
    for (const PreflightCheck &c : m_checks) {
        auto *item = new QTreeWidgetItem(m_checkList, {c.title, (c.passed ? tr("OK: ") : tr("FAILED: ")) + c.reason});
        item->setData(0, Qt::UserRole, c.id);
        item->setForeground(1, c.passed ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        item->setToolTip(1, c.reason);
        if (!c.passed) {
            auto *edit = new QLineEdit(m_checkList);
            edit->setObjectName(QLatin1String("override-") + c.id);
            edit->setPlaceholderText(tr("reason to override"));
            connect(edit, &QLineEdit::textChanged, p, &QWizardPage::completeChanged);
            m_checkList->setItemWidget(item, 2, edit);
        }
    }
    m_checkList->resizeColumnToContents(0);
    Q_EMIT p->completeChanged();
}

QWizardPage *FailoverWizard::buildPlan()
{
    auto *page = new Page([this] { return m_plan.ok() && !m_plan.steps.isEmpty(); });
    page->setTitle(tr("3. Plan (dry run)"));
    page->setSubTitle(tr("Every command, on which host, in order, exactly as it will run. Nothing has run yet."));
    auto *layout = new QVBoxLayout(page);
    m_planView = new QPlainTextEdit(page);
    m_planView->setReadOnly(true);
    m_planView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_planView->setFont(QFont(QStringLiteral("monospace")));
    layout->addWidget(m_planView);
    return page;
}

void FailoverWizard::makePlan()
{
    const QString id = runbookFor(m_spec, m_group, mode());
    const LoadedRunbook rb = findRunbook(id);
    if (id.isEmpty() || !rb.ok()) {
        m_plan = RunbookPlan{};
        m_plan.errors << (id.isEmpty() ? tr("no built-in runbook for a %1 of %2")
                                             .arg(mode() == FailoverMode::Switchover ? tr("switchover") : tr("failover"), m_group)
                                       : rb.errors.constFirst().toString());
    } else {
        const QMap<QString, QString> offered = failoverParameters(m_spec, m_atPreflight, m_group, candidate());
        RunbookParams params;
        for (const Parameter &p : rb.runbook.parameters())
            if (offered.contains(qstr(p.name())) && !offered.value(qstr(p.name())).isEmpty())
                params.insert(qstr(p.name()), offered.value(qstr(p.name())));
        m_plan = planRunbook(rb.runbook, m_spec, params);
    }
    m_planView->setPlainText(m_plan.ok() ? planText(m_plan) : m_plan.errors.join(QLatin1Char('\n')));
    Q_EMIT page(PlanPage)->completeChanged();
}

QWizardPage *FailoverWizard::buildConfirm()
{
    auto *page = new Page([this] { return m_confirmEdit->text() == qstr(m_spec.name()); });
    page->setTitle(tr("4. Confirm"));
    page->setSubTitle(tr("Type the cluster name to run the plan."));
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(tr("Type <b>%1</b> to confirm:").arg(qstr(m_spec.name()).toHtmlEscaped()), page);
    m_confirmEdit = new QLineEdit(page);
    layout->addWidget(label);
    layout->addWidget(m_confirmEdit);
    layout->addStretch();
    connect(m_confirmEdit, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    return page;
}

QWizardPage *FailoverWizard::buildExecute()
{
    auto *page = new Page([this] { return m_outcome == RunOutcome::Completed; });
    page->setTitle(tr("5. Execute"));
    page->setSubTitle(tr("Step by step, with live output. A failed step stops the run and shows its rollback hint."));
    page->setCommitPage(true);
    auto *layout = new QVBoxLayout(page);
    m_steps = new QListWidget(page);
    m_output = new QPlainTextEdit(page);
    m_output->setReadOnly(true);
    m_output->setFont(QFont(QStringLiteral("monospace")));
    m_runStatus = new QLabel(page);
    m_runStatus->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    m_pause = new QPushButton(tr("Pause"), page);
    m_continue = new QPushButton(tr("Continue"), page);
    m_abort = new QPushButton(tr("Abort"), page);
    m_manualNote = new QLineEdit(page);
    m_manualNote->setPlaceholderText(tr("note for the journal (optional)"));
    m_manualDone = new QPushButton(tr("Done"), page);
    m_manualDone->setEnabled(false);
    for (QWidget *w : {static_cast<QWidget *>(m_pause), static_cast<QWidget *>(m_continue), static_cast<QWidget *>(m_abort),
                       static_cast<QWidget *>(m_manualNote), static_cast<QWidget *>(m_manualDone)})
        buttons->addWidget(w);
    layout->addWidget(m_steps, 2);
    layout->addWidget(m_output, 3);
    layout->addWidget(m_runStatus);
    layout->addLayout(buttons);
    connectRunControls(this, [this] { return m_executor.get(); }, m_pause, m_continue, m_abort, m_manualDone, m_manualNote);
    return page;
}

void FailoverWizard::startRun()
{
    m_steps->clear();
    for (const PlannedStep &s : m_plan.steps)
        m_steps->addItem(QStringLiteral("%1. [%2] %3").arg(s.index + 1).arg(stepKindName(s.kind), s.title));
    auto run = std::make_unique<RunbookRun>(m_plan, m_runner, m_journal);
    run->setOverrides(overrides());
    run->setStateProvider(m_snapshot);
    m_executor = std::make_unique<RunbookExecutor>(std::move(run));
    connect(m_executor.get(), &RunbookExecutor::stepStarted, this, &FailoverWizard::onStepStarted);
    connect(m_executor.get(), &RunbookExecutor::stepFinished, this, &FailoverWizard::onStepFinished);
    connect(m_executor.get(), &RunbookExecutor::finished, this, &FailoverWizard::onFinished);
    connect(m_executor.get(), &RunbookExecutor::manualStepWaiting, this, [this](int index) {
        const PlannedStep &s = m_plan.steps.at(index);
        m_output->appendPlainText(tr("MANUAL %1: %2").arg(s.stepId, s.instructions));
        m_runStatus->setText(tr("Waiting for you: %1 — press Done when it is done.").arg(s.title));
        m_manualDone->setEnabled(true);
    });
    m_outcome = RunOutcome::Paused;
    m_runStatus->setText(tr("Running…"));
    m_executor->start();
}

void FailoverWizard::onStepStarted(int index)
{
    const PlannedStep &s = m_plan.steps.at(index);
    m_steps->item(index)->setForeground(stateColour(StepState::Running));
    m_steps->setCurrentRow(index);
    m_output->appendPlainText(s.hasCommand() ? QStringLiteral("$ [%1] %2").arg(s.node, s.command)
                                             : QStringLiteral("# %1").arg(s.title));
}

void FailoverWizard::onStepFinished(int index, const StepResult &r)
{
    m_steps->item(index)->setForeground(stateColour(r.state));
    m_steps->item(index)->setText(m_steps->item(index)->text().section(QLatin1String("  —"), 0, 0) + QLatin1String("  — ")
                                  + stepStateName(r.state));
    if (!r.standardOutput.isEmpty())
        m_output->appendPlainText(QString::fromUtf8(r.standardOutput).trimmed());
    if (!r.standardError.isEmpty())
        m_output->appendPlainText(QString::fromUtf8(r.standardError).trimmed());
    if (!r.message.isEmpty())
        m_output->appendPlainText(QStringLiteral("→ %1").arg(r.message));
}

void FailoverWizard::onFinished(RunOutcome outcome, const QString &message)
{
    m_outcome = outcome;
    m_finishMessage = message;
    m_manualDone->setEnabled(false);
    switch (outcome) {
    case RunOutcome::Completed:
        m_runStatus->setText(tr("All steps done. Continue to the summary."));
        break;
    case RunOutcome::Paused:
        m_runStatus->setText(tr("Paused. Continue runs the next step."));
        break;
    default:
        m_runStatus->setText(tr("Run %1: %2").arg(runOutcomeName(outcome), message));
        m_runStatus->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
        break;
    }
    Q_EMIT page(ExecutePage)->completeChanged();
}

QWizardPage *FailoverWizard::buildSummary()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("6. Verify and summary"));
    auto *layout = new QVBoxLayout(page);
    m_summary = new QLabel(page);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    layout->addStretch();
    return page;
}

void FailoverWizard::initializePage(int id)
{
    switch (id) {
    case PreflightPage:
        runPreflightNow();
        break;
    case PlanPage:
        makePlan();
        break;
    case ConfirmPage:
        m_confirmEdit->clear();
        break;
    case ExecutePage:
        startRun();
        break;
    case SummaryPage: {
        const ServiceGroup *g = groupOf(m_spec, m_group);
        const Objectives obj = g ? g->objectives() : Objectives{};
        double lost = 0;
        if (mode() == FailoverMode::Failover)
            for (const FailoverCandidate &c : m_ranked)
                if (c.node == candidate())
                    lost = c.synchronous ? 0.0 : std::max(0.0, c.lagS);
        const double took = m_executor ? m_executor->measuredFailoverS() : 0.0;
        QStringList verify;
        const QList<StepResult> results = m_executor ? m_executor->results() : QList<StepResult>{};
        for (int i = 0; i < m_plan.steps.size() && i < results.size(); ++i)
            if (m_plan.steps.at(i).kind == VERIFY || (m_plan.steps.at(i).kind == WAIT && m_plan.steps.at(i).stepId.startsWith(QLatin1String("verify"))))
                verify << QStringLiteral("%1: %2").arg(m_plan.steps.at(i).title.toHtmlEscaped(), stepStateName(results.at(i).state));
        m_summary->setText(
            tr("<p><b>%1 of %2 to %3: %4.</b></p>"
               "<p>Measured failover time: <b>%5</b> (RTO objective %6) — %7</p>"
               "<p>Estimated data lost: <b>%8</b> (RPO objective %9) — %10</p>"
               "<p>Post-checks:<br>%11</p>")
                .arg(mode() == FailoverMode::Switchover ? tr("Switchover") : tr("Failover"), m_group, candidate(),
                     runOutcomeName(m_outcome), formatDuration(took), formatDuration(obj.rto_s()),
                     obj.rto_s() <= 0 || took <= obj.rto_s() ? tr("within") : tr("OVER the objective"), formatDuration(lost),
                     formatDuration(obj.rpo_s()), lost <= obj.rpo_s() ? tr("within") : tr("OVER the objective"),
                     verify.isEmpty() ? tr("none") : verify.join(QLatin1String("<br>"))));
        break;
    }
    default:
        break;
    }
}

bool FailoverWizard::validateCurrentPage()
{
    if (currentId() == ExecutePage)
        return m_outcome == RunOutcome::Completed;
    return QWizard::validateCurrentPage();
}

} // namespace mailha
