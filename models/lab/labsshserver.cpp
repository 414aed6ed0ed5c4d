// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab/labsshserver.h"

#include "core/shellquote.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <libssh/server.h>

#include <cctype>
#include <deque>
#include <map>
#include <poll.h>

namespace mailha {

namespace {
struct LabSsh {
    Q_DECLARE_TR_FUNCTIONS(mailha::LabSsh)
};

constexpr qsizetype chunkBytes = 32 * 1024;

QByteArray keyLine(ssh_key key)
{
    char *b64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &b64) != SSH_OK)
        return {};
    const QByteArray line = QByteArray(ssh_key_type_to_char(ssh_key_type(key))) + ' ' + QByteArray(b64);
    ssh_string_free_char(b64);
    return line;
}
} // namespace

struct LabSshServer::Session {
    QString nodeId;
    const QList<QByteArray> *authorized = nullptr;
    ssh_session session = nullptr;
    struct Exec {
        ssh_channel channel;
        QByteArray command;
    };
    std::deque<Exec> pending;
    // Channels running MailHA's command stream ("exec sh", then a command and
    // two marker lines per probe): the bytes received so far on each.
    std::map<ssh_channel, QByteArray> streams;
    std::vector<std::unique_ptr<ssh_channel_callbacks_struct>> channelCallbacks;
    std::vector<ssh_channel> channels;

    static int onAuthPubkey(ssh_session, const char *, struct ssh_key_struct *key, char state, void *userdata)
    {
        auto *self = static_cast<Session *>(userdata);
        if (state != SSH_PUBLICKEY_STATE_NONE && state != SSH_PUBLICKEY_STATE_VALID)
            return SSH_AUTH_DENIED;
        return self->authorized->contains(keyLine(key)) ? SSH_AUTH_SUCCESS : SSH_AUTH_DENIED;
    }

    static int onData(ssh_session, ssh_channel channel, void *data, uint32_t length, int, void *userdata)
    {
        auto *self = static_cast<Session *>(userdata);
        const auto it = self->streams.find(channel);
        if (it == self->streams.end())
            return int(length);  // stdin of a plain exec: ignored, like </dev/null
        it->second.append(static_cast<const char *>(data), qsizetype(length));
        return int(length);
    }

    static int onExec(ssh_session, ssh_channel channel, const char *command, void *userdata)
    {
        // Answered outside the callback, from the session loop.
        static_cast<Session *>(userdata)->pending.push_back({channel, QByteArray(command)});
        return 0;
    }

    static ssh_channel onChannelOpen(ssh_session session, void *userdata)
    {
        auto *self = static_cast<Session *>(userdata);
        ssh_channel channel = ssh_channel_new(session);
        if (!channel)
            return nullptr;
        auto callbacks = std::make_unique<ssh_channel_callbacks_struct>();
        *callbacks = {};
        callbacks->userdata = self;
        callbacks->channel_exec_request_function = &Session::onExec;
        callbacks->channel_data_function = &Session::onData;
        ssh_callbacks_init(callbacks.get());
        ssh_set_channel_callbacks(channel, callbacks.get());
        self->channelCallbacks.push_back(std::move(callbacks));
        self->channels.push_back(channel);
        return channel;
    }
};

namespace {

void writeAll(ssh_channel channel, const QByteArray &bytes, bool toStderr)
{
    for (qsizetype at = 0; at < bytes.size(); at += chunkBytes) {
        const uint32_t n = uint32_t(std::min(chunkBytes, bytes.size() - at));
        if (toStderr)
            ssh_channel_write_stderr(channel, bytes.constData() + at, n);
        else
            ssh_channel_write(channel, bytes.constData() + at, n);
    }
}

// One command of MailHA's stream, exactly as SshSession writes it:
//   <command> </dev/null
//   printf '\n__mailha_%s__ %d\n' <nonce> "$?"
//   printf '\n__mailha_%s__\n' <nonce> >&2
// Anything else is refused: this is a protocol, not a shell.
struct StreamCommand {
    QByteArray command;
    QByteArray nonce;
};

enum class StreamParse { NeedMore, Ok, Refused };

StreamParse takeStreamCommand(QByteArray &buffer, StreamCommand *out)
{
    QList<QByteArray> lines;
    qsizetype from = 0;
    for (int i = 0; i < 3; ++i) {
        const qsizetype end = buffer.indexOf('\n', from);
        if (end < 0)
            return StreamParse::NeedMore;
        lines.append(buffer.mid(from, end - from));
        from = end + 1;
    }
    buffer.remove(0, from);
    static const QByteArray redirect(" </dev/null");
    if (!lines[0].endsWith(redirect))
        return StreamParse::Refused;
    const QByteArray head("printf '\\n__mailha_%s__ %d\\n' ");
    const QByteArray tail(" \"$?\"");
    if (!lines[1].startsWith(head) || !lines[1].endsWith(tail))
        return StreamParse::Refused;
    const QByteArray nonce = lines[1].mid(head.size(), lines[1].size() - head.size() - tail.size());
    if (nonce.isEmpty() || nonce.size() > 64)
        return StreamParse::Refused;
    for (char c : nonce)
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return StreamParse::Refused;
    if (lines[2] != "printf '\\n__mailha_%s__\\n' " + nonce + " >&2")
        return StreamParse::Refused;
    out->command = lines[0].chopped(redirect.size());
    out->nonce = nonce;
    return StreamParse::Ok;
}

} // namespace

LabSshServer::LabSshServer(Responder responder)
    : m_responder(std::move(responder))
{
}

LabSshServer::~LabSshServer()
{
    stop();
}

bool LabSshServer::ensureHostKey(const QString &path, QString *error)
{
    if (QFileInfo::exists(path))
        return true;
    ssh_key key = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &key) != SSH_OK) {
        if (error)
            *error = LabSsh::tr("cannot generate a host key");
        return false;
    }
    const int rc = ssh_pki_export_privkey_file(key, nullptr, nullptr, nullptr, QFile::encodeName(path).constData());
    ssh_key_free(key);
    if (rc != SSH_OK) {
        if (error)
            *error = LabSsh::tr("cannot write the host key to %1").arg(path);
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

QString LabSshServer::knownHostsLine(const QString &host, quint16 port) const
{
    const QString name = port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
    return name + QLatin1Char(' ') + m_publicKey;
}

bool LabSshServer::start(const QString &address, const QList<Endpoint> &endpoints, const QString &hostKeyPath,
                         const QString &authorizedKeysPath, QString *error)
{
    stop();
    m_stopping = false;
    if (!ensureHostKey(hostKeyPath, error))
        return false;
    m_hostKeyPath = hostKeyPath;

    ssh_key hostKey = nullptr;
    if (ssh_pki_import_privkey_file(QFile::encodeName(hostKeyPath).constData(), nullptr, nullptr, nullptr, &hostKey)
        != SSH_OK) {
        if (error)
            *error = LabSsh::tr("cannot read the host key %1").arg(hostKeyPath);
        return false;
    }
    ssh_key publicKey = nullptr;
    ssh_pki_export_privkey_to_pubkey(hostKey, &publicKey);
    ssh_key_free(hostKey);
    m_publicKey = QString::fromLatin1(keyLine(publicKey));
    unsigned char *hash = nullptr;
    size_t hashLength = 0;
    if (ssh_get_publickey_hash(publicKey, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength) == SSH_OK) {
        char *fingerprint = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLength);
        m_fingerprint = QString::fromLatin1(fingerprint);
        ssh_string_free_char(fingerprint);
        ssh_clean_pubkey_hash(&hash);
    }
    ssh_key_free(publicKey);

    QFile keys(authorizedKeysPath);
    if (!keys.open(QIODevice::ReadOnly)) {
        if (error)
            *error = LabSsh::tr("cannot read the authorized keys %1: %2").arg(authorizedKeysPath, keys.errorString());
        return false;
    }
    m_authorized.clear();
    int lineNumber = 0;
    while (!keys.atEnd()) {
        ++lineNumber;
        const QList<QByteArray> fields = keys.readLine().simplified().split(' ');
        if (fields.isEmpty() || fields.constFirst().isEmpty() || fields.constFirst().startsWith('#'))
            continue;
        // Options may come first: the key is the first field libssh knows as a key type.
        for (qsizetype i = 0; i + 1 < fields.size(); ++i) {
            if (ssh_key_type_from_name(fields.at(i).constData()) == SSH_KEYTYPE_UNKNOWN)
                continue;
            ssh_key key = nullptr;
            if (ssh_pki_import_pubkey_base64(fields.at(i + 1).constData(), ssh_key_type_from_name(fields.at(i).constData()),
                                             &key)
                == SSH_OK) {
                m_authorized.append(keyLine(key));
                ssh_key_free(key);
            }
            break;
        }
    }
    if (m_authorized.isEmpty()) {
        if (error)
            *error = LabSsh::tr("%1 holds no usable public key: nobody could log in").arg(authorizedKeysPath);
        return false;
    }

    for (const Endpoint &endpoint : endpoints) {
        ssh_bind bind = ssh_bind_new();
        const QByteArray addr = address.toUtf8();
        const unsigned int port = endpoint.port;
        ssh_bind_options_set(bind, SSH_BIND_OPTIONS_BINDADDR, addr.constData());
        ssh_bind_options_set(bind, SSH_BIND_OPTIONS_BINDPORT, &port);
        ssh_bind_options_set(bind, SSH_BIND_OPTIONS_HOSTKEY, QFile::encodeName(hostKeyPath).constData());
        if (ssh_bind_listen(bind) != SSH_OK) {
            if (error)
                *error = LabSsh::tr("cannot listen on %1:%2 for %3: %4")
                             .arg(address)
                             .arg(endpoint.port)
                             .arg(endpoint.nodeId, QString::fromUtf8(ssh_get_error(bind)));
            ssh_bind_free(bind);
            stop();
            return false;
        }
        m_listeners.push_back({bind, endpoint.nodeId});
    }
    m_acceptThread = std::thread([this] { acceptLoop(); });
    return true;
}

void LabSshServer::acceptLoop()
{
    std::vector<pollfd> fds;
    for (const Listener &l : m_listeners)
        fds.push_back({ssh_bind_get_fd(static_cast<ssh_bind>(l.bind)), POLLIN, 0});
    while (!m_stopping) {
        if (::poll(fds.data(), fds.size(), 100) <= 0)
            continue;
        for (size_t i = 0; i < fds.size(); ++i) {
            if (!(fds[i].revents & POLLIN))
                continue;
            ssh_session session = ssh_new();
            if (ssh_bind_accept(static_cast<ssh_bind>(m_listeners[i].bind), session) != SSH_OK) {
                ssh_free(session);
                continue;
            }
            const QString nodeId = m_listeners[i].nodeId;
            m_sessionThreads.emplace_back([this, session, nodeId] { serve(session, nodeId); });
        }
    }
}

void LabSshServer::serve(void *rawSession, QString nodeId)
{
    ssh_session session = static_cast<ssh_session>(rawSession);
    Session state;
    state.nodeId = nodeId;
    state.authorized = &m_authorized;
    state.session = session;

    ssh_server_callbacks_struct callbacks{};
    callbacks.userdata = &state;
    callbacks.auth_pubkey_function = &Session::onAuthPubkey;
    callbacks.channel_open_request_session_function = &Session::onChannelOpen;
    ssh_callbacks_init(&callbacks);
    ssh_set_server_callbacks(session, &callbacks);

    if (ssh_handle_key_exchange(session) != SSH_OK) {
        ssh_disconnect(session);
        ssh_free(session);
        return;
    }
    ssh_set_auth_methods(session, SSH_AUTH_METHOD_PUBLICKEY);
    ++m_served;
    ssh_event event = ssh_event_new();
    ssh_event_add_session(event, session);
    // A node the lab has down stops answering: the connection is dropped, as
    // a crashed host's would be, so consoles see it stale rather than erring.
    bool nodeDown = false;
    while (!m_stopping && !nodeDown) {
        if (ssh_event_dopoll(event, 100) == SSH_ERROR)
            break;
        while (!state.pending.empty()) {
            const Session::Exec exec = state.pending.front();
            state.pending.pop_front();
            if (exec.command == "exec sh") {
                state.streams.emplace(exec.channel, QByteArray());
                continue;
            }
            const ShellWords words = splitShellWords(QString::fromUtf8(exec.command));
            CommandOutput output;
            if (!words.ok()) {
                output.exitStatus = 2;
                output.standardError = "mailha-labd: " + words.error.toUtf8() + '\n';
            } else {
                output = m_responder(nodeId, words.words);
            }
            if (output.timedOut) {
                nodeDown = true;
                break;
            }
            for (qsizetype at = 0; at < output.standardOutput.size(); at += chunkBytes)
                ssh_channel_write(exec.channel, output.standardOutput.constData() + at,
                                  uint32_t(std::min(chunkBytes, output.standardOutput.size() - at)));
            if (!output.standardError.isEmpty())
                ssh_channel_write_stderr(exec.channel, output.standardError.constData(),
                                         uint32_t(output.standardError.size()));
            ssh_channel_request_send_exit_status(exec.channel, output.exitStatus < 0 ? 255 : output.exitStatus);
            ssh_channel_send_eof(exec.channel);
            ssh_channel_close(exec.channel);
        }
        for (auto it = state.streams.begin(); it != state.streams.end() && !nodeDown;) {
            StreamCommand command;
            StreamParse parsed;
            bool closed = false;
            while ((parsed = takeStreamCommand(it->second, &command)) == StreamParse::Ok) {
                const ShellWords words = splitShellWords(QString::fromUtf8(command.command));
                CommandOutput output;
                if (!words.ok()) {
                    output.exitStatus = 2;
                    output.standardError = "mailha-labd: " + words.error.toUtf8() + '\n';
                } else {
                    output = m_responder(nodeId, words.words);
                }
                if (output.timedOut) {
                    nodeDown = true;
                    break;
                }
                const int status = output.exitStatus < 0 ? 255 : output.exitStatus;
                writeAll(it->first, output.standardOutput + "\n__mailha_" + command.nonce + "__ "
                                        + QByteArray::number(status) + '\n',
                         false);
                writeAll(it->first, output.standardError + "\n__mailha_" + command.nonce + "__\n", true);
            }
            if (nodeDown)
                break;
            if (parsed == StreamParse::Refused) {
                writeAll(it->first, "mailha-labd: only MailHA's command stream is accepted here\n", true);
                ssh_channel_request_send_exit_status(it->first, 2);
                ssh_channel_send_eof(it->first);
                ssh_channel_close(it->first);
                closed = true;
            }
            it = closed ? state.streams.erase(it) : std::next(it);
        }
        if (!ssh_is_connected(session))
            break;
    }
    ssh_event_remove_session(event, session);
    ssh_event_free(event);
    for (ssh_channel c : state.channels)
        ssh_channel_free(c);
    ssh_disconnect(session);
    ssh_free(session);
}

void LabSshServer::stop()
{
    m_stopping = true;
    if (m_acceptThread.joinable())
        m_acceptThread.join();
    for (std::thread &t : m_sessionThreads)
        if (t.joinable())
            t.join();
    m_sessionThreads.clear();
    for (const Listener &l : m_listeners)
        ssh_bind_free(static_cast<ssh_bind>(l.bind));
    m_listeners.clear();
}

} // namespace mailha
