// SPDX-License-Identifier: GPL-3.0-or-later
// The Dovecot probe on doveadm replicator output, captured from the
// documented format (replication needs two mail servers).
#include "probes/dovecotprobe.h"
#include "probes/probesupport.h"
#include "probetestutil.h"

#include <QtTest/QtTest>

using namespace mailha;
using namespace mailha::test;

class TestDovecotProbe : public QObject
{
    Q_OBJECT

private:
    static CommandOutputs fixtureOutputs(bool withOverview)
    {
        CommandOutputs o{{QStringLiteral("users"), outputOf(probeFixture(QStringLiteral("doveadm-replicator-users.txt")))},
                         {QStringLiteral("dsync"), outputOf(probeFixture(QStringLiteral("doveadm-replicator-dsync.txt")))},
                         {QStringLiteral("addresses"), outputOf(probeFixture(QStringLiteral("ip-addr-vip.json")))}};
        if (withOverview)
            o.insert(QStringLiteral("overview"), outputOf(probeFixture(QStringLiteral("doveadm-replicator-overview.txt"))));
        return o;
    }

private Q_SLOTS:
    void commands()
    {
        const QList<ProbeCommand> c = probe(DOVECOT).commands({});
        QCOMPARE(c.first().argv, (QStringList{QStringLiteral("doveadm"), QStringLiteral("replicator"), QStringLiteral("status"),
                                              QStringLiteral("*")}));
        QCOMPARE(c.at(2).argv.last(), QStringLiteral("dsync-status"));
    }

    void usersTableAlone()
    {
        CommandOutputs o = fixtureOutputs(false);
        const ProbeResult r = probe(DOVECOT).parse(o, {});
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        const DovecotReplication &d = r.sample.dovecot();
        QCOMPARE(d.users(), 5);
        QCOMPARE(d.queued_incremental(), 2);
        QCOMPARE(d.failed_users(), 1);
        QCOMPARE(d.last_sync_age_s(), 47.0 * 60 + 30);  // the stalest user
        QCOMPARE(r.sample.health(), WARNING);
        QCOMPARE(r.sample.role(), ACTIVE);  // no IMAP address known: every member serves
    }

    void overviewCounters()
    {
        const ProbeResult r = probe(DOVECOT).parse(fixtureOutputs(true), {});
        QVERIFY(r.ok());
        QCOMPARE(r.sample.dovecot().queued_full(), 2);
        QCOMPARE(r.sample.dovecot().queued_incremental(), 2);
        QVERIFY(r.sample.detail().find("1 syncing") != std::string::npos);
    }

    void roleFromTheImapAddress()
    {
        // ip-addr-vip.json holds 192.0.2.143: the node with the IMAP address is active.
        ProbeResult r = probe(DOVECOT).parse(fixtureOutputs(true), {{QLatin1String(groupVipsParam), QStringLiteral("192.0.2.143")}});
        QCOMPARE(r.sample.role(), ACTIVE);
        r = probe(DOVECOT).parse(fixtureOutputs(true), {{QLatin1String(groupVipsParam), QStringLiteral("192.0.2.144")},
                                                        {QStringLiteral("upstream"), QStringLiteral("imap-a")}});
        QCOMPARE(r.sample.role(), PASSIVE);
        QCOMPARE(r.sample.replication().lag_s(), 47.0 * 60 + 30);
        QCOMPARE(QString::fromStdString(r.sample.replication().upstream()), QStringLiteral("imap-a"));
    }

    void badTable()
    {
        const QByteArray cut = probeFixture(QStringLiteral("doveadm-replicator-users.txt")).left(200);
        const ProbeResult r = probe(DOVECOT).parse({{QStringLiteral("users"), outputOf(cut)}}, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error->line, 2);
        QCOMPARE(r.sample.role(), ROLE_UNKNOWN);
        const ProbeResult notRunning = probe(DOVECOT).parse(
            {{QStringLiteral("users"), outputOf({}, 75, "doveadm(root): Error: net_connect_unix(/run/dovecot/replicator-doveadm) failed\n")}}, {});
        QVERIFY(!notRunning.ok());
        QVERIFY(notRunning.error->what.contains(QStringLiteral("replicator-doveadm")));
    }
};

QTEST_GUILESS_MAIN(TestDovecotProbe)
#include "tst_dovecotprobe.moc"
