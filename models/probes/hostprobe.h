// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probes/probe.h"

namespace mailha {

/// Host basics: /proc/loadavg, /proc/meminfo, `df -P -B1` of the mail spool
/// and database volumes and `systemctl is-active` of the listed units.
/// Params: paths, units (comma separated).
class HostProbe final : public Probe
{
public:
    Technology technology() const override { return HOST; }
    QList<ProbeCommand> commands(const QHash<QString, QString> &params) const override;
    ProbeResult parse(const CommandOutputs &outputs, const QHash<QString, QString> &params) const override;
};

} // namespace mailha
