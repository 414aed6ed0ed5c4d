// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/clusterstate.h"

#include "core/names.h"

#include <QDateTime>

namespace mailha {

ClusterState::ClusterState(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    // Ages and staleness move with the clock even when no sample arrives
    // (a node that hangs sends nothing): re-derive a few times a second.
    m_refreshTimer.setInterval(250);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ClusterState::refresh);
    m_index = std::make_unique<DeriveIndex>(m_spec);
}

ClusterState::~ClusterState() = default;

template <typename MakeKey> TimeSeries &ClusterState::cachedSeries(TimeSeries *&slot, MakeKey &&makeKey)
{
    if (!slot)
        slot = &seriesFor(makeKey());
    return *slot;
}

void ClusterState::setSpec(const ClusterSpec &spec)
{
    m_spec = spec;
    m_index = std::make_unique<DeriveIndex>(m_spec);
    m_observations.clear();
    m_pending.clear();
    m_events.clear();
    m_series.clear();
    m_linkSeries.assign(size_t(m_spec.links_size()), {});
    m_queueSeries.clear();
    m_queueSeries.reserve(size_t(m_spec.nodes_size()));
    for (const Node &node : m_spec.nodes())
        m_queueSeries.emplace_back(size_t(node.services_size()));
    m_uptime.assign(size_t(m_spec.groups_size()), {});
    m_uptimeTimeMs = 0;
    m_snapshot.Clear();
    deriveSnapshotInto(m_spec, *m_index, m_observations, now(), &m_snapshot);
    m_refreshTimer.start();
    Q_EMIT specChanged();
    Q_EMIT updated();
}

void ClusterState::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

qint64 ClusterState::now() const
{
    return m_clock();
}

void ClusterState::ingest(const NodeSample &sample)
{
    m_pending.append(sample);
    scheduleFlush();
}

void ClusterState::ingestBatch(const QList<NodeSample> &samples)
{
    // Usually the queue is empty: share the caller's list instead of copying it.
    if (m_pending.isEmpty())
        m_pending = samples;
    else
        m_pending.append(samples);
    scheduleFlush();
}

void ClusterState::ingestRound(const QList<NodeSample> &samples)
{
    if (m_pending.isEmpty())
        m_pending = samples;
    else
        m_pending.append(samples);
    flush();
}

void ClusterState::setReachability(const QString &nodeId, Reachability reachability, const QString &detail)
{
    NodeSample status;
    status.set_node_id(sstr(nodeId));
    status.set_time_ms(now());
    status.set_reachability(reachability);
    status.set_reachability_detail(sstr(detail));
    ingest(status);
}

void ClusterState::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, &ClusterState::flush, Qt::QueuedConnection);
}

void ClusterState::apply(const NodeSample &sample)
{
    NodeObservation &obs = m_observations[qstr(sample.node_id())];
    if (sample.time_ms() < obs.statusTimeMs)
        return;  // an older poll that arrived late
    obs.reachability = sample.reachability();
    if (!sample.reachability_detail().empty() || !obs.reachabilityDetail.isEmpty())
        obs.reachabilityDetail = qstr(sample.reachability_detail());
    obs.statusTimeMs = sample.time_ms();
    // Copy-assigning reuses the strings and messages of the sample it
    // replaces: a steady round allocates nothing here.
    if (sample.reachability() == REACHABLE)
        obs.lastGood = sample;
}

void ClusterState::flush()
{
    m_flushScheduled = false;
    const QList<NodeSample> batch = std::exchange(m_pending, {});
    for (const NodeSample &s : batch)
        apply(s);
    rederive();
    if (!batch.isEmpty())
        recordHistory();
    for (const ClusterEvent &e : diffSnapshots(m_previous, m_snapshot))
        appendEvent(e);
    Q_EMIT updated();
}

void ClusterState::refresh()
{
    if (!m_pending.isEmpty()) {
        flush();
        return;
    }
    rederive();
    for (const ClusterEvent &e : diffSnapshots(m_previous, m_snapshot))
        appendEvent(e);
    Q_EMIT updated();
}

void ClusterState::rederive()
{
    // Double buffer: the new snapshot is derived into last tick's spare.
    std::swap(m_previous, m_snapshot);
    deriveSnapshotInto(m_spec, *m_index, m_observations, now(), &m_snapshot);
    recordUptime();
}

void ClusterState::recordUptime()
{
    // Counted from the first read: before it every group looks down only
    // because nothing is known yet.
    if (m_snapshot.health() == CLUSTER_HEALTH_UNKNOWN)
        return;
    const qint64 t = m_snapshot.time_ms();
    if (m_uptimeTimeMs != 0 && t <= m_uptimeTimeMs)
        return;
    const double dt = m_uptimeTimeMs == 0 ? 0.0 : double(t - m_uptimeTimeMs) / 1000.0;
    m_uptimeTimeMs = t;
    const int groups = std::min(m_snapshot.groups_size(), int(m_uptime.size()));
    for (int i = 0; i < groups; ++i) {
        const GroupStatus &g = m_snapshot.groups(i);
        GroupUptime &u = m_uptime[size_t(i)];
        // The interval counts as the state it ended in: the store derives at least every 250 ms.
        u.observedS += dt;
        if (!g.down())
            u.upS += dt;
        cachedSeries(u.up, [&] { return groupUpKey(qstr(g.group())); }).append(t, u.upS);
        cachedSeries(u.observed, [&] { return groupObservedKey(qstr(g.group())); }).append(t, u.observedS);
    }
}

void ClusterState::addEvent(const ClusterEvent &event)
{
    appendEvent(event);
}

void ClusterState::appendEvent(const ClusterEvent &event)
{
    if (m_events.size() >= maxEvents)
        m_events.removeFirst();
    m_events.append(event);
    Q_EMIT eventAdded(event);
}

const NodeSample *ClusterState::lastSample(const QString &nodeId) const
{
    const auto it = m_observations.constFind(nodeId);
    if (it == m_observations.constEnd() || it->lastGood.time_ms() == 0)
        return nullptr;
    return &it->lastGood;
}

TimeSeries &ClusterState::seriesFor(const QString &key)
{
    auto &slot = m_series[key];
    if (!slot)
        slot = std::make_unique<TimeSeries>();
    return *slot;
}

const TimeSeries *ClusterState::series(const QString &key) const
{
    const auto it = m_series.find(key);
    return it == m_series.end() ? nullptr : it->second.get();
}

QStringList ClusterState::seriesKeys() const
{
    QStringList keys;
    keys.reserve(qsizetype(m_series.size()));
    for (const auto &[key, _] : m_series)
        keys.append(key);
    return keys;
}

QString ClusterState::lagSecondsKey(const QString &linkId)
{
    return QLatin1String("lag-s/") + linkId;
}

QString ClusterState::lagBytesKey(const QString &linkId)
{
    return QLatin1String("lag-bytes/") + linkId;
}

QString ClusterState::queueKey(const QString &nodeId, const QString &serviceId, const QString &queue)
{
    return QLatin1String("queue/") + nodeId + QLatin1Char('/') + serviceId + QLatin1Char('/') + queue;
}

QString ClusterState::groupUpKey(const QString &groupId)
{
    return QLatin1String("up-s/") + groupId;
}

QString ClusterState::groupObservedKey(const QString &groupId)
{
    return QLatin1String("observed-s/") + groupId;
}

const QStringList &ClusterState::queueNames()
{
    static const QStringList names{QStringLiteral("incoming"), QStringLiteral("active"),
                                   QStringLiteral("deferred"), QStringLiteral("hold")};
    return names;
}


void ClusterState::recordHistory()
{
    const qint64 t = m_snapshot.time_ms();
    // The snapshot is derived from m_spec: its links, nodes and services
    // come in the spec's order, which the caches are sized by.
    const int links = std::min(m_snapshot.links_size(), int(m_linkSeries.size()));
    for (int i = 0; i < links; ++i) {
        const LinkStatus &link = m_snapshot.links(i);
        auto &slots = m_linkSeries[size_t(i)];
        if (link.lag_s() >= 0)
            cachedSeries(slots[0], [&] { return lagSecondsKey(qstr(link.link_id())); }).append(t, link.lag_s());
        if (link.lag_bytes() >= 0)
            cachedSeries(slots[1], [&] { return lagBytesKey(qstr(link.link_id())); }).append(t, double(link.lag_bytes()));
    }
    const int nodes = std::min(m_snapshot.nodes_size(), int(m_queueSeries.size()));
    for (int i = 0; i < nodes; ++i) {
        const NodeStatus &node = m_snapshot.nodes(i);
        if (node.stale())
            continue;
        auto &perService = m_queueSeries[size_t(i)];
        const int services = std::min(node.services_size(), int(perService.size()));
        for (int j = 0; j < services; ++j) {
            const ServiceStatus &s = node.services(j);
            if (!s.has_queues())
                continue;
            auto &slots = perService[size_t(j)];
            const MtaQueues &q = s.queues();
            const double values[4] = {double(q.incoming()), double(q.active()), double(q.deferred()), double(q.hold())};
            for (int k = 0; k < 4; ++k)
                cachedSeries(slots[size_t(k)], [&] {
                    return queueKey(qstr(node.node_id()), qstr(s.service_id()), queueNames().at(k));
                }).append(t, values[k]);
        }
    }
}

qsizetype ClusterState::historyMemoryBytes() const
{
    qsizetype total = 0;
    for (const auto &[_, s] : m_series)
        total += s->memoryBytes();
    return total;
}

} // namespace mailha
