// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "ctlrun.h"
#include "events.pb.h"
#include "testsupport.h"

#include <QtTest/QTest>

#include <google/protobuf/util/json_util.h>

using namespace mailha;

using Run = test::CtlRun;
using test::mailhactl;

class TestMailhactlStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableListsEveryLabNodeWithItsRole()
    {
        const Run run = mailhactl({QStringLiteral("status")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.isEmpty());
        QVERIFY(run.out.contains(QLatin1String("LAB, simulated")));
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        auto rowOf = [&](const QString &node, const QString &service) {
            for (const QString &line : lines) {
                const QStringList cols = line.simplified().split(QLatin1Char(' '));
                if (cols.size() > 3 && cols.at(1) == node && cols.at(2) == service)
                    return cols;
            }
            return QStringList{};
        };
        QCOMPARE(rowOf(QStringLiteral("db-a"), QStringLiteral("postgres")).value(3), QStringLiteral("ACTIVE"));
        QCOMPARE(rowOf(QStringLiteral("db-b"), QStringLiteral("postgres")).value(3), QStringLiteral("STANDBY"));
        QCOMPARE(rowOf(QStringLiteral("lb-b"), QStringLiteral("keepalived")).value(3), QStringLiteral("PASSIVE"));
        QCOMPARE(rowOf(QStringLiteral("mx3"), QStringLiteral("postfix")).value(3), QStringLiteral("ACTIVE"));
        QVERIFY(run.out.contains(QLatin1String("db-a->db-dr")));
        QVERIFY(run.out.contains(QLatin1String("maildb")));
    }

    void jsonIsTheSnapshotThroughProtobufMapping()
    {
        const Run run = mailhactl({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--seed"),
                                   QStringLiteral("5")});
        QCOMPARE(run.code, 0);
        ClusterSnapshot snap;
        const auto status = google::protobuf::util::JsonStringToMessage(run.out.toStdString(), &snap);
        QVERIFY2(status.ok(), std::string(status.message()).c_str());
        QVERIFY(snap.lab());
        QCOMPARE(snap.cluster(), std::string("lab"));
        QCOMPARE(snap.nodes_size(), 12);
        QCOMPARE(snap.stale_nodes_size(), 0);
        // Field names follow the proto3 JSON mapping (lowerCamelCase), a contract for scripts.
        QVERIFY(run.out.contains(QLatin1String("\"staleNodes\"")) || snap.stale_nodes_size() == 0);
        QVERIFY(run.out.contains(QLatin1String("\"projectedRpoS\"")));
    }

    void usageErrorsGoToStderrWithExit64_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown option") << QStringList{"status", "--frobnicate"};
        QTest::newRow("bad seconds") << QStringList{"status", "--seconds", "soon"};
        QTest::newRow("two files") << QStringList{"status", "a.textproto", "b.textproto"};
        QTest::newRow("unknown command") << QStringList{"stauts"};
        QTest::newRow("no command") << QStringList{};
    }
    void usageErrorsGoToStderrWithExit64()
    {
        QFETCH(QStringList, args);
        const Run run = mailhactl(args);
        QCOMPARE(run.code, int(ctl::ExitUsage));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    void helpForTheCommand()
    {
        const Run run = mailhactl({QStringLiteral("status"), QStringLiteral("--help")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QLatin1String("--json")));
    }
};

QTEST_GUILESS_MAIN(TestMailhactlStatus)
#include "tst_mailhactl_status.moc"
