// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticcluster.h"

#include <string>

namespace mailha::bench {

ClusterSpec syntheticCluster(int nodes)
{
    ClusterSpec spec;
    spec.set_name("synthetic-" + std::to_string(nodes));
    spec.set_poll_interval_ms(1000);
    for (const char *site : {"a", "b"}) {
        Site *s = spec.add_sites();
        s->set_id(site);
        s->set_name(site);
    }
    const int cells = std::max(1, nodes / 6);
    for (int c = 0; c < cells; ++c) {
        const std::string db = "db" + std::to_string(c);
        ServiceGroup *g = spec.add_groups();
        g->set_id(db);
        g->set_technology(POSTGRES);
        g->set_pattern(ACTIVE_PASSIVE);
        const char *roles[] = {"-p", "-s", "-dr"};
        for (int r = 0; r < 3; ++r) {
            Node *n = spec.add_nodes();
            n->set_id(db + roles[r]);
            n->set_site(r == 0 ? "a" : "b");
            n->set_host(n->id());
            ServiceSpec *svc = n->add_services();
            svc->set_id("postgres");
            svc->set_group(db);
            svc->set_technology(POSTGRES);
        }
        for (int r = 1; r < 3; ++r) {
            ReplicationLink *l = spec.add_links();
            l->set_id(db + "->" + db + roles[r]);
            l->set_group(db);
            l->set_from_node(db + "-p");
            l->set_to_node(db + roles[r]);
            l->set_mode(r == 1 ? SYNC : ASYNC);
        }
    }
    ServiceGroup *mta = spec.add_groups();
    mta->set_id("mta");
    mta->set_technology(POSTFIX);
    mta->set_pattern(ACTIVE_ACTIVE);
    for (int i = spec.nodes_size(); i < nodes; ++i) {
        Node *n = spec.add_nodes();
        n->set_id("mx" + std::to_string(i));
        n->set_site(i % 2 ? "a" : "b");
        n->set_host(n->id());
        ServiceSpec *svc = n->add_services();
        svc->set_id("postfix");
        svc->set_group("mta");
        svc->set_technology(POSTFIX);
    }
    return spec;
}

QList<NodeSample> syntheticRound(const ClusterSpec &spec, qint64 timeMs, int tick)
{
    QList<NodeSample> round;
    round.reserve(spec.nodes_size());
    for (const Node &node : spec.nodes()) {
        NodeSample s;
        s.set_node_id(node.id());
        s.set_time_ms(timeMs);
        s.set_reachability(REACHABLE);
        ServiceSample *svc = s.add_services();
        svc->set_service_id(node.services(0).id());
        svc->set_technology(node.services(0).technology());
        svc->set_health(OK);
        const std::string &id = node.id();
        if (node.services(0).technology() == POSTFIX) {
            svc->set_role(ACTIVE);
            svc->mutable_queues()->set_active(10 + tick % 17);
            svc->mutable_queues()->set_deferred(30 + tick % 41);
            svc->mutable_queues()->set_hold(2);
        } else if (id.ends_with("-p")) {
            svc->set_role(ACTIVE);
        } else {
            svc->set_role(STANDBY);
            Replication *r = svc->mutable_replication();
            r->set_upstream(id.substr(0, id.find('-')) + "-p");
            r->set_receiving(true);
            r->set_replaying(true);
            r->set_sync_state(id.ends_with("-s") ? "sync" : "async");
            r->set_lag_s(id.ends_with("-s") ? 0.002 : 0.5 + (tick % 13));
            r->set_lag_bytes(id.ends_with("-s") ? 0 : 40'000 * (tick % 13));
        }
        round.append(std::move(s));
    }
    return round;
}

} // namespace mailha::bench
