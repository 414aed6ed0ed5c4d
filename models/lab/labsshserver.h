// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probes/probe.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace mailha {

/// An SSH server (libssh's server API) that makes each node of a lab cluster
/// look like a real host: one port per node, public-key authentication
/// against an authorized_keys file, and every exec request answered by a
/// responder with the output a real server would give. A trainee's console
/// connects to it exactly as to a production cluster.
///
/// Commands are never run: the command line is split into words by
/// splitShellWords() (which refuses anything but one simple command) and
/// handed to the responder; an answer that timed out (the node is down)
/// drops the connection. One thread accepts; one thread serves each
/// connection (libssh sessions are not shared between threads). The
/// responder is called from those threads and must be thread-safe.
class LabSshServer final
{
public:
    using Responder = std::function<CommandOutput(const QString &nodeId, const QStringList &argv)>;
    struct Endpoint {
        QString nodeId;
        quint16 port = 0;
    };

    explicit LabSshServer(Responder responder);
    ~LabSshServer();
    LabSshServer(const LabSshServer &) = delete;
    LabSshServer &operator=(const LabSshServer &) = delete;

    /// Listens on `address` at each endpoint's port. `hostKeyPath` is created
    /// (ed25519, 0600) if it does not exist. Only keys listed in
    /// `authorizedKeysPath` may log in.
    bool start(const QString &address, const QList<Endpoint> &endpoints, const QString &hostKeyPath,
               const QString &authorizedKeysPath, QString *error);
    /// Stops accepting, ends every session and joins the threads.
    void stop();

    /// "SHA256:..." of the host key, for the trainees' known_hosts prompt.
    QString hostKeyFingerprint() const { return m_fingerprint; }
    /// The host key as a known_hosts line for `host` and `port`.
    QString knownHostsLine(const QString &host, quint16 port) const;
    int connectionsServed() const { return m_served.load(); }

    /// Creates an ed25519 key at `path` (0600) unless one is there already.
    static bool ensureHostKey(const QString &path, QString *error);

    /// One connection's state (labsshserver.cpp), owned by its thread.
    struct Session;

private:
    void acceptLoop();
    void serve(void *session, QString nodeId);

    Responder m_responder;
    QString m_hostKeyPath;
    QString m_fingerprint;
    QString m_publicKey;  // "ssh-ed25519 AAAA..."
    QList<QByteArray> m_authorized;  // base64 blobs with their type, "type b64"
    struct Listener {
        void *bind = nullptr;
        QString nodeId;
    };
    std::vector<Listener> m_listeners;
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_served{0};
    std::thread m_acceptThread;
    std::vector<std::thread> m_sessionThreads;  // touched by the accept thread only, joined in stop()
};

} // namespace mailha
