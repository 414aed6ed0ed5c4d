// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "ctlrun.h"
#include "sshserver.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <memory>

using namespace mailha;

using Run = test::CtlRun;
using test::mailhactl;

namespace {

// The Monitoring Plugins development guidelines, "Performance data":
// 'label'=value[UOM];[warn];[crit];[min];[max], value a number or U,
// UOM one of s ms us % B KB MB GB TB c (or none), warn/crit ranges
// ([@][start:][end], start may be ~), min/max plain numbers.
const QString number = QStringLiteral(R"(-?[0-9]+(?:\.[0-9]+)?)");
const QString range = QStringLiteral("@?(?:(?:~|%1)?:)?(?:%1)?").arg(number);
const QString label = QStringLiteral(R"('[^'=]+'|[^'= ]+)");
const QString perfItem = QStringLiteral("(?:%1)=(?:U|%2(?:s|ms|us|%|B|KB|MB|GB|TB|c)?)(?:;%3(?:;%3(?:;(?:%2)?(?:;(?:%2)?)?)?)?)?")
                             .arg(label, number, range);

struct PluginLine {
    QString state;
    QString text;
    QStringList perf;
};

/// Splits the one line of plugin output; fails the test when it is not one.
PluginLine parse(const Run &run)
{
    static const QRegularExpression line(QStringLiteral(R"(^MAILHA (OK|WARNING|CRITICAL|UNKNOWN) - ([^|\n]+?)(?: \| ([^\n]*))?\n$)"));
    const QRegularExpressionMatch m = line.match(run.out);
    if (!m.hasMatch())
        return {};
    return {m.captured(1), m.captured(2), m.captured(3).split(QLatin1Char(' '), Qt::SkipEmptyParts)};
}

QString perfValue(const PluginLine &line, const QString &name)
{
    const QString prefix = QLatin1Char('\'') + name + QLatin1String("'=");
    for (const QString &item : line.perf)
        if (item.startsWith(prefix))
            return item.mid(prefix.size()).section(QLatin1Char(';'), 0, 0);
    return {};
}

Run check(const QStringList &args)
{
    return mailhactl(QStringList{QStringLiteral("check")} + args);
}

} // namespace

class TestMailhactlCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::SshServer> m_sshd;

    /// A cluster of HOST nodes on the test's own sshd (and a closed port for
    /// "down"), with disk thresholds the test chooses rather than this
    /// machine's free space.
    QString sshCluster(const QString &name, const QStringList &nodes, double diskWarnPct)
    {
        QString text = QStringLiteral("name: \"loop\"\nsites { id: \"a\" }\n"
                                      "default_thresholds { disk_free_warn_pct: %1 disk_free_crit_pct: 0.0001 }\n")
                           .arg(diskWarnPct);
        for (const QString &node : nodes)
            text += QStringLiteral("nodes { id: \"%1\" site: \"a\" host: \"127.0.0.1\" port: %2 user: \"%3\"\n"
                                   "  services { id: \"host\" technology: HOST } }\n")
                        .arg(node)
                        .arg(node == QLatin1String("down") ? test::freeLoopbackPort() : m_sshd->port())
                        .arg(m_sshd->userName());
        return test::writeFile(m_dir.path(), name, text.toUtf8());
    }

    QStringList sshArgs() const
    {
        return {QStringLiteral("--ssh-config"), m_sshd->clientDir() + QLatin1String("/config"), QStringLiteral("--known-hosts"),
                m_sshd->knownHostsPath(), QStringLiteral("--ssh-dir"), m_sshd->clientDir(), QStringLiteral("--timeout"),
                QStringLiteral("3000")};
    }

    void trustSshd(bool yes)
    {
        const QByteArray line = yes ? m_sshd->knownHostsLine().toUtf8() + '\n' : QByteArray();
        QVERIFY(!test::writeFile(QFileInfo(m_sshd->knownHostsPath()).absolutePath(),
                                 QFileInfo(m_sshd->knownHostsPath()).fileName(), line)
                     .isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("SSH_AUTH_SOCK");
        QVERIFY(m_dir.isValid());
        m_sshd = std::make_unique<test::SshServer>(m_dir.path());
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
    }

    void realClusterAllReadIsOk()
    {
        trustSshd(true);
        const QString file = sshCluster(QStringLiteral("ok.textproto"), {QStringLiteral("n1"), QStringLiteral("n2")}, 0.001);
        const Run run = check(QStringList{file} + sshArgs());
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        const PluginLine line = parse(run);
        QVERIFY2(line.text.startsWith(QLatin1String("loop: 2 nodes live")), qPrintable(line.text));
        // The host probe's real df: free space in %, with "below" ranges.
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("'disk_free_n1_root'=%1%;0.001:;0:;0;100").arg(number))),
                 qPrintable(run.out));
    }

    void realClusterNodeDownIsWarningNamingIt()
    {
        trustSshd(true);
        const QString file = sshCluster(QStringLiteral("down.textproto"), {QStringLiteral("n1"), QStringLiteral("down")}, 0.001);
        const Run run = check(QStringList{file} + sshArgs());
        QVERIFY2(run.code == 1, qPrintable(run.out));
        const PluginLine line = parse(run);
        QCOMPARE(line.state, QStringLiteral("WARNING"));
        QVERIFY2(line.text.contains(QLatin1String("down never answered")), qPrintable(line.text));
        QCOMPARE(perfValue(line, QStringLiteral("stale_nodes")), QStringLiteral("1"));
    }

    void realDiskUnderItsThresholdIsWarning()
    {
        trustSshd(true);
        const QString file = sshCluster(QStringLiteral("disk.textproto"), {QStringLiteral("n1")}, 99.999);
        const Run run = check(QStringList{file} + sshArgs());
        QVERIFY2(run.code == 1, qPrintable(run.out));
        QVERIFY2(parse(run).text.contains(QRegularExpression(QStringLiteral("n1: / has [0-9.]+ % free"))), qPrintable(run.out));
    }

    void unknownHostKeyLeavesNothingReadable()
    {
        trustSshd(false);
        const QString file = sshCluster(QStringLiteral("newkey.textproto"), {QStringLiteral("n1")}, 0.001);
        const Run run = check(QStringList{file} + sshArgs());
        QCOMPARE(run.code, 3);
        QVERIFY2(parse(run).text.contains(QLatin1String("no node could be read: n1")), qPrintable(run.out));
        QCOMPARE(QFileInfo(m_sshd->knownHostsPath()).size(), 0);
    }

    void healthyLabIsOk()
    {
        const Run run = check({});
        QVERIFY2(run.code == 0, qPrintable(run.out));
        const PluginLine line = parse(run);
        QCOMPARE(line.state, QStringLiteral("OK"));
        QVERIFY2(line.text.contains(QLatin1String("12 nodes live")), qPrintable(line.text));
        QCOMPARE(perfValue(line, QStringLiteral("stale_nodes")), QStringLiteral("0"));
        QVERIFY(run.err.isEmpty());
    }

    void labFaultsGiveWarningAndCritical_data()
    {
        QTest::addColumn<QStringList>("faults");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("named");
        // The DR replica down: stale, but the sync standby still covers maildb.
        QTest::newRow("dr replica crashed") << QStringList{"node-crash:db-dr"} << 1 << "WARNING" << "db-dr";
        // An MTA down: stale; mx1 and mx3 still take mail.
        QTest::newRow("mta crashed") << QStringList{"node-crash:mx2"} << 1 << "WARNING" << "mx2";
        QTest::newRow("primary crashed") << QStringList{"node-crash:db-a"} << 2 << "CRITICAL" << "maildb";
        QTest::newRow("drbd split brain") << QStringList{"drbd-split-brain"} << 2 << "CRITICAL" << "SPLIT BRAIN";
        QTest::newRow("two faults") << QStringList{"node-crash:db-b", "drbd-split-brain"} << 2 << "CRITICAL" << "db-b";
    }
    void labFaultsGiveWarningAndCritical()
    {
        QFETCH(QStringList, faults);
        QFETCH(int, code);
        QFETCH(QString, state);
        QFETCH(QString, named);
        QStringList args;
        for (const QString &f : faults)
            args << QStringLiteral("--lab-fault") << f;
        const Run run = check(args + QStringList{QStringLiteral("--seconds"), QStringLiteral("120")});
        QVERIFY2(run.code == code, qPrintable(run.out));
        const PluginLine line = parse(run);
        QCOMPARE(line.state, state);
        QVERIFY2(line.text.contains(named), qPrintable(line.text));
        // "N critical, M warning: first; second; ..." lists as many problems as it counts (up to 8).
        static const QRegularExpression counts(QStringLiteral(R"(^(\d+) critical, (\d+) warning: (.*)$)"));
        const QRegularExpressionMatch m = counts.match(line.text);
        QVERIFY2(m.hasMatch(), qPrintable(line.text));
        const int total = m.captured(1).toInt() + m.captured(2).toInt();
        QVERIFY(total > 0);
        QCOMPARE(m.captured(1).toInt() > 0, code == 2);
        if (total <= 8)
            QCOMPARE(int(m.captured(3).split(QLatin1String("; ")).size()), total);
    }

    void crashedNodeIsCountedStale()
    {
        const Run run = check({QStringLiteral("--lab-fault"), QStringLiteral("node-crash:db-b"), QStringLiteral("--seconds"),
                               QStringLiteral("120")});
        const PluginLine line = parse(run);
        QCOMPARE(perfValue(line, QStringLiteral("stale_nodes")), QStringLiteral("1"));
        QVERIFY2(line.text.contains(QLatin1String("db-b is stale, last seen")), qPrintable(line.text));
    }

    void perfdataFollowsThePluginGrammar_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("healthy") << QStringList{};
        QTest::newRow("lag under a slow disk") << QStringList{"--lab-fault", "slow-disk:db-dr", "--seconds", "300"};
        QTest::newRow("queues under an outage") << QStringList{"--lab-fault", "downstream-outage", "--seconds", "300"};
        QTest::newRow("node down") << QStringList{"--lab-fault", "node-crash:db-b"};
    }
    void perfdataFollowsThePluginGrammar()
    {
        QFETCH(QStringList, args);
        const Run run = check(args);
        const PluginLine line = parse(run);
        QVERIFY2(!line.state.isEmpty(), qPrintable(run.out));
        QVERIFY(line.perf.size() > 20);
        static const QRegularExpression item(QRegularExpression::anchoredPattern(perfItem));
        for (const QString &p : line.perf)
            QVERIFY2(item.match(p).hasMatch(), qPrintable(p));
        // Labels are unique, or graphs would mix two series.
        QSet<QString> labels;
        for (const QString &p : line.perf)
            labels.insert(p.section(QLatin1Char('='), 0, 0));
        QCOMPARE(labels.size(), line.perf.size());
        // The metrics the operator graphs are there, with their units and thresholds.
        const QString lag = perfValue(line, QStringLiteral("lag_db-a_db-dr_s"));
        QVERIFY2(QRegularExpression(QStringLiteral("^%1s$").arg(number)).match(lag).hasMatch(), qPrintable(lag));
        QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("'queue_mx1'=[0-9]+;[0-9]+;[0-9]+;0"))));
        QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("'standbys_maildb'=[0-9]+;1:;;0"))));
    }

    void grammarRejectsMalformedItems_data()
    {
        QTest::addColumn<QString>("item");
        QTest::newRow("unit before number") << QStringLiteral("'a'=s12");
        QTest::newRow("unknown unit") << QStringLiteral("'a'=12sec;1;2");
        QTest::newRow("comma decimal") << QStringLiteral("'a'=1,5s");
        QTest::newRow("unquoted space") << QStringLiteral("a b=1");
        QTest::newRow("too many fields") << QStringLiteral("'a'=1;1;1;0;1;9");
    }
    void grammarRejectsMalformedItems()
    {
        QFETCH(QString, item);
        QVERIFY(!QRegularExpression(QRegularExpression::anchoredPattern(perfItem)).match(item).hasMatch());
    }

    void slowDiskRaisesLagWithItsThresholds()
    {
        const Run healthy = check({});
        const Run slow = check({QStringLiteral("--lab-fault"), QStringLiteral("slow-disk:db-dr"), QStringLiteral("--seconds"),
                                QStringLiteral("600")});
        const double before = perfValue(parse(healthy), QStringLiteral("lag_db-a_db-dr_s")).chopped(1).toDouble();
        const double after = perfValue(parse(slow), QStringLiteral("lag_db-a_db-dr_s")).chopped(1).toDouble();
        QVERIFY2(after > before, qPrintable(slow.out));
    }

    void invalidClusterFileIsUnknownWithFileAndLine()
    {
        QTemporaryDir dir;
        const QString path = test::writeFile(
            dir.path(), QStringLiteral("broken.textproto"),
            "name: \"prod\"\nsites { id: \"a\" }\nnodes { id: \"n1\" site: \"nowhere\" host: \"n1.example\" \n");
        QVERIFY(!path.isEmpty());
        const Run run = check({path});
        QCOMPARE(run.code, 3);
        const PluginLine line = parse(run);
        QCOMPARE(line.state, QStringLiteral("UNKNOWN"));
        QVERIFY2(line.text.contains(QRegularExpression(QStringLiteral("broken\\.textproto:[1-9][0-9]*:"))), qPrintable(run.out));
        QVERIFY(line.perf.isEmpty());
    }

    void unknownWhenItCannotRun_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "frobnicate";
        QTest::newRow("missing file") << QStringList{"/nonexistent/cluster.textproto"} << "/nonexistent/cluster.textproto";
        QTest::newRow("unknown fault") << QStringList{"--lab-fault", "meteor"} << "meteor";
        QTest::newRow("fault on a missing node") << QStringList{"--lab-fault", "node-crash:nope"} << "nope";
        QTest::newRow("two files") << QStringList{"a.textproto", "b.textproto"} << "one cluster file";
        QTest::newRow("bad seconds") << QStringList{"--seconds", "soon"} << "--seconds";
    }
    void unknownWhenItCannotRun()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, reason);
        const Run run = check(args);
        QCOMPARE(run.code, 3);
        const PluginLine line = parse(run);
        QCOMPARE(line.state, QStringLiteral("UNKNOWN"));
        QVERIFY2(line.text.contains(reason), qPrintable(run.out));
    }

    void labFaultWithAClusterFileIsRefused()
    {
        const QString example = QStringLiteral(MAILHA_TEST_SOURCE_DIR "/resources/clusters/example-two-site.textproto");
        QVERIFY(QFile::exists(example));
        const Run run = check({example, QStringLiteral("--lab-fault"), QStringLiteral("node-crash:db-a")});
        QCOMPARE(run.code, 3);
        QVERIFY2(parse(run).text.contains(QLatin1String("--lab-fault")), qPrintable(run.out));
    }

    void helpExitsZero()
    {
        const Run run = check({QStringLiteral("--help")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QLatin1String("--lab-fault")));
        QVERIFY(run.out.contains(QLatin1String("UNKNOWN")));
        QVERIFY(run.out.contains(QLatin1String("node-crash")));
    }

    void listedInTheCommandTable()
    {
        const Run run = mailhactl({QStringLiteral("--help")});
        QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("\\n  check +Monitoring plugin"))));
    }

    void cleanupTestCase() { m_sshd.reset(); }
};

QTEST_GUILESS_MAIN(TestMailhactlCheck)
#include "tst_mailhactl_check.moc"
