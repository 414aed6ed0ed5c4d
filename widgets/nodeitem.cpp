// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeitem.h"

#include "core/names.h"
#include "plaintexttooltip.h"
#include "rolestyle.h"
#include "topologylayout.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace mailha {

namespace {
constexpr qreal headerHeight = 26;
constexpr qreal statusHeight = 18;
constexpr qreal serviceHeight = 38;
constexpr qreal vipHeight = 24;
constexpr qreal padding = 8;
constexpr qreal glyphSize = 14;

bool mayHoldVip(const ClusterSpec &spec, const Node &node)
{
    for (const FloatingIp &vip : spec.floating_ips()) {
        if (vip.preferred_node() == node.id())
            return true;
        for (const ServiceSpec &s : node.services())
            if (s.group() == vip.group())
                return true;
    }
    return false;
}

Health worst(const NodeStatus &status)
{
    Health h = HEALTH_UNKNOWN;
    for (const ServiceStatus &s : status.services())
        if (int(s.health()) > int(h))
            h = s.health();
    return h;
}
} // namespace

NodeItem::NodeItem(const ClusterSpec &spec, const Node &node, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_nodeId(qstr(node.id()))
    , m_mayHoldVip(mayHoldVip(spec, node))
    , m_size(sizeFor(spec, node))
{
    for (const ServiceSpec &s : node.services()) {
        bool replica = false;
        for (const ReplicationLink &l : spec.links())
            replica = replica || l.to_node() == node.id() || l.from_node() == node.id();
        m_services.append({qstr(s.id()), s.technology(), replica});
    }
    for (const FloatingIp &vip : spec.floating_ips())
        m_vipAddress.insert(qstr(vip.id()), qstr(vip.address()));
    m_status.set_node_id(node.id());
    m_status.set_stale(true);
    m_status.set_age_s(-1);
    setFlags(ItemIsSelectable | ItemIsFocusable | ItemIsMovable | ItemSendsGeometryChanges);
    setCursor(Qt::PointingHandCursor);
    setAcceptHoverEvents(true);
    setOpacity(0.5);
    // Unchanged cards in a repainted region are copied, not drawn again:
    // a tick changes few cards, but the region it repaints crosses many.
    setCacheMode(DeviceCoordinateCache);
    setToolTip(plainToolTip(accessibleName()));
    m_card.addRoundedRect(QRectF(QPointF(0, 0), m_size), 6, 6);
    QPainterPath band;
    band.addRect(QRectF(0, 0, m_size.width(), headerHeight));
    m_header = m_card.intersected(band);
    QPainterPath bar;
    bar.addRect(QRectF(0, 0, 6, m_size.height()));
    m_accent = m_card.intersected(bar);
}

NodeItem::~NodeItem()
{
    // Drops the card's cache before QGraphicsItem's destructor runs: Qt 6.4
    // leaked its bookkeeping otherwise (LeakSanitizer, 72 bytes per card,
    // allocated in QGraphicsItemPrivate::extraItemCache()).
    setCacheMode(NoCache);
}

QSizeF NodeItem::sizeFor(const ClusterSpec &spec, const Node &node)
{
    qreal h = headerHeight + statusHeight + node.services_size() * serviceHeight + padding;
    if (mayHoldVip(spec, node))
        h += vipHeight;
    return {TopologyLayout::cardWidth, h};
}

void NodeItem::setStatus(const NodeStatus &status)
{
    const bool staleChanged = status.stale() != m_status.stale();
    // A live node's age moves every tick but is not drawn (only a stale
    // node's is): a card whose drawn content is unchanged is not repainted.
    // Scratch message and buffer are members: their memory is reused.
    m_scratch = status;
    if (!status.stale())
        m_scratch.set_age_s(0);
    m_scratch.SerializeToString(&m_scratchBytes);
    m_status = status;
    if (!staleChanged && m_scratchBytes == m_drawn)
        return;
    m_drawn.swap(m_scratchBytes);
    if (staleChanged)
        setOpacity(status.stale() ? 0.5 : 1.0);
    setToolTip(plainToolTip(accessibleName()));
    update();
}

void NodeItem::setTrend(const QString &serviceId, const QList<QPointF> &points)
{
    auto it = m_trends.find(serviceId);
    if (it != m_trends.end() && *it == points)
        return;
    m_trends.insert(serviceId, points);
    update();  // the cached card shows the old line until then
}

QString NodeItem::staleText() const
{
    if (!m_status.stale())
        return {};
    if (m_status.age_s() < 0)
        return tr("never seen");
    return tr("last seen %1 ago").arg(formatDuration(m_status.age_s()));
}

QString NodeItem::roleText(const QString &serviceId) const
{
    for (const ServiceStatus &s : m_status.services())
        if (qstr(s.service_id()) == serviceId)
            return roleLabel(s.role());
    for (const ServiceLine &line : m_services)
        if (line.id == serviceId)
            return roleLabel(ROLE_UNKNOWN);
    return {};
}

QStringList NodeItem::vipLabels() const
{
    QStringList labels;
    for (const std::string &vip : m_status.vips_held()) {
        const QString id = qstr(vip);
        const QString address = m_vipAddress.value(id);
        labels << (address.isEmpty() ? id : tr("VIP %1").arg(address.section(QLatin1Char('/'), 0, 0)));
    }
    return labels;
}

QString NodeItem::serviceDetail(const ServiceStatus &s) const
{
    if (!s.error().empty())
        return qstr(s.error());
    if (s.lag_s() >= 0 || s.lag_bytes() >= 0)
        return tr("lag %1 · %2").arg(formatDuration(s.lag_s()), formatBytes(s.lag_bytes()));
    if (s.has_queues())
        return tr("queue a %1 · d %2 · h %3").arg(s.queues().active()).arg(s.queues().deferred()).arg(s.queues().hold());
    return qstr(s.detail());
}

QStringList NodeItem::textLines() const
{
    QStringList lines{m_nodeId};
    lines << (m_status.stale() ? staleText() : reachabilityLabel(m_status.reachability()));
    for (const ServiceLine &line : m_services) {
        const ServiceStatus *s = nullptr;
        for (const ServiceStatus &st : m_status.services())
            if (qstr(st.service_id()) == line.id)
                s = &st;
        lines << (s ? roleLabel(s->role()) : roleLabel(ROLE_UNKNOWN)) + QLatin1Char(' ') + line.id;
        if (s)
            lines << serviceDetail(*s);
    }
    lines << vipLabels();
    return lines;
}

QString NodeItem::accessibleName() const
{
    QStringList parts{tr("Node %1").arg(m_nodeId)};
    for (const ServiceLine &line : m_services)
        parts << tr("%1 %2").arg(line.id, roleText(line.id));
    if (m_status.stale())
        parts << staleText();
    const QStringList vips = vipLabels();
    if (!vips.isEmpty())
        parts << tr("holds %1").arg(vips.join(QLatin1String(", ")));
    return parts.join(QLatin1String(", "));
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-3, -3, 3, 3);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette pal = RoleStyle::itemPalette(this, option);
    const bool selected = option->state & QStyle::State_Selected;
    const Health health = m_status.stale() ? HEALTH_UNKNOWN : worst(m_status);
    const QColor accent = RoleStyle::healthColor(health);
    painter->setRenderHint(QPainter::Antialiasing);

    painter->fillPath(m_card, pal.color(QPalette::Base));
    // Header band, and the accent bar tinted with the node's worst health.
    painter->fillPath(m_header, pal.color(QPalette::AlternateBase));
    painter->fillPath(m_accent, accent);
    QPen border(selected ? pal.color(QPalette::Highlight) : accent, selected ? 3 : 1.5,
                m_status.stale() ? Qt::DashLine : Qt::SolidLine);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_card);

    QFont font = painter->font();
    QFont bold = font;
    bold.setBold(true);
    QFont small = font;
    small.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.88));
    const QColor text = pal.color(QPalette::Text);
    const qreal left = padding + 6;
    const qreal width = m_size.width() - left - padding;

    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(QRectF(left, 0, width, headerHeight), Qt::AlignVCenter | Qt::AlignLeft, m_nodeId);
    painter->setFont(small);
    painter->drawText(QRectF(left, 0, width, headerHeight), Qt::AlignVCenter | Qt::AlignRight,
                      health == HEALTH_UNKNOWN ? QString() : healthName(health));

    qreal y = headerHeight;
    const QString status = m_status.stale() ? staleText() : reachabilityLabel(m_status.reachability());
    painter->setPen(m_status.stale() ? RoleStyle::healthColor(CRITICAL) : pal.color(QPalette::PlaceholderText));
    painter->setFont(m_status.stale() ? bold : small);
    painter->drawText(QRectF(left, y, width, statusHeight), Qt::AlignVCenter | Qt::AlignLeft, status);
    y += statusHeight;

    for (const ServiceLine &line : m_services) {
        const ServiceStatus *s = nullptr;
        for (const ServiceStatus &st : m_status.services())
            if (qstr(st.service_id()) == line.id)
                s = &st;
        const Role role = s ? s->role() : ROLE_UNKNOWN;
        RoleStyle::paintGlyph(painter, QRectF(left, y + 3, glyphSize, glyphSize), role, m_status.stale());
        painter->setFont(bold);
        painter->setPen(text);
        const QString roleStr = roleLabel(role);
        const qreal roleWidth = QFontMetricsF(bold).horizontalAdvance(roleStr);
        painter->drawText(QRectF(left + glyphSize + 6, y, width, 20), Qt::AlignVCenter | Qt::AlignLeft, roleStr);
        painter->setFont(font);
        painter->drawText(QRectF(left + glyphSize + 12 + roleWidth, y, width - glyphSize - 12 - roleWidth, 20),
                          Qt::AlignVCenter | Qt::AlignLeft, line.id);
        if (s) {
            painter->setFont(small);
            painter->setPen(s->health() == OK || s->health() == HEALTH_UNKNOWN ? pal.color(QPalette::Text)
                                                                                : RoleStyle::healthColor(s->health()));
            const QList<QPointF> trend = m_trends.value(line.id);
            const qreal trendWidth = trend.size() > 1 ? 56 : 0;
            const QRectF detailRect(left + glyphSize + 6, y + 19, width - glyphSize - 6 - trendWidth, 16);
            painter->drawText(detailRect, Qt::AlignVCenter | Qt::AlignLeft,
                              QFontMetricsF(small).elidedText(serviceDetail(*s), Qt::ElideRight, detailRect.width()));
            if (trendWidth > 0) {
                // Sparkline of the deferred queue, scaled to its own range.
                const QRectF area(m_size.width() - padding - trendWidth + 4, y + 21, trendWidth - 4, 12);
                qreal lo = trend.first().y(), hi = lo;
                for (const QPointF &p : trend) {
                    lo = std::min(lo, p.y());
                    hi = std::max(hi, p.y());
                }
                const qreal x0 = trend.first().x(), x1 = std::max(trend.last().x(), x0 + 1);
                QPolygonF poly;
                for (const QPointF &p : trend)
                    poly << QPointF(area.left() + (p.x() - x0) / (x1 - x0) * area.width(),
                                    area.bottom() - (hi > lo ? (p.y() - lo) / (hi - lo) : 0.5) * area.height());
                painter->setPen(QPen(RoleStyle::roleColor(STANDBY), 1.2));
                painter->drawPolyline(poly);
            }
        }
        y += serviceHeight;
    }

    if (m_mayHoldVip) {
        qreal x = left;
        painter->setFont(small);
        for (const QString &label : vipLabels()) {
            const qreal w = QFontMetricsF(small).horizontalAdvance(label) + 12;
            const QRectF badge(x, y + 2, w, vipHeight - 6);
            painter->setPen(Qt::NoPen);
            painter->setBrush(RoleStyle::roleColor(STANDBY));
            painter->drawRoundedRect(badge, 8, 8);
            painter->setPen(Qt::white);
            painter->drawText(badge, Qt::AlignCenter, label);
            x += w + 6;
        }
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        Q_EMIT positionChanged();
    return QGraphicsObject::itemChange(change, value);
}

void NodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    const bool dragged = event->button() == Qt::LeftButton
                         && (event->scenePos() - event->buttonDownScenePos(Qt::LeftButton)).manhattanLength() > 3;
    QGraphicsObject::mouseReleaseEvent(event);
    if (dragged)
        Q_EMIT moved(m_nodeId, pos());
}

} // namespace mailha
