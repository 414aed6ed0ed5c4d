// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicetable.h"

#include "itemmodels/servicetablemodel.h"
#include "columnfit.h"
#include "plaintexttooltip.h"
#include "rolestyle.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mailha {

namespace {

/// Colour for the view only: the model stays free of QtGui types.
class StyledProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == ServiceTableModel::RoleColumn) {
            if (index.data(ServiceTableModel::StaleRole).toBool())
                return QColor(0x99, 0x99, 0x99);
            return {};
        }
        if (role == Qt::DecorationRole && index.column() == ServiceTableModel::RoleColumn) {
            const bool stale = index.data(ServiceTableModel::StaleRole).toBool();
            return RoleStyle::roleColor(stale ? ROLE_UNKNOWN : Role(index.data(ServiceTableModel::RoleEnumRole).toInt()));
        }
        if (role == Qt::DecorationRole && index.column() == ServiceTableModel::HealthColumn)
            return RoleStyle::healthColor(Health(index.data(ServiceTableModel::HealthEnumRole).toInt()));
        if (role == Qt::FontRole && index.column() == ServiceTableModel::LastSeenColumn
            && index.data(ServiceTableModel::StaleRole).toBool()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

} // namespace

ServiceTable::ServiceTable(ServiceTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new StyledProxy(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
{
    setObjectName(QStringLiteral("serviceTable"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ServiceTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // Cells change every tick; the proxy re-sorts and re-filters on its own.
    m_proxy->setDynamicSortFilter(true);

    m_filter->setPlaceholderText(tr("Filter nodes and services…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the service table"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new PlainToolTipDelegate(m_view));
    m_view->setAccessibleName(tr("Nodes and services"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ServiceTableModel::SiteColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    fitColumnsToContents(m_view);
    m_view->setWordWrap(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            Q_EMIT nodeSelected(current.data(ServiceTableModel::NodeIdRole).toString());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
}

void ServiceTable::selectNode(const QString &nodeId)
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && current.data(ServiceTableModel::NodeIdRole).toString() == nodeId)
        return;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex idx = m_proxy->index(r, 0);
        if (idx.data(ServiceTableModel::NodeIdRole).toString() == nodeId) {
            m_view->setCurrentIndex(idx);
            m_view->scrollTo(idx);
            return;
        }
    }
}

} // namespace mailha
