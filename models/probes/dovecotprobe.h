// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probes/probe.h"

namespace mailha {

/// Dovecot replication: `doveadm replicator status '*'` (per user), the
/// overview and `dsync-status`, and `ip -j addr` to see whether this member
/// holds the IMAP address. Params: role (active/passive), upstream.
class DovecotProbe final : public Probe
{
public:
    Technology technology() const override { return DOVECOT; }
    QList<ProbeCommand> commands(const QHash<QString, QString> &params) const override;
    ProbeResult parse(const CommandOutputs &outputs, const QHash<QString, QString> &params) const override;
};

} // namespace mailha
