// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertspanel.h"

#include "columnfit.h"
#include "itemmodels/alertmodel.h"
#include "plaintexttooltip.h"
#include "rolestyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mailha {

namespace {

class AlertStyleProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DecorationRole && role != Qt::FontRole && role != Qt::ForegroundRole)
            return QSortFilterProxyModel::data(index, role);
        const bool active = QSortFilterProxyModel::data(index, AlertModel::ActiveRole).toBool();
        if (role == Qt::DecorationRole && index.column() == AlertModel::SeverityColumn) {
            const Severity s = Severity(index.data(AlertModel::SeverityEnumRole).toInt());
            return RoleStyle::healthColor(!active ? OK : s == CRIT ? CRITICAL : s == WARN ? WARNING : OK);
        }
        if (role == Qt::FontRole && active && index.data(AlertModel::SeverityEnumRole).toInt() == CRIT
            && !index.data(AlertModel::AcknowledgedRole).toBool()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::ForegroundRole && !active)
            return QColor(0x88, 0x88, 0x88);
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

AlertsPanel::AlertsPanel(AlertModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new AlertStyleProxy(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("alertsPanel"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(AlertModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new PlainToolTipDelegate(m_view));
    m_view->setAccessibleName(tr("Alerts"));
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(false);
    m_view->setWordWrap(false);
    fitColumnsToContents(m_view, AlertModel::MessageColumn);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QString node = current.data(AlertModel::NodeRole).toString();
        if (!node.isEmpty())
            Q_EMIT nodeSelected(node);
    });
    auto *ack = new QPushButton(tr("Acknowledge"), this);
    connect(ack, &QPushButton::clicked, this, &AlertsPanel::acknowledgeSelected);
    auto *header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(ack);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_view);
    connect(model, &QAbstractItemModel::rowsInserted, this, &AlertsPanel::updateSummary);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &AlertsPanel::updateSummary);
    connect(model, &QAbstractItemModel::dataChanged, this, &AlertsPanel::updateSummary);
    updateSummary();
}

void AlertsPanel::acknowledgeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(AlertModel::StateColumn);
    for (const QModelIndex &index : rows)
        m_proxy->setData(index, Qt::Checked, Qt::CheckStateRole);
}

QString AlertsPanel::summary() const
{
    return m_summary->text();
}

void AlertsPanel::updateSummary()
{
    int critical = 0, warning = 0, unacknowledged = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r, 0);
        if (!i.data(AlertModel::ActiveRole).toBool())
            continue;
        const int s = i.data(AlertModel::SeverityEnumRole).toInt();
        critical += s == CRIT ? 1 : 0;
        warning += s == WARN ? 1 : 0;
        unacknowledged += i.data(AlertModel::AcknowledgedRole).toBool() ? 0 : 1;
    }
    m_summary->setText(tr("%1 critical, %2 warning, %3 not acknowledged").arg(critical).arg(warning).arg(unacknowledged));
}

} // namespace mailha
