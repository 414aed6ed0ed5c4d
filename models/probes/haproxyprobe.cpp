// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/haproxyprobe.h"

#include "core/names.h"
#include "probes/probesupport.h"

#include <algorithm>

namespace mailha {

namespace {

const QString probeName = QStringLiteral("haproxy");
const QString statKey = QStringLiteral("stat");
const QString addrKey = QStringLiteral("addresses");

// "UP 1/3" (going down), "DOWN 1/2" (going up), "MAINT (via b/s)": the first word.
QString normalStatus(const QString &status)
{
    const QString trimmed = status.trimmed();
    if (trimmed == QLatin1String("no check"))
        return trimmed;
    return trimmed.section(QLatin1Char(' '), 0, 0).toUpper();
}

bool serving(const QString &status)
{
    return status == QLatin1String("UP") || status == QLatin1String("no check") || status == QLatin1String("OPEN");
}

} // namespace

QList<ProbeCommand> HaproxyProbe::commands(const QHash<QString, QString> &params) const
{
    ProbeCommand stat{statKey, {}, {}};
    const QString url = param(params, "url");
    if (!url.isEmpty()) {
        stat.argv = {QStringLiteral("curl"), QStringLiteral("-fsS"), QStringLiteral("--max-time"), QStringLiteral("5"),
                     url + QStringLiteral(";csv")};
    } else {
        // The stats socket wants "show stat" on stdin. The script is constant;
        // the socket path is passed as $1, never spliced into shell text.
        stat.argv = {QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("printf 'show stat\\n' | socat -t 5 stdio \"UNIX-CONNECT:$1\""), QStringLiteral("sh"),
                     param(params, "socket", QStringLiteral("/run/haproxy/admin.sock"))};
    }
    return {stat, {addrKey, {QStringLiteral("ip"), QStringLiteral("-j"), QStringLiteral("addr"), QStringLiteral("show")}, {}}};
}

ProbeResult HaproxyProbe::parse(const CommandOutputs &outputs, const QHash<QString, QString> &params) const
{
    if (std::optional<ProbeResult> down =
            serviceNotRunning(outputs, statKey, {"Connection refused", "Failed to connect to"}, QStringLiteral("HAProxy")))
        return *down;
    if (std::optional<ProbeResult> failed = checkOutput(probeName, statKey, outputs))
        return *failed;
    if (std::optional<ProbeResult> cut = checkComplete(probeName, statKey, outputs.value(statKey).standardOutput))
        return *cut;
    const QStringList lines = QString::fromUtf8(outputs.value(statKey).standardOutput).split(QLatin1Char('\n'));
    qsizetype pxname = -1, svname = -1, status = -1, scur = -1, qcur = -1;
    qsizetype columns = 0;
    bool sawHeader = false;
    ProbeResult result;
    ServiceSample &s = result.sample;
    QHash<QString, int> upPerBackend;
    int up = 0;
    int down = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        if (!sawHeader) {
            if (!line.startsWith(QLatin1String("# ")))
                return probeFailure(probeName, statKey, ProbeText::tr("not HAProxy CSV: no \"# pxname,svname,...\" header"), i + 1);
            // Columns are found by name: every release appends new ones.
            const QStringList head = line.mid(2).split(QLatin1Char(','));
            columns = head.size();
            pxname = head.indexOf(QLatin1String("pxname"));
            svname = head.indexOf(QLatin1String("svname"));
            status = head.indexOf(QLatin1String("status"));
            scur = head.indexOf(QLatin1String("scur"));
            qcur = head.indexOf(QLatin1String("qcur"));
            if (pxname < 0 || svname < 0 || status < 0 || scur < 0 || qcur < 0)
                return probeFailure(probeName, statKey, ProbeText::tr("CSV header lacks pxname, svname, status, scur or qcur"), i + 1);
            sawHeader = true;
            continue;
        }
        const QStringList f = line.split(QLatin1Char(','));
        if (f.size() < std::max({pxname, svname, status, scur, qcur}) + 1 || f.size() + 1 < columns)
            return probeFailure(probeName, statKey,
                                ProbeText::tr("row has %1 fields, the header %2").arg(f.size()).arg(columns), i + 1);
        const QString &server = f.at(svname);
        if (server == QLatin1String("FRONTEND") || server == QLatin1String("BACKEND"))
            continue;
        HaproxyServer *out = s.add_haproxy();
        out->set_backend(sstr(f.at(pxname)));
        out->set_server(sstr(server));
        const QString st = normalStatus(f.at(status));
        out->set_status(sstr(st));
        out->set_sessions(f.at(scur).toLongLong());
        out->set_queue(f.at(qcur).toLongLong());
        upPerBackend[f.at(pxname)] += serving(st) ? 1 : 0;
        up += serving(st);
        down += st == QLatin1String("DOWN");
    }
    if (!sawHeader)
        return probeFailure(probeName, statKey, ProbeText::tr("empty output"));

    QStringList addresses;
    const CommandOutput addr = outputs.value(addrKey);
    if (addr.exitStatus == 0) {
        QString what;
        int line = 0;
        const std::optional<QStringList> list = parseIpAddrJson(addr.standardOutput, &what, &line);
        if (!list)
            return probeFailure(probeName, addrKey, what, line);
        addresses = *list;
    }
    for (const QString &a : addresses)
        s.add_addresses(sstr(a));
    // A balancer pair serves where the virtual IP is: the group's own, else any
    // of the cluster's. With neither known, this balancer serves.
    QStringList vips = vipParam(params, "vips");
    if (vips.isEmpty())
        vips = vipParam(params, groupVipsParam);
    if (vips.isEmpty())
        vips = vipParam(params, floatingIpsParam);
    bool active = true;
    if (!vips.isEmpty() && addr.exitStatus == 0)
        active = std::any_of(addresses.cbegin(), addresses.cend(),
                             [&](const QString &a) { return vips.contains(a.section(QLatin1Char('/'), 0, 0)); });
    s.set_role(active ? ACTIVE : PASSIVE);
    const bool emptyBackend = std::any_of(upPerBackend.cbegin(), upPerBackend.cend(), [](int n) { return n == 0; });
    s.set_health(emptyBackend ? CRITICAL : down > 0 ? WARNING : OK);
    s.set_detail(sstr(ProbeText::tr("%1 of %2 servers UP").arg(up).arg(s.haproxy_size())));
    return result;
}

} // namespace mailha
