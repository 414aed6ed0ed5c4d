// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/eventlogmodel.h"

#include "cluster/clusterstate.h"
#include "core/names.h"

#include <QDateTime>

namespace mailha {

EventLogModel::EventLogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{
}

void EventLogModel::attach(const ClusterState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    clear();
    if (!state)
        return;
    connect(state, &ClusterState::eventAdded, this, &EventLogModel::append);
    connect(state, &ClusterState::specChanged, this, &EventLogModel::clear);
    appendBatch(state->events());
}

void EventLogModel::append(const ClusterEvent &event)
{
    appendBatch({event});
}

void EventLogModel::appendBatch(const QList<ClusterEvent> &events)
{
    if (events.isEmpty())
        return;
    // Only the newest `capacity` of the batch can ever be shown.
    const qsizetype skip = std::max<qsizetype>(0, events.size() - m_capacity);
    const qsizetype incoming = events.size() - skip;
    const qsizetype overflow = m_events.size() + incoming - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow - 1));
        m_events.remove(0, overflow);
        endRemoveRows();
    }
    beginInsertRows({}, int(m_events.size()), int(m_events.size() + incoming - 1));
    m_events.append(events.mid(skip));
    endInsertRows();
}

void EventLogModel::clear()
{
    if (m_events.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_events.size() - 1));
    m_events.clear();
    endRemoveRows();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClusterEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.time_ms()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case SeverityColumn: return severityName(e.severity());
        case KindColumn: return eventKindName(e.kind());
        case NodeColumn: return qstr(e.node_id());
        case ServiceColumn: return qstr(e.service_id().empty() ? e.group() : e.service_id());
        case MessageColumn: return qstr(e.message());
        case ColumnCount: break;
        }
        return {};
    case SortRole:
        if (index.column() == TimeColumn)
            return qlonglong(e.time_ms());
        if (index.column() == SeverityColumn)
            return int(e.severity());
        return data(index, Qt::DisplayRole);
    case SeverityEnumRole: return int(e.severity());
    case KindEnumRole: return int(e.kind());
    case TimeMsRole: return qlonglong(e.time_ms());
    default: return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn: return tr("Time");
    case SeverityColumn: return tr("Severity");
    case KindColumn: return tr("Event");
    case NodeColumn: return tr("Node");
    case ServiceColumn: return tr("Service");
    case MessageColumn: return tr("Message");
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> EventLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortKey");
    names.insert(SeverityEnumRole, "severity");
    names.insert(KindEnumRole, "kind");
    names.insert(TimeMsRole, "timeMs");
    return names;
}

} // namespace mailha
