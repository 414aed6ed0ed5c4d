// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/sshsession.h"

#include "cluster/clusterfile.h"
#include "core/names.h"
#include "core/shellquote.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRandomGenerator>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <libssh/server.h>  // ssh_send_keepalive() is declared here, but works for clients

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

namespace mailha {

namespace {

// lupdate reads SshText::tr() calls under the context "mailha::SshSession".
struct SshText {
    Q_DECLARE_TR_FUNCTIONS(mailha::SshSession)
};

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

/// libssh creates a missing known_hosts with the process umask (0644 as a
/// rule); a file the console starts is owner-only, like OpenSSH's own ~/.ssh.
void createOwnerOnly(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    // Missing directories are made 0700 from the top down; existing ones keep their mode.
    const QString dir = QFileInfo(path).absolutePath();
    for (qsizetype at = dir.indexOf(QLatin1Char('/'), 1); at != -1 || !QFileInfo::exists(dir);
         at = dir.indexOf(QLatin1Char('/'), at + 1)) {
        ::mkdir(QFile::encodeName(at == -1 ? dir : dir.left(at)).constData(), 0700);
        if (at == -1)
            break;
    }
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd >= 0)
        ::close(fd);
}

QString takeString(char *value)
{
    const QString text = value ? QString::fromUtf8(value) : QString();
    ssh_string_free_char(value);
    return text;
}

void setTimeout(ssh_session session, int timeoutMs)
{
    const long ms = std::max(1, timeoutMs);
    const long seconds = ms / 1000;
    const long usec = (ms % 1000) * 1000;
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT_USEC, &usec);
}

} // namespace

struct SshSession::Private {
    ssh_session session = nullptr;
    QMutex mutex;  // guards fd against interrupt() from another thread
    int fd = -1;   // the TCP socket, ours until ssh_connect() takes it over
    bool fdOwnedByLibssh = false;
    std::atomic<bool> interrupted{false};
    bool connected = false;
    QElapsedTimer lastTraffic;
    ssh_callbacks_struct callbacks{};
    SshSession *owner = nullptr;

    void setFd(int value)
    {
        QMutexLocker lock(&mutex);
        fd = value;
    }

    ssh_channel shell = nullptr;  // the streaming shell, when open

    void closeShell()
    {
        if (shell) {
            ssh_channel_close(shell);
            ssh_channel_free(shell);
            shell = nullptr;
        }
    }

    void release()
    {
        setFd(-1);  // before libssh closes it, so interrupt() never touches a reused number
        closeShell();
        if (session) {
            if (connected)
                ssh_disconnect(session);
            ssh_free(session);
            session = nullptr;
        }
        connected = false;
        fdOwnedByLibssh = false;
    }
};

namespace {

/// Passphrases travel from the prompter into libssh's buffer and are wiped
/// from ours at once; they never reach a file, a log or a settings store.
int askPassphrase(const char *prompt, char *buf, size_t len, int echo, int verify, void *userdata)
{
    Q_UNUSED(echo);
    Q_UNUSED(verify);
    auto *context = static_cast<std::pair<SshPrompter *, QString> *>(userdata);
    if (!context || !context->first)
        return -1;
    std::optional<QByteArray> answer = context->first->passphrase({context->second, QString::fromUtf8(prompt)});
    if (!answer)
        return -1;
    const bool fits = size_t(answer->size()) < len;
    if (fits) {
        std::memcpy(buf, answer->constData(), size_t(answer->size()));
        buf[answer->size()] = '\0';
    }
    explicit_bzero(answer->data(), size_t(answer->size()));
    return fits ? 0 : -1;
}

/// A non-blocking TCP connect in short slices, so a stop request or the
/// timeout ends it promptly, and with TCP_NODELAY set.
int connectTcp(const QString &host, unsigned port, int timeoutMs, const std::atomic<bool> &interrupted,
               const std::function<void(int)> &publish, QString *error, bool *timedOut)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *list = nullptr;
    const int rc = ::getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &list);
    if (rc != 0) {
        *error = SshText::tr("cannot resolve %1: %2").arg(host, QString::fromLocal8Bit(::gai_strerror(rc)));
        return -1;
    }
    QElapsedTimer clock;
    clock.start();
    int fd = -1;
    for (addrinfo *ai = list; ai && fd < 0; ai = ai->ai_next) {
        int s = ::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, ai->ai_protocol);
        if (s < 0)
            continue;
        publish(s);
        int one = 1;
        ::setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (::connect(s, ai->ai_addr, ai->ai_addrlen) == 0 || errno == EINPROGRESS) {
            for (;;) {
                const qint64 left = timeoutMs - clock.elapsed();
                if (left <= 0 || interrupted) {
                    *timedOut = !interrupted;
                    *error = interrupted ? SshText::tr("stopped") : SshText::tr("TCP connect timed out after %1 ms").arg(timeoutMs);
                    break;
                }
                pollfd p{s, POLLOUT, 0};
                const int n = ::poll(&p, 1, int(std::min<qint64>(left, 50)));
                if (n < 0 && errno != EINTR) {
                    *error = QString::fromLocal8Bit(std::strerror(errno));
                    break;
                }
                if (n > 0) {
                    int soError = 0;
                    socklen_t size = sizeof soError;
                    ::getsockopt(s, SOL_SOCKET, SO_ERROR, &soError, &size);
                    if (soError == 0)
                        fd = s;
                    else
                        *error = SshText::tr("cannot connect to %1 port %2: %3").arg(host).arg(port).arg(QString::fromLocal8Bit(std::strerror(soError)));
                    break;
                }
            }
        } else {
            *error = SshText::tr("cannot connect to %1 port %2: %3").arg(host).arg(port).arg(QString::fromLocal8Bit(std::strerror(errno)));
        }
        if (fd < 0) {
            publish(-1);
            ::close(s);
        }
        if (*timedOut || interrupted)
            break;
    }
    ::freeaddrinfo(list);
    if (fd >= 0) {
        // libssh runs the socket in blocking mode with its own poll loop.
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    }
    return fd;
}

std::pair<QString, QString> hostKeyOf(ssh_session session)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session, &key) != SSH_OK)
        return {};
    unsigned char *hash = nullptr;
    size_t length = 0;
    QString fingerprint;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) == SSH_OK) {
        char *text = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
        fingerprint = QString::fromUtf8(text);
        ssh_string_free_char(text);
        ssh_clean_pubkey_hash(&hash);
    }
    const QString type = QString::fromUtf8(ssh_key_type_to_char(ssh_key_type(key)));
    ssh_key_free(key);
    return {type, fingerprint};
}

} // namespace

SshTarget sshTargetFor(const Node &node)
{
    SshTarget t;
    t.nodeId = qstr(node.id());
    t.host = qstr(node.host());
    t.port = quint16(node.port());
    t.user = qstr(node.user());
    t.jumpHost = qstr(node.jump_host());
    t.identityFile = qstr(node.identity_file());
    return t;
}

SshSession::SshSession(SshTarget target, SshSettings settings, SshPrompter *prompter)
    : m_target(std::move(target))
    , m_settings(std::move(settings))
    , m_prompter(prompter)
    , d(std::make_unique<Private>())
{
    d->owner = this;
}

SshSession::~SshSession()
{
    d->release();
}

SshSession::Status SshSession::fail(Reachability reachability, const QString &detail)
{
    d->release();
    m_status = {reachability, detail};
    return m_status;
}

bool SshSession::isConnected() const
{
    return d->connected && d->session && ssh_is_connected(d->session);
}

void SshSession::disconnect()
{
    d->release();
}

void SshSession::interrupt()
{
    QMutexLocker lock(&d->mutex);
    d->interrupted = true;
    if (d->fd >= 0)
        ::shutdown(d->fd, SHUT_RDWR);
}

SshSession::Status SshSession::connect()
{
    d->release();
    if (d->interrupted)
        return fail(UNREACHABLE, SshText::tr("stopped"));
    if (!isSafeHostName(m_target.host))
        return fail(UNREACHABLE, SshText::tr("refusing host name \"%1\": not a host name, address or ssh alias").arg(m_target.host));
    if (!m_target.user.isEmpty() && !isSafeUserName(m_target.user))
        return fail(UNREACHABLE, SshText::tr("refusing user name \"%1\"").arg(m_target.user));
    if (!m_target.jumpHost.isEmpty() && !isSafeJumpHost(m_target.jumpHost))
        return fail(UNREACHABLE, SshText::tr("refusing jump host \"%1\"").arg(m_target.jumpHost));

    static const bool initialised = [] { return ssh_init() == SSH_OK; }();
    if (!initialised)
        return fail(UNREACHABLE, SshText::tr("libssh failed to initialise"));

    ssh_session s = ssh_new();
    if (!s)
        return fail(UNREACHABLE, SshText::tr("out of memory"));
    d->session = s;
    const QByteArray host = m_target.host.toUtf8();
    ssh_options_set(s, SSH_OPTIONS_HOST, host.constData());
    if (!m_settings.sshDir.isEmpty())
        ssh_options_set(s, SSH_OPTIONS_SSH_DIR, QFile::encodeName(m_settings.sshDir).constData());
    // The admin's ssh config applies first (Host aliases, HostName, User,
    // Port, IdentityFile, ProxyJump); the cluster file's own fields override it.
    const QByteArray config = QFile::encodeName(expandHome(m_settings.sshConfigPath));
    if (ssh_options_parse_config(s, config.isEmpty() ? nullptr : config.constData()) != SSH_OK)
        return fail(UNREACHABLE, SshText::tr("cannot read ssh config: %1").arg(QString::fromUtf8(ssh_get_error(s))));
    if (m_target.port != 0) {
        const unsigned int port = m_target.port;
        ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    }
    if (!m_target.user.isEmpty())
        ssh_options_set(s, SSH_OPTIONS_USER, m_target.user.toUtf8().constData());
    if (!m_target.identityFile.isEmpty())
        ssh_options_set(s, SSH_OPTIONS_ADD_IDENTITY, QFile::encodeName(expandHome(m_target.identityFile)).constData());
    if (!m_settings.knownHostsPath.isEmpty()) {
        ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, QFile::encodeName(expandHome(m_settings.knownHostsPath)).constData());
        // An explicit file is the only truth (tests, per-cluster files).
        ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    }
    const int on = 1;
    ssh_options_set(s, SSH_OPTIONS_NODELAY, &on);
    setTimeout(s, m_settings.connectTimeoutMs);

    const QString resolvedHost = [&] {
        char *value = nullptr;
        return ssh_options_get(s, SSH_OPTIONS_HOST, &value) == SSH_OK ? takeString(value) : m_target.host;
    }();
    unsigned int port = 22;
    ssh_options_get_port(s, &port);
    char *userValue = nullptr;
    const QString user = ssh_options_get(s, SSH_OPTIONS_USER, &userValue) == SSH_OK ? takeString(userValue) : QString();
    m_resolved = QStringLiteral("%1@%2:%3").arg(user, resolvedHost).arg(port);
    if (!isSafeHostName(resolvedHost))
        return fail(UNREACHABLE, SshText::tr("refusing HostName \"%1\" from the ssh config").arg(resolvedHost));

    if (!m_target.jumpHost.isEmpty()) {
        // OpenSSH does the hops; the last hop forwards to the node (-W).
        const QStringList hops = m_target.jumpHost.split(QLatin1Char(','));
        QStringList argv{m_settings.sshProgram, QStringLiteral("-o"), QStringLiteral("BatchMode=yes")};
        if (!m_settings.sshConfigPath.isEmpty())
            argv << QStringLiteral("-F") << expandHome(m_settings.sshConfigPath);
        if (!m_settings.knownHostsPath.isEmpty())
            argv << QStringLiteral("-o") << QStringLiteral("UserKnownHostsFile=") + expandHome(m_settings.knownHostsPath);
        if (hops.size() > 1)
            argv << QStringLiteral("-J") << QStringList(hops.mid(0, hops.size() - 1)).join(QLatin1Char(','));
        argv << QStringLiteral("-W") << QStringLiteral("[%1]:%2").arg(resolvedHost).arg(port)
             << QStringLiteral("ssh://") + hops.last();
        const ShellCommand proxy = shellJoin(argv);
        // libssh expands %-escapes in a ProxyCommand; our text must carry none.
        if (!proxy.ok() || proxy.text.contains(QLatin1Char('%')))
            return fail(UNREACHABLE, SshText::tr("cannot build the jump host command: %1").arg(proxy.ok() ? SshText::tr("'%' in a path") : proxy.error));
        ssh_options_set(s, SSH_OPTIONS_PROXYCOMMAND, proxy.text.toUtf8().constData());
    }

    char *proxyValue = nullptr;
    const bool viaProxy = ssh_options_get(s, SSH_OPTIONS_PROXYCOMMAND, &proxyValue) == SSH_OK
                          && !takeString(proxyValue).trimmed().isEmpty();
    if (!viaProxy) {
        // Our own socket, so that interrupt() can cut a hung connect short.
        QString error;
        bool timedOut = false;
        const int fd = connectTcp(resolvedHost, port, m_settings.connectTimeoutMs, d->interrupted,
                                  [this](int value) { d->setFd(value); }, &error, &timedOut);
        if (fd < 0)
            return fail(timedOut ? TIMED_OUT : UNREACHABLE, error);
        ssh_options_set(s, SSH_OPTIONS_FD, &fd);
        d->fdOwnedByLibssh = true;
    }

    std::pair<SshPrompter *, QString> passphraseContext{m_prompter, m_target.nodeId};
    d->callbacks = {};
    d->callbacks.userdata = &passphraseContext;
    d->callbacks.auth_function = askPassphrase;
    ssh_callbacks_init(&d->callbacks);
    ssh_set_callbacks(s, &d->callbacks);

    if (ssh_connect(s) != SSH_OK) {
        const QString error = QString::fromUtf8(ssh_get_error(s));
        if (d->interrupted)
            return fail(UNREACHABLE, SshText::tr("stopped"));
        const bool timeout = error.contains(QLatin1String("Timeout"), Qt::CaseInsensitive)
                             || error.contains(QLatin1String("timed out"), Qt::CaseInsensitive);
        return fail(timeout ? TIMED_OUT : UNREACHABLE,
                    timeout ? SshText::tr("%1 accepted the connection but did not answer within %2 ms (%3)")
                                  .arg(m_resolved).arg(m_settings.connectTimeoutMs).arg(error)
                            : SshText::tr("cannot connect to %1: %2").arg(m_resolved, error));
    }
    d->connected = true;
    if (viaProxy)
        d->setFd(ssh_get_fd(s));

    const auto [keyType, fingerprint] = hostKeyOf(s);
    m_fingerprint = fingerprint;
    const QString knownHosts = m_settings.knownHostsPath.isEmpty() ? QStringLiteral("~/.ssh/known_hosts")
                                                                   : m_settings.knownHostsPath;
    switch (ssh_session_is_known_server(s)) {
    case SSH_KNOWN_HOSTS_OK:
        break;
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER:
        return fail(HOST_KEY_CHANGED,
                    SshText::tr("HOST KEY CHANGED for %1. The server now presents %2 key %3, which is not the key recorded in %4. "
                       "Someone may be intercepting the connection (man-in-the-middle), or the host was reinstalled. "
                       "The console will not connect to this node until you have verified the new key with the host's "
                       "administrator and removed the old entry (ssh-keygen -R %5 -f %4).")
                        .arg(m_resolved, keyType, fingerprint, knownHosts,
                             port == 22 ? resolvedHost : QStringLiteral("'[%1]:%2'").arg(resolvedHost).arg(port)));
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND: {
        const HostKeyQuestion question{m_target.nodeId, resolvedHost, quint16(port), keyType, fingerprint, knownHosts};
        if (!m_prompter || !m_prompter->acceptUnknownHostKey(question))
            return fail(HOST_KEY_UNKNOWN, SshText::tr("unknown host key for %1: %2 %3 is not in %4 and was not accepted")
                                              .arg(m_resolved, keyType, fingerprint, knownHosts));
        createOwnerOnly(expandHome(m_settings.knownHostsPath.isEmpty() ? QStringLiteral("~/.ssh/known_hosts") : m_settings.knownHostsPath));
        if (ssh_session_update_known_hosts(s) != SSH_OK)
            return fail(HOST_KEY_UNKNOWN, SshText::tr("cannot record the host key in %1: %2").arg(knownHosts, QString::fromUtf8(ssh_get_error(s))));
        break;
    }
    case SSH_KNOWN_HOSTS_ERROR:
        return fail(HOST_KEY_UNKNOWN, SshText::tr("cannot check the host key of %1 against %2: %3")
                                          .arg(m_resolved, knownHosts, QString::fromUtf8(ssh_get_error(s))));
    }

    int rc = ssh_userauth_none(s, nullptr);
    if (rc != SSH_AUTH_SUCCESS && rc != SSH_AUTH_ERROR)
        rc = ssh_userauth_publickey_auto(s, nullptr, nullptr);
    d->callbacks.userdata = nullptr;
    if (rc == SSH_AUTH_ERROR) {
        if (d->interrupted)
            return fail(UNREACHABLE, SshText::tr("stopped"));
        const QString error = QString::fromUtf8(ssh_get_error(s));
        return fail(error.contains(QLatin1String("imeout")) ? TIMED_OUT : UNREACHABLE,
                    SshText::tr("connection to %1 failed during authentication: %2").arg(m_resolved, error));
    }
    if (rc != SSH_AUTH_SUCCESS) {
        const int methods = ssh_userauth_list(s, nullptr);
        QStringList offered;
        if (methods & SSH_AUTH_METHOD_PUBLICKEY)
            offered << QStringLiteral("publickey");
        if (methods & SSH_AUTH_METHOD_PASSWORD)
            offered << QStringLiteral("password");
        if (methods & SSH_AUTH_METHOD_INTERACTIVE)
            offered << QStringLiteral("keyboard-interactive");
        return fail(AUTH_FAILED, SshText::tr("%1 refused every key (ssh-agent%2 and the key files); the server offers: %3")
                                     .arg(m_resolved,
                                          m_target.identityFile.isEmpty() ? QString() : QLatin1String(", ") + m_target.identityFile,
                                          offered.isEmpty() ? SshText::tr("nothing") : offered.join(QLatin1String(", "))));
    }
    d->lastTraffic.start();
    m_status = {REACHABLE, SshText::tr("live (%1)").arg(m_resolved)};
    return m_status;
}

namespace {
/// The one command line for a probe command: `env NAME=VALUE ... argv...`,
/// joined by shellJoin() and nothing else.
ShellCommand commandLine(const ProbeCommand &command)
{
    QStringList argv;
    if (!command.environment.isEmpty()) {
        argv << QStringLiteral("env");
        for (const auto &[name, value] : command.environment)
            argv << name + QLatin1Char('=') + value;
    }
    argv += command.argv;
    return shellJoin(argv);
}
} // namespace

CommandOutput SshSession::run(const ProbeCommand &command, int timeoutMs)
{
    m_sent = false;
    CommandOutput out;
    const ShellCommand shell = commandLine(command);
    if (!shell.ok()) {
        out.transportError = shell.error;
        return out;
    }
    if (!isConnected()) {
        out.transportError = SshText::tr("not connected");
        return out;
    }
    ssh_session s = d->session;
    QElapsedTimer clock;
    clock.start();
    auto broken = [&](ssh_channel channel, const QString &what) {
        const QString error = QString::fromUtf8(ssh_get_error(s));
        const bool timeout = error.contains(QLatin1String("imeout"));
        out.transportError = SshText::tr("%1: %2").arg(what, error.isEmpty() ? SshText::tr("connection lost") : error);
        if (channel)
            ssh_channel_free(channel);
        fail(d->interrupted ? UNREACHABLE : timeout ? TIMED_OUT : UNREACHABLE,
             d->interrupted ? SshText::tr("stopped") : SshText::tr("%1 (%2)").arg(out.transportError, m_resolved));
        return out;
    };
    setTimeout(s, timeoutMs);
    d->lastTraffic.restart();
    ssh_channel channel = ssh_channel_new(s);
    if (!channel)
        return broken(nullptr, SshText::tr("cannot create a channel"));
    if (ssh_channel_open_session(channel) != SSH_OK)
        return broken(channel, SshText::tr("cannot open a channel"));
    // Set before the request: the server may start the command even when
    // its reply is lost with the connection.
    m_sent = true;
    if (ssh_channel_request_exec(channel, shell.text.toUtf8().constData()) != SSH_OK)
        return broken(channel, SshText::tr("cannot start the command"));
    // Probes read nothing; a command that tries gets end-of-file, not a hang.
    ssh_channel_send_eof(channel);

    char buffer[16384];
    bool eof[2] = {false, false};
    for (;;) {
        bool progressed = false;
        for (int stream = 0; stream < 2; ++stream) {
            if (eof[stream])
                continue;
            const int n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, stream);
            if (n == SSH_EOF) {
                eof[stream] = true;
            } else if (n < 0) {
                return broken(channel, SshText::tr("reading the output failed"));
            } else if (n > 0) {
                progressed = true;
                QByteArray &into = stream == 0 ? out.standardOutput : out.standardError;
                const qint64 room = m_settings.maxOutputBytes - into.size();
                if (room < n)
                    out.truncated = true;
                into.append(buffer, int(std::min<qint64>(room, n)));
            }
        }
        if (eof[0] && eof[1])
            break;
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0) {
            out.timedOut = true;
            break;
        }
        if (!progressed) {
            const int rc = ssh_channel_poll_timeout(channel, int(std::min<qint64>(left, 50)), 0);
            if (rc == SSH_ERROR)
                return broken(channel, SshText::tr("reading the output failed"));
            if (rc == SSH_EOF)
                eof[0] = ssh_channel_poll(channel, 0) == SSH_EOF;
        }
    }
    if (!out.timedOut) {
        setTimeout(s, int(std::max<qint64>(1, timeoutMs - clock.elapsed())));
        out.exitStatus = ssh_channel_get_exit_status(channel);
        if (out.exitStatus == SSH_ERROR && !ssh_is_connected(s))
            return broken(channel, SshText::tr("lost before the exit status"));
        m_status = {REACHABLE, SshText::tr("live (%1)").arg(m_resolved)};
    } else {
        m_status = {TIMED_OUT, SshText::tr("command %1 did not finish within %2 ms").arg(command.argv.value(0)).arg(timeoutMs)};
    }
    ssh_channel_close(channel);
    ssh_channel_free(channel);
    if (!ssh_is_connected(s))
        fail(UNREACHABLE, SshText::tr("connection to %1 lost").arg(m_resolved));
    return out;
}

CommandOutput SshSession::broken(const QString &what, CommandOutput out)
{
    const QString error = d->session ? QString::fromUtf8(ssh_get_error(d->session)) : QString();
    out.transportError = SshText::tr("%1: %2").arg(what, error.isEmpty() ? SshText::tr("connection lost") : error);
    const bool timeout = error.contains(QLatin1String("imeout"));
    fail(d->interrupted ? UNREACHABLE : timeout ? TIMED_OUT : UNREACHABLE,
         d->interrupted ? SshText::tr("stopped") : SshText::tr("%1 (%2)").arg(out.transportError, m_resolved));
    return out;
}

CommandOutput SshSession::runStreamed(const ProbeCommand &command, int timeoutMs)
{
    m_sent = false;
    CommandOutput out;
    const ShellCommand line = commandLine(command);
    if (!line.ok()) {
        out.transportError = line.error;
        return out;
    }
    if (!isConnected()) {
        out.transportError = SshText::tr("not connected");
        return out;
    }
    ssh_session s = d->session;
    QElapsedTimer clock;
    clock.start();
    setTimeout(s, timeoutMs);
    d->lastTraffic.restart();
    if (!d->shell) {
        d->shell = ssh_channel_new(s);
        if (!d->shell || ssh_channel_open_session(d->shell) != SSH_OK || ssh_channel_request_exec(d->shell, "exec sh") != SSH_OK) {
            d->closeShell();
            return broken(SshText::tr("cannot start the streaming shell"), out);
        }
    }
    // A fresh nonce per command: output that merely contains a marker-like
    // line (a mail subject, a hostile file name) cannot end the command early.
    const QByteArray nonce = QByteArray::number(QRandomGenerator::system()->generate64(), 16)
                             + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    const QByteArray marker = "\n__mailha_" + nonce + "__";
    // The command's stdin is /dev/null, never the stream of commands.
    const QByteArray script = line.text.toUtf8() + " </dev/null\nprintf '\\n__mailha_%s__ %d\\n' " + nonce
                              + " \"$?\"\nprintf '\\n__mailha_%s__\\n' " + nonce + " >&2\n";
    m_sent = true;
    if (ssh_channel_write(d->shell, script.constData(), uint32_t(script.size())) != int(script.size())) {
        d->closeShell();
        return broken(SshText::tr("cannot send the command"), out);
    }
    QByteArray streams[2];
    bool done[2] = {false, false};
    bool cut[2] = {false, false};
    // Past the cap only the first maxOutputBytes and a tail long enough to
    // find the end marker are kept: 100 MB or endless output costs no more
    // memory than the cap.
    const qsizetype cap = qsizetype(std::max<qint64>(0, m_settings.maxOutputBytes));
    const qsizetype tailKept = marker.size() + 64;
    char buffer[16384];
    while (!done[0] || !done[1]) {
        bool progressed = false;
        for (int stream = 0; stream < 2; ++stream) {
            if (done[stream])
                continue;
            const int n = ssh_channel_read_nonblocking(d->shell, buffer, sizeof buffer, stream);
            if (n == SSH_EOF || n < 0) {
                d->closeShell();
                if (!ssh_is_connected(s))
                    return broken(SshText::tr("reading the output failed"), out);
                out.transportError = SshText::tr("the streaming shell ended");
                return out;
            }
            if (n > 0) {
                progressed = true;
                // Back far enough to see a marker whose status line ended in an
                // earlier read without its newline.
                const qsizetype from = std::max<qsizetype>(0, streams[stream].size() - marker.size() - 16);
                streams[stream].append(buffer, n);
                const qsizetype at = streams[stream].indexOf(marker, from);
                const qsizetype lineEnd = at < 0 ? -1 : streams[stream].indexOf('\n', at + marker.size());
                if (lineEnd >= 0) {
                    if (stream == 0)
                        out.exitStatus = streams[0].mid(at + marker.size(), lineEnd - at - marker.size()).trimmed().toInt();
                    streams[stream].truncate(at);
                    done[stream] = true;
                } else if (streams[stream].size() > cap + 2 * tailKept) {
                    cut[stream] = true;
                    streams[stream].remove(cap, streams[stream].size() - cap - tailKept);
                }
            }
        }
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0 && (!done[0] || !done[1])) {
            out.timedOut = true;
            d->closeShell();  // the shell may still run the command; a new one next time
            m_status = {TIMED_OUT, SshText::tr("command %1 did not finish within %2 ms").arg(command.argv.value(0)).arg(timeoutMs)};
            break;
        }
        if (!progressed && (!done[0] || !done[1]))
            ssh_channel_poll_timeout(d->shell, int(std::min<qint64>(left, 20)), done[0] ? 1 : 0);
    }
    for (int stream = 0; stream < 2; ++stream) {
        QByteArray &into = stream == 0 ? out.standardOutput : out.standardError;
        if (cut[stream] || streams[stream].size() > cap) {
            streams[stream].truncate(cap);
            out.truncated = true;
        }
        into = streams[stream];
    }
    if (!out.timedOut)
        m_status = {REACHABLE, SshText::tr("live (%1)").arg(m_resolved)};
    if (!ssh_is_connected(s))
        fail(UNREACHABLE, SshText::tr("connection to %1 lost").arg(m_resolved));
    return out;
}

bool SshSession::keepAlive()
{
    if (!isConnected())
        return false;
    if (d->lastTraffic.isValid() && d->lastTraffic.elapsed() < m_settings.keepaliveIntervalMs)
        return true;
    d->lastTraffic.restart();
    if (ssh_send_keepalive(d->session) != SSH_OK || !ssh_is_connected(d->session)) {
        fail(UNREACHABLE, SshText::tr("connection to %1 lost (keepalive failed)").arg(m_resolved));
        return false;
    }
    return true;
}

} // namespace mailha
