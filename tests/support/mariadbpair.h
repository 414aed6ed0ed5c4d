// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace mailha::test {

/// A throw-away MariaDB source and one GTID replica for integration tests,
/// on 127.0.0.1 and free ports, in a temporary directory. The servers run
/// as the `mysql` OS user when the test runs as root (mariadbd refuses to
/// run as root otherwise), as the caller otherwise. root has no password on
/// loopback and the sockets; nothing listens on any other address.
/// Everything is stopped and removed by stop() or the destructor.
class MariadbPair final
{
public:
    MariadbPair();
    ~MariadbPair();
    MariadbPair(const MariadbPair &) = delete;
    MariadbPair &operator=(const MariadbPair &) = delete;

    /// Initialises both data directories, starts them, creates the
    /// replication user and starts the replica. False with error() set.
    bool start();
    void stop();

    QString error() const { return m_error; }
    quint16 sourcePort() const { return m_ports[0]; }
    quint16 replicaPort() const { return m_ports[1]; }
    QString sourceSocket() const { return socketPath(0); }
    QString replicaSocket() const { return socketPath(1); }

    /// Runs `mysql -N -B -e statement` as root against one server's socket.
    QByteArray sql(int server, const QString &statement, bool *ok = nullptr);
    /// Waits until the replica has applied everything the source wrote.
    bool waitForCatchUp(int timeoutMs = 30000);
    /// Waits until both replica threads report running ("Yes").
    bool waitForReplicaRunning(int timeoutMs = 30000);
    /// Stops one server (SIGTERM, then SIGKILL after 20 s).
    bool stopServer(int server);

    static constexpr int Source = 0;
    static constexpr int Replica = 1;

private:
    QString dataDir(int server) const;
    QString socketPath(int server) const;
    bool startServer(int server);
    bool runTool(const QString &program, const QStringList &args, int timeoutMs);
    bool runAsServerUser() const;
    QByteArray client(int server, const QStringList &args, bool *ok = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_servers[2];
    quint16 m_ports[2] = {0, 0};
    QString m_error;
};

} // namespace mailha::test
