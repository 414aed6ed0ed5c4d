// SPDX-License-Identifier: GPL-3.0-or-later
#include "../runbook/labfixture.h"
#include "failoverwizard.h"
#include "lab/labcommands.h"
#include "runbook/journal.h"
#include "runbook/timeline.h"
#include "runbookpanel.h"
#include "timelineview.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest/QTest>

using namespace mailha;
using namespace mailha::test;

namespace {

struct Lab {
    LabCluster lab{5};
    QMutex mutex;
    LabCommandRunner runner{&lab, &mutex};
    QTemporaryDir dir;
    Journal journal{dir.filePath(QStringLiteral("journal-lab.log"))};
    Lab()
    {
        lab.advance(20'000);
        runner.setAdvancePerCommandMs(1000);
        QString error;
        if (!journal.open(&error))
            qFatal("%s", qPrintable(error));
    }
    FailoverWizard::SnapshotProvider snapshot()
    {
        return [this] {
            QMutexLocker lock(&mutex);
            return labSnapshot(lab);
        };
    }
};

QStringList failedChecks(const FailoverWizard &w)
{
    QStringList out;
    for (const PreflightCheck &c : w.checks())
        if (!c.passed)
            out << c.id;
    return out;
}

} // namespace

class TestFailoverWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void switchoverThroughAllSixPages()
    {
        Lab lab;
        FailoverWizard w(lab.lab.spec(), lab.snapshot(), &lab.runner, &lab.journal, QStringLiteral("maildb"));
        w.show();
        QCOMPARE(w.currentId(), int(FailoverWizard::CandidatesPage));
        QCOMPARE(w.candidateList()->topLevelItemCount(), 2);
        QCOMPARE(w.candidate(), QStringLiteral("db-b"));
        QVERIFY(w.candidateList()->topLevelItem(0)->text(3).contains(QLatin1String("synchronous standby")));
        QVERIFY(!w.dataLossWarning()->isVisible());
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());

        w.next();
        QCOMPARE(w.currentId(), int(FailoverWizard::PreflightPage));
        QVERIFY2(failedChecks(w).isEmpty(), qPrintable(failedChecks(w).join(QLatin1Char(','))));
        QCOMPARE(w.checkList()->topLevelItemCount(), 8);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());

        w.next();
        QCOMPARE(w.currentId(), int(FailoverWizard::PlanPage));
        QVERIFY(w.planView()->toPlainText().contains(QLatin1String("Nothing has run yet")));
        QVERIFY(w.planView()->toPlainText().contains(QLatin1String("on db-b: /usr/lib/postgresql/15/bin/pg_ctl")));
        QVERIFY(lab.runner.history().isEmpty());

        w.next();
        QCOMPARE(w.currentId(), int(FailoverWizard::ConfirmPage));
        QVERIFY(!w.button(QWizard::CommitButton)->isEnabled() && !w.button(QWizard::NextButton)->isEnabled());
        QTest::keyClicks(w.confirmationEdit(), QStringLiteral("lax"));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        w.confirmationEdit()->setText(QStringLiteral("lab"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(lab.runner.history().isEmpty());

        w.next();
        QCOMPARE(w.currentId(), int(FailoverWizard::ExecutePage));
        QTRY_VERIFY_WITH_TIMEOUT(w.manualDoneButton()->isEnabled(), 60'000);
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(w.manualDoneButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w.outcome(), RunOutcome::Completed, 30'000);
        QVERIFY(w.outputView()->toPlainText().contains(QLatin1String("server promoted")));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        {
            QMutexLocker lock(&lab.mutex);
            QVERIFY(lab.lab.node(QStringLiteral("db-b"))->db->primary);
            QCOMPARE(lab.lab.node(QStringLiteral("db-a"))->db->upstream, QStringLiteral("db-b"));
        }

        w.next();
        QCOMPARE(w.currentId(), int(FailoverWizard::SummaryPage));
        const QString summary = w.summaryLabel()->text();
        QVERIFY2(summary.contains(QLatin1String("Measured failover time")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("Estimated data lost: <b>0.0 s</b>")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("completed")), qPrintable(summary));
        QVERIFY(verifyJournal(lab.journal.path()).ok);
    }

    void forcedFailoverNeedsTheDataLossAcknowledgement()
    {
        Lab lab;
        FailoverWizard w(lab.lab.spec(), lab.snapshot(), &lab.runner, &lab.journal, QStringLiteral("maildb"));
        w.show();
        w.failoverButton()->setChecked(true);
        QVERIFY(w.dataLossWarning()->isVisible());
        QVERIFY(w.dataLossWarning()->text().contains(QLatin1String("DATA-LOSS WARNING")));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        w.dataLossAcknowledgement()->setChecked(true);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        w.next();
        // The primary is still up: the old-primary check blocks until overridden with a reason.
        QCOMPARE(failedChecks(w), QStringList{QStringLiteral("old-primary")});
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        auto *edit = w.checkList()->findChild<QLineEdit *>(QStringLiteral("override-old-primary"));
        QVERIFY(edit);
        edit->setText(QStringLiteral("   "));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        edit->setText(QStringLiteral("db-a powered off by the DC team, ticket 4711"));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(w.overrides().value(QStringLiteral("old-primary")), QStringLiteral("db-a powered off by the DC team, ticket 4711"));
        w.next();
        QVERIFY(w.planView()->toPlainText().contains(QLatin1String("postgres-failover")));
        QVERIFY(w.planView()->toPlainText().contains(QLatin1String("WARNING: this runbook can lose data")));
    }

    void runbookPanelRunsAndResumes()
    {
        Lab lab;
        RunbookPanel panel(lab.lab.spec(), &lab.runner, &lab.journal);
        panel.show();
        panel.selectRunbook(QStringLiteral("postfix-flush"));
        QVERIFY(!panel.plan().ok());
        panel.setParameter(QStringLiteral("mta"), QStringLiteral("mx1; reboot"));
        QVERIFY(panel.planView()->toPlainText().contains(QLatin1String("is not a node")));
        panel.setParameter(QStringLiteral("mta"), QStringLiteral("mx1"));
        QVERIFY(panel.plan().ok());
        QVERIFY(!panel.runButton()->isEnabled());
        panel.confirmationEdit()->setText(QStringLiteral("lab"));
        QVERIFY(panel.runButton()->isEnabled());
        QTest::mouseClick(panel.runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel.lastOutcome(), RunOutcome::Completed, 30'000);
        QVERIFY(lab.runner.history().constFirst().endsWith(QLatin1String("mx1: postqueue -f")));

        // An interrupted run offered for resume: the unknown step ticked as done is skipped.
        InterruptedRun r;
        r.runId = QStringLiteral("r-1");
        r.cluster = QStringLiteral("lab");
        r.runbook = QStringLiteral("postfix-flush");
        r.params = {{QStringLiteral("mta"), QStringLiteral("mx2")}};
        r.lab = true;
        const RunbookPlan plan = planRunbook(findRunbook(r.runbook).runbook, lab.lab.spec(), r.params);
        for (const PlannedStep &s : plan.steps) {
            JournalPlanStep j;
            j.set_step_id(s.stepId.toStdString());
            j.set_node(s.node.toStdString());
            j.set_command(s.command.toStdString());
            r.plan << j;
        }
        r.states = {StepState::Unknown, StepState::NotStarted};
        panel.setInterruptedRuns({r});
        QVERIFY(panel.interruptedBox()->isVisible());
        QCOMPARE(panel.interruptedSteps()->count(), 2);
        QVERIFY(panel.interruptedSteps()->item(0)->text().contains(QLatin1String("UNKNOWN")));
        panel.interruptedSteps()->item(0)->setCheckState(Qt::Checked);
        const qsizetype before = lab.runner.history().size();
        QTest::mouseClick(panel.resumeButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel.lastOutcome(), RunOutcome::Completed, 30'000);
        const QStringList after = lab.runner.history().mid(before);
        QCOMPARE(after, QStringList{QStringLiteral("mx2: postqueue -p")});
        QVERIFY(!panel.interruptedBox()->isVisible());
    }

    void timelineViewShowsJournalAndEventsInOrder()
    {
        Lab lab;
        JournalEntry note;
        note.set_phase(OPERATOR_NOTE);
        note.set_cluster("lab");
        note.set_time_ms(3000);
        note.set_message("called the DBA");
        ClusterEvent role;
        role.set_time_ms(2000);
        role.set_kind(ROLE_CHANGED);
        role.set_severity(WARN);
        role.set_node_id("db-b");
        role.set_message("db-b became ACTIVE");
        ClusterEvent alert;
        alert.set_time_ms(4000);
        alert.set_kind(ALERT_RAISED);
        alert.set_severity(CRIT);
        alert.set_message("RPO over objective");
        TimelineView view;
        view.setEvents(mergeTimeline({timelineFromJournal({note}), {role, alert}}));
        QCOMPARE(view.table()->topLevelItemCount(), 3);
        QCOMPARE(view.table()->topLevelItem(0)->text(4), QStringLiteral("db-b became ACTIVE"));
        QCOMPARE(view.table()->topLevelItem(1)->text(1), QStringLiteral("Note"));
        QCOMPARE(view.table()->topLevelItem(2)->text(1), QStringLiteral("Alert"));
        QStringList notes;
        connect(&view, &TimelineView::noteRequested, this, [&](const QString &t) { notes << t; });
        QVERIFY(!view.noteButton()->isEnabled());
        QTest::keyClicks(view.noteEdit(), QStringLiteral("failback planned for 18:00"));
        QTest::mouseClick(view.noteButton(), Qt::LeftButton);
        QCOMPARE(notes, QStringList{QStringLiteral("failback planned for 18:00")});
        QVERIFY(view.noteEdit()->text().isEmpty());
    }
};

QTEST_MAIN(TestFailoverWizard)
#include "tst_failoverwizard.moc"
