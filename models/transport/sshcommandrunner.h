// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/commandrunner.h"
#include "transport/sshsession.h"

#include <QMutex>

#include <map>
#include <memory>

namespace mailha {

/// CommandRunner over SSH for runbooks and one-shot tools: one persistent
/// session per node, opened on first use and reused. Blocking by contract
/// (call it from a worker thread). Calls for the same node are serialised,
/// because a libssh session must not be used by two threads at once; calls
/// for different nodes run in parallel. Refuses a cluster marked lab: true.
class SshCommandRunner final : public CommandRunner
{
public:
    SshCommandRunner(ClusterSpec spec, SshSettings settings, SshPrompter *prompter = nullptr);
    ~SshCommandRunner() override;

    CommandOutput run(const QString &nodeId, const ProbeCommand &command, int timeoutMs) override;
    /// A connection that breaks after the exec request was sent reports
    /// mayHaveRun; one that never connected (host key, auth, refused) does not.
    CommandOutput runTracked(const QString &nodeId, const ProbeCommand &command, int timeoutMs, bool *mayHaveRun) override;
    bool isLab() const override { return false; }

    /// Thread-safe: cuts every blocking call short (for shutdown).
    void interruptAll();

private:
    struct Slot {
        QMutex mutex;  // held while the session is in use
        std::unique_ptr<SshSession> session;
    };

    ClusterSpec m_spec;
    SshSettings m_settings;
    SshPrompter *m_prompter;
    QMutex m_mutex;
    std::map<QString, std::unique_ptr<Slot>> m_slots;  // guarded by m_mutex
};

} // namespace mailha
