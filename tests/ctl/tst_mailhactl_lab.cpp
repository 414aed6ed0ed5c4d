// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "ctlrun.h"
#include "events.pb.h"
#include "scenario.pb.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest/QTest>

#include <google/protobuf/util/json_util.h>

using namespace mailha;

using Run = test::CtlRun;
using test::mailhactl;

class TestMailhactlLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheBuiltInScenarios()
    {
        const Run run = mailhactl({QStringLiteral("lab"), QStringLiteral("list")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QLatin1String("db-primary-crash")));
        QCOMPARE(run.out.count(QLatin1Char('\n')), 8);
    }

    void modelAnswerPassesAndScoresAsJson()
    {
        const Run run = mailhactl({QStringLiteral("lab"), QStringLiteral("run"), QStringLiteral("db-primary-crash"),
                                   QStringLiteral("--actions"), QStringLiteral("model"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        ScenarioScore score;
        QVERIFY(google::protobuf::util::JsonStringToMessage(run.out.toStdString(), &score).ok());
        QVERIFY(score.passed());
        QCOMPARE(score.scenario(), std::string("db-primary-crash"));
        QCOMPARE(score.time_to_detection_s(), 45.0);
        QCOMPARE(score.data_lost_bytes(), 0);
    }

    void doingNothingFailsWithExit1()
    {
        const Run run = mailhactl({QStringLiteral("lab"), QStringLiteral("run"), QStringLiteral("vip-flapping")});
        QCOMPARE(run.code, int(ctl::ExitProblem));
        QVERIFY(run.out.contains(QLatin1String("NOT PASSED")));
    }

    void scriptFromAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("actions.textproto"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# heal the flapping after a minute\nactions { at_s: 100 node: \"lb-b\" heals_fault: \"vip-flapping\" }\n");
        f.close();
        const Run run = mailhactl({QStringLiteral("lab"), QStringLiteral("run"), QStringLiteral("vip-flapping"),
                                   QStringLiteral("--actions"), path});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QLatin1String("PASSED")));
    }

    void recordAndReplayAScenario()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drill.mhrec"));
        Run run = mailhactl({QStringLiteral("record"), path, QStringLiteral("--scenario"), QStringLiteral("db-primary-crash"),
                             QStringLiteral("--seconds"), QStringLiteral("120")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("recorded")));

        // Before the crash at t+45 s db-a is the primary; at the end it is stale.
        run = mailhactl({QStringLiteral("replay"), path, QStringLiteral("--at"), QStringLiteral("30"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        ClusterSnapshot before;
        QVERIFY(google::protobuf::util::JsonStringToMessage(run.out.toStdString(), &before).ok());
        QCOMPARE(before.stale_nodes_size(), 0);
        run = mailhactl({QStringLiteral("replay"), path});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QLatin1String("db-a stopped answering")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("maildb is down")));

        // A cut-off recording replays to the cut, says so, and exits 1.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() - 100));
        f.close();
        run = mailhactl({QStringLiteral("replay"), path});
        QCOMPARE(run.code, int(ctl::ExitProblem));
        QVERIFY(run.err.contains(QLatin1String("cut-off")));
    }

    void errorsNameWhatWasWrong_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown scenario") << QStringList{"lab", "run", "no-such-drill"} << int(ctl::ExitDataError)
                                          << "no scenario file or built-in scenario named 'no-such-drill'";
        QTest::newRow("bad speed") << QStringList{"lab", "run", "vip-flapping", "--speed", "fast"} << int(ctl::ExitUsage)
                                   << "--speed";
        QTest::newRow("missing actions file") << QStringList{"lab", "run", "vip-flapping", "--actions", "/nonexistent/a"}
                                              << int(ctl::ExitDataError) << "/nonexistent/a";
        QTest::newRow("no subcommand") << QStringList{"lab"} << int(ctl::ExitUsage) << "Usage";
    }
    void errorsNameWhatWasWrong()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run run = mailhactl(args);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestMailhactlLab)
#include "tst_mailhactl_lab.moc"
