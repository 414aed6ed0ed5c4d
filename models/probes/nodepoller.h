// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probes/probe.h"

namespace mailha {

/// One command of one node's poll round. Outputs are keyed by `outputKey`
/// ("<service id>/<command key>"), so two services never collide.
struct PlannedCommand {
    QString serviceId;
    Technology technology = TECHNOLOGY_UNSPECIFIED;
    ProbeCommand command;
    QString outputKey;
};

/// The commands one poll of `node` runs: every service's probe commands.
/// Services whose technology has no probe are left out (assembleNodeSample
/// reports them).
QList<PlannedCommand> planNodePoll(const Node &node);

/// Turns the outputs of planNodePoll()'s commands into a NodeSample: one
/// ServiceSample per service (parsed by its probe, or carrying a typed error),
/// the floating IPs the node holds, and the raw outputs (each cut to 64 KiB)
/// for the details panel. Errors are also appended to `errors` if given.
NodeSample assembleNodeSample(const ClusterSpec &spec, const Node &node, const CommandOutputs &outputs,
                              qint64 timeMs, QList<ProbeError> *errors = nullptr);

/// A command's output as a sample keeps it for the details panel: standard
/// output cut to 64 KiB, then standard error (cut to 16 KiB) after a
/// "[stderr]" line.
std::string rawOutputText(const CommandOutput &output);

} // namespace mailha
