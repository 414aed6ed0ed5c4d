// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/names.h"

#include <QCoreApplication>

#include <algorithm>

namespace mailha {

namespace {
// lupdate reads Names::tr() calls under the context "mailha::Names".
struct Names {
    Q_DECLARE_TR_FUNCTIONS(mailha::Names)
};
} // namespace

QString roleName(Role role)
{
    switch (role) {
    case ACTIVE: return QStringLiteral("ACTIVE");
    case PASSIVE: return QStringLiteral("PASSIVE");
    case STANDBY: return QStringLiteral("STANDBY");
    case FAILED: return QStringLiteral("FAILED");
    case FENCED: return QStringLiteral("FENCED");
    case MAINTENANCE: return QStringLiteral("MAINTENANCE");
    default: return QStringLiteral("UNKNOWN");
    }
}

QString roleLabel(Role role)
{
    switch (role) {
    case ACTIVE: return Names::tr("ACTIVE");
    case PASSIVE: return Names::tr("PASSIVE");
    case STANDBY: return Names::tr("STANDBY");
    case FAILED: return Names::tr("FAILED");
    case FENCED: return Names::tr("FENCED");
    case MAINTENANCE: return Names::tr("MAINTENANCE");
    default: return Names::tr("UNKNOWN");
    }
}

QString healthName(Health health)
{
    switch (health) {
    case OK: return QStringLiteral("OK");
    case WARNING: return QStringLiteral("WARNING");
    case CRITICAL: return QStringLiteral("CRITICAL");
    default: return QStringLiteral("UNKNOWN");
    }
}

QString technologyName(Technology technology)
{
    switch (technology) {
    case POSTFIX: return QStringLiteral("postfix");
    case POSTGRES: return QStringLiteral("postgres");
    case MYSQL: return QStringLiteral("mysql");
    case DRBD: return QStringLiteral("drbd");
    case PACEMAKER: return QStringLiteral("pacemaker");
    case KEEPALIVED: return QStringLiteral("keepalived");
    case DOVECOT: return QStringLiteral("dovecot");
    case HAPROXY: return QStringLiteral("haproxy");
    case HOST: return QStringLiteral("host");
    case EXCHANGE_DAG: return QStringLiteral("exchange-dag");
    default: return QStringLiteral("unspecified");
    }
}

std::optional<Technology> technologyFromName(QStringView name)
{
    for (int t = Technology_MIN; t <= Technology_MAX; ++t) {
        if (!Technology_IsValid(t) || t == TECHNOLOGY_UNSPECIFIED)
            continue;
        if (name.compare(technologyName(Technology(t)), Qt::CaseInsensitive) == 0)
            return Technology(t);
    }
    return std::nullopt;
}

QString reachabilityLabel(Reachability reachability)
{
    switch (reachability) {
    case REACHABLE: return Names::tr("live");
    case UNREACHABLE: return Names::tr("unreachable");
    case TIMED_OUT: return Names::tr("timed out");
    case AUTH_FAILED: return Names::tr("authentication failed");
    case HOST_KEY_UNKNOWN: return Names::tr("host key unknown");
    case HOST_KEY_CHANGED: return Names::tr("HOST KEY CHANGED");
    case CONNECTING: return Names::tr("connecting");
    default: return Names::tr("not yet polled");
    }
}

QString clusterHealthLabel(ClusterHealth health)
{
    switch (health) {
    case HEALTHY: return Names::tr("healthy");
    case DEGRADED: return Names::tr("degraded");
    case CRITICAL_HEALTH: return Names::tr("critical");
    case SPLIT_BRAIN_HEALTH: return Names::tr("SPLIT BRAIN");
    default: return Names::tr("unknown");
    }
}

QString severityName(Severity severity)
{
    switch (severity) {
    case INFO: return QStringLiteral("info");
    case WARN: return QStringLiteral("warning");
    case CRIT: return QStringLiteral("critical");
    default: return QStringLiteral("unknown");
    }
}

QString eventKindName(EventKind kind)
{
    return QString::fromStdString(EventKind_Name(kind)).toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString formatDuration(double seconds)
{
    if (!(seconds >= 0))  // negative: unknown; NaN: never a duration
        return QStringLiteral("—");
    // Beyond qint64 the rounding below would be undefined; a million years
    // reads the same as any longer time.
    seconds = std::min(seconds, 3.15e13);
    if (seconds < 10)
        return Names::tr("%1 s").arg(seconds, 0, 'f', 1);
    const qint64 s = qRound64(seconds);
    if (s < 60)
        return Names::tr("%1 s").arg(s);
    if (s < 3600)
        return Names::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return Names::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return Names::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("—");
    if (bytes < 1024)
        return Names::tr("%1 B").arg(bytes);
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB"};
    double value = double(bytes) / 1024.0;
    int unit = 0;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    return Names::tr("%1 %2").arg(value, 0, 'f', 1).arg(QLatin1String(units[unit]));
}

} // namespace mailha
