// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Synthetic clusters and snapshots for the topology tests: snapshots are
// derived by the real deriveSnapshot() from hand-made samples, so a test
// states the situation (stale, split brain, lost redundancy, lag) and not
// the derived fields.

#include "cluster/derive.h"
#include "core/names.h"

#include <string>

namespace mailha::test {

/// Site a: p (PostgreSQL primary), s1 (sync standby); site b: s2 (async
/// standby); plus one MTA per site. RPO objective 0 s, one standby required.
inline ClusterSpec dbCluster()
{
    ClusterSpec spec;
    spec.set_name("topology-test");
    spec.set_poll_interval_ms(1000);
    auto *sa = spec.add_sites();
    sa->set_id("a");
    sa->set_name("Site A");
    auto *sb = spec.add_sites();
    sb->set_id("b");
    sb->set_name("Site B");
    auto *g = spec.add_groups();
    g->set_id("db");
    g->set_technology(POSTGRES);
    g->set_pattern(ACTIVE_PASSIVE);
    g->mutable_objectives()->set_rpo_s(0);
    g->mutable_objectives()->set_min_standbys(1);
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
    for (const char *id : {"mx1", "mx2"}) {
        auto *n = spec.add_nodes();
        n->set_id(id);
        n->set_site(std::string(id) == "mx1" ? "a" : "b");
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
    auto *vip = spec.add_floating_ips();
    vip->set_id("vip-db");
    vip->set_address("10.0.0.50/24");
    vip->set_group("db");
    vip->set_preferred_node("p");
    return spec;
}

inline NodeSample pg(const char *node, qint64 t, Role role, double lagS = 0, qint64 lagBytes = 0,
                     bool receiving = true)
{
    NodeSample s;
    s.set_node_id(node);
    s.set_time_ms(t);
    s.set_reachability(REACHABLE);
    auto *svc = s.add_services();
    svc->set_service_id("pg");
    svc->set_technology(POSTGRES);
    svc->set_role(role);
    svc->set_health(receiving ? OK : CRITICAL);
    if (role == ACTIVE)
        s.add_vips_held("vip-db");
    if (role == STANDBY) {
        auto *r = svc->mutable_replication();
        r->set_upstream("p");
        r->set_receiving(receiving);
        r->set_replaying(true);
        r->set_lag_s(lagS);
        r->set_lag_bytes(lagBytes);
        r->set_sync_state(std::string(node) == "s1" ? "sync" : "async");
    }
    return s;
}

inline NodeSample mta(const char *node, qint64 t, qint64 deferred = 4)
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
    svc->mutable_queues()->set_active(7);
    svc->mutable_queues()->set_deferred(deferred);
    return s;
}

inline ClusterSnapshot snapshotOf(const ClusterSpec &spec, const QList<NodeSample> &samples, qint64 now)
{
    Observations obs;
    for (const NodeSample &s : samples) {
        NodeObservation &o = obs[qstr(s.node_id())];
        o.reachability = s.reachability();
        o.statusTimeMs = s.time_ms();
        if (s.reachability() == REACHABLE)
            o.lastGood = s;
    }
    return deriveSnapshot(spec, obs, now);
}

constexpr qint64 t0 = 1'767'600'000'000;

inline QList<NodeSample> healthy(qint64 t = t0)
{
    return {pg("p", t, ACTIVE), pg("s1", t, STANDBY, 0, 0), pg("s2", t, STANDBY, 1.5, 2048), mta("mx1", t), mta("mx2", t)};
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
