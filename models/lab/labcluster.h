// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.pb.h"
#include "lab/labrandom.h"
#include "sample.pb.h"

#include <QHash>
#include <QList>
#include <QString>

#include <deque>
#include <optional>

namespace mailha {

/// State of the simulated services, kept as plain numbers so that the
/// simulation, the sample builder and (later) the renderers of real command
/// formats all read the same truth.
struct LabMta {
    struct Cohort {
        qint64 arrivalMs;
        qint64 count;
    };
    static constexpr qint64 activeLimit = 1000;  // the lab's qmgr_message_active_limit
    double capacityPerS = 60;  // deliveries per second it can make
    qint64 incoming = 0;
    qint64 active = 0;
    qint64 deferred = 0;
    qint64 hold = 0;
    std::deque<Cohort> deferredCohorts;  // oldest first
    double burst = 0;                    // extra arrivals per second, decays
    bool downstreamOutage = false;       // a destination refuses: deferrals climb
};

struct LabDatabase {
    bool primary = false;
    QString upstream;        // node id the standby streams from
    bool synchronous = false;
    qint64 walPosition = 0;  // primary: current WAL insert position (bytes)
    qint64 receivedPosition = 0;
    qint64 replayedPosition = 0;
    double applyBytesPerS = 0;  // standby: what the link and disk can take
    bool receiving = true;
    bool replaying = true;
    qint64 lastReplayMs = 0;
    double writeBytesPerS = 0;  // primary: current WAL rate
};

struct LabDrbd {
    bool primary = false;
    QString peer;
    QString disk = QStringLiteral("UpToDate");
    QString connection = QStringLiteral("Connected");
    qint64 outOfSyncKib = 0;
    bool splitBrain = false;
};

struct LabDovecot {
    bool active = false;
    qint64 queuedFull = 0;
    qint64 queuedIncremental = 0;
    qint64 failedUsers = 0;
    qint64 lastSyncMs = 0;
    qint64 users = 2400;
};

struct LabBalancer {
    bool master = false;
    int priority = 100;
    QList<HaproxyServer> servers;
};

struct LabNode {
    QString id;
    bool up = true;  // false: crashed, answers nothing
    double load = 0.3;
    qint64 memTotal = 8ll << 30;
    qint64 memAvailable = 5ll << 30;
    qint64 diskSize = 200ll << 30;
    qint64 diskFree = 120ll << 30;
    std::optional<LabMta> mta;
    std::optional<LabDatabase> db;
    std::optional<LabDrbd> drbd;
    std::optional<LabDovecot> dovecot;
    std::optional<LabBalancer> balancer;
    QStringList vips;  // FloatingIp ids held
    // Faults (see LabFault): a crashed service answers as FAILED, a slow disk
    // divides what the node can write or apply, a full disk stops writes.
    QStringList crashedServices;
    double diskSlowdown = 1.0;
    bool diskFull = false;
};

/// Faults the lab can inject, live or from a scenario's hidden timeline.
enum class LabFault {
    NodeCrash,           ///< node: stops answering entirely
    ServiceCrash,        ///< node: its services fail (postgres, postfix, ...)
    SitePartition,       ///< the inter-site network is cut: replication stalls, VRRP splits
    NodePartition,       ///< node: cut off from its peers (not from the console)
    SlowDisk,            ///< node: writes and replay at a tenth of the speed
    DownstreamOutage,    ///< a big destination refuses mail: deferred queues climb
    DrbdDisconnect,      ///< DRBD peers go StandAlone; out-of-sync grows
    DrbdSplitBrain,      ///< both DRBD peers become Primary
    VipFlapping,         ///< the VRRP master alternates every few seconds
    StandbyStopsReplaying,  ///< node: WAL still received, never replayed
    DiskFull,            ///< node: no space left; writes fail
};

QString labFaultName(LabFault fault);  ///< "node-crash", ...
std::optional<LabFault> labFaultFromName(QStringView name);
QList<LabFault> allLabFaults();

/// Where free play's simulated clock starts: now, or the ISO 8601 time in
/// MAILHA_LAB_START, so that screenshots and tests see the same traffic
/// (the lab's load follows the time of day) whenever they run.
qint64 labStartMs();

/// The built-in two-site lab cluster (LAB-CLUSTER.md), simulated in process.
/// Deterministic for a seed and start time: the same calls give the same
/// samples. Time advances only through advance(), in whole simulated seconds,
/// so it runs at real time, accelerated, or as fast as a test wants.
class LabCluster final
{
public:
    explicit LabCluster(quint64 seed = 1, qint64 startMs = 1'767'600'000'000);

    /// The reference topology as a cluster description (lab = true).
    static ClusterSpec referenceSpec();

    const ClusterSpec &spec() const { return m_spec; }
    qint64 timeMs() const { return m_timeMs; }
    quint64 seed() const { return m_seed; }

    /// Advances the simulation by `ms` in steps of one simulated second.
    void advance(qint64 ms);

    /// One poll of one node, as a probe round would produce it. A crashed
    /// node answers with a TIMED_OUT sample carrying no services.
    NodeSample sample(const QString &nodeId) const;
    QList<NodeSample> sampleAll() const;

    LabNode *node(const QString &id);
    const LabNode *node(const QString &id) const;
    const QList<LabNode> &nodes() const { return m_nodes; }

    /// Mail arriving per second across the cluster right now (the load profile).
    double arrivalRatePerS() const;

    /// Turns a fault on or off. `node` names the node for node faults and is
    /// ignored by cluster-wide ones. Returns false with `error` set when the
    /// node does not exist or the fault needs one that is missing.
    bool setFault(LabFault fault, const QString &node, bool active, QString *error = nullptr);
    bool isSitePartitioned() const { return m_sitesPartitioned; }
    bool isVipFlapping() const { return m_vipFlapping; }
    /// Load multiplier for scenarios (1 = the normal working day).
    void setLoadFactor(double factor) { m_loadFactor = std::max(0.0, factor); }
    double loadFactor() const { return m_loadFactor; }
    /// Site of a node (from the spec), for partition checks.
    QString siteOf(const QString &nodeId) const;
    /// True when `a` and `b` can talk to each other (both up, no partition between them).
    bool connected(const QString &a, const QString &b) const;

private:
    void step();
    void stepMta(LabNode &node, double share);
    void stepDatabases();
    void stepDrbd();
    void stepDovecot();
    void stepHosts();
    ServiceSample sampleService(const LabNode &node, const ServiceSpec &spec) const;

    ClusterSpec m_spec;
    QList<LabNode> m_nodes;
    LabRandom m_random;
    quint64 m_seed;
    qint64 m_timeMs;
    double m_burst = 0;
    qint64 m_mailDeliveredLastS = 0;
    bool m_sitesPartitioned = false;
    bool m_vipFlapping = false;
    double m_loadFactor = 1.0;
    QStringList m_partitionedNodes;
    void stepBalancers();
    void stepFloatingIps();
};

/// "0/3000148": a byte position in PostgreSQL's LSN notation.
QString formatLsn(qint64 position);

} // namespace mailha
