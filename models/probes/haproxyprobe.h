// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probes/probe.h"

namespace mailha {

/// HAProxy: `show stat` CSV from the stats socket (through socat) or the
/// stats page (`url`), and `ip -j addr` for who holds the virtual IP. Params:
/// socket, url, vips.
class HaproxyProbe final : public Probe
{
public:
    Technology technology() const override { return HAPROXY; }
    QList<ProbeCommand> commands(const QHash<QString, QString> &params) const override;
    ProbeResult parse(const CommandOutputs &outputs, const QHash<QString, QString> &params) const override;
};

} // namespace mailha
