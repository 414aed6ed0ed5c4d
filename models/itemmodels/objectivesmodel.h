// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.pb.h"
#include "events.pb.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace mailha {

class ClusterState;

/// One row per service group: its objectives next to what the cluster would
/// deliver right now. RPO: the projected loss of a failover now (the best
/// candidate's lag) against the objective. Redundancy: N+k against the
/// required N+k (alarm below). Uptime: the share of time the group had an
/// active member over the selected window (the charts' 5 min, 1 h or 24 h),
/// read from the store's history, against the uptime target. Without a
/// store it counts over the snapshots this model has seen.
class ObjectivesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        GroupColumn,
        RtoColumn,
        RpoObjectiveColumn,
        RpoNowColumn,
        CandidateColumn,
        RedundancyColumn,
        UptimeColumn,
        ColumnCount
    };
    enum DataRole {
        SortRole = Qt::UserRole,
        BreachedRole,  ///< bool: this cell's objective is not met now
        GroupIdRole,
    };

    explicit ObjectivesModel(QObject *parent = nullptr);

    void setSpec(const ClusterSpec &spec);
    /// The store whose group uptime history (ClusterState::groupUpKey) the
    /// uptime column reads.
    void setHistory(const ClusterState *state);
    /// The window the uptime is computed over, ending at the latest live snapshot.
    void setWindowMs(qint64 windowMs);
    qint64 windowMs() const { return m_windowMs; }
    /// Live snapshots in time order; an older snapshot (timeline) updates
    /// the cells but not the uptime accounting.
    void setSnapshot(const ClusterSnapshot &snapshot);
    /// Fraction (0..1) of observed time the group was up; -1 if nothing observed.
    double uptime(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row {
        QString group;
        QString name;
        Objectives objectives;
        bool replicated = false;
        GroupStatus status;
        qint64 upMs = 0;
        qint64 observedMs = 0;
    };
    QList<Row> m_rows;
    qint64 m_lastTime = 0;
    QPointer<const ClusterState> m_history;
    qint64 m_windowMs = 5 * 60 * 1000;
};

} // namespace mailha
