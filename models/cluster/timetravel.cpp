// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/timetravel.h"

#include "cluster/clusterstate.h"
#include "core/names.h"

#include <algorithm>

namespace mailha {

TimeTravel::TimeTravel(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(std::max(2, capacity))
{
}

void TimeTravel::attach(const ClusterState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    clear();
    if (!state)
        return;
    connect(state, &ClusterState::specChanged, this, &TimeTravel::clear);
    connect(state, &ClusterState::updated, this, [this] { record(m_state->snapshot()); });
}

void TimeTravel::clear()
{
    m_records.clear();
    m_lastSeen = 0;
}

QByteArray TimeTravel::discreteSignature(const ClusterSnapshot &snapshot)
{
    QByteArray sig;
    sig.reserve(512);
    sig += char('0' + snapshot.health());
    for (const NodeStatus &n : snapshot.nodes()) {
        sig += n.node_id();
        sig += n.stale() ? 'S' : 'L';
        sig += char('0' + n.reachability());
        for (const ServiceStatus &s : n.services()) {
            sig += char('0' + s.role());
            sig += char('0' + s.health());
        }
        for (const std::string &v : n.vips_held())
            sig += v;
        sig += ';';
    }
    for (const LinkStatus &l : snapshot.links()) {
        sig += char('0' + l.health());
        sig += l.broken() ? 'B' : '-';
    }
    for (const GroupStatus &g : snapshot.groups()) {
        sig += g.split_brain() ? 'X' : '-';
        sig += g.redundancy_lost() ? 'R' : '-';
        sig += g.rpo_breached() ? 'P' : '-';
        sig += g.down() ? 'D' : '-';
        sig += char('0' + std::clamp(g.healthy_standbys(), 0, 9));
        for (const std::string &a : g.active_nodes())
            sig += a;
        sig += g.best_candidate();
        sig += ';';
    }
    return sig;
}

void TimeTravel::record(const ClusterSnapshot &snapshot)
{
    if (snapshot.time_ms() < m_lastSeen)
        return;
    m_lastSeen = snapshot.time_ms();
    QByteArray sig = discreteSignature(snapshot);
    if (!m_records.isEmpty() && m_records.constLast().signature == sig)
        return;
    if (m_records.size() >= m_capacity)
        m_records.removeFirst();
    m_records.append({snapshot.time_ms(), std::move(sig), snapshot});
}

std::optional<qint64> TimeTravel::earliest() const
{
    if (m_records.isEmpty())
        return std::nullopt;
    return m_records.constFirst().timeMs;
}

std::optional<qint64> TimeTravel::latest() const
{
    if (m_records.isEmpty())
        return std::nullopt;
    return std::max(m_lastSeen, m_records.constLast().timeMs);
}

std::optional<ClusterSnapshot> TimeTravel::snapshotAt(qint64 timeMs) const
{
    if (m_records.isEmpty())
        return std::nullopt;
    auto it = std::upper_bound(m_records.cbegin(), m_records.cend(), timeMs,
                               [](qint64 t, const Record &r) { return t < r.timeMs; });
    const Record &rec = it == m_records.cbegin() ? m_records.constFirst() : *std::prev(it);
    ClusterSnapshot snap = rec.snapshot;
    const qint64 t = std::max(timeMs, rec.timeMs);
    const double elapsed = double(t - rec.timeMs) / 1000.0;
    snap.set_time_ms(t);
    snap.clear_recent_events();
    if (!m_state)
        return snap;

    // Ages moved on since the record; the numbers come from the history.
    const auto valueAt = [this, t](const QString &key) -> std::optional<double> {
        const TimeSeries *s = m_state->series(key);
        return s ? s->valueAt(t) : std::nullopt;
    };
    for (NodeStatus &n : *snap.mutable_nodes()) {
        if (n.stale() && n.age_s() >= 0)
            n.set_age_s(n.age_s() + elapsed);
        if (n.stale())
            continue;
        for (ServiceStatus &s : *n.mutable_services()) {
            if (!s.has_queues())
                continue;
            const QString node = qstr(n.node_id()), svc = qstr(s.service_id());
            const QStringList &names = ClusterState::queueNames();
            MtaQueues *q = s.mutable_queues();
            if (const auto v = valueAt(ClusterState::queueKey(node, svc, names.at(0))))
                q->set_incoming(qint64(*v));
            if (const auto v = valueAt(ClusterState::queueKey(node, svc, names.at(1))))
                q->set_active(qint64(*v));
            if (const auto v = valueAt(ClusterState::queueKey(node, svc, names.at(2))))
                q->set_deferred(qint64(*v));
            if (const auto v = valueAt(ClusterState::queueKey(node, svc, names.at(3))))
                q->set_hold(qint64(*v));
        }
    }
    QHash<QString, const LinkStatus *> linkByTarget;
    for (LinkStatus &l : *snap.mutable_links()) {
        const QString id = qstr(l.link_id());
        if (const auto v = valueAt(ClusterState::lagSecondsKey(id)))
            l.set_lag_s(*v);
        if (const auto v = valueAt(ClusterState::lagBytesKey(id)))
            l.set_lag_bytes(qint64(*v));
        linkByTarget.insert(qstr(l.group()) + QLatin1Char('/') + qstr(l.to_node()), &l);
    }
    // A replica's own lag figures follow its link.
    for (NodeStatus &n : *snap.mutable_nodes()) {
        for (ServiceStatus &s : *n.mutable_services()) {
            const LinkStatus *l = linkByTarget.value(qstr(s.group()) + QLatin1Char('/') + qstr(n.node_id()));
            if (l && s.lag_s() >= 0) {
                s.set_lag_s(l->lag_s());
                s.set_lag_bytes(l->lag_bytes());
            }
        }
    }
    return snap;
}

} // namespace mailha
