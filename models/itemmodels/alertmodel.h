// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertengine.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace mailha {

/// The alert list: active alerts first (in the order they started), then
/// the recently cleared ones. Follows an AlertEngine with exact row
/// insertions, removals and moves (an alert that clears moves down into the
/// cleared section) and dataChanged for durations and severities. The state
/// column is checkable on active alerts: checking it acknowledges.
class AlertModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, SubjectColumn, MessageColumn, StartColumn, DurationColumn, StateColumn, ColumnCount };
    enum DataRole {
        SortRole = Qt::UserRole,
        SeverityEnumRole,
        ActiveRole,
        AcknowledgedRole,
        AlertIdRole,
        NodeRole,
    };

    explicit AlertModel(QObject *parent = nullptr);

    void setEngine(AlertEngine *engine);
    /// The clock durations of active alerts are measured against.
    void setNow(qint64 nowMs);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void sync();
    qint64 durationMs(const Alert &a) const;

    QPointer<AlertEngine> m_engine;
    QList<Alert> m_rows;
    qint64 m_now = 0;
};

} // namespace mailha
