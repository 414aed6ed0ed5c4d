// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small two-site cluster for the item model tests: a PostgreSQL primary
// with a synchronous and an asynchronous standby, and one MTA.

#include "cluster/derive.h"
#include "core/names.h"

namespace mailha::test {

inline ClusterSpec twoSiteCluster()
{
    ClusterSpec spec;
    spec.set_name("two-site");
    spec.set_poll_interval_ms(1000);
    auto *g = spec.add_groups();
    g->set_id("db");
    g->set_technology(POSTGRES);
    g->set_pattern(ACTIVE_PASSIVE);
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
    auto *mx = spec.add_nodes();
    mx->set_id("mx1");
    mx->set_site("a");
    auto *s = mx->add_services();
    s->set_id("postfix");
    s->set_group("mta");
    s->set_technology(POSTFIX);
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

inline NodeSample pgSample(const char *node, qint64 t, Role role, double lagS = 0, qint64 lagBytes = 0)
{
    NodeSample s;
    s.set_node_id(node);
    s.set_time_ms(t);
    s.set_reachability(REACHABLE);
    auto *svc = s.add_services();
    svc->set_service_id("pg");
    svc->set_technology(POSTGRES);
    svc->set_role(role);
    svc->set_health(OK);
    if (role == STANDBY) {
        auto *r = svc->mutable_replication();
        r->set_upstream("p");
        r->set_receiving(true);
        r->set_replaying(true);
        r->set_lag_s(lagS);
        r->set_lag_bytes(lagBytes);
    }
    return s;
}

inline NodeSample postfixSample(const char *node, qint64 t, qint64 active, qint64 deferred, qint64 hold = 0)
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
    svc->mutable_queues()->set_active(active);
    svc->mutable_queues()->set_deferred(deferred);
    svc->mutable_queues()->set_hold(hold);
    return s;
}

} // namespace mailha::test
