// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/clusterfile.h"
#include "lab/labcluster.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <google/protobuf/util/message_differencer.h>

using namespace mailha;
using namespace mailha::test;

namespace {

QString resource(const QString &name)
{
    return QDir(QStringLiteral(MAILHA_TEST_SOURCE_DIR)).filePath(QStringLiteral("resources/clusters/") + name);
}

const char *minimal = R"(name: "c"
sites { id: "a" }
groups { id: "db" technology: POSTGRES pattern: ACTIVE_PASSIVE }
nodes {
  id: "n1"
  site: "a"
  host: "n1.example.net"
  services { id: "pg" group: "db" technology: POSTGRES }
}
nodes {
  id: "n2"
  site: "a"
  host: "n2.example.net"
  services { id: "pg" group: "db" technology: POSTGRES }
}
links { id: "l" group: "db" from_node: "n1" to_node: "n2" mode: SYNC }
)";

} // namespace

class TestClusterFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labFileParsesEqualToTheBuiltInLab()
    {
        const ClusterFileLoad load = loadClusterFile(resource(QStringLiteral("lab.textproto")));
        QVERIFY2(load.ok(), qPrintable(load.errorText()));
        const ClusterSpec reference = LabCluster::referenceSpec();
        google::protobuf::util::MessageDifferencer differ;
        std::string report;
        differ.ReportDifferencesToString(&report);
        QVERIFY2(differ.Compare(reference, load.spec), report.c_str());
    }

    void exampleFileParses()
    {
        const ClusterFileLoad load = loadClusterFile(resource(QStringLiteral("example-two-site.textproto")));
        QVERIFY2(load.ok(), qPrintable(load.errorText()));
        QCOMPARE(load.spec.sites_size(), 2);
        QVERIFY(load.spec.nodes_size() >= 6);
        QCOMPARE(load.spec.poll_interval_ms(), 2000u);
        bool sawJump = false;
        for (const Node &n : load.spec.nodes())
            sawJump = sawJump || !n.jump_host().empty();
        QVERIFY(sawJump);
    }

    void minimalFileIsValid()
    {
        const ClusterFileLoad load = parseClusterFile(minimal, QStringLiteral("min.textproto"));
        QVERIFY2(load.ok(), qPrintable(load.errorText()));
        QCOMPARE(load.spec.nodes(1).host(), std::string("n2.example.net"));
    }

    void errorsNameFileLineColumnAndWhatWasExpected_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("needle");

        QByteArray t = minimal;
        QTest::newRow("unknown field") << QByteArray(t).replace("host: \"n1", "hostname: \"n1") << 7 << 11
                                       << QStringLiteral("no field named \"hostname\"");
        QTest::newRow("missing brace") << QByteArray(t).replace("links { id", "links id") << 16 << 7
                                       << QStringLiteral("Expected \"{\"");
        QTest::newRow("bad enum") << QByteArray(t).replace("mode: SYNC", "mode: SYNCHRONOUS") << 16 << 77
                                  << QStringLiteral("SYNCHRONOUS");
        QTest::newRow("unknown site") << QByteArray(t).replace("site: \"a\"\n  host: \"n2", "site: \"b\"\n  host: \"n2")
                                      << 12 << 3 << QStringLiteral("unknown site \"b\"");
        QTest::newRow("duplicate node") << QByteArray(t).replace("id: \"n2\"", "id: \"n1\"") << 11 << 3
                                        << QStringLiteral("duplicate node id \"n1\"");
        QTest::newRow("missing host") << QByteArray(t).replace("  host: \"n2.example.net\"\n", "") << 10 << 1
                                      << QStringLiteral("node \"n2\" has no host");
        QTest::newRow("unknown group") << QByteArray(t).replace("group: \"db\" technology: POSTGRES }\n}\nnodes {\n  id: \"n2\"",
                                                                "group: \"dbx\" technology: POSTGRES }\n}\nnodes {\n  id: \"n2\"")
                                       << 8 << 23 << QStringLiteral("unknown group \"dbx\"");
        QTest::newRow("link to unknown node") << QByteArray(t).replace("to_node: \"n2\"", "to_node: \"n9\"") << 16 << 45
                                              << QStringLiteral("to_node \"n9\" is not a node id");
        QTest::newRow("hostile host") << QByteArray(t).replace("n1.example.net", "n1;touch /tmp/x") << 7 << 3
                                      << QStringLiteral("is not a host name");
        QTest::newRow("hostile jump host")
            << QByteArray(t).replace("host: \"n1.example.net\"", "host: \"n1\" jump_host: \"-oProxyCommand=sh\"") << 7 << 14
            << QStringLiteral("jump_host");
        QTest::newRow("technology mismatch") << QByteArray(t).replace("group: \"db\" technology: POSTGRES }\n}\nnodes {\n  id: \"n2\"",
                                                                      "group: \"db\" technology: MYSQL }\n}\nnodes {\n  id: \"n2\"")
                                             << 8 << 35 << QStringLiteral("is mysql but its group");
    }

    void errorsNameFileLineColumnAndWhatWasExpected()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, needle);
        const ClusterFileLoad load = parseClusterFile(text, QStringLiteral("prod.textproto"));
        QVERIFY(!load.ok());
        const ClusterFileError &e = load.errors.first();
        QVERIFY2(e.message.contains(needle), qPrintable(load.errorText()));
        QCOMPARE(e.file, QStringLiteral("prod.textproto"));
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        QVERIFY(e.toString().startsWith(QStringLiteral("prod.textproto:%1:%2: ").arg(line).arg(column)));
    }

    void commentsAreAllowed()
    {
        QByteArray text = "# a comment line\n";
        text += QByteArray(minimal).replace("name: \"c\"", "name: \"c\"  # trailing comment");
        QVERIFY(parseClusterFile(text, QStringLiteral("c")).ok());
    }

    void missingFileIsReported()
    {
        QTemporaryDir dir;
        const ClusterFileLoad load = loadClusterFile(dir.filePath(QStringLiteral("nope.textproto")));
        QVERIFY(!load.ok());
        QVERIFY(load.errorText().contains(QLatin1String("nope.textproto")));
    }

    void validatesSpecsBuiltInCode()
    {
        QVERIFY(validateClusterSpec(LabCluster::referenceSpec()).isEmpty());
        ClusterSpec spec = LabCluster::referenceSpec();
        spec.mutable_links(0)->set_from_node("nowhere");
        const QList<ClusterFileError> errors = validateClusterSpec(spec);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().line, 0);
        QVERIFY(errors.first().message.contains(QLatin1String("nowhere")));
    }

    void safeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("host");
        QTest::addColumn<bool>("jump");
        QTest::newRow("fqdn") << QStringLiteral("db1.fra.example.net") << true << true;
        QTest::newRow("ipv4") << QStringLiteral("10.0.0.1") << true << true;
        QTest::newRow("ipv6") << QStringLiteral("fe80::1") << true << true;
        QTest::newRow("jump with user and port") << QStringLiteral("admin@bastion:2222") << false << true;
        QTest::newRow("two hops") << QStringLiteral("a@b,c:22") << false << true;
        QTest::newRow("ipv6 hop") << QStringLiteral("admin@[fe80::1]:22") << false << true;
        QTest::newRow("semicolon") << QStringLiteral("a;b") << false << false;
        QTest::newRow("command substitution") << QStringLiteral("$(id)") << false << false;
        QTest::newRow("quote") << QStringLiteral("a'b") << false << false;
        QTest::newRow("newline") << QStringLiteral("a\nb") << false << false;
        QTest::newRow("option") << QStringLiteral("-oProxyCommand=x") << false << false;
        QTest::newRow("space") << QStringLiteral("a b") << false << false;
    }

    void safeNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, host);
        QFETCH(bool, jump);
        QCOMPARE(isSafeHostName(name), host);
        QCOMPARE(isSafeJumpHost(name), jump);
    }
};

QTEST_GUILESS_MAIN(TestClusterFile)
#include "tst_clusterfile.moc"
