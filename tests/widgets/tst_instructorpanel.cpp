// SPDX-License-Identifier: GPL-3.0-or-later
#include "instructorpanel.h"
#include "lab/labsource.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest/QTest>

using namespace mailha;

class TestInstructorPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersEveryScenarioAndFault()
    {
        LabSource lab(3);
        InstructorPanel panel(&lab);
        auto *scenarios = panel.findChild<QComboBox *>();
        QVERIFY(scenarios);
        QCOMPARE(scenarios->count(), 1 + 8);  // free play and the eight built-in scenarios
        const QList<QComboBox *> combos = panel.findChildren<QComboBox *>();
        bool faultsOffered = false;
        for (QComboBox *c : combos)
            faultsOffered = faultsOffered || c->findData(QStringLiteral("site-partition")) >= 0;
        QVERIFY(faultsOffered);
    }

    void startsAScenarioAndRevealsItsPlanOnlyOnRequest()
    {
        LabSource lab(3);
        InstructorPanel panel(&lab);
        panel.show();
        QSignalSpy changed(&lab, &LabSource::scenarioChanged);
        panel.startScenario(QStringLiteral("db-primary-crash"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(lab.inScenario());
        QVERIFY(lab.isRunning());
        auto *plan = panel.findChild<QPlainTextEdit *>();
        QVERIFY(!plan->isVisible());
        panel.setPlanRevealed(true);
        QVERIFY(plan->isVisible());
        QVERIFY(plan->toPlainText().contains(QLatin1String("node-crash on db-a")));
        lab.stop();
    }

    void speedsAndLiveFaults()
    {
        LabSource lab(3);
        InstructorPanel panel(&lab);
        panel.setSpeed(20);
        QCOMPARE(lab.speed(), 20.0);
        QVERIFY(panel.injectFault(QStringLiteral("node-crash"), QStringLiteral("db-dr"), true));
        lab.tick();
        QVERIFY(!lab.cluster().node(QStringLiteral("db-dr"))->up);
        QVERIFY(panel.injectFault(QStringLiteral("node-crash"), QStringLiteral("db-dr"), false));
        QVERIFY(lab.cluster().node(QStringLiteral("db-dr"))->up);
        QVERIFY(!panel.injectFault(QStringLiteral("node-crash"), QStringLiteral("nowhere"), true));
        QVERIFY(panel.scoreText().contains(QLatin1String("nowhere")));
    }

    void finalScoreAtTheEnd()
    {
        LabSource lab(3);
        InstructorPanel panel(&lab);
        Scenario quick;
        quick.set_id("quick");
        quick.set_duration_s(5);
        quick.mutable_objectives()->set_group("maildb");
        quick.set_debrief("well done");
        lab.startScenario(quick);
        QSignalSpy finished(&lab, &LabSource::scenarioFinished);
        for (int i = 0; i < 6 && finished.isEmpty(); ++i)
            lab.tick();
        QCOMPARE(finished.count(), 1);
        QVERIFY(panel.scoreText().contains(QLatin1String("PASSED")));
        QVERIFY(panel.scoreText().contains(QLatin1String("well done")));
    }
};

QTEST_MAIN(TestInstructorPanel)
#include "tst_instructorpanel.moc"
