// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkitem.h"

#include "core/names.h"
#include "plaintexttooltip.h"
#include "rolestyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace mailha {

namespace {
// lupdate reads LinkItemText::tr() calls under the context "mailha::LinkItem".
struct LinkItemText {
    Q_DECLARE_TR_FUNCTIONS(mailha::LinkItem)
};
} // namespace

LinkItem::LinkItem(const ReplicationLink &link, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_linkId(qstr(link.id()))
    , m_from(qstr(link.from_node()))
    , m_to(qstr(link.to_node()))
    , m_mode(link.mode())
{
    m_status.set_link_id(link.id());
    m_status.set_mode(link.mode());
    m_status.set_lag_s(-1);
    m_status.set_lag_bytes(-1);
    m_status.set_intentional_delay_s(link.intentional_delay_s());
    m_statusBytes = m_status.SerializeAsString();
    setZValue(-1);  // under the cards, over the site regions
    setToolTip(plainToolTip(m_linkId));
    m_label = label();
    relayout();
}

Qt::PenStyle LinkItem::penStyle() const
{
    return RoleStyle::linkPenStyle(m_mode);
}

void LinkItem::setRoute(const QPainterPath &path, QPointF labelAnchor)
{
    m_path = path;
    m_labelAnchor = labelAnchor;
    relayout();
}

void LinkItem::setStatus(const LinkStatus &status, bool rpoBreached)
{
    // Most links are steady between ticks: nothing to lay out or repaint.
    status.SerializeToString(&m_scratchBytes);
    if (rpoBreached == m_rpoBreached && m_scratchBytes == m_statusBytes)
        return;
    m_statusBytes.swap(m_scratchBytes);
    m_status = status;
    m_rpoBreached = rpoBreached;
    const QString after = label();
    // The label's width is part of the bounding rectangle.
    if (after != m_label) {
        m_label = after;
        relayout();
    }
    setToolTip(plainToolTip(QStringLiteral("%1 (%2): %3").arg(m_linkId, m_mode == SYNC ? LinkItemText::tr("synchronous") : LinkItemText::tr("asynchronous"), after)));
    update();
}

QString LinkItem::label() const
{
    if (m_status.broken())
        return LinkItemText::tr("broken");
    if (m_status.lag_s() < 0 && m_status.lag_bytes() < 0)
        return LinkItemText::tr("lag unknown");
    QString text = m_status.lag_bytes() < 0 ? formatDuration(m_status.lag_s())
                   : m_status.lag_s() < 0  ? formatBytes(m_status.lag_bytes())
                                           : formatDuration(m_status.lag_s()) + QStringLiteral(" · ") + formatBytes(m_status.lag_bytes());
    if (m_status.intentional_delay_s() > 0)
        text += QLatin1Char(' ') + LinkItemText::tr("(delay %1 expected)").arg(formatDuration(m_status.intentional_delay_s()));
    if (m_rpoBreached)
        text += QLatin1Char(' ') + LinkItemText::tr("> RPO");
    return text;
}

QColor LinkItem::color() const
{
    Health h = m_status.health();
    if (m_rpoBreached && int(h) < int(WARNING))
        h = WARNING;
    return RoleStyle::healthColor(h);
}

void LinkItem::relayout()
{
    prepareGeometryChange();
    const QFontMetricsF fm(QApplication::font());
    const qreal w = fm.horizontalAdvance(m_label) + 12;
    const qreal h = fm.height() + 4;
    m_labelRect = QRectF(m_labelAnchor.x() - w / 2, m_labelAnchor.y() - h / 2, w, h);
    m_bounds = m_path.boundingRect().adjusted(-4, -4, 4, 4) | m_labelRect.adjusted(-2, -2, 2, 2);
}

QRectF LinkItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath LinkItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath s = stroker.createStroke(m_path);
    s.addRect(labelRect());
    return s;
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette pal = RoleStyle::itemPalette(this, option);
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor c = color();
    QPen pen(c, m_mode == SYNC ? 3 : 2.5, penStyle(), Qt::FlatCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);

    // Arrow head at the replica's end.
    const qreal len = m_path.length();
    if (len > 12) {
        const QPointF tip = m_path.pointAtPercent(1.0);
        const QPointF back = m_path.pointAtPercent(m_path.percentAtLength(len - 10));
        const QPointF d = tip - back;
        const QPointF n(-d.y() / 2, d.x() / 2);
        QPolygonF head;
        head << tip << back + n << back - n;
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        painter->drawPolygon(head);
    }

    const QRectF lr = labelRect();
    painter->setPen(QPen(c, 1));
    painter->setBrush(pal.color(QPalette::Base));
    painter->drawRoundedRect(lr, 4, 4);
    painter->setPen(pal.color(QPalette::Text));
    painter->setFont(QApplication::font());
    painter->drawText(lr, Qt::AlignCenter, m_label);
}

} // namespace mailha
