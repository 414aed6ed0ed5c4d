// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectivespanel.h"

#include "columnfit.h"
#include "itemmodels/objectivesmodel.h"
#include "rolestyle.h"

#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mailha {

namespace {

class BreachProxy final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if ((role == Qt::ForegroundRole || role == Qt::FontRole) && index.data(ObjectivesModel::BreachedRole).toBool()) {
            if (role == Qt::ForegroundRole)
                return RoleStyle::healthColor(CRITICAL);
            QFont f;
            f.setBold(true);
            return f;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

ObjectivesPanel::ObjectivesPanel(ObjectivesModel *model, QWidget *parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("objectivesPanel"));
    auto *proxy = new BreachProxy(this);
    proxy->setSourceModel(model);
    m_view->setModel(proxy);
    m_view->setAccessibleName(tr("Objectives per service"));
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    fitColumnsToContents(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

} // namespace mailha
