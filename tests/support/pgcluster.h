// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace mailha::test {

/// A throw-away PostgreSQL 15 pair for integration tests: a primary and one
/// streaming standby (pg_basebackup -R, application_name "standby1") on
/// 127.0.0.1 and free ports, in a temporary directory, trust authentication
/// on loopback only. Server programs run as the `postgres` OS user when the
/// test runs as root (initdb refuses root), as the caller otherwise.
/// Everything is stopped and removed by stop() or the destructor.
class PgCluster final
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    /// /usr/lib/postgresql/15/bin, or MAILHA_PG_BINDIR.
    static QString binDir();

    /// initdb, start the primary, base-backup and start the standby, and wait
    /// until the primary sees it streaming. False with error() set otherwise.
    bool start();
    void stop();

    QString error() const { return m_error; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 primaryPort() const { return m_primaryPort; }
    quint16 standbyPort() const { return m_standbyPort; }
    QString user() const { return QStringLiteral("postgres"); }
    QString standbyName() const { return QStringLiteral("standby1"); }

    /// Runs `psql -X -A -t -q -v ON_ERROR_STOP=1 [args] -c sql` against a
    /// port as the superuser; stdout, or an empty array with error() set.
    QByteArray sql(quint16 port, const QString &statement, bool *ok = nullptr);
    /// Runs any client program (psql with a probe's argv, ...) the same way,
    /// with PGHOST/PGPORT/PGUSER pointing at `port`.
    int runClient(quint16 port, const QStringList &argv, QByteArray *out, QByteArray *err = nullptr, int timeoutMs = 30000);

    /// Inserts `rows` rows of ~200 bytes on the primary (one transaction).
    bool write(int rows);
    /// Starts a background client that keeps writing small transactions on
    /// the primary for up to `seconds` (stopWriteLoad() ends it sooner).
    bool startWriteLoad(int seconds);
    void stopWriteLoad();
    /// Waits until the standby has replayed everything the primary wrote.
    bool waitForCatchUp(int timeoutMs = 30000);
    /// Waits until the primary shows `count` streaming replicas (0: none).
    bool waitForStreaming(int count, int timeoutMs = 30000);

    /// pg_wal_replay_pause()/resume() on the standby: WAL arrives, is not applied.
    bool pauseReplay(bool pause);
    /// Clears primary_conninfo on the standby and reloads: its WAL receiver
    /// stops, as when the primary's address is lost. reconnectStandby() undoes it.
    bool disconnectStandby();
    bool reconnectStandby();
    /// pg_ctl stop -m fast of the primary (the standby keeps running).
    bool stopPrimary();

private:
    bool runServerTool(const QString &tool, const QStringList &args, int timeoutMs, QByteArray *out = nullptr);
    QString primaryDir() const;
    QString standbyDir() const;
    bool appendConfig(const QString &dataDir, const QString &text);
    bool runAsServerUser() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_primaryPort = 0;
    quint16 m_standbyPort = 0;
    bool m_primaryRunning = false;
    bool m_standbyRunning = false;
    QString m_error;
    QString m_conninfo;
    std::unique_ptr<QProcess> m_load;
};

} // namespace mailha::test
