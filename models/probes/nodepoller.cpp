// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/nodepoller.h"

#include "core/names.h"
#include "probes/probesupport.h"

#include <QCoreApplication>

#include <algorithm>

namespace mailha {

namespace {
constexpr qsizetype maxRawBytes = 64 * 1024;

// lupdate reads NodePoller::tr() calls under the context "mailha::NodePoller".
struct NodePoller {
    Q_DECLARE_TR_FUNCTIONS(mailha::NodePoller)
};

QString addressOnly(const QString &cidr)
{
    return cidr.section(QLatin1Char('/'), 0, 0).trimmed();
}

constexpr char nodeAddressKey[] = "node/addresses";

ProbeCommand nodeAddressCommand()
{
    return {QStringLiteral("addresses"), {QStringLiteral("ip"), QStringLiteral("-j"), QStringLiteral("addr"), QStringLiteral("show")}, {}};
}
} // namespace

QList<PlannedCommand> planNodePoll(const Node &node)
{
    QList<PlannedCommand> plan;
    for (const ServiceSpec &svc : node.services()) {
        const Probe *probe = probeFor(svc.technology());
        if (!probe)
            continue;
        const QString serviceId = qstr(svc.id());
        for (const ProbeCommand &command : probe->commands(paramsOf(svc)))
            plan.append({serviceId, svc.technology(), command, serviceId + QLatin1Char('/') + command.key});
    }
    // Floating IPs are found by the addresses a node holds. When no service's
    // probe reads them (a database behind a Pacemaker-managed VIP), the node
    // reads them once itself.
    const bool addressesRead = std::any_of(plan.cbegin(), plan.cend(), [](const PlannedCommand &c) {
        return c.command.argv == nodeAddressCommand().argv;
    });
    if (!addressesRead)
        plan.append({QString(), TECHNOLOGY_UNSPECIFIED, nodeAddressCommand(), QLatin1String(nodeAddressKey)});
    return plan;
}

std::string rawOutputText(const CommandOutput &output)
{
    QByteArray raw = output.standardOutput.left(maxRawBytes);
    if (!output.standardError.isEmpty())
        raw += "\n[stderr]\n" + output.standardError.left(maxRawBytes / 4);
    return raw.toStdString();
}

NodeSample assembleNodeSample(const ClusterSpec &spec, const Node &node, const CommandOutputs &outputs,
                              qint64 timeMs, QList<ProbeError> *errors)
{
    NodeSample sample;
    sample.set_node_id(node.id());
    sample.set_time_ms(timeMs);
    sample.set_reachability(REACHABLE);
    QStringList addresses;

    for (const ServiceSpec &svc : node.services()) {
        const QString serviceId = qstr(svc.id());
        const Probe *probe = probeFor(svc.technology());
        ServiceSample *out = sample.add_services();
        if (!probe) {
            out->set_service_id(svc.id());
            out->set_technology(svc.technology());
            out->set_error(sstr(NodePoller::tr("no probe for technology %1").arg(technologyName(svc.technology()))));
            continue;
        }
        const QHash<QString, QString> params = paramsOf(svc);
        CommandOutputs own;
        const QString prefix = serviceId + QLatin1Char('/');
        for (const ProbeCommand &command : probe->commands(params)) {
            const CommandOutput output = outputs.value(prefix + command.key);
            own.insert(command.key, output);
            (*sample.mutable_raw())[sstr(prefix + command.key)] = rawOutputText(output);
        }
        // Parsers that decide a role by who holds an address need the
        // cluster's floating IPs, which only the cluster file knows.
        QHash<QString, QString> parseParams = params;
        QStringList groupVips;
        QStringList allVips;
        for (const FloatingIp &vip : spec.floating_ips()) {
            allVips.append(addressOnly(qstr(vip.address())));
            if (vip.group() == svc.group())
                groupVips.append(addressOnly(qstr(vip.address())));
        }
        parseParams.insert(QLatin1String(groupVipsParam), groupVips.join(QLatin1Char(',')));
        parseParams.insert(QLatin1String(floatingIpsParam), allVips.join(QLatin1Char(',')));
        ProbeResult result = probe->parse(own, parseParams);
        *out = std::move(result.sample);
        out->set_service_id(svc.id());
        out->set_technology(svc.technology());
        if (result.error) {
            ProbeError error = *result.error;
            error.node = qstr(node.id());
            out->set_role(ROLE_UNKNOWN);
            out->set_health(HEALTH_UNKNOWN);
            out->set_error(sstr(error.toString()));
            if (errors)
                errors->append(error);
        }
        for (const std::string &a : out->addresses())
            addresses.append(addressOnly(qstr(a)));
    }
    const auto nodeAddresses = outputs.constFind(QLatin1String(nodeAddressKey));
    if (nodeAddresses != outputs.constEnd()) {
        (*sample.mutable_raw())[nodeAddressKey] = nodeAddresses->standardOutput.left(maxRawBytes).toStdString();
        QString what;
        int line = 0;
        // Unreadable addresses only mean no floating IP is claimed for this node.
        if (nodeAddresses->exitStatus == 0)
            if (const std::optional<QStringList> list = parseIpAddrJson(nodeAddresses->standardOutput, &what, &line))
                for (const QString &a : *list)
                    addresses.append(addressOnly(a));
    }
    for (const FloatingIp &vip : spec.floating_ips())
        if (addresses.contains(addressOnly(qstr(vip.address()))))
            sample.add_vips_held(vip.id());
    return sample;
}

} // namespace mailha
