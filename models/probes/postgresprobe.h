// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probes/probe.h"

namespace mailha {

/// PostgreSQL primary or standby (10 and newer): one psql call returning a
/// JSON object with recovery state, positions, pg_stat_replication rows and
/// the pg_stat_wal_receiver row. Params: host, port, user, dbname (psql's
/// PG* environment applies when unset), upstream (shown when a standby has
/// no WAL receiver).
class PostgresProbe final : public Probe
{
public:
    /// The SQL the probe runs (the lab answers it, tests run it live).
    static QString stateQuery();

    Technology technology() const override { return POSTGRES; }
    QList<ProbeCommand> commands(const QHash<QString, QString> &params) const override;
    ProbeResult parse(const CommandOutputs &outputs, const QHash<QString, QString> &params) const override;
};

} // namespace mailha
