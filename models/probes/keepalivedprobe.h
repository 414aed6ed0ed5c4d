// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probes/probe.h"

namespace mailha {

/// Keepalived: `ip -j addr show` (who holds a virtual IP), `systemctl
/// is-active` and, when a notify script keeps one, the VRRP state file (or
/// keepalived's JSON dump). Params: vips, unit, state_file.
class KeepalivedProbe final : public Probe
{
public:
    Technology technology() const override { return KEEPALIVED; }
    QList<ProbeCommand> commands(const QHash<QString, QString> &params) const override;
    ProbeResult parse(const CommandOutputs &outputs, const QHash<QString, QString> &params) const override;
};

} // namespace mailha
