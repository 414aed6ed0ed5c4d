// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.pb.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QButtonGroup;

namespace mailha {

class LabSource;

/// The instructor's controls for a training session on the lab: choose a
/// scenario (or free play), start, pause, run at 1×, 5× or 20×, inject any
/// fault live, reveal the scenario's hidden plan, read the score as the run
/// goes and at its end, and export the debrief (score and timeline) as
/// Markdown or HTML. Everything it does goes through LabSource.
class InstructorPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit InstructorPanel(LabSource *lab, QWidget *parent = nullptr);

    /// Selects a scenario by id ("free-play" for none) and starts it.
    void startScenario(const QString &id);
    /// Reads a scenario file (one made from a recording, say) on a worker
    /// thread, adds it to the choice and starts it; scenarioFileLoaded() reports.
    void openScenarioFile(const QString &path);
    void setSpeed(double speed);
    bool injectFault(const QString &fault, const QString &node, bool active);
    void setPlanRevealed(bool revealed);
    QString scoreText() const;
    QString planText() const;
    /// Writes the debrief of the current run (final, or so far) to `path`
    /// (.md or .html) on a worker thread; debriefExported() reports back.
    void exportDebrief(const QString &path);
    /// The operator journal of this session: the debrief counts the runbook
    /// steps followed, skipped and overridden from it.
    void setJournalPath(const QString &path) { m_journalPath = path; }

Q_SIGNALS:
    void debriefExported(bool ok, const QString &pathOrError);
    void scenarioFileLoaded(bool ok, const QString &message);

private:
    void refreshScore();
    void refreshNodes();
    void showFinal(const ScenarioScore &score);

    LabSource *m_lab;
    QComboBox *m_scenario;
    QPushButton *m_start;
    QPushButton *m_pause;
    QPushButton *m_openFile;
    QButtonGroup *m_speeds;
    QComboBox *m_fault;
    QComboBox *m_node;
    QPushButton *m_inject;
    QPushButton *m_clear;
    QPushButton *m_reveal;
    QPushButton *m_export;
    QString m_journalPath;
    QHash<QString, Scenario> m_fileScenarios;  // id -> scenario read from a file
    QPlainTextEdit *m_plan;
    QLabel *m_briefing;
    QLabel *m_score;
};

} // namespace mailha
