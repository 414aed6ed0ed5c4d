// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab/labcluster.h"

#include "core/names.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace mailha {

namespace {

constexpr qint64 stepMs = 1000;
constexpr double bytesPerMessageWal = 9'000;  // metadata, quota, index rows per delivered message

ServiceSpec *addService(Node *node, const char *id, const char *group, Technology tech, int priority = 0)
{
    ServiceSpec *s = node->add_services();
    s->set_id(id);
    s->set_group(group);
    s->set_technology(tech);
    s->set_priority(priority);
    return s;
}

Node *addNode(ClusterSpec &spec, const char *id, const char *site, const char *host)
{
    Node *n = spec.add_nodes();
    n->set_id(id);
    n->set_site(site);
    n->set_host(host);
    return n;
}

void addGroup(ClusterSpec &spec, const char *id, const char *name, Technology tech, HaPattern pattern,
              double rto, double rpo, int minStandbys = 1)
{
    ServiceGroup *g = spec.add_groups();
    g->set_id(id);
    g->set_name(name);
    g->set_technology(tech);
    g->set_pattern(pattern);
    g->mutable_objectives()->set_rto_s(rto);
    g->mutable_objectives()->set_rpo_s(rpo);
    g->mutable_objectives()->set_uptime_target_pct(99.99);
    g->mutable_objectives()->set_min_standbys(minStandbys);
}

void addLink(ClusterSpec &spec, const char *id, const char *group, const char *from, const char *to,
             ReplicationMode mode, ReplicationKind kind)
{
    ReplicationLink *l = spec.add_links();
    l->set_id(id);
    l->set_group(group);
    l->set_from_node(from);
    l->set_to_node(to);
    l->set_mode(mode);
    l->set_kind(kind);
}

} // namespace

QString formatLsn(qint64 position)
{
    const quint64 p = quint64(std::max<qint64>(0, position));
    return QStringLiteral("%1/%2").arg(p >> 32, 0, 16).arg(p & 0xFFFFFFFFu, 0, 16).toUpper();
}

namespace {
struct FaultName {
    LabFault fault;
    const char *name;
    bool needsNode;
};
constexpr FaultName faultNames[] = {
    {LabFault::NodeCrash, "node-crash", true},
    {LabFault::ServiceCrash, "service-crash", true},
    {LabFault::SitePartition, "site-partition", false},
    {LabFault::NodePartition, "node-partition", true},
    {LabFault::SlowDisk, "slow-disk", true},
    {LabFault::DownstreamOutage, "downstream-outage", false},
    {LabFault::DrbdDisconnect, "drbd-disconnect", false},
    {LabFault::DrbdSplitBrain, "drbd-split-brain", false},
    {LabFault::VipFlapping, "vip-flapping", false},
    {LabFault::StandbyStopsReplaying, "standby-stops-replaying", true},
    {LabFault::DiskFull, "disk-full", true},
};
} // namespace

QString labFaultName(LabFault fault)
{
    for (const FaultName &f : faultNames)
        if (f.fault == fault)
            return QLatin1String(f.name);
    return {};
}

std::optional<LabFault> labFaultFromName(QStringView name)
{
    for (const FaultName &f : faultNames)
        if (name == QLatin1String(f.name))
            return f.fault;
    return std::nullopt;
}

QList<LabFault> allLabFaults()
{
    QList<LabFault> all;
    for (const FaultName &f : faultNames)
        all.append(f.fault);
    return all;
}

ClusterSpec LabCluster::referenceSpec()
{
    ClusterSpec spec;
    spec.set_name("lab");
    spec.set_description("Built-in two-site lab cluster (simulated)");
    spec.set_lab(true);
    spec.set_poll_interval_ms(1000);
    spec.set_anti_flap_s(900);

    Site *a = spec.add_sites();
    a->set_id("site-a");
    a->set_name("Site A — primary data centre");
    Site *b = spec.add_sites();
    b->set_id("site-b");
    b->set_name("Site B — disaster recovery");

    addGroup(spec, "edge", "Public VIP (Keepalived)", KEEPALIVED, ACTIVE_PASSIVE, 10, 0);
    addGroup(spec, "balancer", "HAProxy", HAPROXY, ACTIVE_PASSIVE, 10, 0);
    addGroup(spec, "mta", "Postfix MTAs", POSTFIX, ACTIVE_ACTIVE, 60, 0);
    addGroup(spec, "imap", "Dovecot IMAP", DOVECOT, ACTIVE_PASSIVE, 120, 30);
    addGroup(spec, "maildb", "Mail database (PostgreSQL)", POSTGRES, ACTIVE_PASSIVE, 60, 0);
    addGroup(spec, "mailstore", "Mail spool (DRBD)", DRBD, ACTIVE_PASSIVE, 120, 0);
    spec.mutable_groups(4)->mutable_objectives()->set_min_standbys(1);

    Node *n = addNode(spec, "lb-a", "site-a", "lb-a.lab");
    addService(n, "keepalived", "edge", KEEPALIVED, 100);
    addService(n, "haproxy", "balancer", HAPROXY);
    for (const char *mx : {"mx1", "mx2"}) {
        n = addNode(spec, mx, "site-a", (std::string(mx) + ".lab").c_str());
        addService(n, "postfix", "mta", POSTFIX);
    }
    n = addNode(spec, "imap-a", "site-a", "imap-a.lab");
    addService(n, "dovecot", "imap", DOVECOT, 100);
    n = addNode(spec, "db-a", "site-a", "db-a.lab");
    addService(n, "postgres", "maildb", POSTGRES, 100);
    n = addNode(spec, "store-a", "site-a", "store-a.lab");
    addService(n, "drbd", "mailstore", DRBD, 100);

    n = addNode(spec, "lb-b", "site-b", "lb-b.lab");
    addService(n, "keepalived", "edge", KEEPALIVED, 90);
    addService(n, "haproxy", "balancer", HAPROXY);
    n = addNode(spec, "mx3", "site-b", "mx3.lab");
    addService(n, "postfix", "mta", POSTFIX);
    n = addNode(spec, "imap-b", "site-b", "imap-b.lab");
    addService(n, "dovecot", "imap", DOVECOT, 90);
    n = addNode(spec, "db-b", "site-b", "db-b.lab");
    addService(n, "postgres", "maildb", POSTGRES, 90);
    n = addNode(spec, "db-dr", "site-b", "db-dr.lab");
    addService(n, "postgres", "maildb", POSTGRES, 10);
    n = addNode(spec, "store-b", "site-b", "store-b.lab");
    addService(n, "drbd", "mailstore", DRBD, 90);

    addLink(spec, "db-a->db-b", "maildb", "db-a", "db-b", SYNC, DATABASE_STREAMING);
    addLink(spec, "db-a->db-dr", "maildb", "db-a", "db-dr", ASYNC, DATABASE_STREAMING);
    addLink(spec, "store-a->store-b", "mailstore", "store-a", "store-b", SYNC, BLOCK);
    addLink(spec, "imap-a->imap-b", "imap", "imap-a", "imap-b", ASYNC, MAILBOX);

    FloatingIp *vip = spec.add_floating_ips();
    vip->set_id("vip-public");
    vip->set_address("192.0.2.25/24");
    vip->set_group("edge");
    vip->set_preferred_node("lb-a");
    vip = spec.add_floating_ips();
    vip->set_id("vip-imap");
    vip->set_address("192.0.2.143/24");
    vip->set_group("imap");
    vip->set_preferred_node("imap-a");
    vip = spec.add_floating_ips();
    vip->set_id("vip-db");
    vip->set_address("10.10.0.50/24");
    vip->set_group("maildb");
    vip->set_preferred_node("db-a");
    return spec;
}

qint64 labStartMs()
{
    const QString pinned = qEnvironmentVariable("MAILHA_LAB_START");
    if (!pinned.isEmpty()) {
        const QDateTime t = QDateTime::fromString(pinned, Qt::ISODate);
        if (t.isValid())
            return t.toMSecsSinceEpoch();
        qWarning("MAILHA_LAB_START=%s is not an ISO 8601 time; the lab starts now", qPrintable(pinned));
    }
    return QDateTime::currentMSecsSinceEpoch();
}

LabCluster::LabCluster(quint64 seed, qint64 startMs)
    : m_spec(referenceSpec())
    , m_random(seed)
    , m_seed(seed)
    , m_timeMs(startMs - startMs % stepMs)
{
    for (const Node &spec : m_spec.nodes()) {
        LabNode node;
        node.id = qstr(spec.id());
        node.load = m_random.uniform(0.2, 0.8);
        for (const ServiceSpec &svc : spec.services()) {
            switch (svc.technology()) {
            case POSTFIX:
                node.mta = LabMta{};
                node.mta->capacityPerS = m_random.uniform(50, 80);
                node.mta->hold = m_random.poisson(2);
                break;
            case POSTGRES:
                node.db = LabDatabase{};
                break;
            case DRBD:
                node.drbd = LabDrbd{};
                break;
            case DOVECOT:
                node.dovecot = LabDovecot{};
                node.dovecot->lastSyncMs = m_timeMs;
                break;
            case KEEPALIVED:
            case HAPROXY:
                if (!node.balancer) {
                    node.balancer = LabBalancer{};
                    for (const char *mx : {"mx1", "mx2", "mx3"}) {
                        HaproxyServer s;
                        s.set_backend("smtp_in");
                        s.set_server(mx);
                        s.set_status("UP");
                        node.balancer->servers.append(s);
                    }
                    for (const char *imap : {"imap-a", "imap-b"}) {
                        HaproxyServer s;
                        s.set_backend("imap");
                        s.set_server(imap);
                        // Both pass HAProxy's health check; which one serves is the VIP's business.
                        s.set_status("UP");
                        node.balancer->servers.append(s);
                    }
                }
                break;
            default:
                break;
            }
        }
        m_nodes.append(node);
    }
    // Roles of the reference topology.
    node(QStringLiteral("lb-a"))->balancer->master = true;
    node(QStringLiteral("lb-a"))->vips << QStringLiteral("vip-public");
    node(QStringLiteral("lb-b"))->balancer->priority = 90;
    node(QStringLiteral("imap-a"))->dovecot->active = true;
    node(QStringLiteral("imap-a"))->vips << QStringLiteral("vip-imap");
    LabNode *dbA = node(QStringLiteral("db-a"));
    dbA->db->primary = true;
    dbA->db->walPosition = 0x3'0000'0000ll + qint64(m_random.uniform(0, 1e8));
    dbA->vips << QStringLiteral("vip-db");
    for (const char *standby : {"db-b", "db-dr"}) {
        LabDatabase &db = *node(QLatin1String(standby))->db;
        db.upstream = QStringLiteral("db-a");
        db.synchronous = QLatin1String(standby) == QLatin1String("db-b");
        db.receivedPosition = db.replayedPosition = dbA->db->walPosition;
        db.lastReplayMs = m_timeMs;
        // The sync standby sits next door; the DR replica across a WAN link.
        db.applyBytesPerS = db.synchronous ? 50e6 : 600e3;
    }
    node(QStringLiteral("store-a"))->drbd->primary = true;
    node(QStringLiteral("store-a"))->drbd->peer = QStringLiteral("store-b");
    node(QStringLiteral("store-b"))->drbd->peer = QStringLiteral("store-a");

    // Warm up so the first samples already carry believable queues and lag.
    for (int i = 0; i < 120; ++i)
        step();
}

LabNode *LabCluster::node(const QString &id)
{
    for (LabNode &n : m_nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

const LabNode *LabCluster::node(const QString &id) const
{
    for (const LabNode &n : m_nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

QString LabCluster::siteOf(const QString &nodeId) const
{
    for (const Node &n : m_spec.nodes())
        if (qstr(n.id()) == nodeId)
            return qstr(n.site());
    return {};
}

bool LabCluster::connected(const QString &a, const QString &b) const
{
    const LabNode *na = node(a);
    const LabNode *nb = node(b);
    if (!na || !nb || !na->up || !nb->up)
        return false;
    if (m_partitionedNodes.contains(a) || m_partitionedNodes.contains(b))
        return false;
    return !m_sitesPartitioned || siteOf(a) == siteOf(b);
}

bool LabCluster::setFault(LabFault fault, const QString &nodeId, bool active, QString *error)
{
    bool needsNode = false;
    for (const FaultName &f : faultNames)
        if (f.fault == fault)
            needsNode = f.needsNode;
    LabNode *n = node(nodeId);
    if (needsNode && !n) {
        if (error)
            *error = QCoreApplication::translate("mailha::Lab", "fault %1 needs an existing node, not '%2'")
                         .arg(labFaultName(fault), nodeId);
        return false;
    }
    switch (fault) {
    case LabFault::NodeCrash:
        n->up = !active;
        break;
    case LabFault::ServiceCrash:
        n->crashedServices.clear();
        if (active)
            for (const Node &spec : m_spec.nodes())
                if (qstr(spec.id()) == nodeId)
                    for (const ServiceSpec &svc : spec.services())
                        n->crashedServices.append(qstr(svc.id()));
        break;
    case LabFault::SitePartition:
        m_sitesPartitioned = active;
        break;
    case LabFault::NodePartition:
        m_partitionedNodes.removeAll(nodeId);
        if (active)
            m_partitionedNodes.append(nodeId);
        break;
    case LabFault::SlowDisk:
        n->diskSlowdown = active ? 10.0 : 1.0;
        break;
    case LabFault::DownstreamOutage:
        for (LabNode &m : m_nodes)
            if (m.mta)
                m.mta->downstreamOutage = active;
        break;
    case LabFault::DrbdDisconnect:
        for (LabNode &m : m_nodes)
            if (m.drbd)
                m.drbd->connection = active ? QStringLiteral("StandAlone") : QStringLiteral("Connecting");
        break;
    case LabFault::DrbdSplitBrain:
        for (LabNode &m : m_nodes) {
            if (!m.drbd)
                continue;
            m.drbd->splitBrain = active;
            if (active) {
                m.drbd->primary = true;
                m.drbd->connection = QStringLiteral("StandAlone");
            }
        }
        break;
    case LabFault::VipFlapping:
        m_vipFlapping = active;
        break;
    case LabFault::StandbyStopsReplaying:
        if (!n->db) {
            if (error)
                *error = QCoreApplication::translate("mailha::Lab", "%1 runs no database").arg(nodeId);
            return false;
        }
        n->db->replaying = !active;
        break;
    case LabFault::DiskFull:
        n->diskFull = active;
        n->diskFree = active ? 0 : 120ll << 30;
        break;
    }
    return true;
}

double LabCluster::arrivalRatePerS() const
{
    // A daily rhythm: quiet at night, peaking mid-morning, plus decaying bursts.
    const double hours = double(m_timeMs % 86'400'000) / 3'600'000.0;
    const double daily = 0.55 + 0.45 * std::sin((hours - 4.0) / 24.0 * 2.0 * M_PI);
    return (45.0 * daily + m_burst) * m_loadFactor;
}

void LabCluster::advance(qint64 ms)
{
    for (qint64 done = 0; done + stepMs <= ms; done += stepMs)
        step();
}

void LabCluster::step()
{
    m_timeMs += stepMs;
    // Bursts: a newsletter or a spam wave now and then.
    if (m_random.chance(1.0 / 900.0))
        m_burst += m_random.uniform(20, 90);
    m_burst *= 0.985;

    QList<LabNode *> mtas;
    for (LabNode &n : m_nodes)
        if (n.mta && n.up && !n.crashedServices.contains(QLatin1String("postfix")))
            mtas.append(&n);
    m_mailDeliveredLastS = 0;
    for (LabNode *n : mtas)
        stepMta(*n, 1.0 / double(mtas.size()));
    stepDatabases();
    stepDrbd();
    stepDovecot();
    stepBalancers();
    stepFloatingIps();
    stepHosts();
}

void LabCluster::stepFloatingIps()
{
    // Pacemaker moves the database and IMAP addresses with the role.
    for (LabNode &n : m_nodes) {
        n.vips.removeAll(QStringLiteral("vip-db"));
        n.vips.removeAll(QStringLiteral("vip-imap"));
        if (!n.up)
            continue;
        if (n.db && n.db->primary && !n.crashedServices.contains(QLatin1String("postgres")))
            n.vips.append(QStringLiteral("vip-db"));
        if (n.dovecot && n.dovecot->active && !n.crashedServices.contains(QLatin1String("dovecot")))
            n.vips.append(QStringLiteral("vip-imap"));
    }
}

void LabCluster::stepMta(LabNode &node, double share)
{
    LabMta &q = *node.mta;
    // Deferred mail comes back for another try, oldest first.
    qint64 retry = std::min(q.deferred, m_random.poisson(double(q.deferred) / 300.0));
    q.deferred -= retry;
    q.active += retry;
    while (retry > 0 && !q.deferredCohorts.empty()) {
        auto &oldest = q.deferredCohorts.front();
        const qint64 take = std::min(retry, oldest.count);
        oldest.count -= take;
        retry -= take;
        if (oldest.count == 0)
            q.deferredCohorts.pop_front();
    }
    // Mail older than five days bounces and leaves the queue.
    while (!q.deferredCohorts.empty() && m_timeMs - q.deferredCohorts.front().arrivalMs > 5 * 86'400'000ll) {
        q.deferred -= q.deferredCohorts.front().count;
        q.deferredCohorts.pop_front();
    }

    const double capacity = q.capacityPerS * m_random.uniform(0.85, 1.15) * (node.load > 4 ? 0.5 : 1.0)
                            / node.diskSlowdown;
    const qint64 attempts = std::min(q.active, qint64(capacity));
    const double deferRate = q.downstreamOutage ? 0.35 : 0.015;
    const qint64 deferred = m_random.poisson(double(attempts) * deferRate);
    const qint64 delivered = attempts - std::min(attempts, deferred);
    q.active -= attempts;
    q.active = std::max<qint64>(q.active, 0);
    if (attempts - delivered > 0) {
        q.deferred += attempts - delivered;
        // Arrival times of deferred mail spread over the last minutes.
        const qint64 arrival = m_timeMs - qint64(m_random.uniform(0, 120'000));
        if (!q.deferredCohorts.empty() && m_timeMs - q.deferredCohorts.back().arrivalMs < 60'000)
            q.deferredCohorts.back().count += attempts - delivered;
        else
            q.deferredCohorts.push_back({arrival, attempts - delivered});
    }
    m_mailDeliveredLastS += delivered;

    // What arrived this second is still waiting for its first attempt when
    // the node is polled, so the active queue is never implausibly empty.
    // A full spool refuses new mail (452 insufficient system storage).
    const qint64 arrivals = node.diskFull ? 0 : m_random.poisson(arrivalRatePerS() * share);
    // Like qmgr, admit new mail into the active queue only up to its limit;
    // the rest waits in incoming.
    q.incoming += arrivals;
    const qint64 admitted = std::min(q.incoming, std::max<qint64>(0, LabMta::activeLimit - q.active));
    q.incoming -= admitted;
    q.active += admitted;
}

void LabCluster::stepDatabases()
{
    LabNode *primaryNode = nullptr;
    for (LabNode &n : m_nodes)
        if (n.db && n.db->primary && n.up && !n.crashedServices.contains(QLatin1String("postgres")))
            primaryNode = &n;
    if (!primaryNode) {
        // Nothing to stream from: every standby's WAL receiver is down.
        for (LabNode &n : m_nodes)
            if (n.db && !n.db->primary)
                n.db->receiving = false;
        return;
    }
    LabDatabase &primary = *primaryNode->db;
    primary.writeBytesPerS = primaryNode->diskFull
                                 ? 0.0
                                 : (double(m_mailDeliveredLastS) * bytesPerMessageWal * m_random.uniform(0.8, 1.25)
                                    + 2'000)  // checkpoints, autovacuum, sessions
                                       / primaryNode->diskSlowdown;
    primary.walPosition += qint64(primary.writeBytesPerS);

    for (LabNode &n : m_nodes) {
        if (!n.db || n.db->primary || !n.up || n.db->upstream != primaryNode->id)
            continue;
        LabDatabase &s = *n.db;
        s.receiving = connected(n.id, primaryNode->id) && !n.crashedServices.contains(QLatin1String("postgres"));
        if (s.receiving) {
            // What the link and the standby's disk take this second varies.
            const double take = s.applyBytesPerS * m_random.uniform(0.55, 1.35) / n.diskSlowdown;
            s.receivedPosition = std::min(primary.walPosition, s.receivedPosition + qint64(take));
        }
        if (s.replaying) {
            const qint64 before = s.replayedPosition;
            s.replayedPosition = s.receivedPosition;
            if (s.replayedPosition != before || s.replayedPosition == primary.walPosition)
                s.lastReplayMs = m_timeMs - (s.synchronous ? qint64(m_random.uniform(1, 8)) : qint64(m_random.uniform(20, 90)));
        }
    }
}

void LabCluster::stepDrbd()
{
    for (LabNode &n : m_nodes) {
        if (!n.drbd)
            continue;
        const bool peerUp = connected(n.id, n.drbd->peer);
        if (!n.up)
            continue;
        if (!peerUp) {
            n.drbd->connection = QStringLiteral("Connecting");
            if (n.drbd->primary)
                n.drbd->outOfSyncKib += qint64(double(m_mailDeliveredLastS) * 40);  // spool writes, KiB
        } else if (n.drbd->connection == QLatin1String("StandAlone")) {
            if (n.drbd->primary)
                n.drbd->outOfSyncKib += qint64(double(m_mailDeliveredLastS) * 40);
        } else if (n.drbd->connection != QLatin1String("StandAlone")) {
            n.drbd->connection = QStringLiteral("Connected");
            n.drbd->outOfSyncKib = std::max<qint64>(0, n.drbd->outOfSyncKib - 200'000);  // resync
        }
    }
}

void LabCluster::stepDovecot()
{
    LabNode *active = nullptr;
    for (LabNode &n : m_nodes)
        if (n.dovecot && n.dovecot->active && n.up)
            active = &n;
    if (!active)
        return;
    LabDovecot &d = *active->dovecot;
    // Every delivered message changes a mailbox; dsync catches up in batches.
    d.queuedIncremental += m_random.poisson(double(m_mailDeliveredLastS) * 0.3);
    const qint64 synced = std::min(d.queuedIncremental, m_random.poisson(12));
    d.queuedIncremental -= synced;
    if (synced > 0 || d.queuedIncremental == 0)
        d.lastSyncMs = m_timeMs;
    for (LabNode &n : m_nodes)
        if (n.dovecot && !n.dovecot->active && connected(n.id, active->id))
            n.dovecot->lastSyncMs = d.lastSyncMs;
}

void LabCluster::stepBalancers()
{
    // VRRP: the highest-priority live router that hears no better peer is MASTER.
    // A cut between the sites leaves each side hearing only itself: two masters.
    QList<LabNode *> routers;
    for (LabNode &n : m_nodes)
        if (n.balancer)
            routers.append(&n);
    std::sort(routers.begin(), routers.end(),
              [](const LabNode *a, const LabNode *b) { return a->balancer->priority > b->balancer->priority; });
    const bool flapNow = m_vipFlapping && m_random.chance(0.25);
    for (LabNode *r : routers) {
        const bool alive = r->up && !r->crashedServices.contains(QLatin1String("keepalived"));
        bool betterPeerHeard = false;
        for (const LabNode *other : routers) {
            if (other == r || other->balancer->priority <= r->balancer->priority)
                continue;
            betterPeerHeard = betterPeerHeard
                              || (connected(r->id, other->id) && !other->crashedServices.contains(QLatin1String("keepalived")));
        }
        bool master = alive && !betterPeerHeard;
        if (m_vipFlapping && alive && routers.size() > 1)
            master = flapNow ? !r->balancer->master : r->balancer->master;
        r->balancer->master = master;
        r->vips.removeAll(QStringLiteral("vip-public"));
        if (master)
            r->vips.append(QStringLiteral("vip-public"));
    }
    if (m_vipFlapping && routers.size() > 1) {
        // Flapping alternates; it never leaves both or neither as master for long.
        if (routers.at(0)->balancer->master == routers.at(1)->balancer->master) {
            routers.at(1)->balancer->master = !routers.at(0)->balancer->master;
            routers.at(1)->vips.removeAll(QStringLiteral("vip-public"));
            if (routers.at(1)->balancer->master)
                routers.at(1)->vips.append(QStringLiteral("vip-public"));
        }
    }
}

void LabCluster::stepHosts()
{
    for (LabNode &n : m_nodes) {
        const double busy = n.mta ? double(n.mta->active) / 200.0 : n.db && n.db->primary ? 0.6 : 0.2;
        n.load = std::clamp(n.load * 0.9 + 0.1 * (busy + m_random.uniform(0.05, 0.5)), 0.01, 32.0);
        n.memAvailable = std::clamp<qint64>(n.memAvailable + qint64(m_random.normal() * 8e6), 1ll << 30, n.memTotal);
    }
}

ServiceSample LabCluster::sampleService(const LabNode &node, const ServiceSpec &spec) const
{
    ServiceSample s;
    s.set_service_id(spec.id());
    s.set_technology(spec.technology());
    s.set_health(OK);
    if (node.crashedServices.contains(qstr(spec.id()))) {
        s.set_role(FAILED);
        s.set_health(CRITICAL);
        s.set_detail(sstr(QStringLiteral("%1 is not running").arg(qstr(spec.id()))));
        return s;
    }
    switch (spec.technology()) {
    case POSTFIX: {
        const LabMta &q = *node.mta;
        MtaQueues *out = s.mutable_queues();
        out->set_incoming(q.incoming);
        out->set_active(q.active);
        out->set_deferred(q.deferred);
        out->set_hold(q.hold);
        out->set_total_bytes((q.incoming + q.active + q.deferred + q.hold) * 48'000);
        // Cohorts are kept in deferral order; arrival times within them vary.
        qint64 oldestArrival = m_timeMs;
        for (const LabMta::Cohort &c : q.deferredCohorts)
            oldestArrival = std::min(oldestArrival, c.arrivalMs);
        const double oldest = q.deferredCohorts.empty() ? (q.active > 0 ? 0.8 : 0.0)
                                                        : double(m_timeMs - oldestArrival) / 1000.0;
        out->set_oldest_age_s(oldest);
        if (q.deferred > 0) {
            CountedItem *reason = out->add_top_deferral_reasons();
            reason->set_key(q.downstreamOutage ? "connect to mx.example.net[198.51.100.7]:25: Connection timed out"
                                               : "host mx.example.org said: 451 4.7.1 Greylisted, try again later");
            reason->set_count(q.deferred);
            CountedItem *domain = out->add_top_recipient_domains();
            domain->set_key(q.downstreamOutage ? "example.net" : "example.org");
            domain->set_count(q.deferred);
        }
        s.set_role(ACTIVE);
        s.set_detail(sstr(QStringLiteral("%1 active, %2 deferred").arg(q.active).arg(q.deferred)));
        break;
    }
    case POSTGRES: {
        const LabDatabase &db = *node.db;
        Replication *r = s.mutable_replication();
        if (db.primary) {
            s.set_role(ACTIVE);
            r->set_position(sstr(formatLsn(db.walPosition)));
            r->set_receiving(true);
            r->set_replaying(true);
            r->set_lag_bytes(0);
            r->set_lag_s(0);
            for (const LabNode &other : m_nodes) {
                if (!other.db || other.db->primary || other.db->upstream != node.id || !connected(other.id, node.id))
                    continue;
                ReplicaView *v = r->add_replicas();
                v->set_name(sstr(other.id));
                v->set_state(other.db->receiving ? "streaming" : "catchup");
                v->set_sync_state(other.db->synchronous ? "sync" : "async");
                v->set_sent_position(sstr(formatLsn(db.walPosition)));
                v->set_write_position(sstr(formatLsn(other.db->receivedPosition)));
                v->set_flush_position(sstr(formatLsn(other.db->receivedPosition)));
                v->set_replay_position(sstr(formatLsn(other.db->replayedPosition)));
                v->set_lag_bytes(db.walPosition - other.db->replayedPosition);
            }
            if (node.diskFull)
                s.set_health(CRITICAL);
            s.set_detail(sstr(QStringLiteral("primary, WAL %1 at %2/s")
                                  .arg(formatLsn(db.walPosition), formatBytes(qint64(db.writeBytesPerS)))));
        } else {
            s.set_role(STANDBY);
            const LabNode *up = this->node(db.upstream);
            const qint64 head = up && up->db ? up->db->walPosition : db.receivedPosition;
            const double rate = up && up->db ? std::max(1.0, up->db->writeBytesPerS) : 1.0;
            const qint64 lagBytes = std::max<qint64>(0, head - db.replayedPosition);
            // Position first: an idle primary means no lag, whatever the replay timestamp says.
            const double lagS = lagBytes == 0 ? 0.0 : double(lagBytes) / rate + double(m_timeMs - db.lastReplayMs) / 1000.0 * 0.1;
            r->set_upstream(sstr(db.upstream));
            r->set_receiving(db.receiving && up && up->up);
            r->set_replaying(db.replaying);
            r->set_position(sstr(formatLsn(db.replayedPosition)));
            r->set_lag_bytes(lagBytes);
            r->set_lag_s(lagS);
            r->set_sync_state(db.synchronous ? "sync" : "async");
            r->set_last_replay_age_s(double(m_timeMs - db.lastReplayMs) / 1000.0);
            if (!r->receiving() || !r->replaying())
                s.set_health(CRITICAL);
            s.set_detail(sstr(QStringLiteral("%1 standby of %2, replay lag %3")
                                  .arg(db.synchronous ? QStringLiteral("sync") : QStringLiteral("async"), db.upstream,
                                       formatDuration(lagS))));
        }
        break;
    }
    case DRBD: {
        const LabDrbd &d = *node.drbd;
        DrbdResource *res = s.add_drbd();
        res->set_name("mailspool");
        res->set_role(d.primary ? "Primary" : "Secondary");
        res->set_disk(sstr(d.disk));
        res->set_split_brain(d.splitBrain);
        DrbdPeer *peer = res->add_peers();
        peer->set_name(sstr(d.peer));
        peer->set_connection(sstr(d.connection));
        const LabNode *p = this->node(d.peer);
        peer->set_role(p && p->up && p->drbd ? (p->drbd->primary ? "Primary" : "Secondary") : "Unknown");
        peer->set_disk(d.connection == QLatin1String("Connected") ? "UpToDate" : "DUnknown");
        peer->set_out_of_sync_kib(d.outOfSyncKib);
        peer->set_replication(d.connection == QLatin1String("Connected") ? "Established" : "Off");
        s.set_role(d.primary ? ACTIVE : STANDBY);
        Replication *r = s.mutable_replication();
        if (!d.primary) {
            r->set_upstream(sstr(d.peer));
            r->set_receiving(d.connection == QLatin1String("Connected"));
            r->set_replaying(true);
            r->set_lag_bytes(d.outOfSyncKib * 1024);
            r->set_lag_s(d.outOfSyncKib > 0 ? -1 : 0);
            r->set_sync_state("sync");
        }
        if (d.disk != QLatin1String("UpToDate") || d.splitBrain)
            s.set_health(CRITICAL);
        else if (d.connection != QLatin1String("Connected"))
            s.set_health(WARNING);
        s.set_detail(sstr(QStringLiteral("%1, %2, peer %3").arg(QString::fromStdString(res->role()), d.disk, d.connection)));
        break;
    }
    case DOVECOT: {
        const LabDovecot &d = *node.dovecot;
        DovecotReplication *out = s.mutable_dovecot();
        out->set_queued_full(d.queuedFull);
        out->set_queued_incremental(d.queuedIncremental);
        out->set_failed_users(d.failedUsers);
        out->set_users(d.users);
        out->set_last_sync_age_s(double(m_timeMs - d.lastSyncMs) / 1000.0);
        s.set_role(d.active ? ACTIVE : PASSIVE);
        if (!d.active) {
            Replication *r = s.mutable_replication();
            r->set_upstream("imap-a");
            r->set_receiving(true);
            r->set_replaying(true);
            r->set_lag_s(out->last_sync_age_s());
            r->set_lag_bytes(-1);
        }
        s.set_detail(sstr(QStringLiteral("%1 queued, last sync %2 ago")
                              .arg(d.queuedIncremental + d.queuedFull)
                              .arg(formatDuration(out->last_sync_age_s()))));
        break;
    }
    case KEEPALIVED: {
        const LabBalancer &lb = *node.balancer;
        VrrpInstance *v = s.add_vrrp();
        v->set_name("VI_PUBLIC");
        v->set_state(lb.master ? "MASTER" : "BACKUP");
        v->set_priority(lb.priority);
        s.set_role(lb.master ? ACTIVE : PASSIVE);
        s.set_detail(lb.master ? "VRRP MASTER, holds vip-public" : "VRRP BACKUP");
        break;
    }
    case HAPROXY: {
        const LabBalancer &lb = *node.balancer;
        int up = 0;
        for (HaproxyServer server : lb.servers) {
            const LabNode *target = this->node(qstr(server.server()));
            server.set_status(target && target->up ? "UP" : "DOWN");
            server.set_sessions(target && target->mta && lb.master ? target->mta->active / 4 : 0);
            up += server.status() == "UP";
            *s.add_haproxy() = server;
        }
        s.set_role(lb.master ? ACTIVE : PASSIVE);
        if (up < lb.servers.size())
            s.set_health(WARNING);
        s.set_detail(sstr(QStringLiteral("%1 of %2 servers UP").arg(up).arg(lb.servers.size())));
        break;
    }
    default:
        s.set_role(ROLE_UNKNOWN);
        s.set_health(HEALTH_UNKNOWN);
        break;
    }
    return s;
}

NodeSample LabCluster::sample(const QString &nodeId) const
{
    NodeSample out;
    out.set_node_id(sstr(nodeId));
    out.set_time_ms(m_timeMs);
    const LabNode *n = node(nodeId);
    if (!n || !n->up) {
        out.set_reachability(TIMED_OUT);
        out.set_reachability_detail("no answer within the poll timeout");
        return out;
    }
    out.set_reachability(REACHABLE);
    out.set_round_trip_ms(0.0);
    for (const Node &spec : m_spec.nodes()) {
        if (qstr(spec.id()) != nodeId)
            continue;
        for (const ServiceSpec &svc : spec.services())
            *out.add_services() = sampleService(*n, svc);
    }
    for (const QString &vip : n->vips)
        out.add_vips_held(sstr(vip));
    return out;
}

QList<NodeSample> LabCluster::sampleAll() const
{
    QList<NodeSample> all;
    all.reserve(m_nodes.size());
    for (const LabNode &n : m_nodes)
        all.append(sample(n.id));
    return all;
}

} // namespace mailha
