// SPDX-License-Identifier: GPL-3.0-or-later
// The MySQL/MariaDB probe on SHOW REPLICA STATUS / SHOW SLAVE STATUS output
// captured from the documented format: MySQL 8 field names and states that
// the MariaDB server in tst_mysqllive cannot produce.
#include "probes/mysqlprobe.h"
#include "probetestutil.h"

#include <QtTest/QtTest>

using namespace mailha;
using namespace mailha::test;

namespace {
ProbeResult parse(const QString &vars, const QByteArray &replica)
{
    return probe(MYSQL).parse({{QStringLiteral("variables"), outputOf(probeFixture(vars))},
                               {QStringLiteral("replica"), outputOf(replica)}},
                              {});
}
} // namespace

class TestMysqlProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commands()
    {
        const QList<ProbeCommand> modern = probe(MYSQL).commands({{QStringLiteral("defaults_file"), QStringLiteral("/etc/mailha/my.cnf")}});
        QCOMPARE(modern.at(1).argv.at(1), QStringLiteral("--defaults-extra-file=/etc/mailha/my.cnf"));
        QCOMPARE(modern.at(1).argv.last(), QStringLiteral("SHOW REPLICA STATUS"));
        QCOMPARE(probe(MYSQL).commands({{QStringLiteral("legacy"), QStringLiteral("1")}}).at(1).argv.last(),
                 QStringLiteral("SHOW SLAVE STATUS"));
    }

    void healthyReplica()
    {
        const ProbeResult r = parse(QStringLiteral("mysql-variables-replica.tsv"), probeFixture(QStringLiteral("mysql-replica-status.txt")));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.sample.role(), STANDBY);
        QCOMPARE(r.sample.health(), OK);
        const Replication &rep = r.sample.replication();
        QVERIFY(rep.receiving() && rep.replaying());
        QCOMPARE(rep.lag_s(), 2.0);
        QCOMPARE(rep.lag_bytes(), 1000);
        QCOMPARE(QString::fromStdString(rep.upstream()), QStringLiteral("db-a.example.com"));
        QCOMPARE(QString::fromStdString(rep.position()), QStringLiteral("3E11FA47-71CA-11E1-9E33-C80AA9429562:1-5820"));
        QCOMPARE(QString::fromStdString(rep.receiver_state()), QStringLiteral("Waiting for source to send event"));
        QVERIFY(rep.last_error().empty());
    }

    void brokenSqlThread()
    {
        const ProbeResult r = parse(QStringLiteral("mysql-variables-replica.tsv"), probeFixture(QStringLiteral("mariadb-slave-status-broken.txt")));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.sample.role(), STANDBY);
        QCOMPARE(r.sample.health(), CRITICAL);
        const Replication &rep = r.sample.replication();
        QVERIFY(rep.receiving());
        QVERIFY(!rep.replaying());
        QCOMPARE(rep.lag_s(), -1.0);      // NULL: unknown, not zero
        QCOMPARE(rep.lag_bytes(), -1);    // executing an older binlog file than the one read
        QVERIFY(QString::fromStdString(rep.last_error()).startsWith(QStringLiteral("Error 'Duplicate entry '42'")));
        QCOMPARE(QString::fromStdString(rep.position()), QStringLiteral("0-1-9173"));
    }

    void ioThreadConnecting()
    {
        QByteArray status = probeFixture(QStringLiteral("mysql-replica-status.txt"));
        status.replace("Replica_IO_Running: Yes", "Replica_IO_Running: Connecting");
        status.replace("Last_IO_Error:\n", "Last_IO_Error: error connecting to source 'repl@db-a.example.com:3306' - retry-time: 60 retries: 3\n");
        status.replace("Seconds_Behind_Source: 2", "Seconds_Behind_Source: NULL");
        const ProbeResult r = parse(QStringLiteral("mysql-variables-replica.tsv"), status);
        QVERIFY(r.ok());
        QVERIFY(!r.sample.replication().receiving());
        QCOMPARE(r.sample.health(), CRITICAL);
        QVERIFY(r.sample.replication().last_error().find("error connecting") == 0);
    }

    void sourceWithoutReplication()
    {
        const ProbeResult r = parse(QStringLiteral("mysql-variables-source.tsv"), QByteArray());
        QVERIFY(r.ok());
        QCOMPARE(r.sample.role(), ACTIVE);
        QCOMPARE(QString::fromStdString(r.sample.replication().position()), QStringLiteral("0-1-9173"));
        QCOMPARE(parse(QStringLiteral("mysql-variables-replica.tsv"), QByteArray()).sample.role(), PASSIVE);
    }

    void garbage()
    {
        const ProbeResult r = parse(QStringLiteral("mysql-variables-replica.tsv"), "ERROR 1045 (28000): Access denied\n");
        QVERIFY(!r.ok());
        QCOMPARE(r.error->command, QStringLiteral("replica"));
        QCOMPARE(r.error->line, 1);
        const ProbeResult noVars = probe(MYSQL).parse({{QStringLiteral("variables"), outputOf("version\t8.0.36\n")},
                                                       {QStringLiteral("replica"), outputOf({})}},
                                                      {});
        QVERIFY(!noVars.ok());
        QVERIFY(noVars.error->what.contains(QStringLiteral("read_only")));
    }
};

QTEST_GUILESS_MAIN(TestMysqlProbe)
#include "tst_mysqlprobe.moc"
