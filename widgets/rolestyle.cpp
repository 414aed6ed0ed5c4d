// SPDX-License-Identifier: GPL-3.0-or-later
#include "rolestyle.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QPainterPath>

namespace mailha::RoleStyle {

namespace {
// Okabe & Ito, "Color Universal Design" (2002).
const QColor okBluishGreen(0x00, 0x9E, 0x73);
const QColor okSkyBlue(0x56, 0xB4, 0xE9);
const QColor okBlue(0x00, 0x72, 0xB2);
const QColor okVermillion(0xD5, 0x5E, 0x00);
const QColor okReddishPurple(0xCC, 0x79, 0xA7);
const QColor okYellow(0xF0, 0xE4, 0x42);
const QColor okOrange(0xE6, 0x9F, 0x00);
const QColor okGrey(0x99, 0x99, 0x99);
} // namespace

QColor roleColor(Role role)
{
    switch (role) {
    case ACTIVE: return okBluishGreen;
    case PASSIVE: return okSkyBlue;
    case STANDBY: return okBlue;
    case FAILED: return okVermillion;
    case FENCED: return okReddishPurple;
    case MAINTENANCE: return okYellow;
    default: return okGrey;
    }
}

QColor healthColor(Health health)
{
    switch (health) {
    case OK: return okBluishGreen;
    case WARNING: return okOrange;
    case CRITICAL: return okVermillion;
    default: return okGrey;
    }
}

QColor clusterHealthColor(ClusterHealth health)
{
    switch (health) {
    case HEALTHY: return okBluishGreen;
    case DEGRADED: return okOrange;
    case CRITICAL_HEALTH: return okVermillion;
    case SPLIT_BRAIN_HEALTH: return okReddishPurple;
    default: return okGrey;
    }
}

QColor textOn(const QColor &background)
{
    // Relative luminance, WCAG 2 weights on the sRGB channels (close enough for a choice of two).
    const double l = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

void paintGlyph(QPainter *painter, const QRectF &rect, Role role, bool stale)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor c = stale ? okGrey : roleColor(role);
    const QRectF r = rect.adjusted(1.5, 1.5, -1.5, -1.5);
    QPen pen(c.darker(130), 1.5);
    painter->setPen(pen);
    switch (stale ? ROLE_UNKNOWN : role) {
    case ACTIVE:
        painter->setBrush(c);
        painter->drawEllipse(r);
        break;
    case PASSIVE:
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(c, 2.5));
        painter->drawEllipse(r.adjusted(1, 1, -1, -1));
        break;
    case STANDBY: {
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(r);
        QPainterPath half;
        half.moveTo(r.center());
        half.arcTo(r, 90, 180);
        half.closeSubpath();
        painter->fillPath(half, c);
        break;
    }
    case FAILED:
        painter->setPen(QPen(c, 3, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(r.topLeft(), r.bottomRight());
        painter->drawLine(r.topRight(), r.bottomLeft());
        break;
    case FENCED:
        painter->setBrush(c);
        painter->drawRect(r);
        painter->setPen(QPen(Qt::white, 2));
        painter->drawLine(QPointF(r.left() + 2, r.center().y()), QPointF(r.right() - 2, r.center().y()));
        break;
    case MAINTENANCE: {
        QPolygonF tri;
        tri << QPointF(r.center().x(), r.top()) << r.bottomRight() << r.bottomLeft();
        painter->setBrush(c);
        painter->drawPolygon(tri);
        break;
    }
    default: {
        QPolygonF diamond;
        diamond << QPointF(r.center().x(), r.top()) << QPointF(r.right(), r.center().y())
                << QPointF(r.center().x(), r.bottom()) << QPointF(r.left(), r.center().y());
        painter->setPen(QPen(c, 1.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawPolygon(diamond);
        break;
    }
    }
    painter->restore();
}

Qt::PenStyle linkPenStyle(ReplicationMode mode)
{
    return mode == ASYNC ? Qt::DashLine : Qt::SolidLine;
}

QPalette itemPalette(const QGraphicsItem *item, const QStyleOptionGraphicsItem *option)
{
    return item->scene() ? item->scene()->palette() : option->palette;
}

} // namespace mailha::RoleStyle
