// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/hostprobe.h"

#include "core/names.h"
#include "probes/probesupport.h"

#include <limits>

namespace mailha {

namespace {

const QString probeName = QStringLiteral("host");
const QString loadKey = QStringLiteral("loadavg");
const QString memKey = QStringLiteral("meminfo");
const QString dfKey = QStringLiteral("df");
const QString unitsKey = QStringLiteral("units");

QStringList listParam(const QHash<QString, QString> &params, const char *key)
{
    QStringList out;
    for (const QString &part : params.value(QLatin1String(key)).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

} // namespace

QList<ProbeCommand> HostProbe::commands(const QHash<QString, QString> &params) const
{
    QStringList paths = listParam(params, "paths");
    if (paths.isEmpty())
        paths.append(QStringLiteral("/"));
    QList<ProbeCommand> list{
        {loadKey, {QStringLiteral("cat"), QStringLiteral("/proc/loadavg")}, {}},
        {memKey, {QStringLiteral("cat"), QStringLiteral("/proc/meminfo")}, {}},
        {dfKey, QStringList{QStringLiteral("df"), QStringLiteral("-P"), QStringLiteral("-B1"), QStringLiteral("--")} + paths, {}}};
    const QStringList units = listParam(params, "units");
    if (!units.isEmpty())
        list.append({unitsKey, QStringList{QStringLiteral("systemctl"), QStringLiteral("is-active"), QStringLiteral("--")} + units, {}});
    return list;
}

ProbeResult HostProbe::parse(const CommandOutputs &outputs, const QHash<QString, QString> &params) const
{
    if (std::optional<ProbeResult> failed = checkOutput(probeName, loadKey, outputs))
        return *failed;
    ProbeResult result;
    ServiceSample &s = result.sample;
    HostStats *h = s.mutable_host();
    const QStringList load = QString::fromLatin1(outputs.value(loadKey).standardOutput).simplified().split(QLatin1Char(' '));
    bool ok1 = false;
    bool ok5 = false;
    h->set_load1(load.value(0).toDouble(&ok1));
    h->set_load5(load.value(1).toDouble(&ok5));
    if (load.size() < 3 || !ok1 || !ok5)
        return probeFailure(probeName, loadKey, ProbeText::tr("not /proc/loadavg: expected three load averages"), 1);

    // The other commands are optional for a capture; when they ran, they must parse.
    Health health = OK;
    QStringList problems;
    if (outputs.value(memKey).exitStatus >= 0) {
        if (std::optional<ProbeResult> failed = checkOutput(probeName, memKey, outputs))
            return *failed;
        const QStringList lines = QString::fromLatin1(outputs.value(memKey).standardOutput).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            const QStringList f = lines.at(i).simplified().split(QLatin1Char(' '));
            const bool total = f.at(0) == QLatin1String("MemTotal:");
            if (f.size() < 2 || (!total && f.at(0) != QLatin1String("MemAvailable:")))
                continue;
            // kB as the kernel prints them; anything that would not fit in bytes is not /proc/meminfo.
            bool ok = false;
            const qint64 kb = f.at(1).toLongLong(&ok);
            if (!ok || kb < 0 || kb > std::numeric_limits<qint64>::max() / 1024)
                return probeFailure(probeName, memKey, ProbeText::tr("%1 is not a size in kB").arg(f.at(0)), i + 1);
            if (total)
                h->set_mem_total_bytes(kb * 1024);
            else
                h->set_mem_available_bytes(kb * 1024);
        }
        if (h->mem_total_bytes() <= 0)
            return probeFailure(probeName, memKey, ProbeText::tr("no MemTotal line"));
        if (double(h->mem_available_bytes()) * 20 < double(h->mem_total_bytes())) {
            health = WARNING;
            problems.append(ProbeText::tr("memory low"));
        }
    }
    if (outputs.value(dfKey).exitStatus >= 0) {
        // df exits 1 when one of several paths is missing but still reports the rest.
        if (std::optional<ProbeResult> failed = checkOutput(probeName, dfKey, outputs, true))
            return *failed;
        const QStringList lines = QString::fromUtf8(outputs.value(dfKey).standardOutput).split(QLatin1Char('\n'));
        if (!lines.constFirst().startsWith(QLatin1String("Filesystem")))
            return probeFailure(probeName, dfKey, ProbeText::tr("not df -P output: no \"Filesystem\" header"), 1);
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList f = lines.at(i).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (f.isEmpty())
                continue;
            bool okSize = false;
            bool okFree = false;
            const qint64 size = f.value(1).toLongLong(&okSize);
            const qint64 avail = f.value(3).toLongLong(&okFree);
            if (f.size() < 6 || !okSize || !okFree || size < 0 || avail < 0)
                return probeFailure(probeName, dfKey, ProbeText::tr("df line has no size and available bytes"), i + 1);
            DiskUsage *d = h->add_disks();
            d->set_mount(sstr(QStringList(f.mid(5)).join(QLatin1Char(' '))));
            d->set_size_bytes(size);
            d->set_free_bytes(avail);
            // In double: a hostile df line must not overflow the comparison.
            if (size > 0 && double(avail) * 20 < double(size)) {
                health = CRITICAL;
                problems.append(ProbeText::tr("%1 almost full").arg(qstr(d->mount())));
            } else if (size > 0 && double(avail) * 10 < double(size) && health == OK) {
                health = WARNING;
                problems.append(ProbeText::tr("%1 filling up").arg(qstr(d->mount())));
            }
        }
    }
    const QStringList units = listParam(params, "units");
    if (!units.isEmpty() && outputs.value(unitsKey).exitStatus >= 0) {
        // is-active exits 3 when a unit is inactive; its answer is still one line per unit.
        if (std::optional<ProbeResult> failed = checkOutput(probeName, unitsKey, outputs, true))
            return *failed;
        const QStringList states =
            QString::fromUtf8(outputs.value(unitsKey).standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (states.size() != units.size())
            return probeFailure(probeName, unitsKey,
                                ProbeText::tr("%1 unit states for %2 units").arg(states.size()).arg(units.size()));
        for (int i = 0; i < units.size(); ++i) {
            const bool active = states.at(i).trimmed() == QLatin1String("active");
            CountedItem *u = h->add_units();
            u->set_key(sstr(units.at(i)));
            u->set_count(active ? 1 : 0);
            if (!active) {
                h->add_inactive_units(sstr(units.at(i)));
                health = CRITICAL;
                problems.append(ProbeText::tr("%1 is %2").arg(units.at(i), states.at(i).trimmed()));
            }
        }
    }
    s.set_role(ACTIVE);
    s.set_health(health);
    s.set_detail(sstr(ProbeText::tr("load %1, %2 of memory available").arg(h->load1()).arg(formatBytes(h->mem_available_bytes()))
                      + (problems.isEmpty() ? QString() : QLatin1String(", ") + problems.join(QLatin1String(", ")))));
    return result;
}

} // namespace mailha
