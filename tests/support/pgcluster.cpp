// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgcluster.h"

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <unistd.h>

namespace mailha::test {

namespace {

const char serverUser[] = "postgres";

} // namespace

PgCluster::PgCluster() = default;

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::binDir()
{
    const QString fromEnv = qEnvironmentVariable("MAILHA_PG_BINDIR");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : fromEnv;
}

bool PgCluster::runAsServerUser() const
{
    return ::geteuid() == 0;
}

QString PgCluster::primaryDir() const
{
    return m_dir->filePath(QStringLiteral("primary"));
}

QString PgCluster::standbyDir() const
{
    return m_dir->filePath(QStringLiteral("standby"));
}

bool PgCluster::runServerTool(const QString &tool, const QStringList &args, int timeoutMs, QByteArray *out)
{
    QProcess p;
    p.setWorkingDirectory(m_dir->path());
    const QString program = QDir(binDir()).filePath(tool);
    if (runAsServerUser())
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QLatin1String(serverUser), QStringLiteral("--"), program} + args);
    else
        p.start(program, args);
    if (!p.waitForStarted(10000)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(tool, p.errorString());
        return false;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        m_error = QStringLiteral("%1 timed out").arg(tool);
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed (%3): %4")
                      .arg(tool, args.join(QLatin1Char(' ')).left(200))
                      .arg(p.exitCode())
                      .arg(QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput()).left(2000));
        return false;
    }
    return true;
}

bool PgCluster::appendConfig(const QString &dataDir, const QString &text)
{
    QFile conf(QDir(dataDir).filePath(QStringLiteral("postgresql.conf")));
    if (!conf.open(QIODevice::Append | QIODevice::Text)) {
        m_error = QStringLiteral("cannot append to %1").arg(conf.fileName());
        return false;
    }
    conf.write(text.toUtf8());
    return true;
}

bool PgCluster::start()
{
    if (!QFileInfo(QDir(binDir()).filePath(QStringLiteral("initdb"))).isExecutable()) {
        m_error = QStringLiteral("no initdb in %1 (install postgresql-15)").arg(binDir());
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mailha-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    if (runAsServerUser() && !chownToUser(m_dir->path(), serverUser)) {
        m_error = QStringLiteral("cannot give %1 to the postgres user").arg(m_dir->path());
        return false;
    }
    m_primaryPort = freeLoopbackPort();
    m_standbyPort = freeLoopbackPort();
    while (m_standbyPort == m_primaryPort)
        m_standbyPort = freeLoopbackPort();

    if (!runServerTool(QStringLiteral("initdb"),
                       {QStringLiteral("-D"), primaryDir(), QStringLiteral("-U"), user(), QStringLiteral("--auth=trust"),
                        QStringLiteral("--no-sync"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C")},
                       120000))
        return false;
    const QString common = QStringLiteral(
                               "\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%1'\nwal_level = replica\n"
                               "max_wal_senders = 5\nhot_standby = on\nfsync = off\nshared_buffers = 16MB\n"
                               "wal_receiver_status_interval = 1s\nlogging_collector = off\n")
                               .arg(m_dir->path());
    if (!appendConfig(primaryDir(), common + QStringLiteral("port = %1\n").arg(m_primaryPort)))
        return false;
    if (!runServerTool(QStringLiteral("pg_ctl"),
                       {QStringLiteral("-D"), primaryDir(), QStringLiteral("-l"), m_dir->filePath(QStringLiteral("primary.log")),
                        QStringLiteral("-w"), QStringLiteral("start")},
                       60000))
        return false;
    m_primaryRunning = true;

    m_conninfo = QStringLiteral("host=127.0.0.1 port=%1 user=%2 application_name=%3")
                     .arg(m_primaryPort)
                     .arg(user(), standbyName());
    if (!runServerTool(QStringLiteral("pg_basebackup"),
                       {QStringLiteral("-d"), m_conninfo, QStringLiteral("-D"), standbyDir(), QStringLiteral("-R"),
                        QStringLiteral("-X"), QStringLiteral("stream"), QStringLiteral("-c"), QStringLiteral("fast")},
                       120000))
        return false;
    if (!appendConfig(standbyDir(), QStringLiteral("\nport = %1\n").arg(m_standbyPort)))
        return false;
    if (!runServerTool(QStringLiteral("pg_ctl"),
                       {QStringLiteral("-D"), standbyDir(), QStringLiteral("-l"), m_dir->filePath(QStringLiteral("standby.log")),
                        QStringLiteral("-w"), QStringLiteral("start")},
                       60000))
        return false;
    m_standbyRunning = true;
    return waitForStreaming(1);
}

void PgCluster::stop()
{
    stopWriteLoad();
    if (!m_dir)
        return;
    if (m_standbyRunning)
        runServerTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), standbyDir(), QStringLiteral("-m"), QStringLiteral("immediate"),
                                                 QStringLiteral("-w"), QStringLiteral("stop")},
                      60000);
    if (m_primaryRunning)
        runServerTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), primaryDir(), QStringLiteral("-m"), QStringLiteral("immediate"),
                                                 QStringLiteral("-w"), QStringLiteral("stop")},
                      60000);
    m_standbyRunning = m_primaryRunning = false;
    m_dir.reset();
}

int PgCluster::runClient(quint16 port, const QStringList &argv, QByteArray *out, QByteArray *err, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGHOST"), host());
    env.insert(QStringLiteral("PGPORT"), QString::number(port));
    env.insert(QStringLiteral("PGUSER"), user());
    env.insert(QStringLiteral("PGDATABASE"), QStringLiteral("postgres"));
    env.remove(QStringLiteral("PGPASSWORD"));
    p.setProcessEnvironment(env);
    p.start(argv.constFirst(), argv.mid(1));
    if (!p.waitForStarted(10000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        m_error = QStringLiteral("%1 did not run or timed out").arg(argv.constFirst());
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    const QByteArray stderrText = p.readAllStandardError();
    if (err)
        *err = stderrText;
    if (p.exitCode() != 0)
        m_error = QString::fromLocal8Bit(stderrText).trimmed();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QByteArray PgCluster::sql(quint16 port, const QString &statement, bool *ok)
{
    QByteArray out;
    const int status = runClient(port,
                                 {QStringLiteral("psql"), QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"),
                                  QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                  QStringLiteral("-c"), statement},
                                 &out);
    if (ok)
        *ok = status == 0;
    return status == 0 ? out : QByteArray();
}

bool PgCluster::write(int rows)
{
    bool ok = false;
    sql(m_primaryPort,
        QStringLiteral("CREATE TABLE IF NOT EXISTS mailha_load(id bigserial PRIMARY KEY, payload text); "
                       "INSERT INTO mailha_load(payload) SELECT repeat(md5(g::text), 6) FROM generate_series(1, %1) g")
            .arg(rows),
        &ok);
    return ok;
}

bool PgCluster::startWriteLoad(int seconds)
{
    stopWriteLoad();
    if (!write(1))
        return false;
    m_load = std::make_unique<QProcess>();
    endsWithTest(*m_load);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGHOST"), host());
    env.insert(QStringLiteral("PGPORT"), QString::number(m_primaryPort));
    env.insert(QStringLiteral("PGUSER"), user());
    env.insert(QStringLiteral("PGDATABASE"), QStringLiteral("postgres"));
    env.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("mailha_load"));
    m_load->setProcessEnvironment(env);
    // One transaction per iteration, so the standby has a steady stream to apply.
    const QString loop = QStringLiteral(
                             "DO $$ BEGIN FOR i IN 1..%1 LOOP "
                             "INSERT INTO mailha_load(payload) SELECT repeat(md5(g::text), 6) FROM generate_series(1, 200) g; "
                             "COMMIT; PERFORM pg_sleep(0.02); END LOOP; END $$")
                             .arg(seconds * 40);
    m_load->start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-c"), loop});
    return m_load->waitForStarted(10000);
}

void PgCluster::stopWriteLoad()
{
    if (!m_load)
        return;
    m_load->terminate();
    if (!m_load->waitForFinished(5000)) {
        m_load->kill();
        m_load->waitForFinished(5000);
    }
    m_load.reset();
    // The server keeps running the DO loop after its client is gone.
    if (m_primaryRunning)
        sql(m_primaryPort, QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                          "WHERE application_name = 'mailha_load'"));
}

bool PgCluster::waitForCatchUp(int timeoutMs)
{
    const QByteArray target = sql(m_primaryPort, QStringLiteral("SELECT pg_current_wal_lsn()")).trimmed();
    if (target.isEmpty())
        return false;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QByteArray behind = sql(m_standbyPort, QStringLiteral("SELECT pg_wal_lsn_diff('%1', pg_last_wal_replay_lsn()) <= 0")
                                                         .arg(QString::fromLatin1(target)))
                                      .trimmed();
        if (behind == "t")
            return true;
        QThread::msleep(100);
    }
    m_error = QStringLiteral("standby did not replay up to %1").arg(QString::fromLatin1(target));
    return false;
}

bool PgCluster::waitForStreaming(int count, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QByteArray n =
            sql(m_primaryPort, QStringLiteral("SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")).trimmed();
        if (n == QByteArray::number(count))
            return true;
        QThread::msleep(100);
    }
    m_error = QStringLiteral("primary never saw %1 streaming replicas").arg(count);
    return false;
}

bool PgCluster::pauseReplay(bool pause)
{
    bool ok = false;
    sql(m_standbyPort, pause ? QStringLiteral("SELECT pg_wal_replay_pause()") : QStringLiteral("SELECT pg_wal_replay_resume()"), &ok);
    return ok;
}

bool PgCluster::disconnectStandby()
{
    bool ok = false;
    sql(m_standbyPort, QStringLiteral("ALTER SYSTEM SET primary_conninfo = ''"), &ok);
    if (ok)
        sql(m_standbyPort, QStringLiteral("SELECT pg_reload_conf()"), &ok);
    return ok;
}

bool PgCluster::reconnectStandby()
{
    bool ok = false;
    sql(m_standbyPort, QStringLiteral("ALTER SYSTEM SET primary_conninfo = '%1'").arg(m_conninfo), &ok);
    if (ok)
        sql(m_standbyPort, QStringLiteral("SELECT pg_reload_conf()"), &ok);
    return ok;
}

bool PgCluster::stopPrimary()
{
    if (!m_primaryRunning)
        return true;
    m_primaryRunning = !runServerTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), primaryDir(), QStringLiteral("-m"),
                                                                 QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")},
                                      60000);
    return !m_primaryRunning;
}

} // namespace mailha::test
