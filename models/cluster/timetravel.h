// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events.pb.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace mailha {

class ClusterState;

/// The cluster as it was at an earlier moment, for the timeline.
///
/// Two kinds of memory: the discrete state (roles, staleness, health, VIPs,
/// split brain, redundancy) is recorded as a whole snapshot only when it
/// changes, bounded to `capacity` records; the numbers (lag, queues) come
/// from the store's TimeSeries history. snapshotAt(t) combines both: the last
/// discrete record at or before t with the numbers the series held at t.
class TimeTravel final : public QObject
{
    Q_OBJECT

public:
    explicit TimeTravel(int capacity = 20'000, QObject *parent = nullptr);

    /// Records on every update of `state` (and forgets on specChanged).
    void attach(const ClusterState *state);
    /// Records `snapshot` if its discrete state differs from the last record.
    void record(const ClusterSnapshot &snapshot);
    void clear();

    /// The earliest moment that can be shown; nullopt before anything was recorded.
    std::optional<qint64> earliest() const;
    std::optional<qint64> latest() const;
    int recordCount() const { return int(m_records.size()); }

    /// The cluster at `timeMs`. Times before earliest() give the earliest record.
    std::optional<ClusterSnapshot> snapshotAt(qint64 timeMs) const;

    /// The part of a snapshot a record is kept for.
    static QByteArray discreteSignature(const ClusterSnapshot &snapshot);

private:
    struct Record {
        qint64 timeMs;
        QByteArray signature;
        ClusterSnapshot snapshot;
    };
    QPointer<const ClusterState> m_state;
    QList<Record> m_records;
    int m_capacity;
    qint64 m_lastSeen = 0;
};

} // namespace mailha
