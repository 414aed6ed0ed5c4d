// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lab/labcluster.h"
#include "probes/nodepoller.h"

namespace mailha {

/// The lab speaks the real formats: what a lab node's probe commands print
/// (postqueue -j lines, the postgres probe's JSON row, drbdsetup status
/// --json, ip -j addr, HAProxy CSV, doveadm tables, /proc files, df), rendered
/// from the LabNode state, so that lab mode runs the real parsers.
///
/// The rendering only reads the cluster; call it under the same lock as
/// LabCluster::sample().
CommandOutput labCommandOutput(const LabCluster &lab, const QString &nodeId, const PlannedCommand &command);

/// Outputs for every planned command of one node, keyed by outputKey.
CommandOutputs labCommandOutputs(const LabCluster &lab, const QString &nodeId, const QList<PlannedCommand> &plan);

/// planNodePoll + labCommandOutputs + assembleNodeSample: the node's sample
/// as the SSH source would produce it from a real node in this state. A
/// crashed node answers nothing (TIMED_OUT), like LabCluster::sample().
NodeSample labSampleViaProbes(const LabCluster &lab, const QString &nodeId, QList<ProbeError> *errors = nullptr);

/// Attaches to a lab node's sample what its probe commands print in the real
/// formats, keyed and cut as the SSH source keeps them: the details panel
/// shows a trainee what the real server would answer. A node that is down
/// answers nothing and gets none.
void attachLabRawOutputs(const LabCluster &lab, NodeSample &sample);

} // namespace mailha
