// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.pb.h"
#include "probes/probe.h"
#include "sample.pb.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace mailha {

/// How to reach one node: the cluster file's Node fields. Empty fields come
/// from the ssh config (Host aliases, HostName, User, Port, IdentityFile,
/// ProxyJump), as with `ssh HOST`; fields set here override the config.
struct SshTarget {
    QString nodeId;
    QString host;          ///< address or ssh config alias
    quint16 port = 0;      ///< 0: from the config, else 22
    QString user;
    QString jumpHost;      ///< "[user@]host[:port]", comma-separated hops
    QString identityFile;  ///< tried after the agent and before the config's keys
};

SshTarget sshTargetFor(const Node &node);

/// Client-side files and limits. Paths default to the user's own (~/.ssh);
/// tests point them at a private directory so they never touch real files.
struct SshSettings {
    QString sshConfigPath;   ///< empty: ~/.ssh/config and /etc/ssh/ssh_config
    QString knownHostsPath;  ///< empty: ~/.ssh/known_hosts
    QString sshDir;          ///< empty: ~/.ssh (default key files live here)
    QString sshProgram = QStringLiteral("ssh");  ///< OpenSSH client for ProxyJump hops
    int connectTimeoutMs = 5000;  ///< TCP connect, key exchange and authentication each
    int keepaliveIntervalMs = 10000;
    qint64 maxOutputBytes = 4 * 1024 * 1024;  ///< per stream of one command
    /// Pollers run commands through one long-lived remote `sh` per node
    /// (SshSession::runStreamed) instead of one exec channel per command:
    /// measured 3x shorter rounds on loopback (see tst_sshsource), and only
    /// "exec sh" passes through the account's login shell. SshCommandRunner
    /// (runbooks) always uses one exec channel per command.
    bool streaming = true;
};

/// An unknown host key, waiting for a person's decision.
struct HostKeyQuestion {
    QString nodeId;
    QString host;
    quint16 port = 22;
    QString keyType;      ///< "ssh-ed25519", ...
    QString fingerprint;  ///< "SHA256:..." as OpenSSH prints it
    QString knownHostsPath;
};

/// A private key file that needs its passphrase.
struct PassphraseQuestion {
    QString nodeId;
    QString prompt;  ///< libssh's prompt text, names the key
};

/// Asked by a session on its own worker thread, which waits for the answer.
/// Implementations must never make the GUI thread wait: SshSource forwards the
/// question as a signal and the GUI answers whenever the person has decided.
class SshPrompter
{
public:
    virtual ~SshPrompter() = default;
    /// True to trust the key and record it in known_hosts.
    virtual bool acceptUnknownHostKey(const HostKeyQuestion &question) = 0;
    /// The passphrase, or nothing to skip the key. The caller wipes it after use.
    virtual std::optional<QByteArray> passphrase(const PassphraseQuestion &question) = 0;
};

/// One SSH connection to one node (libssh). Not thread-safe: a session is
/// created, used and destroyed by one thread (libssh forbids sharing), except
/// interrupt(), which any thread may call to cut blocking calls short.
///
/// Host keys are checked against known_hosts: an unknown key is accepted only
/// by the prompter (and then recorded), a changed key is always refused.
/// Authentication: ssh-agent, then the key files (a passphrase is asked for
/// through the prompter and never stored). TCP_NODELAY is on: without it every
/// exchange waits ~40 ms for Nagle and delayed ACKs.
class SshSession final
{
public:
    struct Status {
        Reachability reachability = REACHABILITY_UNKNOWN;
        QString detail;
        bool ok() const { return reachability == REACHABLE; }
    };

    SshSession(SshTarget target, SshSettings settings, SshPrompter *prompter = nullptr);
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    /// Connects, checks the host key and authenticates; blocks up to a few
    /// connect timeouts. Reachability names what failed.
    Status connect();
    bool isConnected() const;
    void disconnect();

    /// Runs argv (quoted by shellJoin(), with `env NAME=VALUE` for the
    /// command's environment) on an exec channel and waits up to timeoutMs.
    /// A broken connection is reported in transportError and disconnects.
    CommandOutput run(const ProbeCommand &command, int timeoutMs);

    /// The same through one long-lived `sh` on one channel, opened on first
    /// use: the command line (shellJoin(), stdin from /dev/null) is written
    /// to the shell, followed by markers carrying a random per-command nonce
    /// and the exit status on stdout and stderr. Saves the per-channel
    /// session setup and login-shell start on the server (measured ~7 ms per
    /// command on loopback). A timeout closes the shell; the next call opens
    /// a new one.
    CommandOutput runStreamed(const ProbeCommand &command, int timeoutMs);

    /// Sends a keepalive if nothing was sent for keepaliveIntervalMs (libssh
    /// ignores ServerAliveInterval). False when the connection is gone.
    bool keepAlive();

    /// Thread-safe: makes a blocking connect or run return promptly, now and
    /// from now on. Used by SshSource::stop() so joining never waits for a
    /// timeout of a hung node.
    void interrupt();

    /// True once the last run()/runStreamed() handed its command line to the
    /// server: from then on a lost connection leaves its effect unknown.
    bool lastCommandSent() const { return m_sent; }

    /// The status of the last connect or run.
    const Status &status() const { return m_status; }
    /// Host, port and user after the ssh config was applied ("user@host:port").
    QString resolvedAddress() const { return m_resolved; }
    QString hostKeyFingerprint() const { return m_fingerprint; }

private:
    struct Private;
    Status fail(Reachability reachability, const QString &detail);
    CommandOutput broken(const QString &what, CommandOutput out);

    SshTarget m_target;
    SshSettings m_settings;
    SshPrompter *m_prompter;
    std::unique_ptr<Private> d;
    Status m_status;
    QString m_resolved;
    QString m_fingerprint;
    bool m_sent = false;
};

} // namespace mailha
