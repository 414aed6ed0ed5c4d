// SPDX-License-Identifier: GPL-3.0-or-later
// The host probe run live on this machine through its own commands, plus
// captured outputs for what a container cannot show (systemd units).
#include "probes/hostprobe.h"
#include "probetestutil.h"

#include <QtTest/QtTest>

using namespace mailha;
using namespace mailha::test;

class TestHostProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void liveThisMachine()
    {
        const QHash<QString, QString> params{{QStringLiteral("paths"), QStringLiteral("/,/tmp")}};
        CommandOutputs outputs;
        for (const ProbeCommand &c : probe(HOST).commands(params))
            outputs.insert(c.key, runLocally(c));
        const ProbeResult r = probe(HOST).parse(outputs, params);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        const HostStats &h = r.sample.host();
        QVERIFY(h.load1() >= 0);
        QVERIFY(h.mem_total_bytes() > (64ll << 20));
        QVERIFY(h.mem_available_bytes() > 0 && h.mem_available_bytes() <= h.mem_total_bytes());
        QCOMPARE(h.disks_size(), 2);
        QCOMPARE(QString::fromStdString(h.disks(0).mount()), QStringLiteral("/"));
        QVERIFY(h.disks(0).size_bytes() > 0 && h.disks(0).free_bytes() <= h.disks(0).size_bytes());
        QCOMPARE(r.sample.role(), ACTIVE);
    }

    void unitsAndFullDisk()
    {
        const QHash<QString, QString> params{{QStringLiteral("units"), QStringLiteral("postfix,dovecot")}};
        const CommandOutputs outputs{
            {QStringLiteral("loadavg"), outputOf("0.52 0.61 0.70 2/311 40211\n")},
            {QStringLiteral("meminfo"), outputOf("MemTotal:        8021220 kB\nMemFree:          312004 kB\nMemAvailable:    5120332 kB\n")},
            {QStringLiteral("df"), outputOf("Filesystem     1-blocks        Used   Available Capacity Mounted on\n"
                                            "/dev/vdb1  214643507200 212496117760 2147389440  99% /var/spool/postfix\n")},
            {QStringLiteral("units"), outputOf("active\nfailed\n", 3)}};
        const ProbeResult r = probe(HOST).parse(outputs, params);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.sample.host().inactive_units_size(), 1);
        QCOMPARE(QString::fromStdString(r.sample.host().inactive_units(0)), QStringLiteral("dovecot"));
        QCOMPARE(r.sample.host().units(0).count(), 1);
        QCOMPARE(r.sample.host().disks(0).free_bytes(), 2147389440ll);
        QCOMPARE(r.sample.health(), CRITICAL);
    }

    void sizesThatDoNotFit_data()
    {
        QTest::addColumn<QByteArray>("meminfo");
        QTest::addColumn<QByteArray>("df");
        QTest::addColumn<QString>("command");
        const QByteArray goodMem = "MemTotal:        8021220 kB\nMemAvailable:    5120332 kB\n";
        const QByteArray goodDf = "Filesystem     1-blocks        Used   Available Capacity Mounted on\n"
                                  "/dev/vdb1  214643507200 212496117760 2147389440  99% /var/spool/postfix\n";
        // Found by fuzz_host (tests/fuzz/regressions/host/): kB * 1024 overflowed.
        QTest::newRow("MemAvailable beyond 2^63 bytes")
            << QByteArray("MemTotal:   20 kB\nMemAvailable:    51277777777770333 kB\n") << goodDf << QStringLiteral("meminfo");
        QTest::newRow("MemAvailable near 2^63 bytes")  // fuzz_host again: available * 20 overflowed
            << QByteArray("MemTotal:   8021220 kB\nMemAvailable:  6056526605640210 kB\n") << goodDf << QString();
        QTest::newRow("negative MemTotal") << QByteArray("MemTotal:   -20 kB\nMemAvailable: 1 kB\n") << goodDf
                                           << QStringLiteral("meminfo");
        QTest::newRow("negative free space")
            << goodMem
            << QByteArray("Filesystem 1-blocks Used Available Capacity Mounted on\n/dev/vdb1 1000 2000 -1000 200% /var\n")
            << QStringLiteral("df");
    }

    void sizesThatDoNotFit()
    {
        QFETCH(QByteArray, meminfo);
        QFETCH(QByteArray, df);
        QFETCH(QString, command);
        const ProbeResult r = probe(HOST).parse({{QStringLiteral("loadavg"), outputOf("0.52 0.61 0.70 2/311 40211\n")},
                                                 {QStringLiteral("meminfo"), outputOf(meminfo)},
                                                 {QStringLiteral("df"), outputOf(df)}},
                                                {});
        if (command.isEmpty()) {  // absurd but representable: parsed, and plenty of memory
            QVERIFY(r.ok());
            QCOMPARE(r.sample.host().mem_available_bytes(), 6056526605640210ll * 1024);
            // An overflow would have read as "memory low" (the disk here is full on purpose).
            QVERIFY2(!QString::fromStdString(r.sample.detail()).contains(QStringLiteral("memory low")), r.sample.detail().c_str());
            return;
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error->command, command);
        QCOMPARE(r.sample.health(), HEALTH_UNKNOWN);
    }

    void notLoadavg()
    {
        const ProbeResult r = probe(HOST).parse({{QStringLiteral("loadavg"), outputOf("cat: /proc/loadavg: No such file\n")}}, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error->command, QStringLiteral("loadavg"));
        QCOMPARE(r.sample.role(), ROLE_UNKNOWN);
    }
};

QTEST_GUILESS_MAIN(TestHostProbe)
#include "tst_hostprobe.moc"
