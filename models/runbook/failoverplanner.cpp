// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/failoverplanner.h"

#include "cluster/derive.h"
#include "core/names.h"

#include <QCoreApplication>

#include <algorithm>

namespace mailha {

namespace {

// lupdate reads FailoverPlannerText::tr() calls under the context "mailha::FailoverPlanner".
struct FailoverPlannerText {
    Q_DECLARE_TR_FUNCTIONS(mailha::FailoverPlanner)
};

const NodeStatus *nodeStatus(const ClusterSnapshot &snap, const QString &id)
{
    for (const NodeStatus &n : snap.nodes())
        if (qstr(n.node_id()) == id)
            return &n;
    return nullptr;
}

const ServiceStatus *serviceIn(const NodeStatus *n, const QString &group)
{
    if (!n)
        return nullptr;
    for (const ServiceStatus &s : n->services())
        if (qstr(s.group()) == group)
            return &s;
    return nullptr;
}

const GroupStatus *groupStatus(const ClusterSnapshot &snap, const QString &group)
{
    for (const GroupStatus &g : snap.groups())
        if (qstr(g.group()) == group)
            return &g;
    return nullptr;
}

const ServiceGroup *groupSpec(const ClusterSpec &spec, const QString &group)
{
    for (const ServiceGroup &g : spec.groups())
        if (qstr(g.id()) == group)
            return &g;
    return nullptr;
}

const LinkStatus *linkTo(const ClusterSnapshot &snap, const QString &group, const QString &node)
{
    for (const LinkStatus &l : snap.links())
        if (qstr(l.group()) == group && qstr(l.to_node()) == node)
            return &l;
    return nullptr;
}

struct Member {
    QString node;
    QString site;
    const ServiceSpec *service = nullptr;
};

QList<Member> membersOf(const ClusterSpec &spec, const QString &group)
{
    QList<Member> members;
    for (const Node &n : spec.nodes())
        for (const ServiceSpec &s : n.services())
            if (qstr(s.group()) == group)
                members.append({qstr(n.id()), qstr(n.site()), &s});
    return members;
}

QString currentPrimary(const ClusterSnapshot &snap, const QString &group)
{
    const GroupStatus *g = groupStatus(snap, group);
    return g && g->active_nodes_size() > 0 ? qstr(g->active_nodes(0)) : QString();
}

// The primary a failover replaces. A crashed primary is no longer active
// (stale nodes are not counted), but its last known role stays ACTIVE:
// that node is the one to fence, and never a replica to re-point.
QString lastKnownPrimary(const ClusterSpec &spec, const ClusterSnapshot &snap, const QString &group)
{
    const QString serving = currentPrimary(snap, group);
    if (!serving.isEmpty())
        return serving;
    for (const Member &m : membersOf(spec, group))
        if (const ServiceStatus *s = serviceIn(nodeStatus(snap, m.node), group); s && s->role() == ACTIVE)
            return m.node;
    return {};
}

int healthOrder(Health h)
{
    switch (h) {
    case OK: return 0;
    case WARNING: return 1;
    case HEALTH_UNKNOWN: return 2;
    default: return 3;
    }
}

} // namespace

QString FailoverCandidate::summary() const
{
    QStringList parts;
    parts << (synchronous ? FailoverPlannerText::tr("sync") : FailoverPlannerText::tr("async"));
    parts << FailoverPlannerText::tr("lag %1 / %2").arg(formatDuration(lagS), formatBytes(lagBytes));
    parts << site + (sameSite ? FailoverPlannerText::tr(" (primary's site)") : QString());
    parts << healthName(health);
    parts << FailoverPlannerText::tr("priority %1").arg(priority);
    return node + QLatin1String(": ") + parts.join(QLatin1String(", "));
}

QList<FailoverCandidate> rankCandidates(const ClusterSpec &spec, const ClusterSnapshot &snapshot, const QString &group)
{
    const QString primary = lastKnownPrimary(spec, snapshot, group);
    // With no primary serving, every standby's replication has stopped with
    // it: that is the failover's reason, not a reason to refuse a candidate.
    const bool primaryDown = currentPrimary(snapshot, group).isEmpty();
    QString primarySite;
    for (const Member &m : membersOf(spec, group))
        if (m.node == primary)
            primarySite = m.site;
    QList<FailoverCandidate> out;
    for (const Member &m : membersOf(spec, group)) {
        if (m.node == primary)
            continue;
        FailoverCandidate c;
        c.node = m.node;
        c.site = m.site;
        c.sameSite = !primarySite.isEmpty() && m.site == primarySite;
        c.priority = m.service->priority();
        const NodeStatus *ns = nodeStatus(snapshot, m.node);
        const ServiceStatus *ss = serviceIn(ns, group);
        const LinkStatus *link = linkTo(snapshot, group, m.node);
        c.synchronous = link && link->mode() == SYNC;
        c.lagS = ss && ss->lag_s() >= 0 ? ss->lag_s() : link ? link->lag_s() : -1;
        c.lagBytes = ss && ss->lag_bytes() >= 0 ? ss->lag_bytes() : link ? link->lag_bytes() : -1;
        c.health = ss ? ss->health() : HEALTH_UNKNOWN;
        c.eligible = true;
        auto refuse = [&](const QString &why) {
            c.eligible = false;
            c.reasons << why;
            c.refusals << why;
        };
        if (m.service->no_failover())
            refuse(FailoverPlannerText::tr("excluded from failover (no_failover)"));
        if (!ns || ns->stale())
            refuse(FailoverPlannerText::tr("stale: not read for %1").arg(ns ? formatDuration(ns->age_s()) : FailoverPlannerText::tr("ever")));
        else if (ns->reachability() != REACHABLE)
            refuse(FailoverPlannerText::tr("not reachable (%1)").arg(reachabilityLabel(ns->reachability())));
        const bool lostUpstream = primaryDown && link && link->broken();
        if (ss && ss->health() == CRITICAL && !lostUpstream)
            refuse(FailoverPlannerText::tr("health CRITICAL: %1").arg(qstr(ss->detail())));
        if (ss && ss->role() != STANDBY && ss->role() != PASSIVE)
            refuse(FailoverPlannerText::tr("role is %1, not a standby").arg(roleName(ss->role())));
        if (lostUpstream)
            c.reasons << FailoverPlannerText::tr("replication stopped with the primary");
        else if (link && link->broken())
            refuse(FailoverPlannerText::tr("replication broken (not receiving or not replaying)"));
        c.reasons << (c.synchronous ? FailoverPlannerText::tr("synchronous standby") : FailoverPlannerText::tr("asynchronous standby"))
                  << FailoverPlannerText::tr("lag %1 / %2").arg(formatDuration(c.lagS), formatBytes(c.lagBytes))
                  << (c.sameSite ? FailoverPlannerText::tr("same site as the primary (%1)").arg(c.site) : FailoverPlannerText::tr("site %1").arg(c.site))
                  << FailoverPlannerText::tr("health %1").arg(healthName(c.health)) << FailoverPlannerText::tr("priority %1").arg(c.priority);
        out.append(c);
    }
    std::stable_sort(out.begin(), out.end(), [](const FailoverCandidate &a, const FailoverCandidate &b) {
        if (a.eligible != b.eligible)
            return a.eligible;
        if (a.synchronous != b.synchronous)
            return a.synchronous;
        const double la = a.lagS < 0 ? 1e18 : a.lagS, lb = b.lagS < 0 ? 1e18 : b.lagS;
        // Lag differences under a second are noise between polls.
        if (std::abs(la - lb) >= 1.0)
            return la < lb;
        if (a.sameSite != b.sameSite)
            return a.sameSite;
        if (healthOrder(a.health) != healthOrder(b.health))
            return healthOrder(a.health) < healthOrder(b.health);
        return a.priority > b.priority;
    });
    for (int i = 0; i < out.size(); ++i)
        out[i].rank = i + 1;
    return out;
}

QList<PreflightCheck> runPreflight(const ClusterSpec &spec, const ClusterSnapshot &snapshot, const PreflightInput &in)
{
    QList<PreflightCheck> checks;
    auto add = [&](const char *id, const QString &title, bool passed, const QString &reason) {
        checks.append({QLatin1String(id), title, passed, reason});
    };
    const ServiceGroup *gspec = groupSpec(spec, in.group);
    const GroupStatus *gs = groupStatus(snapshot, in.group);
    if (!gspec || !gs) {
        add("group-known", FailoverPlannerText::tr("Service group exists"), false, FailoverPlannerText::tr("no service group '%1' in cluster %2").arg(in.group, qstr(spec.name())));
        return checks;
    }
    const QString primary = lastKnownPrimary(spec, snapshot, in.group);
    const QList<FailoverCandidate> ranked = rankCandidates(spec, snapshot, in.group);
    const FailoverCandidate *cand = nullptr;
    for (const FailoverCandidate &c : ranked)
        if (c.node == in.candidate)
            cand = &c;
    const NodeStatus *cns = nodeStatus(snapshot, in.candidate);
    const ServiceStatus *css = serviceIn(cns, in.group);

    // 1. Candidate reachable and healthy.
    if (!cand)
        add("candidate-healthy", FailoverPlannerText::tr("Candidate reachable and healthy"), false,
            in.candidate == primary ? FailoverPlannerText::tr("%1 is already the primary of %2").arg(in.candidate, in.group)
                                    : FailoverPlannerText::tr("%1 is not a member of %2").arg(in.candidate, in.group));
    else if (!cand->eligible)
        add("candidate-healthy", FailoverPlannerText::tr("Candidate reachable and healthy"), false,
            FailoverPlannerText::tr("%1 cannot take over: %2").arg(in.candidate, cand->refusals.join(QLatin1String("; "))));
    else
        add("candidate-healthy", FailoverPlannerText::tr("Candidate reachable and healthy"), true,
            FailoverPlannerText::tr("%1 is reachable, %2, health %3").arg(in.candidate, roleName(css ? css->role() : ROLE_UNKNOWN),
                                                     healthName(cand->health)));

    // 2. Lag within the RPO objective. A synchronous standby that is
    // receiving has confirmed every commit: nothing is lost whatever the replay lag.
    const Objectives &obj = gspec->objectives();
    if (!cand) {
        add("lag-within-rpo", FailoverPlannerText::tr("Lag within the RPO objective"), false, FailoverPlannerText::tr("no candidate"));
    } else if (cand->synchronous && cand->eligible) {
        add("lag-within-rpo", FailoverPlannerText::tr("Lag within the RPO objective"), true,
            FailoverPlannerText::tr("synchronous standby: every commit confirmed (replay lag %1), objective %2")
                .arg(formatDuration(cand->lagS), formatDuration(obj.rpo_s())));
    } else if (cand->lagS < 0) {
        add("lag-within-rpo", FailoverPlannerText::tr("Lag within the RPO objective"), false, FailoverPlannerText::tr("lag of %1 is unknown").arg(in.candidate));
    } else {
        const bool secondsOk = cand->lagS <= obj.rpo_s();
        const bool bytesOk = obj.rpo_bytes() <= 0 || (cand->lagBytes >= 0 && cand->lagBytes <= obj.rpo_bytes());
        add("lag-within-rpo", FailoverPlannerText::tr("Lag within the RPO objective"), secondsOk && bytesOk,
            FailoverPlannerText::tr("lag %1 / %2, objective %3%4")
                .arg(formatDuration(cand->lagS), formatBytes(cand->lagBytes), formatDuration(obj.rpo_s()),
                     obj.rpo_bytes() > 0 ? QLatin1String(" / ") + formatBytes(obj.rpo_bytes()) : QString()));
    }

    // 3. Synchronous standby required when the objective is zero data loss.
    const bool syncRequired = gspec->technology() == POSTGRES || gspec->technology() == MYSQL ? obj.rpo_s() <= 0 : false;
    if (!syncRequired)
        add("sync-standby", FailoverPlannerText::tr("Synchronous standby when required"), true,
            FailoverPlannerText::tr("not required (RPO objective %1)").arg(formatDuration(obj.rpo_s())));
    else
        add("sync-standby", FailoverPlannerText::tr("Synchronous standby when required"), cand && cand->synchronous,
            cand && cand->synchronous ? FailoverPlannerText::tr("%1 is a synchronous standby").arg(in.candidate)
                                      : FailoverPlannerText::tr("RPO objective is 0 s but %1 replicates asynchronously").arg(in.candidate));

    // 4. DRBD UpToDate (block replication under this group, when it has any).
    if (gspec->technology() != DRBD) {
        add("drbd-uptodate", FailoverPlannerText::tr("DRBD UpToDate"), true, FailoverPlannerText::tr("not applicable to %1").arg(technologyName(gspec->technology())));
    } else {
        const LinkStatus *link = linkTo(snapshot, in.group, in.candidate);
        if (!link)
            add("drbd-uptodate", FailoverPlannerText::tr("DRBD UpToDate"), false, FailoverPlannerText::tr("no block replication link to %1").arg(in.candidate));
        else if (link->broken() || link->health() == CRITICAL)
            add("drbd-uptodate", FailoverPlannerText::tr("DRBD UpToDate"), false, FailoverPlannerText::tr("%1 is disconnected from its peer").arg(in.candidate));
        else if (link->lag_bytes() > 0)
            add("drbd-uptodate", FailoverPlannerText::tr("DRBD UpToDate"), false,
                FailoverPlannerText::tr("%1 is not UpToDate: %2 out of sync").arg(in.candidate, formatBytes(link->lag_bytes())));
        else
            add("drbd-uptodate", FailoverPlannerText::tr("DRBD UpToDate"), true, FailoverPlannerText::tr("%1 is connected and UpToDate").arg(in.candidate));
    }

    // 5. No mail queue over its critical threshold.
    QStringList overQueue;
    for (const NodeStatus &n : snapshot.nodes()) {
        for (const ServiceStatus &s : n.services()) {
            if (!s.has_queues())
                continue;
            const Node *nodeSpec = nullptr;
            for (const Node &x : spec.nodes())
                if (x.id() == n.node_id())
                    nodeSpec = &x;
            const Thresholds th = effectiveThresholds(spec, nodeSpec ? &nodeSpec->thresholds() : nullptr, qstr(s.group()));
            const qint64 depth = s.queues().incoming() + s.queues().active() + s.queues().deferred();
            if (th.queue_crit() > 0 && depth > th.queue_crit())
                overQueue << FailoverPlannerText::tr("%1 has %2 messages queued (critical at %3)").arg(qstr(n.node_id())).arg(depth).arg(th.queue_crit());
        }
    }
    add("queue-threshold", FailoverPlannerText::tr("Mail queues under threshold"), overQueue.isEmpty(),
        overQueue.isEmpty() ? FailoverPlannerText::tr("every queue is under its critical threshold") : overQueue.join(QLatin1String("; ")));

    // 6. Old primary: reachable for a switchover; fenced or down for a failover.
    const NodeStatus *pns = nodeStatus(snapshot, primary);
    const bool primaryUp = pns && !pns->stale() && pns->reachability() == REACHABLE;
    if (primary.isEmpty()) {
        add("old-primary", FailoverPlannerText::tr("Old primary state"), in.mode == FailoverMode::Failover,
            in.mode == FailoverMode::Failover ? FailoverPlannerText::tr("%1 has no active primary: confirmed down").arg(in.group)
                                              : FailoverPlannerText::tr("%1 has no active primary to demote: a switchover needs one; use a failover")
                                                    .arg(in.group));
    } else if (in.mode == FailoverMode::Switchover) {
        add("old-primary", FailoverPlannerText::tr("Old primary state"), primaryUp,
            primaryUp ? FailoverPlannerText::tr("%1 is reachable and will be demoted first").arg(primary)
                      : FailoverPlannerText::tr("%1 is not reachable, so it cannot be demoted gracefully; use a failover").arg(primary));
    } else if (primaryUp && !in.oldPrimaryFenced) {
        add("old-primary", FailoverPlannerText::tr("Old primary state"), false,
            FailoverPlannerText::tr("%1 is still reachable and serving: fence it (or switch over) before forcing a failover").arg(primary));
    } else {
        add("old-primary", FailoverPlannerText::tr("Old primary state"), true,
            in.oldPrimaryFenced ? FailoverPlannerText::tr("%1 confirmed fenced by the operator").arg(primary)
                                : FailoverPlannerText::tr("%1 is down (%2)").arg(primary, pns ? reachabilityLabel(pns->reachability()) : FailoverPlannerText::tr("unknown")));
    }

    // 7. No split brain.
    add("no-split-brain", FailoverPlannerText::tr("No split brain"), !gs->split_brain(),
        gs->split_brain() ? FailoverPlannerText::tr("%1 has %2 active members").arg(in.group).arg(gs->active_nodes_size())
                          : FailoverPlannerText::tr("one active member"));

    // 8. Anti-flap.
    const double antiFlapS = spec.anti_flap_s() > 0 ? spec.anti_flap_s() : 900;
    if (in.lastFailoverMs > 0 && in.nowMs - in.lastFailoverMs < qint64(antiFlapS * 1000))
        add("anti-flap", FailoverPlannerText::tr("No recent failover"), false,
            FailoverPlannerText::tr("%1 changed primary %2 ago; anti-flap period %3")
                .arg(in.group, formatDuration(double(in.nowMs - in.lastFailoverMs) / 1000.0), formatDuration(antiFlapS)));
    else
        add("anti-flap", FailoverPlannerText::tr("No recent failover"), true,
            in.lastFailoverMs > 0 ? FailoverPlannerText::tr("last change %1 ago").arg(formatDuration(double(in.nowMs - in.lastFailoverMs) / 1000.0))
                                  : FailoverPlannerText::tr("no earlier failover in the journal"));
    return checks;
}

bool preflightAllows(const QList<PreflightCheck> &checks, const QMap<QString, QString> &overrides, QStringList *blocking)
{
    QStringList still;
    for (const PreflightCheck &c : checks)
        if (!c.passed && overrides.value(c.id).trimmed().isEmpty())
            still << c.id + QLatin1String(": ") + c.reason;
    if (blocking)
        *blocking = still;
    return still.isEmpty();
}

qint64 lastFailoverMs(const QList<JournalEntry> &entries, const QString &cluster, const QString &group)
{
    qint64 last = 0;
    for (const JournalEntry &e : entries) {
        if (e.phase() != RUN_FINISHED || !e.ok() || qstr(e.cluster()) != cluster)
            continue;
        const auto it = e.parameters().find("group");
        if (it != e.parameters().end() && qstr(it->second) == group)
            last = std::max<qint64>(last, e.time_ms());
    }
    return last;
}

QString runbookFor(const ClusterSpec &spec, const QString &group, FailoverMode mode)
{
    const ServiceGroup *g = groupSpec(spec, group);
    if (!g)
        return {};
    const QString action = mode == FailoverMode::Switchover ? QStringLiteral("switchover") : QStringLiteral("failover");
    switch (g->technology()) {
    case POSTGRES:
        return (g->patroni() ? QStringLiteral("patroni-") : QStringLiteral("postgres-")) + action;
    case DRBD:
        return QStringLiteral("drbd-") + action;
    case KEEPALIVED:
        return QStringLiteral("keepalived-vip-move");
    case DOVECOT:
        // A last dsync needs the old node: only a switchover is built in.
        return mode == FailoverMode::Switchover ? QStringLiteral("dovecot-switchover") : QString();
    default:
        return {};
    }
}

QMap<QString, QString> failoverParameters(const ClusterSpec &spec, const ClusterSnapshot &snapshot, const QString &group,
                                          const QString &candidate)
{
    QMap<QString, QString> params;
    params.insert(QStringLiteral("group"), group);
    const QString primary = lastKnownPrimary(spec, snapshot, group);
    params.insert(QStringLiteral("old_primary"), primary);
    params.insert(QStringLiteral("new_primary"), candidate);
    // Only replicas that answer can be re-pointed now; one that is down
    // follows the new primary when it is rebuilt.
    QStringList others;
    for (const Member &m : membersOf(spec, group)) {
        const NodeStatus *ns = nodeStatus(snapshot, m.node);
        if (m.node != primary && m.node != candidate && ns && !ns->stale() && ns->reachability() == REACHABLE)
            others << m.node;
    }
    params.insert(QStringLiteral("replicas"), others.join(QLatin1Char(',')));
    for (const FloatingIp &vip : spec.floating_ips())
        if (qstr(vip.group()) == group)
            params.insert(QStringLiteral("vip_address"), qstr(vip.address()));
    return params;
}

} // namespace mailha
