// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventlogview.h"

#include "itemmodels/eventlogmodel.h"
#include "plaintexttooltip.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace mailha {

EventLogView::EventLogView(EventLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("eventLog"));
    m_view->setModel(model);
    m_view->setItemDelegate(new PlainToolTipDelegate(m_view));
    m_view->setAccessibleName(tr("Cluster events"));
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(EventLogModel::TimeColumn, 150);
    m_view->setColumnWidth(EventLogModel::SeverityColumn, 70);
    m_view->setColumnWidth(EventLogModel::KindColumn, 150);
    m_view->setColumnWidth(EventLogModel::NodeColumn, 80);
    m_view->setColumnWidth(EventLogModel::ServiceColumn, 90);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        const bool atBottom = bar->value() >= bar->maximum() - 2;
        if (atBottom)
            QMetaObject::invokeMethod(m_view, &QTableView::scrollToBottom, Qt::QueuedConnection);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

} // namespace mailha
