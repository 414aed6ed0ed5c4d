// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.pb.h"
#include "events.pb.h"
#include "sample.pb.h"

#include <QString>

#include <optional>

namespace mailha {

/// Display names shared by the console and mailhactl, so a role reads the
/// same on screen, in a table and in a script's output.
QString roleName(Role role);             ///< "ACTIVE", "STANDBY", ... (not translated: a contract)
QString roleLabel(Role role);            ///< translated label for the screen
QString healthName(Health health);
QString technologyName(Technology technology);  ///< "postfix", "postgres", ...
std::optional<Technology> technologyFromName(QStringView name);
QString reachabilityLabel(Reachability reachability);
QString clusterHealthLabel(ClusterHealth health);
QString severityName(Severity severity);
QString eventKindName(EventKind kind);

/// "0.4 s", "14 s", "3 min 20 s", "2 h 5 min"; "—" for a negative (unknown) value.
QString formatDuration(double seconds);
/// "512 B", "3.2 KiB", "14.0 MiB"; "—" for a negative (unknown) value.
QString formatBytes(qint64 bytes);

inline QString qstr(const std::string &s) { return QString::fromStdString(s); }
inline std::string sstr(const QString &s) { return s.toStdString(); }

} // namespace mailha
