// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/derive.h"
#include "core/timeseries.h"

#include <QObject>
#include <QTimer>

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace mailha {

/// The cluster state store. Lives on the GUI thread; sources deliver samples
/// to it through queued signals. It batches: samples ingested during one
/// event-loop turn are applied together, derived once, and announced with a
/// single updated() signal, so views repaint at most once per batch.
///
/// It keeps the last good sample and connection status of every node, the
/// derived snapshot (roles, split brain, stale, N+k, projected RPO), bounded
/// per-series history (TimeSeries rings), and a capped list of events.
class ClusterState final : public QObject
{
    Q_OBJECT

public:
    explicit ClusterState(QObject *parent = nullptr);
    ~ClusterState() override;

    /// Replaces the cluster description and forgets everything observed.
    void setSpec(const ClusterSpec &spec);
    const ClusterSpec &spec() const { return m_spec; }

    /// The clock staleness is measured against; the lab supplies its own
    /// (simulated, possibly accelerated) time. Defaults to wall-clock ms.
    void setClock(std::function<qint64()> clock);
    qint64 now() const;

    /// Queues samples; they are applied on the next event-loop turn, or by flush().
    void ingest(const NodeSample &sample);
    void ingestBatch(const QList<NodeSample> &samples);
    /// Records a connection status change without service data.
    void setReachability(const QString &nodeId, Reachability reachability, const QString &detail);
    /// Adds an event from outside (operator action, fault injection, note).
    void addEvent(const ClusterEvent &event);

    /// Applies one poll round at once: derives, records history and emits
    /// updated() before returning. For replay and headless tools, where
    /// rounds arrive faster than the event loop turns and must not merge.
    void ingestRound(const QList<NodeSample> &samples);
    /// Applies what is queued, re-derives and emits updated() once.
    void flush();
    /// Re-derives against the clock (ages, staleness) without new samples.
    void refresh();

    const ClusterSnapshot &snapshot() const { return m_snapshot; }
    const Observations &observations() const { return m_observations; }
    const NodeSample *lastSample(const QString &nodeId) const;
    const QList<ClusterEvent> &events() const { return m_events; }

    /// History. Keys: lagSecondsKey(link), lagBytesKey(link), queueKey(node, service, queue).
    const TimeSeries *series(const QString &key) const;
    QStringList seriesKeys() const;
    static QString lagSecondsKey(const QString &linkId);
    static QString lagBytesKey(const QString &linkId);
    static QString queueKey(const QString &nodeId, const QString &serviceId, const QString &queue);
    static const QStringList &queueNames();  ///< incoming, active, deferred, hold
    /// Per service group, cumulative seconds the group had an active member,
    /// and cumulative seconds observed (since something was first read), one
    /// point per derive. Uptime over any window [t0, t1] is the difference
    /// of the first over the difference of the second.
    static QString groupUpKey(const QString &groupId);
    static QString groupObservedKey(const QString &groupId);
    qsizetype historyMemoryBytes() const;

    static constexpr int maxEvents = 5000;

Q_SIGNALS:
    void specChanged();
    /// Once per batch, after the snapshot and history are current.
    void updated();
    void eventAdded(const mailha::ClusterEvent &event);

private:
    void scheduleFlush();
    void rederive();
    void apply(const NodeSample &sample);
    void recordHistory();
    void recordUptime();
    void appendEvent(const ClusterEvent &event);
    TimeSeries &seriesFor(const QString &key);
    template <typename MakeKey> TimeSeries &cachedSeries(TimeSeries *&slot, MakeKey &&makeKey);

    ClusterSpec m_spec;
    std::unique_ptr<DeriveIndex> m_index;  // of m_spec
    std::function<qint64()> m_clock;
    Observations m_observations;
    ClusterSnapshot m_snapshot;
    ClusterSnapshot m_previous;  // the snapshot before the last derive; reused as the next buffer
    QList<NodeSample> m_pending;
    bool m_flushScheduled = false;
    QList<ClusterEvent> m_events;
    std::map<QString, std::unique_ptr<TimeSeries>> m_series;
    // The series every poll round appends to, by the spec's link and
    // node/service order (which the snapshot follows), so a round builds no
    // key strings; filled on first use, cleared with the spec.
    std::vector<std::array<TimeSeries *, 2>> m_linkSeries;                 // lag s, lag bytes
    std::vector<std::vector<std::array<TimeSeries *, 4>>> m_queueSeries;   // per node, per service
    struct GroupUptime {
        double upS = 0;
        double observedS = 0;
        TimeSeries *up = nullptr;
        TimeSeries *observed = nullptr;
    };
    std::vector<GroupUptime> m_uptime;  // by the spec's group order
    qint64 m_uptimeTimeMs = 0;          // the derive last accounted; 0: nothing read yet
    QTimer m_refreshTimer;
};

} // namespace mailha
