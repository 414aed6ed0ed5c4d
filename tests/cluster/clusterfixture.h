// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small cluster for derivation tests: a PostgreSQL group with a primary, a
// synchronous and an asynchronous standby, and two active-active MTAs.

#include "cluster/derive.h"
#include "core/names.h"

namespace mailha::test {

inline ClusterSpec smallCluster()
{
    ClusterSpec spec;
    spec.set_name("small");
    spec.set_poll_interval_ms(1000);
    auto *g = spec.add_groups();
    g->set_id("db");
    g->set_technology(POSTGRES);
    g->set_pattern(ACTIVE_PASSIVE);
    g->mutable_objectives()->set_rpo_s(0);
    g->mutable_objectives()->set_rto_s(30);
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
        n->set_site("a");
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
    return spec;
}

inline NodeSample dbSample(const char *node, qint64 t, Role role, double lagS = 0, qint64 lagBytes = 0,
                           bool receiving = true, const char *syncState = "")
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
    if (role == STANDBY) {
        auto *r = svc->mutable_replication();
        r->set_upstream("p");
        r->set_receiving(receiving);
        r->set_replaying(true);
        r->set_lag_s(lagS);
        r->set_lag_bytes(lagBytes);
        r->set_sync_state(syncState);
    }
    return s;
}

inline NodeSample mtaSample(const char *node, qint64 t, qint64 deferred = 3)
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
    svc->mutable_queues()->set_active(12);
    svc->mutable_queues()->set_deferred(deferred);
    return s;
}

inline void observe(Observations &obs, const NodeSample &s)
{
    NodeObservation &o = obs[qstr(s.node_id())];
    o.reachability = s.reachability();
    o.statusTimeMs = s.time_ms();
    if (s.reachability() == REACHABLE)
        o.lastGood = s;
}

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

} // namespace mailha::test
