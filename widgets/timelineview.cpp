// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "core/names.h"
#include "runbook/timeline.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mailha {

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_table = new QTreeWidget(this);
    m_table->setHeaderLabels({tr("Time"), tr("Source"), tr("Severity"), tr("Who / where"), tr("Event")});
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->header()->setStretchLastSection(true);
    auto *row = new QHBoxLayout;
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("Add a note to the timeline (goes into the journal)"));
    m_add = new QPushButton(tr("Add note"), this);
    m_add->setEnabled(false);
    row->addWidget(m_note);
    row->addWidget(m_add);
    layout->addWidget(m_table);
    layout->addLayout(row);
    connect(m_note, &QLineEdit::textChanged, this, [this](const QString &t) { m_add->setEnabled(!t.trimmed().isEmpty()); });
    auto submit = [this] {
        const QString text = m_note->text().trimmed();
        if (text.isEmpty())
            return;
        m_note->clear();
        Q_EMIT noteRequested(text);
    };
    connect(m_add, &QPushButton::clicked, this, submit);
    connect(m_note, &QLineEdit::returnPressed, this, submit);
}

void TimelineView::setEvents(const QList<ClusterEvent> &events)
{
    m_events = mergeTimeline({events});
    m_table->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(m_events.size());
    for (const ClusterEvent &e : std::as_const(m_events)) {
        QStringList where;
        for (const std::string *s : {&e.actor(), &e.node_id(), &e.group()})
            if (!s->empty())
                where << qstr(*s);
        auto *item = new QTreeWidgetItem({QDateTime::fromMSecsSinceEpoch(e.time_ms()).toString(Qt::ISODate), timelineSource(e),
                                          severityName(e.severity()), where.join(QLatin1String(", ")), qstr(e.message())});
        if (e.severity() == CRIT)
            item->setForeground(2, QColor(0xc6, 0x28, 0x28));
        else if (e.severity() == WARN)
            item->setForeground(2, QColor(0xb2, 0x6a, 0x00));
        items << item;
    }
    m_table->addTopLevelItems(items);
    if (!items.isEmpty())
        m_table->scrollToItem(items.constLast());
}

} // namespace mailha
