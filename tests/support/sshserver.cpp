// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshserver.h"

#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mailha::test {

namespace {

bool writeFile(const QString &path, const QByteArray &data, QFile::Permissions permissions = {})
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(data);
    file.close();
    return permissions ? file.setPermissions(permissions) : true;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Every process whose parent chain leads to `root`, from /proc.
QList<pid_t> descendantsOf(pid_t root)
{
    QHash<pid_t, pid_t> parentOf;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const pid_t pid = pid_t(entry.toInt(&ok));
        if (!ok)
            continue;
        const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
        const qsizetype close = stat.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() > 1)
            parentOf.insert(pid, pid_t(fields.at(1).toInt()));
    }
    QList<pid_t> found;
    QList<pid_t> frontier{root};
    while (!frontier.isEmpty()) {
        const pid_t parent = frontier.takeFirst();
        for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it)
            if (it.value() == parent && !found.contains(it.key())) {
                found.append(it.key());
                frontier.append(it.key());
            }
    }
    return found;
}

} // namespace

SshServer::SshServer(QString dir)
    : m_dir(std::move(dir))
{
}

SshServer::~SshServer()
{
    kill();
}

QString SshServer::userName() const
{
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

QString SshServer::clientDir() const
{
    return m_dir + QLatin1String("/client");
}

QString SshServer::clientKeyPath() const
{
    return clientDir() + QLatin1String("/id_ed25519");
}

QString SshServer::knownHostsPath() const
{
    return clientDir() + QLatin1String("/known_hosts");
}

QString SshServer::knownHostsLine() const
{
    const QList<QByteArray> parts = readFile(m_dir + QLatin1String("/server/host_ed25519.pub")).trimmed().split(' ');
    if (parts.size() < 2)
        return {};
    return QStringLiteral("[127.0.0.1]:%1 %2 %3").arg(m_port).arg(QString::fromLatin1(parts.at(0)), QString::fromLatin1(parts.at(1)));
}

bool SshServer::generateKey(const QString &path, const QString &passphrase, QString *error)
{
    QFile::remove(path);
    QFile::remove(path + QLatin1String(".pub"));
    QProcess keygen;
    keygen.start(findProgram(QStringLiteral("ssh-keygen")),
                 {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), passphrase,
                  QStringLiteral("-C"), QStringLiteral("mailha-test"), QStringLiteral("-f"), path});
    if (!keygen.waitForFinished(20000) || keygen.exitStatus() != QProcess::NormalExit || keygen.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("ssh-keygen failed: %1 %2").arg(keygen.errorString(), QString::fromLocal8Bit(keygen.readAllStandardError()));
        return false;
    }
    return true;
}

bool SshServer::authorize(const QString &publicKeyPath)
{
    QFile file(m_dir + QLatin1String("/server/authorized_keys"));
    if (!file.open(QIODevice::Append))
        return false;
    file.write(readFile(publicKeyPath).trimmed() + '\n');
    return true;
}

bool SshServer::prepare()
{
    const QString server = m_dir + QLatin1String("/server");
    if (QFile::exists(server + QLatin1String("/host_ed25519")))
        return true;
    if (!QDir().mkpath(server) || !QDir().mkpath(clientDir())) {
        m_error = QStringLiteral("cannot create %1").arg(m_dir);
        return false;
    }
    if (!generateKey(server + QLatin1String("/host_ed25519"), {}, &m_error) || !generateKey(clientKeyPath(), {}, &m_error))
        return false;
    writeFile(server + QLatin1String("/authorized_keys"), {}, QFile::ReadOwner | QFile::WriteOwner);
    writeFile(knownHostsPath(), {}, QFile::ReadOwner | QFile::WriteOwner);
    writeFile(clientDir() + QLatin1String("/config"), "# private ssh config of the test\n");
    if (!authorize(clientKeyPath() + QLatin1String(".pub"))) {
        m_error = QStringLiteral("cannot write authorized_keys");
        return false;
    }
    // sshd running as root insists on its privilege separation directory.
    if (::geteuid() == 0)
        QDir().mkpath(QStringLiteral("/run/sshd"));
    return true;
}

bool SshServer::start(quint16 port)
{
    kill();
    if (!prepare())
        return false;
    const QString sshd = findProgram(QStringLiteral("sshd"), {QStringLiteral("/usr/sbin")});
    if (sshd.isEmpty()) {
        m_error = QStringLiteral("sshd not found (package openssh-server)");
        return false;
    }
    m_port = port ? port : freeLoopbackPort();
    const QString server = m_dir + QLatin1String("/server");
    const QString config = QStringLiteral(
                               "Port %1\n"
                               "ListenAddress 127.0.0.1\n"
                               "HostKey %2/host_ed25519\n"
                               "PidFile %2/sshd.pid\n"
                               "AuthorizedKeysFile %2/authorized_keys\n"
                               "StrictModes no\n"
                               "UsePAM no\n"
                               "PasswordAuthentication no\n"
                               "KbdInteractiveAuthentication no\n"
                               "PubkeyAuthentication yes\n"
                               "PermitRootLogin prohibit-password\n"
                               "AllowUsers %3\n"
                               "MaxSessions 100\n"
                               "MaxStartups 100:30:200\n"
                               "UseDNS no\n"
                               "PrintMotd no\n"
                               "LogLevel ERROR\n"
                               // bash sources ~/.bashrc for a top-level shell started by sshd
                               // (SHLVL < 2); the tests measure the transport, not the account's
                               // startup files (here they run pyenv: 0.3 s per command).
                               "SetEnv SHLVL=1\n")
                               .arg(m_port)
                               .arg(server, userName());
    writeFile(server + QLatin1String("/sshd_config"), (config + m_extraConfig).toUtf8());
    m_process = std::make_unique<QProcess>();
    endsWithTest(*m_process);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(sshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), server + QLatin1String("/sshd_config")});
    if (!m_process->waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start sshd: %1").arg(m_process->errorString());
        return false;
    }
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (m_process->state() != QProcess::Running) {
            m_error = QStringLiteral("sshd exited with %1").arg(m_process->exitCode());
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("sshd did not listen on port %1").arg(m_port);
    return false;
}

void SshServer::kill()
{
    if (!m_process)
        return;
    const pid_t pid = pid_t(m_process->processId());
    if (pid > 0) {
        // Children first found, then killed: once the listener is gone they
        // are re-parented and no longer traceable to it.
        const QList<pid_t> children = descendantsOf(pid);
        ::kill(pid, SIGKILL);
        for (pid_t child : children)
            ::kill(child, SIGKILL);
    }
    m_process->waitForFinished(5000);
    m_process.reset();
}

bool SshServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

} // namespace mailha::test
