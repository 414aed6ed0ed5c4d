// SPDX-License-Identifier: GPL-3.0-or-later
#include "mariadbpair.h"

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <unistd.h>

namespace mailha::test {

namespace {

const char serverUser[] = "mysql";

} // namespace

MariadbPair::MariadbPair() = default;

MariadbPair::~MariadbPair()
{
    stop();
}

bool MariadbPair::runAsServerUser() const
{
    return ::geteuid() == 0;
}

QString MariadbPair::dataDir(int server) const
{
    return m_dir->filePath(server == Source ? QStringLiteral("source") : QStringLiteral("replica"));
}

QString MariadbPair::socketPath(int server) const
{
    return m_dir ? m_dir->filePath(server == Source ? QStringLiteral("source.sock") : QStringLiteral("replica.sock")) : QString();
}

bool MariadbPair::runTool(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(program, p.errorString());
        return false;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        m_error = QStringLiteral("%1 timed out").arg(program);
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 failed (%2): %3").arg(program).arg(p.exitCode()).arg(QString::fromLocal8Bit(p.readAll()).left(2000));
        return false;
    }
    return true;
}

bool MariadbPair::startServer(int server)
{
    QStringList args{QStringLiteral("--no-defaults"),
                     QStringLiteral("--datadir=") + dataDir(server),
                     QStringLiteral("--port=%1").arg(m_ports[server]),
                     QStringLiteral("--bind-address=127.0.0.1"),
                     QStringLiteral("--socket=") + socketPath(server),
                     QStringLiteral("--pid-file=") + dataDir(server) + QStringLiteral(".pid"),
                     QStringLiteral("--log-error=") + dataDir(server) + QStringLiteral(".err"),
                     QStringLiteral("--server-id=%1").arg(server + 1),
                     QStringLiteral("--log-bin=mysql-bin"),
                     QStringLiteral("--binlog-format=ROW"),
                     QStringLiteral("--skip-name-resolve"),
                     QStringLiteral("--innodb-buffer-pool-size=16M"),
                     QStringLiteral("--innodb-flush-log-at-trx-commit=0"),
                     QStringLiteral("--sync-binlog=0")};
    if (runAsServerUser())
        args << QStringLiteral("--user=") + QLatin1String(serverUser);
    m_servers[server] = std::make_unique<QProcess>();
    endsWithTest(*m_servers[server]);
    m_servers[server]->start(QStringLiteral("/usr/sbin/mariadbd"), args);
    if (!m_servers[server]->waitForStarted(10000)) {
        m_error = QStringLiteral("mariadbd did not start: %1").arg(m_servers[server]->errorString());
        return false;
    }
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (m_servers[server]->state() == QProcess::NotRunning) {
            QFile log(dataDir(server) + QStringLiteral(".err"));
            log.open(QIODevice::ReadOnly);
            m_error = QStringLiteral("mariadbd exited: %1").arg(QString::fromLocal8Bit(log.readAll().right(2000)));
            return false;
        }
        bool ok = false;
        sql(server, QStringLiteral("SELECT 1"), &ok);
        if (ok)
            return true;
        QThread::msleep(100);
    }
    m_error = QStringLiteral("mariadbd on port %1 never accepted connections").arg(m_ports[server]);
    return false;
}

bool MariadbPair::start()
{
    if (!QFileInfo(QStringLiteral("/usr/sbin/mariadbd")).isExecutable()) {
        m_error = QStringLiteral("no /usr/sbin/mariadbd (install mariadb-server)");
        return false;
    }
    // Short path: the sockets live here and sun_path holds 108 bytes.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/mailha-my-XXXXXX"));
    if (!m_dir->isValid() || (runAsServerUser() && !chownToUser(m_dir->path(), serverUser))) {
        m_error = QStringLiteral("no temporary directory for the mysql user");
        return false;
    }
    m_ports[Source] = freeLoopbackPort();
    do
        m_ports[Replica] = freeLoopbackPort();
    while (m_ports[Replica] == m_ports[Source]);

    for (int server : {Source, Replica}) {
        QStringList args{QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + dataDir(server),
                         QStringLiteral("--auth-root-authentication-method=normal"), QStringLiteral("--skip-test-db")};
        if (runAsServerUser())
            args << QStringLiteral("--user=") + QLatin1String(serverUser);
        if (!runTool(QStringLiteral("mariadb-install-db"), args, 120000) || !startServer(server))
            return false;
    }
    bool ok = false;
    sql(Source,
        QStringLiteral("CREATE USER 'repl'@'127.0.0.1' IDENTIFIED BY 'repl'; "
                       "GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1'; "
                       "CREATE DATABASE mailha; CREATE TABLE mailha.load (id INT AUTO_INCREMENT PRIMARY KEY, payload TEXT)"),
        &ok);
    if (!ok)
        return false;
    sql(Replica,
        QStringLiteral("CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=%1, MASTER_USER='repl', "
                       "MASTER_PASSWORD='repl', MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1; "
                       "SET GLOBAL read_only=ON; START SLAVE")
            .arg(m_ports[Source]),
        &ok);
    return ok && waitForReplicaRunning() && waitForCatchUp();
}

bool MariadbPair::stopServer(int server)
{
    QProcess *p = m_servers[server].get();
    if (!p || p->state() == QProcess::NotRunning)
        return true;
    p->terminate();
    if (!p->waitForFinished(20000)) {
        p->kill();
        p->waitForFinished(5000);
    }
    return p->state() == QProcess::NotRunning;
}

void MariadbPair::stop()
{
    for (int server : {Replica, Source}) {
        stopServer(server);
        m_servers[server].reset();
    }
    m_dir.reset();
}

QByteArray MariadbPair::sql(int server, const QString &statement, bool *ok)
{
    return client(server, {QStringLiteral("-N"), QStringLiteral("-B"), QStringLiteral("-e"), statement}, ok);
}

QByteArray MariadbPair::client(int server, const QStringList &args, bool *ok)
{
    QProcess p;
    p.start(QStringLiteral("mysql"),
            QStringList{QStringLiteral("--no-defaults"), QStringLiteral("--socket=") + socketPath(server), QStringLiteral("--user=root")} +
                args);
    const bool ran = p.waitForStarted(10000) && p.waitForFinished(30000);
    if (!ran)
        p.kill();
    const bool good = ran && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!good)
        m_error = QStringLiteral("mysql: %1").arg(QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
    if (ok)
        *ok = good;
    return good ? p.readAllStandardOutput() : QByteArray();
}

bool MariadbPair::waitForReplicaRunning(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QByteArray status = client(Replica, {QStringLiteral("-E"), QStringLiteral("-e"), QStringLiteral("SHOW REPLICA STATUS")});
        if (status.contains("Slave_IO_Running: Yes") && status.contains("Slave_SQL_Running: Yes"))
            return true;
        QThread::msleep(100);
    }
    m_error = QStringLiteral("replica threads never both ran");
    return false;
}

bool MariadbPair::waitForCatchUp(int timeoutMs)
{
    const QByteArray target = sql(Source, QStringLiteral("SELECT @@gtid_binlog_pos")).trimmed();
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (sql(Replica, QStringLiteral("SELECT @@gtid_slave_pos")).trimmed() == target)
            return true;
        QThread::msleep(100);
    }
    m_error = QStringLiteral("replica never reached GTID %1").arg(QString::fromLatin1(target));
    return false;
}

} // namespace mailha::test
