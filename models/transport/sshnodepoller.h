// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/sshsession.h"

namespace mailha {

/// The poll rounds of one node over one persistent SSH session: connect when
/// needed, run every probe command of the node (planNodePoll) as a channel on
/// the session, assemble the NodeSample. Used by SshSource's worker threads
/// and by `mailhactl status`, so both reach a node the same way. Owned and
/// used by one thread; interrupt() may be called from any thread.
class SshNodePoller final
{
public:
    SshNodePoller(ClusterSpec spec, Node node, SshSettings settings, SshPrompter *prompter = nullptr);

    /// One full round. A node that cannot be read gives a status-only sample:
    /// reachability (UNREACHABLE, TIMED_OUT, AUTH_FAILED, HOST_KEY_...) and
    /// the reason, no services. round_trip_ms is the round's duration.
    NodeSample pollRound(int commandTimeoutMs);

    /// Sends a keepalive when the session has been idle; false if it is gone.
    bool keepAlive() { return m_session.keepAlive(); }
    void interrupt() { m_session.interrupt(); }
    bool isConnected() const { return m_session.isConnected(); }
    const SshSession &session() const { return m_session; }

    /// Milliseconds the last connect took (0 when the round reused the session).
    double lastConnectMs() const { return m_lastConnectMs; }

private:
    NodeSample statusSample(qint64 timeMs, const SshSession::Status &status) const;

    ClusterSpec m_spec;
    Node m_node;
    bool m_streaming;
    SshSession m_session;
    double m_lastConnectMs = 0;
};

} // namespace mailha
