// SPDX-License-Identifier: GPL-3.0-or-later
#include "instructorpanel.h"

#include "core/names.h"
#include "lab/debrief.h"
#include "lab/labsource.h"
#include "runbook/journal.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QThread>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace mailha {

InstructorPanel::InstructorPanel(LabSource *lab, QWidget *parent)
    : QWidget(parent)
    , m_lab(lab)
{
    setObjectName(QStringLiteral("instructorPanel"));
    auto *layout = new QVBoxLayout(this);

    auto *session = new QGroupBox(tr("Training session"), this);
    auto *sessionLayout = new QFormLayout(session);
    m_scenario = new QComboBox(session);
    m_scenario->setAccessibleName(tr("Scenario"));
    m_scenario->addItem(tr("Free play (no hidden faults)"), QStringLiteral("free-play"));
    for (const QString &id : builtinScenarios()) {
        const ScenarioLoad load = findScenario(id);
        m_scenario->addItem(load.ok() ? qstr(load.scenario.title()) : id, id);
    }
    m_start = new QPushButton(tr("Start"), session);
    m_pause = new QPushButton(tr("Pause"), session);
    m_pause->setCheckable(true);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_scenario, 1);
    startRow->addWidget(m_start);
    startRow->addWidget(m_pause);
    m_openFile = new QPushButton(tr("Open file…"), session);
    m_openFile->setObjectName(QStringLiteral("openScenarioFile"));
    m_openFile->setToolTip(tr("Start a scenario file, e.g. one made from a recording (Session › Turn a recording into a scenario…)"));
    startRow->addWidget(m_openFile);
    sessionLayout->addRow(tr("Scenario:"), startRow);

    auto *speedRow = new QHBoxLayout;
    m_speeds = new QButtonGroup(this);
    for (int speed : {1, 5, 20}) {
        auto *b = new QPushButton(QStringLiteral("%1×").arg(speed), session);
        b->setCheckable(true);
        b->setChecked(speed == 1);
        b->setAccessibleName(tr("Speed %1 times").arg(speed));
        m_speeds->addButton(b, speed);
        speedRow->addWidget(b);
    }
    speedRow->addStretch();
    sessionLayout->addRow(tr("Speed:"), speedRow);
    m_briefing = new QLabel(session);
    m_briefing->setWordWrap(true);
    m_briefing->setTextFormat(Qt::PlainText);
    sessionLayout->addRow(tr("Briefing:"), m_briefing);
    layout->addWidget(session);

    auto *faults = new QGroupBox(tr("Inject a fault"), this);
    auto *faultLayout = new QHBoxLayout(faults);
    m_fault = new QComboBox(faults);
    m_fault->setAccessibleName(tr("Fault"));
    for (LabFault f : allLabFaults())
        m_fault->addItem(labFaultName(f), labFaultName(f));
    m_node = new QComboBox(faults);
    m_node->setAccessibleName(tr("Node"));
    m_inject = new QPushButton(tr("Inject"), faults);
    m_clear = new QPushButton(tr("Clear"), faults);
    faultLayout->addWidget(m_fault, 1);
    faultLayout->addWidget(m_node);
    faultLayout->addWidget(m_inject);
    faultLayout->addWidget(m_clear);
    layout->addWidget(faults);

    auto *plan = new QGroupBox(tr("Scenario plan (hidden from trainees)"), this);
    auto *planLayout = new QVBoxLayout(plan);
    m_reveal = new QPushButton(tr("Reveal plan"), plan);
    m_reveal->setCheckable(true);
    m_plan = new QPlainTextEdit(plan);
    m_plan->setReadOnly(true);
    m_plan->setVisible(false);
    planLayout->addWidget(m_reveal);
    planLayout->addWidget(m_plan);
    layout->addWidget(plan);

    auto *score = new QGroupBox(tr("Score"), this);
    auto *scoreLayout = new QVBoxLayout(score);
    m_score = new QLabel(score);
    m_score->setTextFormat(Qt::PlainText);
    m_score->setWordWrap(true);
    m_score->setTextInteractionFlags(Qt::TextSelectableByMouse);
    scoreLayout->addWidget(m_score);
    m_export = new QPushButton(tr("Export debrief…"), score);
    m_export->setObjectName(QStringLiteral("exportDebrief"));
    m_export->setToolTip(tr("The score and the timeline of what happened, for the debrief (Markdown or HTML)"));
    scoreLayout->addWidget(m_export, 0, Qt::AlignLeft);
    layout->addWidget(score);
    layout->addStretch();

    connect(m_start, &QPushButton::clicked, this, [this] { startScenario(m_scenario->currentData().toString()); });
    connect(m_openFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a scenario file"), QDir::homePath(),
                                                          tr("Lab scenarios (*.textproto)"));
        if (!path.isEmpty())
            openScenarioFile(path);
    });
    connect(this, &InstructorPanel::scenarioFileLoaded, this, [this](bool ok, const QString &message) {
        m_openFile->setEnabled(true);
        if (!ok)
            m_score->setText(message);
    });
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        if (paused)
            m_lab->stop();
        else
            m_lab->start();
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    });
    connect(m_speeds, &QButtonGroup::idClicked, this, [this](int speed) { setSpeed(speed); });
    connect(m_inject, &QPushButton::clicked, this,
            [this] { injectFault(m_fault->currentData().toString(), m_node->currentText(), true); });
    connect(m_clear, &QPushButton::clicked, this,
            [this] { injectFault(m_fault->currentData().toString(), m_node->currentText(), false); });
    connect(m_reveal, &QPushButton::toggled, this, &InstructorPanel::setPlanRevealed);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir::home().filePath(qstr(m_lab->run().scenario().id()) + QLatin1String("-debrief.html"));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export debrief"), suggested,
                                                          tr("HTML (*.html);;Markdown (*.md)"));
        if (!path.isEmpty())
            exportDebrief(path);
    });
    connect(this, &InstructorPanel::debriefExported, this, [this](bool ok, const QString &what) {
        m_export->setEnabled(true);
        m_export->setToolTip(ok ? tr("Debrief written to %1").arg(what) : what);
        if (!ok)
            m_score->setText(m_score->text() + QLatin1Char('\n') + what);
    });
    connect(m_lab, &LabSource::samplesReady, this, &InstructorPanel::refreshScore);
    connect(m_lab, &LabSource::scenarioFinished, this, &InstructorPanel::showFinal);
    connect(m_lab, &LabSource::scenarioChanged, this, [this] {
        refreshNodes();
        m_plan->setPlainText(planText());
        m_briefing->setText(qstr(m_lab->run().scenario().briefing()));
        refreshScore();
    });
    refreshNodes();
    refreshScore();
}

void InstructorPanel::refreshNodes()
{
    const QString current = m_node->currentText();
    m_node->clear();
    m_node->addItem(QString());  // cluster-wide faults need no node
    const ClusterSpec spec = m_lab->spec();  // by value: keep it alive while iterating
    for (const Node &n : spec.nodes())
        m_node->addItem(qstr(n.id()));
    m_node->setCurrentText(current);
}

void InstructorPanel::startScenario(const QString &id)
{
    const bool wasRunning = m_lab->isRunning();
    if (id == QLatin1String("free-play")) {
        m_lab->startFreePlay(1);
    } else if (m_fileScenarios.contains(id)) {
        m_lab->startScenario(m_fileScenarios.value(id));
    } else {
        const ScenarioLoad load = findScenario(id);
        if (!load.ok()) {
            m_score->setText(load.error);
            return;
        }
        m_lab->startScenario(load.scenario);
    }
    const int index = m_scenario->findData(id);
    if (index >= 0)
        m_scenario->setCurrentIndex(index);
    if (wasRunning || !m_pause->isChecked())
        m_lab->start();
}

void InstructorPanel::setSpeed(double speed)
{
    m_lab->setSpeed(speed);
    if (QAbstractButton *b = m_speeds->button(int(speed)))
        b->setChecked(true);
}

bool InstructorPanel::injectFault(const QString &fault, const QString &node, bool active)
{
    const auto kind = labFaultFromName(fault);
    QString error;
    if (!kind || !m_lab->setFault(*kind, node, active, &error)) {
        m_score->setText(error.isEmpty() ? tr("unknown fault %1").arg(fault) : error);
        return false;
    }
    return true;
}

void InstructorPanel::setPlanRevealed(bool revealed)
{
    m_plan->setPlainText(planText());
    m_plan->setVisible(revealed);
    m_reveal->setChecked(revealed);
    m_reveal->setText(revealed ? tr("Hide plan") : tr("Reveal plan"));
}

QString InstructorPanel::planText() const
{
    const QStringList plan = m_lab->run().plan();
    return plan.isEmpty() ? tr("Free play: no hidden faults. Inject them from the panel above.")
                          : plan.join(QLatin1Char('\n'));
}

void InstructorPanel::openScenarioFile(const QString &path)
{
    auto load = std::make_shared<ScenarioLoad>();
    m_openFile->setEnabled(false);
    QThread *reader = QThread::create([path, load] { *load = loadScenario(path); });
    connect(reader, &QThread::finished, this, [this, reader, load] {
        reader->deleteLater();
        if (!load->ok()) {
            Q_EMIT scenarioFileLoaded(false, load->error);
            return;
        }
        const QString id = qstr(load->scenario.id());
        m_fileScenarios.insert(id, load->scenario);
        if (m_scenario->findData(id) < 0)
            m_scenario->addItem(qstr(load->scenario.title()), id);
        startScenario(id);
        Q_EMIT scenarioFileLoaded(true, id);
    });
    reader->start();
}

void InstructorPanel::exportDebrief(const QString &path)
{
    // The report is put together here, where the run lives; only the disk
    // write leaves the GUI thread.
    const std::shared_ptr<ScenarioRun> run = m_lab->currentRun();
    const Scenario scenario = run->scenario();
    const ScenarioScore score = run->score();
    const QList<ClusterEvent> events = run->debriefEvents();
    const QString format = debriefFormat(path);
    const QString journal = m_journalPath;
    const qint64 since = m_lab->startedAtMs();
    auto error = std::make_shared<QString>();
    m_export->setEnabled(false);
    QThread *writer = QThread::create([path, format, scenario, score, events, journal, since, error] {
        if (format.isEmpty() || format == QLatin1String("pdf")) {
            *error = tr("%1: export the debrief as .md or .html").arg(path);
            return;
        }
        ScenarioScore withSteps = score;
        if (!journal.isEmpty())
            addJournalSteps(readJournal(journal).entries, since, &withSteps);
        writeDebrief(path, format, scenario, withSteps, events, error.get());
    });
    connect(writer, &QThread::finished, this, [this, writer, error, path] {
        writer->deleteLater();
        Q_EMIT debriefExported(error->isEmpty(), error->isEmpty() ? path : *error);
    });
    writer->start();
}

QString InstructorPanel::scoreText() const
{
    return m_score->text();
}

void InstructorPanel::refreshScore()
{
    ScenarioRun &run = m_lab->run();
    const ScenarioScore s = run.score();
    QStringList lines;
    lines << tr("Elapsed: %1").arg(formatDuration(run.elapsedS()));
    if (m_lab->inScenario()) {
        lines << tr("Detected: %1").arg(s.detected() ? formatDuration(s.time_to_detection_s()) : tr("not yet"));
        lines << tr("Restored: %1").arg(s.restored() && s.rto_achieved_s() >= 0 ? formatDuration(s.rto_achieved_s()) : tr("not yet"));
        lines << tr("Data lost: %1").arg(formatBytes(s.data_lost_bytes()));
        lines << tr("Operator actions: %n", nullptr, s.actions());
    }
    m_score->setText(lines.join(QLatin1Char('\n')));
}

void InstructorPanel::showFinal(const ScenarioScore &score)
{
    const ScenarioObjectives &o = m_lab->run().scenario().objectives();
    QStringList lines;
    lines << (score.passed() ? tr("PASSED") : tr("NOT PASSED"));
    lines << tr("Time to detection: %1").arg(score.detected() ? formatDuration(score.time_to_detection_s()) : tr("never"));
    lines << tr("RTO achieved: %1 (objective %2)")
                 .arg(score.restored() ? formatDuration(score.rto_achieved_s()) : tr("not restored"), formatDuration(o.rto_s()));
    lines << tr("Data lost: %1 (%2; objective %3)")
                 .arg(formatBytes(score.data_lost_bytes()), formatDuration(score.data_lost_s()), formatDuration(o.rpo_s()));
    lines << tr("Runbook steps followed: %1, skipped: %2, overridden: %3")
                 .arg(score.steps_followed())
                 .arg(score.steps_skipped())
                 .arg(score.steps_overridden());
    if (!m_lab->run().scenario().debrief().empty())
        lines << QString() << qstr(m_lab->run().scenario().debrief());
    m_score->setText(lines.join(QLatin1Char('\n')));
}

} // namespace mailha
