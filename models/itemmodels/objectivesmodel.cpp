// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/objectivesmodel.h"

#include "cluster/clusterstate.h"
#include "core/names.h"

namespace mailha {

ObjectivesModel::ObjectivesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ObjectivesModel::setSpec(const ClusterSpec &spec)
{
    beginResetModel();
    m_rows.clear();
    m_lastTime = 0;
    for (const ServiceGroup &g : spec.groups()) {
        Row row;
        row.group = qstr(g.id());
        row.name = g.name().empty() ? row.group : qstr(g.name());
        row.objectives = g.objectives();
        for (const ReplicationLink &l : spec.links())
            row.replicated = row.replicated || l.group() == g.id();
        row.status.set_projected_rpo_s(-1);
        row.status.set_down(true);
        m_rows.append(row);
    }
    endResetModel();
}

void ObjectivesModel::setSnapshot(const ClusterSnapshot &snapshot)
{
    const bool advance = snapshot.time_ms() > m_lastTime;
    const qint64 dt = m_lastTime > 0 && advance ? snapshot.time_ms() - m_lastTime : 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        Row &row = m_rows[r];
        const GroupStatus *status = nullptr;
        for (const GroupStatus &g : snapshot.groups())
            if (qstr(g.group()) == row.group)
                status = &g;
        if (!status)
            continue;
        if (advance && dt > 0) {
            // The interval counts as the state it ended in: the store derives at least every 250 ms.
            row.observedMs += dt;
            if (!status->down())
                row.upMs += dt;
        }
        row.status = *status;
    }
    if (advance)
        m_lastTime = snapshot.time_ms();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, RpoNowColumn), index(int(m_rows.size()) - 1, UptimeColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole, SortRole, BreachedRole});
}

void ObjectivesModel::setHistory(const ClusterState *state)
{
    m_history = state;
}

void ObjectivesModel::setWindowMs(qint64 windowMs)
{
    if (windowMs <= 0 || windowMs == m_windowMs)
        return;
    m_windowMs = windowMs;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, UptimeColumn), index(int(m_rows.size()) - 1, UptimeColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole, SortRole, BreachedRole});
}

double ObjectivesModel::uptime(int row) const
{
    const Row &r = m_rows.at(row);
    if (!m_history)
        return r.observedMs > 0 ? double(r.upMs) / double(r.observedMs) : -1.0;
    const TimeSeries *up = m_history->series(ClusterState::groupUpKey(r.group));
    const TimeSeries *observed = m_history->series(ClusterState::groupObservedKey(r.group));
    if (!up || !observed || up->isEmpty() || observed->isEmpty())
        return -1.0;
    // Both series are running totals: the window's share is the difference
    // of the totals at its ends. A window reaching back before the history
    // starts is counted from the oldest point kept.
    const qint64 t1 = std::min(m_lastTime > 0 ? m_lastTime : observed->lastTime(), observed->lastTime());
    const qint64 t0 = std::max(t1 - m_windowMs, observed->firstTime());
    const auto at = [](const TimeSeries *s, qint64 t) { return s->valueAt(t).value_or(0.0); };
    const double observedS = at(observed, t1) - at(observed, t0);
    if (observedS <= 0)
        return -1.0;
    return std::clamp((at(up, t1) - at(up, t0)) / observedS, 0.0, 1.0);
}

int ObjectivesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObjectivesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObjectivesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const GroupStatus &s = row.status;
    const Objectives &o = row.objectives;
    const double up = uptime(index.row());
    if (role == GroupIdRole)
        return row.group;
    if (role == BreachedRole) {
        switch (Column(index.column())) {
        case RpoNowColumn: return s.rpo_breached();
        case RedundancyColumn: return s.redundancy_lost() || s.down();
        case UptimeColumn: return up >= 0 && o.uptime_target_pct() > 0 && up * 100.0 < o.uptime_target_pct();
        default: return false;
        }
    }
    if (role == SortRole) {
        switch (Column(index.column())) {
        case RtoColumn: return o.rto_s();
        case RpoObjectiveColumn: return o.rpo_s();
        case RpoNowColumn: return s.projected_rpo_s();
        case RedundancyColumn: return s.healthy_standbys() - s.required_standbys();
        case UptimeColumn: return up;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case GroupColumn: return row.name;
    case RtoColumn: return o.rto_s() > 0 ? formatDuration(o.rto_s()) : tr("not set");
    case RpoObjectiveColumn:
        return o.rpo_bytes() > 0 ? tr("%1 / %2").arg(formatDuration(o.rpo_s()), formatBytes(o.rpo_bytes()))
                                 : formatDuration(o.rpo_s());
    case RpoNowColumn:
        if (!row.replicated)
            return tr("not replicated");
        if (s.down())
            return tr("service down");
        if (s.projected_rpo_s() < 0)
            return tr("unknown (no candidate)");
        return tr("%1 · %2%3")
            .arg(formatDuration(s.projected_rpo_s()), formatBytes(s.projected_rpo_bytes()),
                 s.rpo_breached() ? tr(" — OVER OBJECTIVE") : QString());
    case CandidateColumn: return s.best_candidate().empty() ? QStringLiteral("—") : qstr(s.best_candidate());
    case RedundancyColumn:
        if (s.down())
            return tr("DOWN");
        return tr("N+%1 (needs N+%2)%3")
            .arg(s.healthy_standbys())
            .arg(s.required_standbys())
            .arg(s.redundancy_lost() ? tr(" — LOST") : QString());
    case UptimeColumn: {
        if (up < 0)
            return QStringLiteral("—");
        const QString value = QString::number(up * 100.0, 'f', 3) + QStringLiteral(" %");
        return o.uptime_target_pct() > 0 ? tr("%1 (target %2 %)").arg(value).arg(o.uptime_target_pct()) : value;
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant ObjectivesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case GroupColumn: return tr("Service");
    case RtoColumn: return tr("RTO objective");
    case RpoObjectiveColumn: return tr("RPO objective");
    case RpoNowColumn: return tr("RPO if it failed now");
    case CandidateColumn: return tr("Best candidate");
    case RedundancyColumn: return tr("Redundancy");
    case UptimeColumn: return m_history ? tr("Uptime (chart window)") : tr("Uptime (this session)");
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> ObjectivesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortKey");
    names.insert(BreachedRole, "breached");
    names.insert(GroupIdRole, "groupId");
    return names;
}

} // namespace mailha
