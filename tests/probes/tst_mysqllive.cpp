// SPDX-License-Identifier: GPL-3.0-or-later
// The MySQL/MariaDB probe against a real MariaDB 10.11 source and GTID
// replica that this test starts on loopback: the probe's own commands run
// through the real `mysql` client, exactly as on a node.
#include "mariadbpair.h"
#include "probes/mysqlprobe.h"
#include "probetestutil.h"

#include <QDeadlineTimer>
#include <QThread>
#include <QtTest/QtTest>

using namespace mailha;
using namespace mailha::test;

namespace {

QHash<QString, QString> paramsFor(const QString &socket, bool legacy = false)
{
    QHash<QString, QString> params{{QStringLiteral("socket"), socket}, {QStringLiteral("user"), QStringLiteral("root")}};
    if (legacy)
        params.insert(QStringLiteral("legacy"), QStringLiteral("1"));
    return params;
}

ProbeResult runProbe(const QHash<QString, QString> &params)
{
    CommandOutputs outputs;
    for (const ProbeCommand &command : probe(MYSQL).commands(params))
        outputs.insert(command.key, runLocally(command));
    return probe(MYSQL).parse(outputs, params);
}

QString describe(const ProbeResult &r)
{
    return r.error ? r.error->toString() : toText(r.sample);
}

} // namespace

class TestMysqlLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_pair.start(), qPrintable(m_pair.error()));
    }

    void cleanupTestCase() { m_pair.stop(); }

    void sourceIsActive()
    {
        bool ok = false;
        m_pair.sql(MariadbPair::Source, QStringLiteral("INSERT INTO mailha.load(payload) VALUES (REPEAT('x', 200))"), &ok);
        QVERIFY2(ok, qPrintable(m_pair.error()));
        const ProbeResult r = runProbe(paramsFor(m_pair.sourceSocket()));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.sample.role(), ACTIVE);
        QCOMPARE(r.sample.health(), OK);
        const QByteArray gtid = m_pair.sql(MariadbPair::Source, QStringLiteral("SELECT @@gtid_current_pos")).trimmed();
        QVERIFY(!gtid.isEmpty());
        QCOMPARE(QString::fromStdString(r.sample.replication().position()), QString::fromLatin1(gtid));
    }

    void replicaStreams_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("SHOW REPLICA STATUS") << false;
        QTest::newRow("SHOW SLAVE STATUS") << true;
    }

    void replicaStreams()
    {
        QFETCH(bool, legacy);
        bool ok = false;
        m_pair.sql(MariadbPair::Source, QStringLiteral("INSERT INTO mailha.load(payload) VALUES (REPEAT('y', 200))"), &ok);
        QVERIFY2(ok && m_pair.waitForCatchUp(), qPrintable(m_pair.error()));
        const ProbeResult r = runProbe(paramsFor(m_pair.replicaSocket(), legacy));
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.sample.role(), STANDBY);
        QCOMPARE(r.sample.health(), OK);
        const Replication &rep = r.sample.replication();
        QVERIFY(rep.receiving());
        QVERIFY(rep.replaying());
        QCOMPARE(QString::fromStdString(rep.upstream()), QStringLiteral("127.0.0.1"));
        QVERIFY2(rep.lag_s() >= 0 && rep.lag_s() < 5, qPrintable(describe(r)));
        QCOMPARE(rep.lag_bytes(), 0);
        // MariaDB reports the received GTID set as Gtid_IO_Pos; after catch-up it is the source's.
        const QByteArray gtid = m_pair.sql(MariadbPair::Source, QStringLiteral("SELECT @@gtid_binlog_pos")).trimmed();
        QCOMPARE(QString::fromStdString(rep.position()), QString::fromLatin1(gtid));
        QVERIFY(rep.last_error().empty());
    }

    void brokenSqlThread()
    {
        // A row written behind replication's back on the replica makes the
        // source's next insert of the same key fail there: SQL thread stops.
        bool ok = false;
        m_pair.sql(MariadbPair::Replica,
                   QStringLiteral("SET SESSION sql_log_bin=0; INSERT INTO mailha.load(id, payload) VALUES (1000, 'replica only')"), &ok);
        QVERIFY2(ok, qPrintable(m_pair.error()));
        m_pair.sql(MariadbPair::Source, QStringLiteral("INSERT INTO mailha.load(id, payload) VALUES (1000, 'source')"), &ok);
        QVERIFY2(ok, qPrintable(m_pair.error()));

        ProbeResult r;
        QDeadlineTimer deadline(20000);
        do {
            r = runProbe(paramsFor(m_pair.replicaSocket()));
            if (r.ok() && !r.sample.replication().replaying())
                break;
            QThread::msleep(100);
        } while (!deadline.hasExpired());
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.sample.role(), STANDBY);
        QCOMPARE(r.sample.health(), CRITICAL);
        const Replication &rep = r.sample.replication();
        QVERIFY(rep.receiving());
        QVERIFY(!rep.replaying());
        QVERIFY2(QString::fromStdString(rep.last_error()).contains(QStringLiteral("Duplicate entry")), qPrintable(describe(r)));
        QCOMPARE(rep.lag_s(), -1.0);  // Seconds_Behind_Master is NULL: unknown, never 0

        // Repair as an admin would: skip the conflicting event, restart.
        m_pair.sql(MariadbPair::Replica,
                   QStringLiteral("STOP SLAVE; SET GLOBAL sql_slave_skip_counter=1; START SLAVE"), &ok);
        QVERIFY2(ok && m_pair.waitForReplicaRunning(), qPrintable(m_pair.error()));
    }

    void sourceDown()
    {
        QVERIFY(m_pair.stopServer(MariadbPair::Source));
        ProbeResult r;
        QDeadlineTimer deadline(20000);
        do {
            r = runProbe(paramsFor(m_pair.replicaSocket()));
            if (r.ok() && !r.sample.replication().receiving())
                break;
            QThread::msleep(200);
        } while (!deadline.hasExpired());
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.sample.role(), STANDBY);
        QCOMPARE(r.sample.health(), CRITICAL);
        QVERIFY(!r.sample.replication().receiving());

        // The stopped server itself: a typed "not running", not a parse error and not healthy.
        const ProbeResult down = runProbe(paramsFor(m_pair.sourceSocket()));
        QVERIFY2(down.ok(), qPrintable(describe(down)));
        QVERIFY(down.sample.health() != OK);
        QCOMPARE(down.sample.role(), FAILED);
    }

private:
    MariadbPair m_pair;
};

QTEST_GUILESS_MAIN(TestMysqlLive)
#include "tst_mysqllive.moc"
