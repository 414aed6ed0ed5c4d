// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probes/probe.h"

namespace mailha {

/// DRBD 9: `drbdsetup status --json` (also reads `drbdadm status` text).
/// Params: resource (default: all).
class DrbdProbe final : public Probe
{
public:
    Technology technology() const override { return DRBD; }
    QList<ProbeCommand> commands(const QHash<QString, QString> &params) const override;
    ProbeResult parse(const CommandOutputs &outputs, const QHash<QString, QString> &params) const override;
};

} // namespace mailha
