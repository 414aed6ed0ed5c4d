// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probes/probe.h"

namespace mailha {

/// Runs one command on one node and waits for it: the seam between runbooks
/// (and one-shot tools like mailhactl) and where commands really go, an SSH
/// session or the lab cluster. Blocking by contract, so it is only ever called
/// from a worker thread, never the GUI thread. An implementation quotes argv
/// with shellJoin() and nothing else.
class CommandRunner
{
public:
    virtual ~CommandRunner() = default;

    /// Runs `command` on `nodeId`. Never throws; failures to run at all come
    /// back in CommandOutput::transportError, a timeout as timedOut.
    virtual CommandOutput run(const QString &nodeId, const ProbeCommand &command, int timeoutMs) = 0;

    /// As run(), and says in `mayHaveRun` whether the command reached the
    /// node. A runbook needs this to tell "never sent" (safe to retry) from
    /// "sent, result lost" (the change may have happened). The default trusts
    /// the CommandOutput contract: a transport error means it did not run.
    virtual CommandOutput runTracked(const QString &nodeId, const ProbeCommand &command, int timeoutMs, bool *mayHaveRun)
    {
        CommandOutput out = run(nodeId, command, timeoutMs);
        *mayHaveRun = out.transportError.isEmpty();
        return out;
    }

    /// True when this runner can only reach simulated nodes.
    virtual bool isLab() const = 0;
};

} // namespace mailha
