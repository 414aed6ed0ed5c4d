// SPDX-License-Identifier: GPL-3.0-or-later
// The DRBD probe on `drbdsetup status --json` and `drbdadm status` output,
// captured from the documented format (DRBD needs its kernel module).
#include "probes/drbdprobe.h"
#include "probetestutil.h"

#include <QtTest/QtTest>

using namespace mailha;
using namespace mailha::test;

namespace {
ProbeResult parseFixture(const QString &name)
{
    return probe(DRBD).parse({{QStringLiteral("status"), outputOf(probeFixture(name))}}, {});
}
} // namespace

class TestDrbdProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void command()
    {
        QCOMPARE(probe(DRBD).commands({{QStringLiteral("resource"), QStringLiteral("mailspool")}}).first().argv,
                 (QStringList{QStringLiteral("drbdsetup"), QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("mailspool")}));
    }

    void primaryConnected()
    {
        const ProbeResult r = parseFixture(QStringLiteral("drbdsetup-status-primary.json"));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.sample.role(), ACTIVE);
        QCOMPARE(r.sample.health(), OK);
        QCOMPARE(r.sample.drbd_size(), 1);
        const DrbdResource &res = r.sample.drbd(0);
        QCOMPARE(QString::fromStdString(res.name()), QStringLiteral("mailspool"));
        QCOMPARE(QString::fromStdString(res.disk()), QStringLiteral("UpToDate"));
        QVERIFY(!res.split_brain());
        QCOMPARE(QString::fromStdString(res.peers(0).name()), QStringLiteral("store-b"));
        QCOMPARE(QString::fromStdString(res.peers(0).connection()), QStringLiteral("Connected"));
        QCOMPARE(QString::fromStdString(res.peers(0).role()), QStringLiteral("Secondary"));
        QCOMPARE(QString::fromStdString(res.peers(0).replication()), QStringLiteral("Established"));
        QCOMPARE(res.peers(0).out_of_sync_kib(), 0);
    }

    void secondaryResyncing()
    {
        const ProbeResult r = parseFixture(QStringLiteral("drbdsetup-status-synctarget.json"));
        QVERIFY(r.ok());
        QCOMPARE(r.sample.role(), STANDBY);
        QCOMPARE(r.sample.health(), CRITICAL);  // Inconsistent: not a failover target
        QCOMPARE(r.sample.drbd(0).peers(0).out_of_sync_kib(), 1048576);
        QCOMPARE(QString::fromStdString(r.sample.drbd(0).peers(0).replication()), QStringLiteral("SyncTarget"));
        QCOMPARE(r.sample.replication().lag_bytes(), 1048576ll * 1024);
        QCOMPARE(QString::fromStdString(r.sample.replication().upstream()), QStringLiteral("store-a"));
        QVERIFY(r.sample.replication().receiving());
    }

    void splitBrain()
    {
        const ProbeResult r = parseFixture(QStringLiteral("drbdsetup-status-splitbrain.json"));
        QVERIFY(r.ok());
        QVERIFY(r.sample.drbd(0).split_brain());
        QCOMPARE(r.sample.role(), ACTIVE);
        QCOMPARE(r.sample.health(), CRITICAL);
    }

    void standAloneWithNewerFields()
    {
        const ProbeResult r = parseFixture(QStringLiteral("drbdsetup-status-standalone-newer.json"));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.sample.role(), STANDBY);
        QVERIFY(!r.sample.replication().receiving());
        QCOMPARE(QString::fromStdString(r.sample.drbd(0).peers(0).connection()), QStringLiteral("StandAlone"));
        QCOMPARE(r.sample.health(), CRITICAL);  // Outdated disk
    }

    void textStatus()
    {
        const ProbeResult r = parseFixture(QStringLiteral("drbdadm-status.txt"));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.sample.drbd_size(), 2);
        QCOMPARE(r.sample.role(), STANDBY);
        const DrbdResource &spool = r.sample.drbd(0);
        QCOMPARE(spool.peers_size(), 2);
        QCOMPARE(QString::fromStdString(spool.peers(0).role()), QStringLiteral("Primary"));
        QCOMPARE(QString::fromStdString(spool.peers(0).disk()), QStringLiteral("UpToDate"));
        QCOMPARE(QString::fromStdString(spool.peers(1).connection()), QStringLiteral("Connecting"));
        QCOMPARE(QString::fromStdString(r.sample.drbd(1).disk()), QStringLiteral("Inconsistent"));
        QCOMPARE(QString::fromStdString(r.sample.drbd(1).peers(0).replication()), QStringLiteral("SyncTarget"));
        QCOMPARE(QString::fromStdString(r.sample.replication().upstream()), QStringLiteral("store-a"));
        QCOMPARE(r.sample.health(), CRITICAL);
    }

    void noResources()
    {
        const ProbeResult r = probe(DRBD).parse({{QStringLiteral("status"), outputOf("[]\n")}}, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.sample.role(), ROLE_UNKNOWN);
        QVERIFY(r.error->what.contains(QStringLiteral("no DRBD resource")));
    }
};

QTEST_GUILESS_MAIN(TestDrbdProbe)
#include "tst_drbdprobe.moc"
