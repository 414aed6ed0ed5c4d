// SPDX-License-Identifier: GPL-3.0-or-later
// The training debrief through mailhactl: the score against the objectives
// above the timeline, by the incident timeline's exporter (md, html, pdf).
#include "core/names.h"
#include "ctlrun.h"
#include "lab/debrief.h"
#include "lab/scenariorunner.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <google/protobuf/util/json_util.h>

using namespace mailha;
using namespace mailha::test;

class TestDebrief : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void modelAnswerDebriefShowsTheScoreAndTheTimeline_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("markdown") << "debrief.md";
        QTest::newRow("html") << "debrief.html";
    }

    void modelAnswerDebriefShowsTheScoreAndTheTimeline()
    {
        QFETCH(QString, file);
        const QString path = m_dir.filePath(file);
        const CtlRun run = mailhactl({QStringLiteral("lab"), QStringLiteral("run"), QStringLiteral("db-primary-crash"),
                                      QStringLiteral("--actions"), QStringLiteral("model"), QStringLiteral("--json"),
                                      QStringLiteral("--debrief"), path});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        ScenarioScore score;
        QVERIFY(google::protobuf::util::JsonStringToMessage(run.out.toStdString(), &score).ok());
        QVERIFY(score.passed());
        const QString text = QString::fromUtf8(readWholeFile(path));
        QVERIFY2(!text.isEmpty(), qPrintable(path));

        // The numbers of this run, as the score has them ...
        QVERIFY(text.contains(QLatin1String("Time to detection")));
        QVERIFY2(text.contains(formatDuration(score.time_to_detection_s()) + QLatin1String(" after the first fault")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("RTO achieved")));
        QVERIFY2(text.contains(formatDuration(score.rto_achieved_s()) + QLatin1String(" (objective 3 min 0 s: met)")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Data lost")));
        QVERIFY(text.contains(formatBytes(score.data_lost_bytes())));
        QVERIFY2(text.contains(QStringLiteral("%1 followed, %2 skipped, %3 overridden")
                                   .arg(score.steps_followed())
                                   .arg(score.steps_skipped())
                                   .arg(score.steps_overridden())),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("PASSED")));
        // ... above the timeline: the hidden fault revealed, the operator's commands, the cluster's events.
        QVERIFY(text.contains(QLatin1String("fault node-crash on db-a")));
        QVERIFY(text.contains(QLatin1String("operator: db-b: /usr/lib/postgresql/15/bin/pg_ctl")));
        QVERIFY(text.contains(QLatin1String("db-b promoted")));
        QVERIFY(text.contains(QLatin1String("Operator")));  // the timeline's source column
        // Faults come before the response in time order.
        QVERIFY(text.indexOf(QLatin1String("fault node-crash on db-a")) < text.indexOf(QLatin1String("db-b promoted")));
        if (file.endsWith(QLatin1String(".html")))
            QVERIFY(text.startsWith(QLatin1String("<!DOCTYPE html>")) && text.contains(QLatin1String("<table class=\"summary\">")));
        else
            QVERIFY(text.startsWith(QLatin1String("# Debrief: Database primary crash")));
    }

    void inactionDebriefSaysSo()
    {
        const QString path = m_dir.filePath(QStringLiteral("nobody.md"));
        const CtlRun run = mailhactl({QStringLiteral("lab"), QStringLiteral("run"), QStringLiteral("db-primary-crash"),
                                      QStringLiteral("--debrief"), path});
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.contains(QLatin1String("runbook steps:     0 followed, 0 skipped, 0 overridden")));
        const QString text = QString::fromUtf8(readWholeFile(path));
        QVERIFY(text.contains(QLatin1String("NOT PASSED")));
        QVERIFY(text.contains(QLatin1String("never (nobody acted)")));
        QVERIFY(text.contains(QLatin1String("not restored")));
        QVERIFY(text.contains(QLatin1String("fault node-crash on db-a")));
    }

    void pdfDebrief()
    {
        // QTEST_MAIN gives this test the QGuiApplication that mailhactl makes for --format pdf.
        const QString path = m_dir.filePath(QStringLiteral("debrief.pdf"));
        const CtlRun run = mailhactl({QStringLiteral("lab"), QStringLiteral("run"), QStringLiteral("db-primary-crash"),
                                      QStringLiteral("--actions"), QStringLiteral("model"), QStringLiteral("--debrief"), path,
                                      QStringLiteral("--format"), QStringLiteral("pdf")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 2000);
    }

    void badDebriefNameIsAUsageError()
    {
        const CtlRun run = mailhactl({QStringLiteral("lab"), QStringLiteral("run"), QStringLiteral("db-primary-crash"),
                                      QStringLiteral("--debrief"), m_dir.filePath(QStringLiteral("debrief.docx"))});
        QCOMPARE(run.code, 64);
        QVERIFY(run.err.contains(QLatin1String("--debrief")));
    }
};

QTEST_MAIN(TestDebrief)
#include "tst_debrief.moc"
