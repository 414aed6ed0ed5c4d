// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/sshcommandrunner.h"

#include "core/names.h"

#include <QCoreApplication>

namespace mailha {

SshCommandRunner::SshCommandRunner(ClusterSpec spec, SshSettings settings, SshPrompter *prompter)
    : m_spec(std::move(spec))
    , m_settings(std::move(settings))
    , m_prompter(prompter)
{
}

SshCommandRunner::~SshCommandRunner() = default;

CommandOutput SshCommandRunner::run(const QString &nodeId, const ProbeCommand &command, int timeoutMs)
{
    bool mayHaveRun = false;
    return runTracked(nodeId, command, timeoutMs, &mayHaveRun);
}

CommandOutput SshCommandRunner::runTracked(const QString &nodeId, const ProbeCommand &command, int timeoutMs, bool *mayHaveRun)
{
    *mayHaveRun = false;
    CommandOutput out;
    if (m_spec.lab()) {
        out.transportError = QCoreApplication::translate("mailha::SshSession",
                                                         "this cluster is marked lab: true; SSH never connects to it");
        return out;
    }
    const Node *node = nullptr;
    for (const Node &n : m_spec.nodes())
        if (qstr(n.id()) == nodeId)
            node = &n;
    if (!node) {
        out.transportError = QCoreApplication::translate("mailha::SshSession", "no node \"%1\" in the cluster").arg(nodeId);
        return out;
    }
    Slot *slot = nullptr;
    {
        QMutexLocker lock(&m_mutex);
        std::unique_ptr<Slot> &entry = m_slots[nodeId];
        if (!entry) {
            entry = std::make_unique<Slot>();
            entry->session = std::make_unique<SshSession>(sshTargetFor(*node), m_settings, m_prompter);
        }
        slot = entry.get();
    }
    QMutexLocker lock(&slot->mutex);
    if (!slot->session->isConnected()) {
        const SshSession::Status status = slot->session->connect();
        if (!status.ok()) {
            out.transportError = status.detail;
            out.timedOut = status.reachability == TIMED_OUT;
            return out;
        }
    }
    out = slot->session->run(command, timeoutMs);
    *mayHaveRun = slot->session->lastCommandSent();
    return out;
}

void SshCommandRunner::interruptAll()
{
    QMutexLocker lock(&m_mutex);
    for (auto &[id, slot] : m_slots)
        slot->session->interrupt();
}

} // namespace mailha
