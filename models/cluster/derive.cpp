// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/derive.h"

#include "core/names.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <vector>

namespace mailha {

namespace {

// lupdate reads Derive::tr() calls under the context "mailha::Derive".
struct Derive {
    Q_DECLARE_TR_FUNCTIONS(mailha::Derive)
};

const ServiceSample *findService(const NodeSample &sample, const std::string &serviceId)
{
    for (const ServiceSample &s : sample.services())
        if (s.service_id() == serviceId)
            return &s;
    return nullptr;
}

const ServiceSpec *serviceInGroup(const Node &node, const std::string &group)
{
    for (const ServiceSpec &s : node.services())
        if (s.group() == group)
            return &s;
    return nullptr;
}

const ServiceGroup *findGroup(const ClusterSpec &spec, const std::string &id)
{
    for (const ServiceGroup &g : spec.groups())
        if (g.id() == id)
            return &g;
    return nullptr;
}

template <typename T> T pick(T specific, T general)
{
    return specific != T{} ? specific : general;
}

void overlay(Thresholds &into, const Thresholds &from)
{
    into.set_queue_warn(pick(from.queue_warn(), into.queue_warn()));
    into.set_queue_crit(pick(from.queue_crit(), into.queue_crit()));
    into.set_oldest_message_warn_s(pick(from.oldest_message_warn_s(), into.oldest_message_warn_s()));
    into.set_oldest_message_crit_s(pick(from.oldest_message_crit_s(), into.oldest_message_crit_s()));
    into.set_lag_warn_s(pick(from.lag_warn_s(), into.lag_warn_s()));
    into.set_lag_crit_s(pick(from.lag_crit_s(), into.lag_crit_s()));
    into.set_lag_warn_bytes(pick(from.lag_warn_bytes(), into.lag_warn_bytes()));
    into.set_lag_crit_bytes(pick(from.lag_crit_bytes(), into.lag_crit_bytes()));
    into.set_disk_free_warn_pct(pick(from.disk_free_warn_pct(), into.disk_free_warn_pct()));
    into.set_disk_free_crit_pct(pick(from.disk_free_crit_pct(), into.disk_free_crit_pct()));
    into.set_stale_after_intervals(pick(from.stale_after_intervals(), into.stale_after_intervals()));
}

Health worse(Health a, Health b)
{
    return int(a) > int(b) ? a : b;
}

Health levelFor(double value, double warn, double crit)
{
    if (crit > 0 && value >= crit)
        return CRITICAL;
    if (warn > 0 && value >= warn)
        return WARNING;
    return OK;
}

// A replica whose upstream commits wait for it: nothing committed is missing on it.
bool isSynchronous(const ReplicationLink &link, const ServiceSample *replica)
{
    if (link.mode() != SYNC || !replica || !replica->replication().receiving())
        return false;
    const std::string &state = replica->replication().sync_state();
    return state.empty() || state == "sync" || state == "quorum";
}

// The element of `before` with id `id`. Consecutive snapshots of one spec
// list nodes and groups in the same order: index i is tried first, and the
// hash `byId` is built only when that fails.
template <typename T, typename IdOf>
const T *matching(const google::protobuf::RepeatedPtrField<T> &before, int i, const std::string &id, IdOf idOf,
                  QHash<std::string, const T *> &byId)
{
    if (i < before.size() && idOf(before.Get(i)) == id)
        return &before.Get(i);
    if (byId.isEmpty())
        for (const T &item : before)
            byId.insert(idOf(item), &item);
    return byId.value(id);
}

} // namespace

Thresholds builtinThresholds()
{
    Thresholds t;
    t.set_queue_warn(500);
    t.set_queue_crit(5000);
    t.set_oldest_message_warn_s(1800);
    t.set_oldest_message_crit_s(4 * 3600);
    t.set_lag_warn_s(10);
    t.set_lag_crit_s(60);
    t.set_lag_warn_bytes(16ll << 20);
    t.set_lag_crit_bytes(256ll << 20);
    t.set_disk_free_warn_pct(15);
    t.set_disk_free_crit_pct(5);
    t.set_stale_after_intervals(2);
    return t;
}

Thresholds effectiveThresholds(const ClusterSpec &spec, const Thresholds *specific, const QString &group)
{
    Thresholds t = builtinThresholds();
    overlay(t, spec.default_thresholds());
    if (!group.isEmpty())
        if (const ServiceGroup *g = findGroup(spec, sstr(group)))
            overlay(t, g->thresholds());
    if (specific)
        overlay(t, *specific);
    return t;
}

qint64 pollIntervalMs(const ClusterSpec &spec)
{
    return spec.poll_interval_ms() > 0 ? qint64(spec.poll_interval_ms()) : 2000;
}

qint64 staleAfterMs(const ClusterSpec &spec)
{
    const Thresholds t = effectiveThresholds(spec, nullptr);
    return pollIntervalMs(spec) * std::max(1, t.stale_after_intervals());
}

ClusterSnapshot deriveSnapshot(const ClusterSpec &spec, const Observations &observations, qint64 nowMs)
{
    ClusterSnapshot snap;
    deriveSnapshotInto(spec, observations, nowMs, &snap);
    return snap;
}

DeriveIndex::DeriveIndex(const ClusterSpec &spec)
{
    nodeIds.reserve(spec.nodes_size());
    nodeById.reserve(spec.nodes_size());
    for (int i = 0; i < spec.nodes_size(); ++i) {
        const Node &node = spec.nodes(i);
        nodeIds.append(qstr(node.id()));
        nodeById.insert(node.id(), i);
        for (int j = 0; j < node.services_size(); ++j)
            if (!node.services(j).group().empty())
                membersOf[node.services(j).group()].append({i, j});
    }
    for (int i = 0; i < spec.links_size(); ++i) {
        const ReplicationLink &l = spec.links(i);
        linkById.insert(l.id(), i);
        linkByGroupAndTarget.insert(l.group() + '/' + l.to_node(), i);
        replicatedGroups.insert(l.group());
    }
    for (int i = 0; i < spec.groups_size(); ++i)
        if (!groupById.contains(spec.groups(i).id()))  // the first wins, as findGroup() does
            groupById.insert(spec.groups(i).id(), i);
}

void deriveSnapshotInto(const ClusterSpec &spec, const Observations &observations, qint64 nowMs, ClusterSnapshot *out)
{
    deriveSnapshotInto(spec, DeriveIndex(spec), observations, nowMs, out);
}

void deriveSnapshotInto(const ClusterSpec &spec, const DeriveIndex &index, const Observations &observations,
                        qint64 nowMs, ClusterSnapshot *out)
{
    // Clear() keeps the repeated fields' elements and the strings' capacity,
    // so deriving into last tick's snapshot allocates almost nothing.
    ClusterSnapshot &snap = *out;
    snap.Clear();
    snap.set_cluster(spec.name());
    snap.set_time_ms(nowMs);
    snap.set_lab(spec.lab());

    const qint64 staleMs = staleAfterMs(spec);
    // Thresholds: resolve the general levels once; a node or link only pays
    // for an overlay when its cluster file sets something.
    Thresholds base = builtinThresholds();
    overlay(base, spec.default_thresholds());
    auto resolved = [&](const Thresholds &specific, const std::string &groupId) {
        const int gi = groupId.empty() ? -1 : index.groupById.value(groupId, -1);
        const ServiceGroup *g = gi < 0 ? nullptr : &spec.groups(gi);
        if (specific.ByteSizeLong() == 0 && (!g || g->thresholds().ByteSizeLong() == 0))
            return base;
        Thresholds t = base;
        if (g)
            overlay(t, g->thresholds());
        overlay(t, specific);
        return t;
    };
    // Per node by its index in the spec: staleness and the sample read.
    std::vector<char> staleAt(size_t(spec.nodes_size()), 1);
    std::vector<const NodeSample *> sampleAt(size_t(spec.nodes_size()), nullptr);
    // The sample of a node that is read and not stale, else nullptr.
    const auto liveSample = [&](const std::string &nodeId) -> const NodeSample * {
        const int i = index.nodeById.value(nodeId, -1);
        return i < 0 || staleAt[size_t(i)] ? nullptr : sampleAt[size_t(i)];
    };
    const auto isStaleNode = [&](const std::string &nodeId) {
        const int i = index.nodeById.value(nodeId, -1);
        return i < 0 || staleAt[size_t(i)] != 0;
    };
    Health worst = OK;
    bool anyRead = false;

    // Nodes and their services.
    for (int nodeNumber = 0; nodeNumber < spec.nodes_size(); ++nodeNumber) {
        const Node &node = spec.nodes(nodeNumber);
        const QString &id = index.nodeIds.at(nodeNumber);
        NodeStatus *ns = snap.add_nodes();
        ns->set_node_id(node.id());
        ns->set_site(node.site());
        const auto it = observations.constFind(id);
        const NodeObservation *obs = it == observations.constEnd() ? nullptr : &it.value();
        const bool everRead = obs && obs->lastGood.time_ms() > 0;
        const double age = everRead ? double(nowMs - obs->lastGood.time_ms()) / 1000.0 : -1.0;
        const bool isStale = !everRead || age * 1000.0 > double(staleMs)
                             || (obs->reachability != REACHABLE && obs->reachability != REACHABILITY_UNKNOWN
                                 && obs->statusTimeMs >= obs->lastGood.time_ms()
                                 && obs->reachability != CONNECTING);
        ns->set_stale(isStale);
        ns->set_age_s(age);
        ns->set_reachability(obs ? obs->reachability : REACHABILITY_UNKNOWN);
        if (obs && !obs->reachabilityDetail.isEmpty())
            ns->set_reachability_detail(sstr(obs->reachabilityDetail));
        staleAt[size_t(nodeNumber)] = isStale ? 1 : 0;
        if (isStale)
            snap.add_stale_nodes(node.id());
        if (everRead) {
            anyRead = true;
            sampleAt[size_t(nodeNumber)] = &obs->lastGood;
            for (const std::string &vip : obs->lastGood.vips_held())
                ns->add_vips_held(vip);
        }

        const Thresholds th = resolved(node.thresholds(), {});
        for (const ServiceSpec &svc : node.services()) {
            ServiceStatus *ss = ns->add_services();
            ss->set_service_id(svc.id());
            ss->set_group(svc.group());
            ss->set_technology(svc.technology());
            ss->set_lag_s(-1);
            ss->set_lag_bytes(-1);
            const ServiceSample *sample = everRead ? findService(obs->lastGood, svc.id()) : nullptr;
            if (!sample) {
                ss->set_role(ROLE_UNKNOWN);
                ss->set_health(HEALTH_UNKNOWN);
                ss->set_detail(everRead ? sstr(Derive::tr("no probe result")) : sstr(Derive::tr("not read yet")));
                continue;
            }
            ss->set_role(sample->role());
            // The last known role stays (shown as stale); its health does not:
            // nothing that has stopped answering is reported healthy.
            ss->set_health(isStale ? HEALTH_UNKNOWN : sample->health());
            ss->set_detail(sample->detail());
            ss->set_error(sample->error());
            if (sample->has_queues()) {
                *ss->mutable_queues() = sample->queues();
                const MtaQueues &q = sample->queues();
                const qint64 depth = q.active() + q.deferred() + q.hold() + q.incoming();
                Health h = worse(levelFor(double(depth), double(th.queue_warn()), double(th.queue_crit())),
                                 levelFor(q.oldest_age_s(), th.oldest_message_warn_s(), th.oldest_message_crit_s()));
                if (!isStale)
                    ss->set_health(worse(ss->health(), h));
            }
            if (sample->has_replication() && sample->replication().upstream().size() > 0) {
                ss->set_lag_s(sample->replication().lag_s());
                ss->set_lag_bytes(sample->replication().lag_bytes());
            }
            if (!isStale)
                worst = worse(worst, ss->health());
        }
    }

    // Links.
    for (const ReplicationLink &link : spec.links()) {
        LinkStatus *ls = snap.add_links();
        ls->set_link_id(link.id());
        ls->set_group(link.group());
        ls->set_from_node(link.from_node());
        ls->set_to_node(link.to_node());
        ls->set_mode(link.mode());
        ls->set_intentional_delay_s(link.intentional_delay_s());
        ls->set_lag_s(-1);
        ls->set_lag_bytes(-1);
        ls->set_health(HEALTH_UNKNOWN);

        const int toIndex = index.nodeById.value(link.to_node(), -1);
        const ServiceSpec *toSvc = toIndex >= 0 ? serviceInGroup(spec.nodes(toIndex), link.group()) : nullptr;
        const NodeSample *toSample = liveSample(link.to_node());
        const ServiceSample *replica = toSvc && toSample ? findService(*toSample, toSvc->id()) : nullptr;
        if (replica && replica->has_replication()) {
            const Replication &r = replica->replication();
            ls->set_lag_s(r.lag_s());
            ls->set_lag_bytes(r.lag_bytes());
            ls->set_broken(!r.receiving() || !r.replaying());
        } else if (const NodeSample *fromSample = liveSample(link.from_node())) {
            // The upstream's view of this replica (pg_stat_replication and the like).
            for (const ServiceSample &s : fromSample->services()) {
                for (const ReplicaView &v : s.replication().replicas()) {
                    if (v.name() == link.to_node()) {
                        ls->set_lag_s(v.replay_lag_s());
                        ls->set_lag_bytes(v.lag_bytes());
                    }
                }
            }
        }
        if (ls->broken()) {
            ls->set_health(CRITICAL);
        } else if (ls->lag_s() >= 0 || ls->lag_bytes() >= 0) {
            const Thresholds th = resolved(link.thresholds(), link.group());
            const double lagBeyondDelay = std::max(0.0, ls->lag_s() - link.intentional_delay_s());
            Health h = levelFor(lagBeyondDelay, th.lag_warn_s(), th.lag_crit_s());
            if (link.intentional_delay_s() <= 0)
                h = worse(h, levelFor(double(ls->lag_bytes()), double(th.lag_warn_bytes()),
                                      double(th.lag_crit_bytes())));
            ls->set_health(h);
        }
        if (!isStaleNode(link.to_node()))
            worst = worse(worst, ls->health() == HEALTH_UNKNOWN ? OK : ls->health());
    }

    // Service groups, with their members found in one pass.
    bool splitBrain = false;
    bool groupDown = false;
    bool redundancyLost = false;
    for (const ServiceGroup &group : spec.groups()) {
        GroupStatus *gs = snap.add_groups();
        gs->set_group(group.id());
        gs->set_technology(group.technology());
        gs->set_pattern(group.pattern());
        *gs->mutable_objectives() = group.objectives();
        gs->set_projected_rpo_s(-1);
        gs->set_projected_rpo_bytes(-1);
        const int required = group.objectives().min_standbys() > 0 ? group.objectives().min_standbys() : 1;
        gs->set_required_standbys(required);

        int members = 0, healthyActive = 0, healthyStandby = 0;
        bool drbdSplitBrain = false;
        struct Candidate {
            QString node;
            double lag;
            qint64 bytes;
            int priority;
        };
        QList<Candidate> candidates;
        const auto membersIt = index.membersOf.constFind(group.id());
        const qsizetype memberCount = membersIt == index.membersOf.constEnd() ? 0 : membersIt->size();
        for (qsizetype m = 0; m < memberCount; ++m) {
            const auto [nodeNumber, serviceNumber] = membersIt->at(m);
            const Node &node = spec.nodes(nodeNumber);
            const ServiceSpec *svc = &node.services(serviceNumber);
            ++members;
            const NodeSample *nodeSample = liveSample(node.id());
            if (!nodeSample)
                continue;
            const ServiceSample *sample = findService(*nodeSample, svc->id());
            if (!sample)
                continue;
            for (const DrbdResource &r : sample->drbd())
                drbdSplitBrain = drbdSplitBrain || r.split_brain();
            const bool healthy = sample->health() == OK || sample->health() == WARNING;
            if (sample->role() == ACTIVE) {
                gs->add_active_nodes(node.id());
                if (healthy)
                    ++healthyActive;
            } else if ((sample->role() == STANDBY || sample->role() == PASSIVE) && healthy) {
                const int linkNumber = index.linkByGroupAndTarget.value(group.id() + '/' + node.id(), -1);
                const LinkStatus *link = linkNumber < 0 ? nullptr : &snap.links(linkNumber);
                if (link && link->broken())
                    continue;
                ++healthyStandby;
                if (svc->no_failover())
                    continue;
                Candidate c{qstr(node.id()), -1, -1, svc->priority()};
                if (link) {
                    const int specNumber = index.linkById.value(link->link_id(), -1);
                    const ReplicationLink *specLink = specNumber < 0 ? nullptr : &spec.links(specNumber);
                    if (specLink && isSynchronous(*specLink, sample)) {
                        c.lag = 0;
                        c.bytes = 0;
                    } else {
                        c.lag = link->lag_s();
                        c.bytes = link->lag_bytes();
                    }
                } else if (group.pattern() == ACTIVE_PASSIVE) {
                    c.lag = 0;  // unreplicated passive member (shared storage, VIP): nothing to lose
                    c.bytes = 0;
                }
                candidates.append(c);
            }
        }

        const bool activePassive = group.pattern() != ACTIVE_ACTIVE;
        if (activePassive) {
            gs->set_split_brain(gs->active_nodes_size() > 1 || drbdSplitBrain);
            gs->set_healthy_standbys(healthyStandby);
        } else {
            gs->set_split_brain(false);
            gs->set_healthy_standbys(std::max(0, healthyActive - 1) + healthyStandby);
        }
        // No active member among those read, or none read at all: the service is down
        // as far as anyone can tell, and never shown as up.
        gs->set_down(members > 0 && gs->active_nodes_size() == 0);
        gs->set_redundancy_lost(gs->healthy_standbys() < required);

        if (activePassive && !candidates.isEmpty()) {
            std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
                const bool aKnown = a.lag >= 0, bKnown = b.lag >= 0;
                if (aKnown != bKnown)
                    return aKnown;
                if (a.lag != b.lag)
                    return a.lag < b.lag;
                if (a.priority != b.priority)
                    return a.priority > b.priority;
                return a.node < b.node;
            });
            const Candidate &best = candidates.constFirst();
            gs->set_best_candidate(sstr(best.node));
            gs->set_projected_rpo_s(best.lag);
            gs->set_projected_rpo_bytes(best.bytes);
        }
        const Objectives &o = group.objectives();
        const bool replicated = index.replicatedGroups.contains(group.id());
        if (activePassive && replicated && !gs->down()) {
            const bool unknown = gs->projected_rpo_s() < 0;
            const bool overSeconds = gs->projected_rpo_s() > o.rpo_s() + 1e-9;
            const bool overBytes = o.rpo_bytes() > 0 && gs->projected_rpo_bytes() > o.rpo_bytes();
            gs->set_rpo_breached(unknown || overSeconds || overBytes);
        }
        splitBrain = splitBrain || gs->split_brain();
        groupDown = groupDown || gs->down();
        redundancyLost = redundancyLost || gs->redundancy_lost() || gs->rpo_breached();
    }

    // Overall.
    QStringList problems;
    if (splitBrain) {
        snap.set_health(SPLIT_BRAIN_HEALTH);
        for (const GroupStatus &g : snap.groups())
            if (g.split_brain())
                problems << Derive::tr("split brain in %1").arg(qstr(g.group()));
    } else if (!anyRead) {
        snap.set_health(CLUSTER_HEALTH_UNKNOWN);
        problems << Derive::tr("no node read yet");
    } else if (groupDown || worst == CRITICAL) {
        snap.set_health(CRITICAL_HEALTH);
    } else if (snap.stale_nodes_size() > 0 || redundancyLost || worst == WARNING) {
        snap.set_health(DEGRADED);
    } else {
        snap.set_health(HEALTHY);
    }
    for (const GroupStatus &g : snap.groups()) {
        if (g.down())
            problems << Derive::tr("%1 is down").arg(qstr(g.group()));
        else if (g.redundancy_lost())
            problems << Derive::tr("%1 at N+%2").arg(qstr(g.group())).arg(g.healthy_standbys());
        if (g.rpo_breached() && !g.down())
            problems << Derive::tr("%1 RPO %2 over objective").arg(qstr(g.group()), formatDuration(g.projected_rpo_s()));
    }
    if (snap.stale_nodes_size() > 0) {
        QStringList names;
        for (const std::string &n : snap.stale_nodes())
            names << qstr(n);
        problems << Derive::tr("%n stale node(s): %1", nullptr, int(names.size())).arg(names.join(QLatin1String(", ")));
    }
    const QString head = clusterHealthLabel(snap.health());
    snap.set_summary(sstr(problems.isEmpty()
                              ? Derive::tr("%1: %n node(s) live", nullptr, snap.nodes_size()).arg(head)
                              : head + QLatin1String(": ") + problems.join(QLatin1String("; "))));
}

QList<ClusterEvent> diffSnapshots(const ClusterSnapshot &before, const ClusterSnapshot &after)
{
    QList<ClusterEvent> events;
    auto add = [&](EventKind kind, Severity severity, const std::string &node, const std::string &service,
                   const std::string &group, const QString &message) {
        ClusterEvent e;
        e.set_time_ms(after.time_ms());
        e.set_kind(kind);
        e.set_severity(severity);
        e.set_node_id(node);
        e.set_service_id(service);
        e.set_group(group);
        e.set_message(sstr(message));
        events.append(e);
    };

    QHash<std::string, const NodeStatus *> oldNodes;
    const auto oldNode = [&](int i, const std::string &id) {
        return matching(before.nodes(), i, id, [](const NodeStatus &n) -> const std::string & { return n.node_id(); },
                        oldNodes);
    };
    for (int i = 0; i < after.nodes_size(); ++i) {
        const NodeStatus &n = after.nodes(i);
        const NodeStatus *old = oldNode(i, n.node_id());
        if (!old)
            continue;
        if (n.stale() == old->stale() && n.stale())
            continue;
        // Built only for the few nodes that produce an event.
        const auto name = [&n] { return qstr(n.node_id()); };
        if (n.stale() && !old->stale() && old->age_s() >= 0)
            add(NODE_STALE, WARN, n.node_id(), {}, {},
                Derive::tr("%1 stopped answering (%2)").arg(name(), reachabilityLabel(n.reachability())));
        else if (!n.stale() && old->stale() && n.age_s() >= 0)
            add(NODE_RECOVERED, INFO, n.node_id(), {}, {},
                old->age_s() < 0 ? Derive::tr("%1 read for the first time").arg(name()) : Derive::tr("%1 answers again").arg(name()));
        if (n.stale() || old->stale())
            continue;
        for (const ServiceStatus &s : n.services()) {
            for (const ServiceStatus &o : old->services()) {
                if (o.service_id() != s.service_id() || o.role() == s.role())
                    continue;
                const Severity sev = (s.role() == FAILED || s.role() == FENCED) ? CRIT : INFO;
                add(ROLE_CHANGED, sev, n.node_id(), s.service_id(), s.group(),
                    Derive::tr("%1 on %2: %3 → %4").arg(qstr(s.service_id()), name(), roleName(o.role()), roleName(s.role())));
            }
        }
    }
    QHash<std::string, const GroupStatus *> oldGroups;
    const auto oldGroup = [&](int i, const std::string &id) {
        return matching(before.groups(), i, id, [](const GroupStatus &g) -> const std::string & { return g.group(); },
                        oldGroups);
    };
    for (int i = 0; i < after.groups_size(); ++i) {
        const GroupStatus &g = after.groups(i);
        const GroupStatus *old = oldGroup(i, g.group());
        if (!old || (g.split_brain() == old->split_brain() && g.redundancy_lost() == old->redundancy_lost()))
            continue;
        const QString name = qstr(g.group());
        if (g.split_brain() && !old->split_brain()) {
            QStringList actives;
            for (const std::string &a : g.active_nodes())
                actives << qstr(a);
            add(SPLIT_BRAIN, CRIT, {}, {}, g.group(),
                Derive::tr("split brain in %1: active on %2").arg(name, actives.join(QLatin1String(", "))));
        } else if (!g.split_brain() && old->split_brain()) {
            add(SPLIT_BRAIN_RESOLVED, INFO, {}, {}, g.group(), Derive::tr("split brain in %1 resolved").arg(name));
        }
        if (g.redundancy_lost() && !old->redundancy_lost())
            add(REDUNDANCY_LOST, WARN, {}, {}, g.group(),
                Derive::tr("%1 lost redundancy: N+%2, needs N+%3").arg(name).arg(g.healthy_standbys()).arg(g.required_standbys()));
        else if (!g.redundancy_lost() && old->redundancy_lost())
            add(REDUNDANCY_RESTORED, INFO, {}, {}, g.group(),
                Derive::tr("%1 redundancy restored: N+%2").arg(name).arg(g.healthy_standbys()));
    }
    return events;
}

} // namespace mailha
