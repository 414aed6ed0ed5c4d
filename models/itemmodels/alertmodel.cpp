// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/alertmodel.h"

#include "core/names.h"

#include <QDateTime>
#include <QSet>

namespace mailha {

AlertModel::AlertModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AlertModel::setEngine(AlertEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (engine)
        connect(engine, &AlertEngine::alertsChanged, this, &AlertModel::sync);
    sync();
}

void AlertModel::setNow(qint64 nowMs)
{
    if (nowMs == m_now)
        return;
    m_now = nowMs;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, DurationColumn), index(int(m_rows.size()) - 1, DurationColumn),
                           {Qt::DisplayRole, SortRole});
}

void AlertModel::sync()
{
    const QList<Alert> target = m_engine ? m_engine->alerts() : QList<Alert>{};
    QSet<QString> targetIds;
    for (const Alert &a : target)
        targetIds.insert(a.id);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!targetIds.contains(m_rows.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < target.size(); ++i) {
        const Alert &want = target.at(i);
        if (i < m_rows.size() && m_rows.at(i).id == want.id) {
            const Alert &have = m_rows.at(i);
            const bool changed = have.severity != want.severity || have.message != want.message
                                 || have.lastMs != want.lastMs || have.endMs != want.endMs
                                 || have.acknowledged != want.acknowledged;
            m_rows[i] = want;
            if (changed)
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1),
                                   {Qt::DisplayRole, Qt::CheckStateRole, SortRole, SeverityEnumRole, ActiveRole,
                                    AcknowledgedRole});
            continue;
        }
        int from = -1;
        for (int j = i + 1; j < m_rows.size(); ++j)
            if (m_rows.at(j).id == want.id)
                from = j;
        if (from >= 0) {
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
            m_rows[i] = want;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1),
                               {Qt::DisplayRole, Qt::CheckStateRole, SortRole, SeverityEnumRole, ActiveRole,
                                AcknowledgedRole});
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, want);
            endInsertRows();
        }
    }
}

qint64 AlertModel::durationMs(const Alert &a) const
{
    const qint64 end = a.active() ? std::max(m_now, a.lastMs) : a.endMs;
    return std::max<qint64>(0, end - a.startMs);
}

int AlertModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case SeverityColumn: return severityName(a.severity);
        case SubjectColumn: return a.subject;
        case MessageColumn: return a.message;
        case StartColumn:
            return QDateTime::fromMSecsSinceEpoch(a.startMs).toString(QStringLiteral("HH:mm:ss"));
        case DurationColumn: return formatDuration(double(durationMs(a)) / 1000.0);
        case StateColumn:
            if (!a.active())
                return tr("cleared");
            return a.acknowledged ? tr("acknowledged") : tr("active");
        case ColumnCount: break;
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == StateColumn && a.active())
            return a.acknowledged ? Qt::Checked : Qt::Unchecked;
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case SeverityColumn: return int(a.severity);
        case StartColumn: return qlonglong(a.startMs);
        case DurationColumn: return qlonglong(durationMs(a));
        default: return data(index, Qt::DisplayRole);
        }
    case SeverityEnumRole: return int(a.severity);
    case ActiveRole: return a.active();
    case AcknowledgedRole: return a.acknowledged;
    case AlertIdRole: return a.id;
    case NodeRole: return a.node;
    default: return {};
    }
}

bool AlertModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role != Qt::CheckStateRole || index.column() != StateColumn || !m_engine)
        return false;
    if (value.value<Qt::CheckState>() != Qt::Checked)
        return false;  // an acknowledgement is not taken back
    return m_engine->acknowledge(m_rows.at(index.row()).id);
}

Qt::ItemFlags AlertModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const Alert &a = m_rows.at(index.row());
    if (index.column() == StateColumn && a.active() && !a.acknowledged)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant AlertModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SeverityColumn: return tr("Severity");
    case SubjectColumn: return tr("Subject");
    case MessageColumn: return tr("Alert");
    case StartColumn: return tr("Started");
    case DurationColumn: return tr("Duration");
    case StateColumn: return tr("State");
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> AlertModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortKey");
    names.insert(SeverityEnumRole, "severity");
    names.insert(ActiveRole, "active");
    names.insert(AcknowledgedRole, "acknowledged");
    names.insert(AlertIdRole, "alertId");
    names.insert(NodeRole, "node");
    return names;
}

} // namespace mailha
