// SPDX-License-Identifier: GPL-3.0-or-later
#include "statussummary.h"

#include "core/names.h"
#include "rolestyle.h"

#include <QHBoxLayout>
#include <QLabel>

namespace mailha {

StatusSummary::StatusSummary(QWidget *parent)
    : QWidget(parent)
    , m_chip(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("statusSummary"));
    m_chip->setObjectName(QStringLiteral("statusChip"));
    m_chip->setAutoFillBackground(true);
    m_chip->setMargin(3);
    QFont f = m_chip->font();
    f.setBold(true);
    m_chip->setFont(f);
    m_text->setObjectName(QStringLiteral("statusText"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);  // node and group names, never markup
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chip);
    layout->addWidget(m_text, 1);
    setSnapshot({});
}

void StatusSummary::setSnapshot(const ClusterSnapshot &snapshot)
{
    m_health = snapshot.health();
    const QColor c = RoleStyle::clusterHealthColor(m_health);
    QPalette pal = m_chip->palette();
    pal.setColor(QPalette::Window, c);
    pal.setColor(QPalette::WindowText, RoleStyle::textOn(c));
    m_chip->setPalette(pal);
    m_chip->setText(QLatin1Char(' ') + tr("Cluster %1").arg(clusterHealthLabel(m_health)) + QLatin1Char(' '));

    QStringList parts;
    if (!snapshot.summary().empty())
        parts << qstr(snapshot.summary());
    // The store's summary names stale nodes already; say so when there are none.
    if (snapshot.stale_nodes_size() == 0 && m_health != CLUSTER_HEALTH_UNKNOWN)
        parts << tr("no stale nodes");
    m_text->setText(parts.join(QStringLiteral(" · ")));
    setAccessibleName(text());
}

QString StatusSummary::text() const
{
    return m_chip->text().trimmed() + QStringLiteral(" — ") + m_text->text();
}

} // namespace mailha
