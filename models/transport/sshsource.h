// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/samplesource.h"
#include "transport/sshsession.h"

#include <QHash>
#include <QMetaType>

#include <memory>
#include <optional>
#include <vector>

namespace mailha {

/// Timing of SSH polling. Zero fields take the defaults shown.
struct SshPollOptions {
    int pollIntervalMs = 0;     ///< 0: the cluster's poll_interval_ms (default 2000)
    int commandTimeoutMs = 0;   ///< 0: twice the interval, within 2 s .. 30 s
    int initialBackoffMs = 500; ///< first reconnect delay; doubles per failure
    int maxBackoffMs = 30000;
};

/// Real nodes over SSH as a sample source. One worker thread per node owns
/// that node's one persistent session (libssh forbids sharing) and polls it
/// every interval; agent calls, connects and commands all happen there.
/// This object lives on the GUI thread and never waits for the network:
/// results arrive as queued calls and leave as one samplesReady() batch per
/// event-loop turn.
///
/// A node that cannot be read yields a status-only NodeSample (reachability
/// and reason) so ClusterState shows it stale with its age; the worker then
/// reconnects with exponential backoff. A cluster marked `lab: true` is never
/// contacted.
///
/// Questions for the person (asynchronous; the asking worker waits, the GUI
/// does not): hostKeyDecisionNeeded() → answerHostKey(); passphraseNeeded() →
/// answerPassphrase(). A changed host key is not a question: the node stops
/// with HOST_KEY_CHANGED and hostKeyChanged() carries the message to show;
/// only fixing known_hosts (then reconnect()) gets past it. A refused unknown
/// key parks the node until reconnect(). stop() refuses every open question.
class SshSource final : public SampleSource
{
    Q_OBJECT

public:
    struct Connection {
        Reachability reachability = REACHABILITY_UNKNOWN;
        QString detail;
        qint64 sinceMs = 0;
    };

    SshSource(ClusterSpec spec, SshSettings settings, SshPollOptions options = {}, QObject *parent = nullptr);
    ~SshSource() override;

    ClusterSpec spec() const override { return m_spec; }
    void start() override;
    /// Interrupts blocking calls (the sockets are shut down) and joins the workers.
    void stop() override;
    qint64 now() const override;

    int pollIntervalMs() const { return m_intervalMs; }
    int commandTimeoutMs() const { return m_commandTimeoutMs; }
    /// The last status reported for a node (REACHABILITY_UNKNOWN before any).
    Connection connection(const QString &nodeId) const { return m_connections.value(nodeId); }

    /// Answers a hostKeyDecisionNeeded() request; stale ids are ignored.
    void answerHostKey(quint64 requestId, bool accept);
    /// Answers a passphraseNeeded() request; nothing means skip that key.
    /// The passphrase is handed to libssh and wiped; it is never stored.
    void answerPassphrase(quint64 requestId, std::optional<QByteArray> passphrase);
    /// Ends a node's wait (backoff, or parked after a refused key) and reconnects now.
    void reconnect(const QString &nodeId);

Q_SIGNALS:
    void connectionChanged(const QString &nodeId, mailha::Reachability reachability, const QString &detail);
    void hostKeyDecisionNeeded(quint64 requestId, const mailha::HostKeyQuestion &question);
    /// The hard stop: show `message` as an alarm; there is nothing to accept.
    void hostKeyChanged(const QString &nodeId, const QString &message);
    void passphraseNeeded(quint64 requestId, const mailha::PassphraseQuestion &question);

private:
    class Broker;
    struct Worker;
    void deliver(const NodeSample &sample);
    void flushPending();
    void runWorker(Worker *worker, const Node &node);

    ClusterSpec m_spec;
    SshSettings m_settings;
    SshPollOptions m_options;
    int m_intervalMs = 2000;
    int m_commandTimeoutMs = 10000;
    std::unique_ptr<Broker> m_broker;
    std::vector<std::unique_ptr<Worker>> m_workers;
    QHash<QString, Connection> m_connections;
    QList<NodeSample> m_pending;
    bool m_flushScheduled = false;
};

} // namespace mailha

Q_DECLARE_METATYPE(mailha::HostKeyQuestion)
Q_DECLARE_METATYPE(mailha::PassphraseQuestion)
