// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>

#include <memory>

namespace mailha::test {

/// A private OpenSSH server for integration tests: `/usr/sbin/sshd -D` on
/// 127.0.0.1 and a free port, with its own host key, StrictModes and PAM off,
/// and one authorized client key without a passphrase. Everything lives under
/// `dir` (give it a QTemporaryDir); the client side of a test uses
/// clientDir() as its ssh directory and known_hosts, never the real ~/.ssh.
/// Works as root (creates the privilege separation directory) and not.
class SshServer final
{
public:
    explicit SshServer(QString dir);
    ~SshServer();

    /// Starts sshd (generating keys on first use) and waits until it accepts
    /// connections. port 0: a free port; else that one (to restart in place).
    bool start(quint16 port = 0);
    /// SIGKILLs the listener and every session process it forked: the server
    /// dies mid-connection, as a crashed host would.
    void kill();
    bool isRunning() const;

    quint16 port() const { return m_port; }
    QString error() const { return m_error; }
    QString userName() const;
    /// Holds id_ed25519 (authorized), an empty known_hosts and config.
    QString clientDir() const;
    QString clientKeyPath() const;
    QString knownHostsPath() const;
    /// "[127.0.0.1]:PORT ssh-ed25519 AAAA...": the line that trusts this server.
    QString knownHostsLine() const;
    /// Authorizes one more public key (the text of a .pub file).
    bool authorize(const QString &publicKeyPath);
    /// sshd_config lines appended on the next start() (ForceCommand, ...).
    void setExtraConfig(const QString &lines) { m_extraConfig = lines; }

    /// ssh-keygen: a new ed25519 key at `path` (and path.pub). Empty passphrase: none.
    static bool generateKey(const QString &path, const QString &passphrase = {}, QString *error = nullptr);

private:
    bool prepare();

    QString m_dir;
    quint16 m_port = 0;
    QString m_error;
    QString m_extraConfig;
    std::unique_ptr<QProcess> m_process;
};

} // namespace mailha::test
