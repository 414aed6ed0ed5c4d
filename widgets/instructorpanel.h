// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.pb.h"

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
/// fault live, reveal the scenario's hidden plan, and read the score as the
/// run goes and at its end. Everything it does goes through LabSource.
class InstructorPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit InstructorPanel(LabSource *lab, QWidget *parent = nullptr);

    /// Selects a scenario by id ("free-play" for none) and starts it.
    void startScenario(const QString &id);
    void setSpeed(double speed);
    bool injectFault(const QString &fault, const QString &node, bool active);
    void setPlanRevealed(bool revealed);
    QString scoreText() const;
    QString planText() const;

private:
    void refreshScore();
    void refreshNodes();
    void showFinal(const ScenarioScore &score);

    LabSource *m_lab;
    QComboBox *m_scenario;
    QPushButton *m_start;
    QPushButton *m_pause;
    QButtonGroup *m_speeds;
    QComboBox *m_fault;
    QComboBox *m_node;
    QPushButton *m_inject;
    QPushButton *m_clear;
    QPushButton *m_reveal;
    QPlainTextEdit *m_plan;
    QLabel *m_briefing;
    QLabel *m_score;
};

} // namespace mailha
