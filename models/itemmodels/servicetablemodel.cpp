// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/servicetablemodel.h"

#include "cluster/clusterstate.h"
#include "core/names.h"


namespace mailha {

namespace {

const NodeStatus *findNode(const ClusterSnapshot &snap, const std::string &id)
{
    for (const NodeStatus &n : snap.nodes())
        if (n.node_id() == id)
            return &n;
    return nullptr;
}

const ServiceStatus *findService(const NodeStatus *node, const std::string &id)
{
    if (!node)
        return nullptr;
    for (const ServiceStatus &s : node->services())
        if (s.service_id() == id)
            return &s;
    return nullptr;
}

} // namespace

ServiceTableModel::ServiceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ServiceTableModel::attach(const ClusterState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (!state)
        return;
    connect(state, &ClusterState::specChanged, this, [this] { setSpec(m_state->spec()); });
    connect(state, &ClusterState::updated, this, [this] { setSnapshot(m_state->snapshot()); });
    setSpec(state->spec());
    setSnapshot(state->snapshot());
}

void ServiceTableModel::setSpec(const ClusterSpec &spec)
{
    beginResetModel();
    m_rows.clear();
    for (const Node &node : spec.nodes()) {
        for (const ServiceSpec &svc : node.services()) {
            Row row;
            row.site = qstr(node.site());
            row.node = qstr(node.id());
            row.service = qstr(svc.id());
            row.cells[SiteColumn] = {row.site, row.site};
            row.cells[NodeColumn] = {row.node, row.node};
            row.cells[ServiceColumn] = {row.service, row.service};
            row.cells[TechnologyColumn] = {technologyName(svc.technology()), technologyName(svc.technology())};
            fillRow(row, nullptr, nullptr);
            m_rows.append(row);
        }
    }
    endResetModel();
}

void ServiceTableModel::fillRow(Row &row, const NodeStatus *node, const ServiceStatus *service) const
{
    row.stale = !node || node->stale();
    row.role = service ? service->role() : ROLE_UNKNOWN;
    row.health = service ? service->health() : HEALTH_UNKNOWN;

    const QString roleText = row.stale && node ? tr("%1 (stale)").arg(roleLabel(row.role)) : roleLabel(row.role);
    row.cells[RoleColumn] = {roleText, int(row.role)};
    const QString healthText = service && !service->error().empty()
                                   ? QString(healthName(row.health) + QLatin1String(": ") + qstr(service->error()))
                                   : healthName(row.health);
    row.cells[HealthColumn] = {healthText, int(row.health)};

    if (service && (service->lag_s() >= 0 || service->lag_bytes() >= 0)) {
        row.cells[LagColumn] = {QString(formatDuration(service->lag_s()) + QStringLiteral(" · ") + formatBytes(service->lag_bytes())),
                                service->lag_s()};
    } else {
        row.cells[LagColumn] = {QString(), -1.0};
    }

    if (service && service->has_queues()) {
        const MtaQueues &q = service->queues();
        row.cells[QueueColumn] = {tr("a %1 · d %2 · h %3").arg(q.active()).arg(q.deferred()).arg(q.hold()),
                                  qlonglong(q.active() + q.deferred() + q.hold() + q.incoming())};
    } else {
        row.cells[QueueColumn] = {QString(), qlonglong(-1)};
    }

    if (!node || node->age_s() < 0) {
        row.cells[LastSeenColumn] = {tr("never seen"), std::numeric_limits<double>::max()};
    } else if (node->stale()) {
        row.cells[LastSeenColumn] = {tr("stale, last seen %1 ago").arg(formatDuration(node->age_s())), node->age_s()};
    } else {
        // A live node's age moves every tick; showing "live" keeps the cell still.
        row.cells[LastSeenColumn] = {reachabilityLabel(node->reachability()), node->age_s()};
    }
}

void ServiceTableModel::setSnapshot(const ClusterSnapshot &snapshot)
{
    static const QList<int> changedRoles{Qt::DisplayRole, Qt::ToolTipRole, SortRole, RoleEnumRole,
                                         HealthEnumRole, StaleRole};
    for (int r = 0; r < m_rows.size(); ++r) {
        Row &row = m_rows[r];
        const NodeStatus *node = findNode(snapshot, sstr(row.node));
        Row updated = row;
        fillRow(updated, node, findService(node, sstr(row.service)));
        int first = -1, last = -1;
        for (int c = 0; c < ColumnCount; ++c) {
            if (!(updated.cells[c] == row.cells[c])) {
                if (first < 0)
                    first = c;
                last = c;
            }
        }
        // Role and staleness colour every cell of the row.
        const bool styleChanged = updated.stale != row.stale || updated.role != row.role || updated.health != row.health;
        row = std::move(updated);
        if (styleChanged) {
            first = 0;
            last = ColumnCount - 1;
        }
        if (first >= 0)
            Q_EMIT dataChanged(index(r, first), index(r, last), changedRoles);
    }
}

int ServiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return row.cells[index.column()].display;
    case SortRole:
        return row.cells[index.column()].sort;
    case NodeIdRole:
        return row.node;
    case ServiceIdRole:
        return row.service;
    case RoleEnumRole:
        return int(row.role);
    case HealthEnumRole:
        return int(row.health);
    case StaleRole:
        return row.stale;
    default:
        return {};
    }
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    switch (Column(section)) {
    case SiteColumn: return tr("Site");
    case NodeColumn: return tr("Node");
    case ServiceColumn: return tr("Service");
    case TechnologyColumn: return tr("Technology");
    case RoleColumn: return tr("Role");
    case HealthColumn: return tr("Health");
    case LagColumn: return tr("Lag");
    case QueueColumn: return tr("Queue (active · deferred · hold)");
    case LastSeenColumn: return tr("Last seen");
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> ServiceTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortKey");
    names.insert(NodeIdRole, "nodeId");
    names.insert(ServiceIdRole, "serviceId");
    names.insert(RoleEnumRole, "role");
    names.insert(HealthEnumRole, "health");
    names.insert(StaleRole, "stale");
    return names;
}

int ServiceTableModel::rowOf(const QString &nodeId, const QString &serviceId) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).node == nodeId && m_rows.at(r).service == serviceId)
            return r;
    return -1;
}

} // namespace mailha
