// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Synthetic clusters and samples for the derivation, item model and topology
// tests. Snapshots are derived by the real deriveSnapshot() from hand-made
// samples, so a test states the situation (stale, split brain, lost
// redundancy, lag) and not the derived fields.

#include "cluster/derive.h"
#include "core/names.h"

#include <string>
#include <vector>

namespace mailha::test {

/// A fixed moment (2026-01-05 08:00 UTC) for tests that want epoch times.
constexpr qint64 t0 = 1'767'600'000'000;

/// What the tests' clusters differ in; each test asserts on some of it
/// (site names in the topology, objectives, where the MTAs stand).
struct ClusterOptions {
    std::string name = "small";  ///< the topology keeps its view per cluster name
    bool namedSites = false;     ///< site records "Site A", "Site B"; else nodes only name their site
    /// Objectives of group db besides RPO 0; with neither set the group
    /// states none, like a cluster file without them.
    double rtoS = 0;
    int minStandbys = 0;
    std::vector<std::string> mtaSites = {"a", "a"};  ///< one Postfix MTA each: mx1, mx2, ...
    bool dbVip = false;                               ///< vip-db (10.0.0.50) over group db, preferred on p
};

/// Site a: p (PostgreSQL primary), s1 (sync standby); site b: s2 (async
/// standby); group mta: active-active Postfix MTAs as `options` place them.
inline ClusterSpec smallCluster(const ClusterOptions &options = {})
{
    ClusterSpec spec;
    spec.set_name(options.name);
    spec.set_poll_interval_ms(1000);
    if (options.namedSites) {
        auto *a = spec.add_sites();
        a->set_id("a");
        a->set_name("Site A");
        auto *b = spec.add_sites();
        b->set_id("b");
        b->set_name("Site B");
    }
    auto *g = spec.add_groups();
    g->set_id("db");
    g->set_technology(POSTGRES);
    g->set_pattern(ACTIVE_PASSIVE);
    if (options.rtoS > 0 || options.minStandbys > 0) {
        g->mutable_objectives()->set_rto_s(options.rtoS);
        g->mutable_objectives()->set_min_standbys(options.minStandbys);
    }
    auto *m = spec.add_groups();
    m->set_id("mta");
    m->set_technology(POSTFIX);
    m->set_pattern(ACTIVE_ACTIVE);
    for (const char *id : {"p", "s1", "s2"}) {
        auto *n = spec.add_nodes();
        n->set_id(id);
        n->set_site(std::string(id) == "s2" ? "b" : "a");
        auto *s = n->add_services();
        s->set_id("pg");
        s->set_group("db");
        s->set_technology(POSTGRES);
    }
    for (size_t i = 0; i < options.mtaSites.size(); ++i) {
        auto *n = spec.add_nodes();
        n->set_id("mx" + std::to_string(i + 1));
        n->set_site(options.mtaSites[i]);
        auto *s = n->add_services();
        s->set_id("postfix");
        s->set_group("mta");
        s->set_technology(POSTFIX);
    }
    auto *l1 = spec.add_links();
    l1->set_id("p->s1");
    l1->set_group("db");
    l1->set_from_node("p");
    l1->set_to_node("s1");
    l1->set_mode(SYNC);
    auto *l2 = spec.add_links();
    l2->set_id("p->s2");
    l2->set_group("db");
    l2->set_from_node("p");
    l2->set_to_node("s2");
    l2->set_mode(ASYNC);
    if (options.dbVip) {
        auto *vip = spec.add_floating_ips();
        vip->set_id("vip-db");
        vip->set_address("10.0.0.50/24");
        vip->set_group("db");
        vip->set_preferred_node("p");
    }
    return spec;
}

/// What a PostgreSQL member reports besides its role; the replication
/// fields count for a standby only. The defaults: streaming, no lag.
/// Every member has a default: when a designated initializer leaves out
/// one without, GCC's -Wmissing-field-initializers reports it.
struct PgOptions {
    double lagS = 0;
    qint64 lagBytes = 0;
    bool receiving = true;       ///< false: the WAL receiver is down, the service CRITICAL
    std::string syncState = "";  ///< as the primary sees it: sync, async, potential; empty: not said
    std::string vip = "";        ///< a floating IP the node holds (the active member)
};

/// Service "pg" of `node`, read at `t`; a standby replicates from p.
inline NodeSample pgSample(const char *node, qint64 t, Role role, const PgOptions &pg = {})
{
    NodeSample s;
    s.set_node_id(node);
    s.set_time_ms(t);
    s.set_reachability(REACHABLE);
    if (!pg.vip.empty())
        s.add_vips_held(pg.vip);
    auto *svc = s.add_services();
    svc->set_service_id("pg");
    svc->set_technology(POSTGRES);
    svc->set_role(role);
    svc->set_health(pg.receiving ? OK : CRITICAL);
    if (role == STANDBY) {
        auto *r = svc->mutable_replication();
        r->set_upstream("p");
        r->set_receiving(pg.receiving);
        r->set_replaying(true);
        r->set_lag_s(pg.lagS);
        r->set_lag_bytes(pg.lagBytes);
        r->set_sync_state(pg.syncState);
    }
    return s;
}

/// Postfix queue lengths of an MTA sample; the defaults are a quiet MTA.
struct QueueSizes {
    qint64 active = 12;
    qint64 deferred = 3;
    qint64 hold = 0;
};

/// Service "postfix" of `node`, active and OK, read at `t`.
inline NodeSample mtaSample(const char *node, qint64 t, const QueueSizes &queues = {})
{
    NodeSample s;
    s.set_node_id(node);
    s.set_time_ms(t);
    s.set_reachability(REACHABLE);
    auto *svc = s.add_services();
    svc->set_service_id("postfix");
    svc->set_technology(POSTFIX);
    svc->set_role(ACTIVE);
    svc->set_health(OK);
    svc->mutable_queues()->set_active(queues.active);
    svc->mutable_queues()->set_deferred(queues.deferred);
    svc->mutable_queues()->set_hold(queues.hold);
    return s;
}

/// Records `s` as the poller would: a reachable node's sample is its last good one.
inline void observe(Observations &obs, const NodeSample &s)
{
    NodeObservation &o = obs[qstr(s.node_id())];
    o.reachability = s.reachability();
    o.statusTimeMs = s.time_ms();
    if (s.reachability() == REACHABLE)
        o.lastGood = s;
}

/// The snapshot of `spec` at `now` after `samples`; `observed` receives the
/// observations (for the alert engine, which reads them too).
inline ClusterSnapshot snapshotOf(const ClusterSpec &spec, const QList<NodeSample> &samples, qint64 now,
                                  Observations *observed = nullptr)
{
    Observations obs;
    for (const NodeSample &s : samples)
        observe(obs, s);
    if (observed)
        *observed = obs;
    return deriveSnapshot(spec, obs, now);
}

/// Group or link `id` of `snap`; null if it has none.
inline const GroupStatus *group(const ClusterSnapshot &snap, const char *id)
{
    for (const GroupStatus &g : snap.groups())
        if (g.group() == id)
            return &g;
    return nullptr;
}

inline const LinkStatus *link(const ClusterSnapshot &snap, const char *id)
{
    for (const LinkStatus &l : snap.links())
        if (l.link_id() == id)
            return &l;
    return nullptr;
}

/// `count` nodes over three sites in groups of mixed sizes, for layout tests.
inline ClusterSpec manyNodes(int count)
{
    ClusterSpec spec;
    spec.set_name("many");
    for (const char *site : {"s1", "s2", "s3"}) {
        auto *s = spec.add_sites();
        s->set_id(site);
    }
    const char *groups[] = {"lb", "mta", "imap", "db", "store"};
    for (const char *group : groups) {
        auto *g = spec.add_groups();
        g->set_id(group);
    }
    for (int i = 0; i < count; ++i) {
        auto *n = spec.add_nodes();
        n->set_id("n" + std::to_string(i));
        n->set_site("s" + std::to_string(1 + (i * 7) % 3));
        const int services = 1 + i % 3;
        for (int k = 0; k < services; ++k) {
            auto *svc = n->add_services();
            svc->set_id("svc" + std::to_string(k));
            svc->set_group(groups[(i / 3 + k) % 5]);
            svc->set_technology(k == 0 ? POSTGRES : POSTFIX);
        }
        if (i > 0 && i % 4 == 0) {
            auto *l = spec.add_links();
            l->set_id("l" + std::to_string(i));
            l->set_group(groups[(i / 3) % 5]);
            l->set_from_node("n" + std::to_string(i - 4));
            l->set_to_node("n" + std::to_string(i));
            l->set_mode(i % 8 == 0 ? SYNC : ASYNC);
        }
    }
    return spec;
}

} // namespace mailha::test
