// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL probe against a real PostgreSQL 15 primary and streaming
// standby started on loopback, under write load, paused replay and a lost
// WAL receiver; plus edge cases the live pair cannot show (old versions,
// newer versions' extra fields).
#include "pgcluster.h"
#include "probes/postgresprobe.h"
#include "probetestutil.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QtTest/QtTest>

using namespace mailha;
using namespace mailha::test;

class TestPostgresProbe : public QObject
{
    Q_OBJECT

private:
    PgCluster m_pg;

    ProbeResult probeAt(quint16 port, const QString &captureAs = {})
    {
        const QHash<QString, QString> params{{QStringLiteral("host"), m_pg.host()},
                                             {QStringLiteral("port"), QString::number(port)},
                                             {QStringLiteral("user"), m_pg.user()},
                                             {QStringLiteral("dbname"), QStringLiteral("postgres")}};
        const QList<ProbeCommand> commands = probe(POSTGRES).commands(params);
        CommandOutputs outputs;
        for (const ProbeCommand &c : commands) {
            CommandOutput out;
            out.exitStatus = m_pg.runClient(port, c.argv, &out.standardOutput, &out.standardError);
            outputs.insert(c.key, out);
        }
        // MAILHA_CAPTURE_DIR=dir keeps the live outputs (how the fixtures were made).
        const QString dir = qEnvironmentVariable("MAILHA_CAPTURE_DIR");
        if (!dir.isEmpty() && !captureAs.isEmpty()) {
            QFile f(QDir(dir).filePath(captureAs));
            if (f.open(QIODevice::WriteOnly))
                f.write(outputs.value(QStringLiteral("state")).standardOutput);
        }
        return probe(POSTGRES).parse(outputs, params);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
    }

    void cleanupTestCase()
    {
        m_pg.stop();
    }

    void commandHonoursParamsAndEnvironment()
    {
        const QList<ProbeCommand> none = probe(POSTGRES).commands({});
        QCOMPARE(none.size(), 1);
        QVERIFY(!none.first().argv.contains(QStringLiteral("-h")));  // PGHOST decides
        QCOMPARE(none.first().argv.constFirst(), QStringLiteral("psql"));
        const QList<ProbeCommand> some = probe(POSTGRES).commands({{QStringLiteral("host"), QStringLiteral("db-a")},
                                                                   {QStringLiteral("port"), QStringLiteral("5433")}});
        const QStringList argv = some.first().argv;
        QCOMPARE(argv.at(argv.indexOf(QStringLiteral("-h")) + 1), QStringLiteral("db-a"));
        QCOMPARE(argv.at(argv.indexOf(QStringLiteral("-p")) + 1), QStringLiteral("5433"));
        // Without params the PG* environment points psql at the primary.
        CommandOutputs outputs;
        CommandOutput out;
        out.exitStatus = m_pg.runClient(m_pg.primaryPort(), none.first().argv, &out.standardOutput, &out.standardError);
        outputs.insert(none.first().key, out);
        const ProbeResult r = probe(POSTGRES).parse(outputs, {});
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.sample.role(), ACTIVE);
    }

    void primaryUnderWriteLoad()
    {
        QVERIFY2(m_pg.startWriteLoad(20), qPrintable(m_pg.error()));
        QThread::msleep(1500);
        const ProbeResult r = probeAt(m_pg.primaryPort(), QStringLiteral("postgres-primary-load.json"));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.sample.role(), ACTIVE);
        QCOMPARE(r.sample.health(), OK);
        const Replication &rep = r.sample.replication();
        QVERIFY(!rep.position().empty());
        QCOMPARE(rep.replicas_size(), 1);
        const ReplicaView &v = rep.replicas(0);
        QCOMPARE(QString::fromStdString(v.name()), m_pg.standbyName());
        QCOMPARE(QString::fromStdString(v.address()), QStringLiteral("127.0.0.1"));
        QCOMPARE(QString::fromStdString(v.state()), QStringLiteral("streaming"));
        QCOMPARE(QString::fromStdString(v.sync_state()), QStringLiteral("async"));
        QVERIFY(!v.sent_position().empty() && !v.replay_position().empty());
        QVERIFY(v.lag_bytes() >= 0);
        QVERIFY(v.replay_lag_s() >= 0);

        const ProbeResult s = probeAt(m_pg.standbyPort(), QStringLiteral("postgres-standby-load.json"));
        QVERIFY2(s.ok(), qPrintable(s.error ? s.error->toString() : QString()));
        QCOMPARE(s.sample.role(), STANDBY);
        QCOMPARE(s.sample.health(), OK);
        QVERIFY(s.sample.replication().receiving());
        QVERIFY(s.sample.replication().replaying());
        QCOMPARE(QString::fromStdString(s.sample.replication().upstream()), QStringLiteral("127.0.0.1"));
        QCOMPARE(QString::fromStdString(s.sample.replication().receiver_state()), QStringLiteral("streaming"));
        QVERIFY(s.sample.replication().lag_bytes() >= 0);
        m_pg.stopWriteLoad();
    }

    void idlePrimaryShowsNoLag()
    {
        m_pg.stopWriteLoad();
        QVERIFY2(m_pg.waitForCatchUp(), qPrintable(m_pg.error()));
        // Long enough that the last replayed transaction is visibly old.
        QThread::msleep(2200);
        const ProbeResult s = probeAt(m_pg.standbyPort(), QStringLiteral("postgres-standby-idle.json"));
        QVERIFY2(s.ok(), qPrintable(s.error ? s.error->toString() : QString()));
        QCOMPARE(s.sample.replication().lag_bytes(), 0);
        QCOMPARE(s.sample.replication().lag_s(), 0.0);
        QVERIFY2(s.sample.replication().last_replay_age_s() >= 2.0,
                 qPrintable(QString::number(s.sample.replication().last_replay_age_s())));
        const ProbeResult p = probeAt(m_pg.primaryPort(), QStringLiteral("postgres-primary-idle.json"));
        QVERIFY(p.ok());
        QCOMPARE(p.sample.replication().replicas(0).lag_bytes(), 0);
    }

    void pausedReplayShowsLagInBytesAndSeconds()
    {
        QVERIFY(m_pg.pauseReplay(true));
        QVERIFY(m_pg.write(3000));
        ProbeResult s;
        QDeadlineTimer deadline(15000);
        do {
            QThread::msleep(200);
            s = probeAt(m_pg.standbyPort(), QStringLiteral("postgres-standby-paused.json"));
        } while (s.ok() && s.sample.replication().lag_bytes() <= 0 && !deadline.hasExpired());
        QVERIFY2(s.ok(), qPrintable(s.error ? s.error->toString() : QString()));
        QCOMPARE(s.sample.role(), STANDBY);
        QVERIFY(!s.sample.replication().replaying());
        QCOMPARE(s.sample.health(), CRITICAL);
        QVERIFY(s.sample.replication().lag_bytes() > 100'000);
        QVERIFY(s.sample.replication().lag_s() > 0);
        const ProbeResult p = probeAt(m_pg.primaryPort());
        QVERIFY(p.ok());
        QVERIFY(p.sample.replication().replicas(0).lag_bytes() > 100'000);
        QVERIFY(m_pg.pauseReplay(false));
        QVERIFY2(m_pg.waitForCatchUp(), qPrintable(m_pg.error()));
    }

    void standbyWithoutWalReceiver()
    {
        QVERIFY2(m_pg.disconnectStandby(), qPrintable(m_pg.error()));
        ProbeResult s;
        QDeadlineTimer deadline(20000);
        do {
            QThread::msleep(200);
            s = probeAt(m_pg.standbyPort(), QStringLiteral("postgres-standby-noreceiver.json"));
        } while (s.ok() && s.sample.replication().receiving() && !deadline.hasExpired());
        QVERIFY2(s.ok(), qPrintable(s.error ? s.error->toString() : QString()));
        QCOMPARE(s.sample.role(), STANDBY);
        QVERIFY(!s.sample.replication().receiving());
        QCOMPARE(s.sample.health(), CRITICAL);
        QVERIFY(m_pg.waitForStreaming(0));
        QVERIFY(m_pg.reconnectStandby());
        QVERIFY2(m_pg.waitForStreaming(1), qPrintable(m_pg.error()));
    }

    void stoppedServerIsFailedNotAParseError()
    {
        CommandOutputs outputs;
        const ProbeCommand c = probe(POSTGRES).commands({}).first();
        CommandOutput out;
        out.exitStatus = m_pg.runClient(freeLoopbackPort(), c.argv, &out.standardOutput, &out.standardError);
        outputs.insert(c.key, out);
        const ProbeResult r = probe(POSTGRES).parse(outputs, {});
        QVERIFY(r.ok());
        QCOMPARE(r.sample.role(), FAILED);
        QCOMPARE(r.sample.health(), CRITICAL);
        QVERIFY2(r.sample.detail().find("Connection refused") != std::string::npos, r.sample.detail().c_str());
    }

    void refusedQueryIsATypedError()
    {
        const QHash<QString, QString> params{{QStringLiteral("dbname"), QStringLiteral("no_such_database")}};
        const ProbeCommand c = probe(POSTGRES).commands(params).first();
        CommandOutput out;
        out.exitStatus = m_pg.runClient(m_pg.primaryPort(), c.argv, &out.standardOutput, &out.standardError);
        const ProbeResult r = probe(POSTGRES).parse({{c.key, out}}, params);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->probe, QStringLiteral("postgres"));
        QCOMPARE(r.error->command, QStringLiteral("state"));
        QVERIFY2(r.error->what.contains(QStringLiteral("no_such_database")), qPrintable(r.error->what));
        QCOMPARE(r.sample.role(), ROLE_UNKNOWN);
        QCOMPARE(r.sample.health(), HEALTH_UNKNOWN);
    }

    void capturedEdges_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("role");
        QTest::addRow("newer version, extra fields") << "postgres-standby-newer.json" << true << int(STANDBY);
        QTest::addRow("9.6 is too old") << "postgres-old-version.json" << false << int(ROLE_UNKNOWN);
        QTest::addRow("standby without receiver") << "postgres-standby-noreceiver.json" << true << int(STANDBY);
    }

    void capturedEdges()
    {
        QFETCH(QString, fixture);
        QFETCH(bool, ok);
        QFETCH(int, role);
        const ProbeResult r = probe(POSTGRES).parse({{QStringLiteral("state"), outputOf(probeFixture(fixture))}}, {});
        QCOMPARE(r.ok(), ok);
        QCOMPARE(r.sample.role(), Role(role));
        if (!ok)
            QVERIFY(!r.sample.error().empty());
    }
};

QTEST_GUILESS_MAIN(TestPostgresProbe)
#include "tst_postgresprobe.moc"
