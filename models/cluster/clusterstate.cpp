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
}

ClusterState::~ClusterState() = default;

void ClusterState::setSpec(const ClusterSpec &spec)
{
    m_spec = spec;
    m_observations.clear();
    m_pending.clear();
    m_events.clear();
    m_series.clear();
    m_snapshot = deriveSnapshot(m_spec, m_observations, now());
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
    m_pending.append(samples);
    scheduleFlush();
}

void ClusterState::ingestRound(const QList<NodeSample> &samples)
{
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
    obs.reachabilityDetail = qstr(sample.reachability_detail());
    obs.statusTimeMs = sample.time_ms();
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
    deriveSnapshotInto(m_spec, m_observations, now(), &m_snapshot);
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

const QStringList &ClusterState::queueNames()
{
    static const QStringList names{QStringLiteral("incoming"), QStringLiteral("active"),
                                   QStringLiteral("deferred"), QStringLiteral("hold")};
    return names;
}

void ClusterState::recordHistory()
{
    const qint64 t = m_snapshot.time_ms();
    for (const LinkStatus &link : m_snapshot.links()) {
        if (link.lag_s() >= 0)
            seriesFor(lagSecondsKey(qstr(link.link_id()))).append(t, link.lag_s());
        if (link.lag_bytes() >= 0)
            seriesFor(lagBytesKey(qstr(link.link_id()))).append(t, double(link.lag_bytes()));
    }
    for (const NodeStatus &node : m_snapshot.nodes()) {
        if (node.stale())
            continue;
        for (const ServiceStatus &s : node.services()) {
            if (!s.has_queues())
                continue;
            const QString n = qstr(node.node_id()), svc = qstr(s.service_id());
            const MtaQueues &q = s.queues();
            seriesFor(queueKey(n, svc, queueNames().at(0))).append(t, double(q.incoming()));
            seriesFor(queueKey(n, svc, queueNames().at(1))).append(t, double(q.active()));
            seriesFor(queueKey(n, svc, queueNames().at(2))).append(t, double(q.deferred()));
            seriesFor(queueKey(n, svc, queueNames().at(3))).append(t, double(q.hold()));
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
