// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.pb.h"
#include "events.pb.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QVariant>

#include <array>

namespace mailha {

class ClusterState;

/// One row per service instance on a node. Rows follow the cluster spec and
/// change only when the spec does; a new snapshot updates cells in place with
/// exact dataChanged() ranges and roles, so a sorted view keeps its selection
/// and scroll position while the cluster ticks.
///
/// The model reads snapshots, not the store, so a timeline can show the past
/// through the same model (setSnapshot with a historical snapshot).
class ServiceTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SiteColumn,
        NodeColumn,
        ServiceColumn,
        TechnologyColumn,
        RoleColumn,
        HealthColumn,
        LagColumn,
        QueueColumn,
        LastSeenColumn,
        ColumnCount
    };
    enum DataRole {
        SortRole = Qt::UserRole,  ///< numbers for numeric columns, text otherwise
        NodeIdRole,
        ServiceIdRole,
        RoleEnumRole,             ///< mailha::Role as int
        HealthEnumRole,           ///< mailha::Health as int
        StaleRole,                ///< bool: the node is stale
    };

    explicit ServiceTableModel(QObject *parent = nullptr);

    /// Follows a store: rows on specChanged(), cells on updated().
    void attach(const ClusterState *state);
    void setSpec(const ClusterSpec &spec);
    void setSnapshot(const ClusterSnapshot &snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Row of a node's service, -1 if absent.
    int rowOf(const QString &nodeId, const QString &serviceId) const;

private:
    struct Cell {
        QVariant display;
        QVariant sort;
        bool operator==(const Cell &) const = default;
    };
    struct Row {
        QString site;
        QString node;
        QString service;
        Role role = ROLE_UNKNOWN;
        Health health = HEALTH_UNKNOWN;
        bool stale = true;
        std::array<Cell, ColumnCount> cells;
    };

    void fillRow(Row &row, const NodeStatus *node, const ServiceStatus *service) const;

    QPointer<const ClusterState> m_state;
    QList<Row> m_rows;
};

} // namespace mailha
