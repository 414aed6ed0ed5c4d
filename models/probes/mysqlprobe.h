// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probes/probe.h"

namespace mailha {

/// MySQL / MariaDB replication: `SHOW GLOBAL VARIABLES` (read_only, GTID)
/// and `SHOW REPLICA STATUS\G` (`legacy=1`: `SHOW SLAVE STATUS\G`). Params:
/// defaults_file (credentials stay off argv), host, port, user, socket, legacy.
class MysqlProbe final : public Probe
{
public:
    Technology technology() const override { return MYSQL; }
    QList<ProbeCommand> commands(const QHash<QString, QString> &params) const override;
    ProbeResult parse(const CommandOutputs &outputs, const QHash<QString, QString> &params) const override;
};

} // namespace mailha
