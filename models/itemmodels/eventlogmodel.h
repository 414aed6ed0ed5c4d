// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events.pb.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace mailha {

class ClusterState;

/// The cluster's events, oldest at the top. Capped: when full, the oldest
/// rows are removed first (one removal, then one insertion per batch), so a
/// long run holds a bounded number of rows and a view never resets.
class EventLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, SeverityColumn, KindColumn, NodeColumn, ServiceColumn, MessageColumn, ColumnCount };
    enum DataRole {
        SortRole = Qt::UserRole,  ///< time in ms for the time column, text otherwise
        SeverityEnumRole,         ///< mailha::Severity as int
        KindEnumRole,             ///< mailha::EventKind as int
        TimeMsRole,
    };

    explicit EventLogModel(int capacity = 2000, QObject *parent = nullptr);

    /// Follows a store: loads its events, appends on eventAdded(), clears on specChanged().
    void attach(const ClusterState *state);
    void append(const ClusterEvent &event);
    void appendBatch(const QList<ClusterEvent> &events);
    void clear();
    int capacity() const { return m_capacity; }
    const ClusterEvent &event(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    int m_capacity;
    QList<ClusterEvent> m_events;
    QPointer<const ClusterState> m_state;
};

} // namespace mailha
