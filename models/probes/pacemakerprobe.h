// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probes/probe.h"

namespace mailha {

/// Pacemaker: `crm_mon -1 --output-as=xml` (and Pacemaker 1.1's --as-xml
/// document) and `uname -n` to know which cluster node this is. Params: node
/// (the cluster's name for this node), resource (the one whose location makes
/// a node ACTIVE), cib_file (read a saved CIB through CIB_file).
class PacemakerProbe final : public Probe
{
public:
    Technology technology() const override { return PACEMAKER; }
    QList<ProbeCommand> commands(const QHash<QString, QString> &params) const override;
    ProbeResult parse(const CommandOutputs &outputs, const QHash<QString, QString> &params) const override;
};

} // namespace mailha
