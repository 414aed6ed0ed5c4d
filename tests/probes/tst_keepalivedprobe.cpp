// SPDX-License-Identifier: GPL-3.0-or-later
// The Keepalived probe: live `ip -j addr` of this machine through the probe's
// own command, and VRRP state from a notify state file or keepalived's JSON
// dump (captured from the documented format; keepalived does not run here).
#include "probes/keepalivedprobe.h"
#include "probes/probesupport.h"
#include "probetestutil.h"

#include <QtTest/QtTest>

using namespace mailha;
using namespace mailha::test;

class TestKeepalivedProbe : public QObject
{
    Q_OBJECT

private:
    static CommandOutputs outputs(const QByteArray &addresses, const QByteArray &service = "active\n", const QByteArray &vrrp = {})
    {
        CommandOutputs o{{QStringLiteral("addresses"), outputOf(addresses)},
                         {QStringLiteral("service"), outputOf(service, service.startsWith("active") ? 0 : 3)}};
        if (!vrrp.isNull())
            o.insert(QStringLiteral("vrrp"), outputOf(vrrp));
        return o;
    }

private Q_SLOTS:
    void liveAddressesOfThisMachine()
    {
        const QList<ProbeCommand> commands = probe(KEEPALIVED).commands({});
        QCOMPARE(commands.size(), 2);  // no state file configured: addresses and service
        CommandOutputs o;
        o.insert(commands.first().key, runLocally(commands.first()));
        // 127.0.0.1 stands in for a virtual IP: lo always holds it.
        const ProbeResult r = probe(KEEPALIVED).parse(o, {{QStringLiteral("vips"), QStringLiteral("127.0.0.1")}});
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QStringList addresses;
        for (const std::string &a : r.sample.addresses())
            addresses << QString::fromStdString(a);
        QVERIFY2(addresses.contains(QStringLiteral("127.0.0.1/8")), qPrintable(addresses.join(QLatin1Char(' '))));
        QCOMPARE(r.sample.role(), ACTIVE);
        QCOMPARE(probe(KEEPALIVED).parse(o, {{QStringLiteral("vips"), QStringLiteral("192.0.2.25")}}).sample.role(), PASSIVE);
    }

    void roleFromTheGroupsVirtualIp()
    {
        const QByteArray withVip = probeFixture(QStringLiteral("ip-addr-vip.json"));
        const QByteArray without = probeFixture(QStringLiteral("ip-addr.json"));
        const QHash<QString, QString> params{{QLatin1String(groupVipsParam), QStringLiteral("192.0.2.25")}};
        QCOMPARE(probe(KEEPALIVED).parse(outputs(withVip), params).sample.role(), ACTIVE);
        QCOMPARE(probe(KEEPALIVED).parse(outputs(without), params).sample.role(), PASSIVE);
        // Nothing to decide by: an honest unknown, not a guess.
        const ProbeResult unknown = probe(KEEPALIVED).parse(outputs(without), {});
        QVERIFY(unknown.ok());
        QCOMPARE(unknown.sample.role(), ROLE_UNKNOWN);
        QCOMPARE(unknown.sample.health(), WARNING);
    }

    void serviceStopped()
    {
        const ProbeResult r = probe(KEEPALIVED).parse(outputs(probeFixture(QStringLiteral("ip-addr.json")), "inactive\n"),
                                                      {{QLatin1String(groupVipsParam), QStringLiteral("192.0.2.25")}});
        QCOMPARE(r.sample.role(), FAILED);
        QCOMPARE(r.sample.health(), CRITICAL);
    }

    void vrrpStateFile_data()
    {
        QTest::addColumn<QByteArray>("state");
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("instances");
        QTest::addRow("notify lines") << probeFixture(QStringLiteral("keepalived-notify-state.txt")) << int(ACTIVE) << 2;
        QTest::addRow("bare BACKUP") << QByteArray("BACKUP\n") << int(PASSIVE) << 1;
        QTest::addRow("JSON dump, FAULT") << probeFixture(QStringLiteral("keepalived-data.json")) << int(FAILED) << 1;
    }

    void vrrpStateFile()
    {
        QFETCH(QByteArray, state);
        QFETCH(int, role);
        QFETCH(int, instances);
        const QHash<QString, QString> params{{QStringLiteral("state_file"), QStringLiteral("/run/keepalived/state")}};
        QCOMPARE(probe(KEEPALIVED).commands(params).last().argv,
                 (QStringList{QStringLiteral("cat"), QStringLiteral("--"), QStringLiteral("/run/keepalived/state")}));
        const ProbeResult r = probe(KEEPALIVED).parse(outputs(probeFixture(QStringLiteral("ip-addr.json")), "active\n", state), params);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.sample.role(), Role(role));
        QCOMPARE(r.sample.vrrp_size(), instances);
    }

    void badStateFile()
    {
        const ProbeResult r = probe(KEEPALIVED).parse(outputs(probeFixture(QStringLiteral("ip-addr.json")), "active\n", "MASTR\n"),
                                                      {{QStringLiteral("state_file"), QStringLiteral("/x")}});
        QVERIFY(!r.ok());
        QCOMPARE(r.error->command, QStringLiteral("vrrp"));
        QCOMPARE(r.error->line, 1);
    }
};

QTEST_GUILESS_MAIN(TestKeepalivedProbe)
#include "tst_keepalivedprobe.moc"
