// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/keepalivedprobe.h"

#include "core/names.h"
#include "probes/probesupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mailha {

namespace {

const QString probeName = QStringLiteral("keepalived");
const QString addrKey = QStringLiteral("addresses");
const QString serviceKey = QStringLiteral("service");
const QString vrrpKey = QStringLiteral("vrrp");

bool knownState(const QString &state)
{
    return state == QLatin1String("MASTER") || state == QLatin1String("BACKUP") || state == QLatin1String("FAULT")
        || state == QLatin1String("INIT") || state == QLatin1String("STOP");
}

// keepalived --signum=JSON writes /tmp/keepalived.json with numeric states.
QString jsonState(int state)
{
    switch (state) {
    case 0: return QStringLiteral("INIT");
    case 1: return QStringLiteral("BACKUP");
    case 2: return QStringLiteral("MASTER");
    case 3: return QStringLiteral("FAULT");
    default: return {};
    }
}

// The state file a notify script keeps: "MASTER", or the notify arguments
// "INSTANCE VI_1 MASTER 100" one instance per line, or keepalived's JSON dump.
std::optional<ProbeResult> parseVrrp(const QByteArray &text, QList<VrrpInstance> *out)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith('[')) {
        QString what;
        int line = 0;
        const std::optional<QJsonDocument> doc = parseJson(trimmed, &what, &line);
        if (!doc)
            return probeFailure(probeName, vrrpKey, what, line);
        for (const QJsonValue &v : doc->array()) {
            const QJsonObject data = v.toObject().value(QLatin1String("data")).toObject();
            const QString state = jsonState(data.value(QLatin1String("state")).toInt(-1));
            if (state.isEmpty() || !data.value(QLatin1String("iname")).isString())
                return probeFailure(probeName, vrrpKey, ProbeText::tr("instance without \"iname\" or a known \"state\""), 1);
            VrrpInstance vi;
            vi.set_name(sstr(data.value(QLatin1String("iname")).toString()));
            vi.set_state(sstr(state));
            vi.set_priority(data.value(QLatin1String("effective_priority")).toInt(data.value(QLatin1String("priority")).toInt()));
            out->append(vi);
        }
        return std::nullopt;
    }
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList f = lines.at(i).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.isEmpty())
            continue;
        VrrpInstance vi;
        if (f.size() == 1 && knownState(f.at(0))) {
            vi.set_state(sstr(f.at(0)));
        } else if (f.size() >= 3 && (f.at(0) == QLatin1String("INSTANCE") || f.at(0) == QLatin1String("GROUP"))
                   && knownState(f.at(2))) {
            vi.set_name(sstr(QString(f.at(1)).remove(QLatin1Char('"'))));
            vi.set_state(sstr(f.at(2)));
            vi.set_priority(f.value(3).toInt());
        } else {
            return probeFailure(probeName, vrrpKey, ProbeText::tr("not a VRRP state line (MASTER, BACKUP, FAULT)"), i + 1);
        }
        out->append(vi);
    }
    if (out->isEmpty())
        return probeFailure(probeName, vrrpKey, ProbeText::tr("empty VRRP state file"));
    return std::nullopt;
}

} // namespace

QList<ProbeCommand> KeepalivedProbe::commands(const QHash<QString, QString> &params) const
{
    QList<ProbeCommand> list{
        {addrKey, {QStringLiteral("ip"), QStringLiteral("-j"), QStringLiteral("addr"), QStringLiteral("show")}, {}},
        {serviceKey,
         {QStringLiteral("systemctl"), QStringLiteral("is-active"), param(params, "unit", QStringLiteral("keepalived"))},
         {}}};
    const QString stateFile = param(params, "state_file");
    if (!stateFile.isEmpty())
        list.append({vrrpKey, {QStringLiteral("cat"), QStringLiteral("--"), stateFile}, {}});
    return list;
}

ProbeResult KeepalivedProbe::parse(const CommandOutputs &outputs, const QHash<QString, QString> &params) const
{
    if (std::optional<ProbeResult> failed = checkOutput(probeName, addrKey, outputs))
        return *failed;
    QString what;
    int line = 0;
    const std::optional<QStringList> addresses = parseIpAddrJson(outputs.value(addrKey).standardOutput, &what, &line);
    if (!addresses)
        return probeFailure(probeName, addrKey, what, line);

    QList<VrrpInstance> instances;
    if (!param(params, "state_file").isEmpty()) {
        if (std::optional<ProbeResult> failed = checkOutput(probeName, vrrpKey, outputs))
            return *failed;
        if (std::optional<ProbeResult> failed = parseVrrp(outputs.value(vrrpKey).standardOutput, &instances))
            return *failed;
    }
    // systemctl is-active exits 3 for inactive: a state, not an error. Not run
    // at all (a capture of `ip -j addr` alone) leaves the service state unknown.
    const CommandOutput service = outputs.value(serviceKey);
    const QString serviceState = service.exitStatus >= 0 && service.transportError.isEmpty()
                                     ? QString::fromUtf8(service.standardOutput).trimmed().section(QLatin1Char('\n'), 0, 0)
                                     : QString();
    const bool serviceDown = !serviceState.isEmpty() && serviceState != QLatin1String("active")
                          && serviceState != QLatin1String("reloading");

    QStringList vips = vipParam(params, "vips");
    if (vips.isEmpty())
        vips = vipParam(params, groupVipsParam);
    QStringList held;
    for (const QString &address : *addresses)
        if (vips.contains(address.section(QLatin1Char('/'), 0, 0)))
            held.append(address.section(QLatin1Char('/'), 0, 0));

    ProbeResult result;
    ServiceSample &s = result.sample;
    for (const QString &address : *addresses)
        s.add_addresses(sstr(address));
    for (const VrrpInstance &vi : instances)
        *s.add_vrrp() = vi;
    bool master = false;
    bool fault = false;
    for (const VrrpInstance &vi : instances) {
        master = master || vi.state() == "MASTER";
        fault = fault || vi.state() == "FAULT";
    }
    s.set_health(OK);
    if (serviceDown) {
        s.set_role(FAILED);
        s.set_health(CRITICAL);
        s.set_detail(sstr(ProbeText::tr("keepalived is %1").arg(serviceState)));
    } else if (!instances.isEmpty()) {
        s.set_role(master ? ACTIVE : fault ? FAILED : PASSIVE);
        s.set_health(fault ? CRITICAL : OK);
        s.set_detail(sstr(ProbeText::tr("VRRP %1").arg(qstr(instances.constFirst().state()))
                          + (held.isEmpty() ? QString() : ProbeText::tr(", holds %1").arg(held.join(QLatin1String(", "))))));
    } else if (!vips.isEmpty()) {
        s.set_role(held.isEmpty() ? PASSIVE : ACTIVE);
        s.set_detail(sstr(held.isEmpty() ? ProbeText::tr("holds no virtual IP")
                                         : ProbeText::tr("holds %1").arg(held.join(QLatin1String(", ")))));
    } else {
        s.set_role(ROLE_UNKNOWN);
        s.set_health(WARNING);
        s.set_detail(sstr(ProbeText::tr("no VRRP state file and no virtual IP known: set the vips or state_file parameter")));
    }
    return result;
}

} // namespace mailha
