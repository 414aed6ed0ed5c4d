// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "scenario.pb.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest/QTest>

#include <google/protobuf/util/json_util.h>

using namespace mailha;

namespace {
struct Run {
    int code;
    QString out;
    QString err;
};

Run mailhactl(const QStringList &args)
{
    QString out, err;
    QTextStream o(&out), e(&err);
    ctl::Io io{o, e, false};
    const int code = ctl::dispatch(args, io);
    o.flush();
    e.flush();
    return {code, out, err};
}
} // namespace

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
