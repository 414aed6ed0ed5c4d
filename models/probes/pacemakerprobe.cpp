// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/pacemakerprobe.h"

#include "core/names.h"
#include "probes/probesupport.h"

#include <QXmlStreamReader>

namespace mailha {

namespace {

const QString probeName = QStringLiteral("pacemaker");
const QString statusKey = QStringLiteral("status");
const QString selfKey = QStringLiteral("self");

bool attrTrue(const QXmlStreamAttributes &a, const char *name)
{
    return a.value(QLatin1String(name)) == QLatin1String("true");
}

// Pacemaker 2.1 renamed Master/Slave; older crm_mon still prints them.
QString normalRole(QStringView role)
{
    if (role == u"Master")
        return QStringLiteral("Promoted");
    if (role == u"Slave")
        return QStringLiteral("Unpromoted");
    return role.toString();
}

struct ResourceInstance {
    qsizetype index;  // into PacemakerState.resources
    bool inClone;
};

// "pg_monitor_10000" -> "pg": the id may itself contain underscores.
QString resourceOfOpKey(const QString &opKey)
{
    const qsizetype interval = opKey.lastIndexOf(QLatin1Char('_'));
    const qsizetype task = interval > 0 ? opKey.lastIndexOf(QLatin1Char('_'), interval - 1) : -1;
    return task > 0 ? opKey.left(task) : opKey;
}

} // namespace

QList<ProbeCommand> PacemakerProbe::commands(const QHash<QString, QString> &params) const
{
    QList<QPair<QString, QString>> env;
    // A saved CIB (crm_simulate, a support report) instead of the live cluster.
    const QString cibFile = param(params, "cib_file");
    if (!cibFile.isEmpty())
        env.append({QStringLiteral("CIB_file"), cibFile});
    return {{statusKey, {QStringLiteral("crm_mon"), QStringLiteral("-1"), QStringLiteral("--output-as=xml")}, env},
            {selfKey, {QStringLiteral("uname"), QStringLiteral("-n")}, {}}};
}

ProbeResult PacemakerProbe::parse(const CommandOutputs &outputs, const QHash<QString, QString> &params) const
{
    // crm_mon exits non-zero for some degraded states yet prints the XML.
    if (std::optional<ProbeResult> failed = checkOutput(probeName, statusKey, outputs, true))
        return *failed;
    const QByteArray text = outputs.value(statusKey).standardOutput;
    if (text.trimmed().isEmpty())
        return probeFailure(probeName, statusKey,
                            ProbeText::tr("empty output (exit status %1)").arg(outputs.value(statusKey).exitStatus));

    ProbeResult result;
    ServiceSample &s = result.sample;
    PacemakerState *state = s.mutable_pacemaker();
    QList<ResourceInstance> instances;
    QXmlStreamReader xml(text);
    QStringList path;
    bool sawRoot = false;
    bool sawDc = false;
    int statusCode = 0;
    QString statusMessage;
    int cloneDepth = 0;
    qsizetype currentResource = -1;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            const QXmlStreamAttributes a = xml.attributes();
            if (path.isEmpty()) {
                if (name != u"pacemaker-result" && name != u"crm_mon")
                    return probeFailure(probeName, statusKey,
                                        ProbeText::tr("unexpected root element <%1>").arg(name.toString().left(40)),
                                        int(xml.lineNumber()));
                sawRoot = true;
            } else if (name == u"current_dc" && path.last() == QLatin1String("summary")) {
                sawDc = true;
                if (attrTrue(a, "present")) {
                    state->set_dc(sstr(a.value(QLatin1String("name")).toString()));
                    state->set_quorum(attrTrue(a, "with_quorum"));
                }
            } else if (name == u"node" && path.last() == QLatin1String("nodes")) {
                PacemakerNode *n = state->add_nodes();
                n->set_name(sstr(a.value(QLatin1String("name")).toString()));
                n->set_online(attrTrue(a, "online"));
                n->set_standby(attrTrue(a, "standby"));
                n->set_maintenance(attrTrue(a, "maintenance"));
                n->set_unclean(attrTrue(a, "unclean"));
                n->set_is_dc(attrTrue(a, "is_dc"));
                if (n->name().empty())
                    return probeFailure(probeName, statusKey, ProbeText::tr("<node> without a name"), int(xml.lineNumber()));
            } else if (path.contains(QLatin1String("resources"))) {
                if (name == u"clone" || name == u"bundle")
                    ++cloneDepth;
                if (name == u"resource") {
                    PacemakerResource *r = state->add_resources();
                    r->set_id(sstr(a.value(QLatin1String("id")).toString()));
                    r->set_agent(sstr(a.value(QLatin1String("resource_agent")).toString()));
                    r->set_role(sstr(normalRole(a.value(QLatin1String("role")))));
                    r->set_failed(attrTrue(a, "failed"));
                    r->set_managed(attrTrue(a, "managed"));
                    if (r->id().empty())
                        return probeFailure(probeName, statusKey, ProbeText::tr("<resource> without an id"),
                                            int(xml.lineNumber()));
                    currentResource = state->resources_size() - 1;
                    instances.append({currentResource, cloneDepth > 0});
                } else if (name == u"node" && path.last() == QLatin1String("resource") && currentResource >= 0) {
                    state->mutable_resources(int(currentResource))->add_nodes(sstr(a.value(QLatin1String("name")).toString()));
                }
            } else if (name == u"failure" && path.last() == QLatin1String("failures")) {
                PacemakerFailedAction *f = state->add_failed_actions();
                const QString opKey = a.value(QLatin1String("op_key")).toString();
                f->set_resource(sstr(resourceOfOpKey(opKey)));
                f->set_node(sstr(a.value(QLatin1String("node")).toString()));
                const QStringView task = a.value(QLatin1String("task"));
                f->set_operation(sstr(task.isEmpty() ? opKey.section(QLatin1Char('_'), -2, -2) : task.toString()));
                f->set_status(sstr(a.value(QLatin1String("exitstatus")).toString()));
                f->set_exit_code(a.value(QLatin1String("exitcode")).toInt());
                f->set_reason(sstr(a.value(QLatin1String("exitreason")).toString()));
            } else if (name == u"status" && path.size() == 1) {
                statusCode = a.value(QLatin1String("code")).toInt();
                statusMessage = a.value(QLatin1String("message")).toString();
            }
            path.append(name.toString());
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"resource")
                currentResource = -1;
            if ((xml.name() == u"clone" || xml.name() == u"bundle") && path.contains(QLatin1String("resources")))
                --cloneDepth;
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (xml.hasError())
        return probeFailure(probeName, statusKey, ProbeText::tr("malformed XML: %1").arg(xml.errorString()),
                            int(xml.lineNumber()));
    if (!sawRoot)
        return probeFailure(probeName, statusKey, ProbeText::tr("no XML document"));
    if (statusCode != 0)
        return probeFailure(probeName, statusKey,
                            ProbeText::tr("crm_mon reports status %1: %2").arg(statusCode).arg(statusMessage.left(120)));
    if (!sawDc || state->nodes_size() == 0)
        return probeFailure(probeName, statusKey, ProbeText::tr("no <current_dc> summary or no <nodes>: not crm_mon status"));

    // Which cluster node this is: the cluster file may name it, else the host name.
    QString self = param(params, "node");
    if (self.isEmpty() && outputs.value(selfKey).exitStatus == 0)
        self = QString::fromUtf8(outputs.value(selfKey).standardOutput).trimmed();
    const QString marker = param(params, "resource");
    const PacemakerNode *me = nullptr;
    for (const PacemakerNode &n : state->nodes())
        if (!self.isEmpty() && qstr(n.name()) == self)
            me = &n;

    int failedResources = 0;
    bool promotedHere = false;
    bool unpromotedHere = false;
    bool startedHere = false;
    for (const ResourceInstance &inst : instances) {
        const PacemakerResource &r = state->resources(int(inst.index));
        failedResources += r.failed() || r.role() == "Failed";
        bool here = false;
        for (const std::string &n : r.nodes())
            here = here || qstr(n) == self;
        if (!here)
            continue;
        if (!marker.isEmpty() && qstr(r.id()) != marker)
            continue;
        promotedHere = promotedHere || r.role() == "Promoted";
        unpromotedHere = unpromotedHere || r.role() == "Unpromoted";
        // Clones run everywhere: only a non-clone resource (or the marker) makes a node active.
        startedHere = startedHere || (r.role() == "Started" && (!inst.inClone || !marker.isEmpty()));
    }
    if (!me)
        s.set_role(ROLE_UNKNOWN);
    else if (me->unclean() || !me->online())
        s.set_role(FAILED);
    else if (me->maintenance())
        s.set_role(MAINTENANCE);
    else if (promotedHere || startedHere)
        s.set_role(ACTIVE);
    else if (unpromotedHere)
        s.set_role(STANDBY);
    else
        s.set_role(PASSIVE);

    const bool selfDown = me && (me->unclean() || !me->online());
    if (!state->quorum() || failedResources > 0 || selfDown)
        s.set_health(CRITICAL);
    else if (state->failed_actions_size() > 0 || !me)
        s.set_health(WARNING);
    else
        s.set_health(OK);
    int online = 0;
    for (const PacemakerNode &n : state->nodes())
        online += n.online();
    QString detail = ProbeText::tr("%1 of %2 nodes online, %3, DC %4")
                         .arg(online)
                         .arg(state->nodes_size())
                         .arg(state->quorum() ? ProbeText::tr("quorate") : ProbeText::tr("NO QUORUM"),
                              state->dc().empty() ? ProbeText::tr("none") : qstr(state->dc()));
    if (failedResources > 0 || state->failed_actions_size() > 0)
        detail += ProbeText::tr(", %1 failed resources, %2 failed actions").arg(failedResources).arg(state->failed_actions_size());
    if (!me)
        detail += ProbeText::tr(", this node (%1) is not in the cluster").arg(self.isEmpty() ? QStringLiteral("?") : self);
    s.set_detail(sstr(detail));
    return result;
}

} // namespace mailha
