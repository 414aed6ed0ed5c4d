// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/sshnodepoller.h"

#include "core/names.h"
#include "probes/nodepoller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

namespace mailha {

SshNodePoller::SshNodePoller(ClusterSpec spec, Node node, SshSettings settings, SshPrompter *prompter)
    : m_spec(std::move(spec))
    , m_node(std::move(node))
    , m_streaming(settings.streaming)
    , m_session(sshTargetFor(m_node), std::move(settings), prompter)
{
}

NodeSample SshNodePoller::statusSample(qint64 timeMs, const SshSession::Status &status) const
{
    NodeSample sample;
    sample.set_node_id(m_node.id());
    sample.set_time_ms(timeMs);
    sample.set_reachability(status.reachability);
    sample.set_reachability_detail(sstr(status.detail));
    return sample;
}

NodeSample SshNodePoller::pollRound(int commandTimeoutMs)
{
    const qint64 timeMs = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer clock;
    clock.start();
    m_lastConnectMs = 0;
    if (!m_session.isConnected()) {
        const SshSession::Status status = m_session.connect();
        m_lastConnectMs = double(clock.nsecsElapsed()) / 1e6;
        if (!status.ok())
            return statusSample(timeMs, status);
    }

    QList<PlannedCommand> plan = planNodePoll(m_node);
    // A node whose services have no probe still proves the session works.
    const bool livenessOnly = plan.isEmpty();
    if (livenessOnly)
        plan.append({QString(), HOST, {QStringLiteral("alive"), {QStringLiteral("true")}, {}}, QStringLiteral("alive")});

    CommandOutputs outputs;
    int timedOut = 0;
    for (const PlannedCommand &planned : plan) {
        const CommandOutput output = m_streaming ? m_session.runStreamed(planned.command, commandTimeoutMs)
                                                 : m_session.run(planned.command, commandTimeoutMs);
        if (!output.transportError.isEmpty() && !m_session.isConnected())
            return statusSample(timeMs, m_session.status());
        if (output.timedOut)
            ++timedOut;
        outputs.insert(planned.outputKey, output);
    }
    if (timedOut == plan.size()) {
        m_session.disconnect();  // a node that answers nothing gets a fresh connection next round
        return statusSample(timeMs, {TIMED_OUT, QCoreApplication::translate("mailha::SshSession",
                                                                             "no command answered within %1 ms")
                                                    .arg(commandTimeoutMs)});
    }
    NodeSample sample = assembleNodeSample(m_spec, m_node, outputs, timeMs);
    sample.set_reachability_detail(sstr(m_session.status().detail));
    sample.set_round_trip_ms(double(clock.nsecsElapsed()) / 1e6);
    return sample;
}

} // namespace mailha
