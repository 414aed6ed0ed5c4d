// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologylayout.h"

#include "core/names.h"

#include <QLineF>

#include <map>

namespace mailha {

namespace {

QString primaryGroup(const Node &node)
{
    return node.services_size() > 0 ? qstr(node.services(0).group()) : QString();
}

bool segmentHitsRect(const QLineF &line, const QRectF &rect)
{
    if (rect.contains(line.p1()) || rect.contains(line.p2()))
        return true;
    const QLineF edges[] = {{rect.topLeft(), rect.topRight()},
                            {rect.topRight(), rect.bottomRight()},
                            {rect.bottomRight(), rect.bottomLeft()},
                            {rect.bottomLeft(), rect.topLeft()}};
    for (const QLineF &e : edges)
        if (line.intersects(e, nullptr) == QLineF::BoundedIntersection)
            return true;
    return false;
}

} // namespace

TopologyLayout TopologyLayout::compute(const ClusterSpec &spec, const QHash<QString, QSizeF> &cardSizes)
{
    TopologyLayout layout;

    // Sites in spec order, then any a node names without declaring it.
    QStringList siteIds;
    QHash<QString, QString> siteTitles;
    for (const mailha::Site &s : spec.sites()) {
        siteIds << qstr(s.id());
        siteTitles.insert(qstr(s.id()), s.name().empty() ? qstr(s.id()) : qstr(s.name()));
    }
    for (const Node &n : spec.nodes())
        if (!siteIds.contains(qstr(n.site())))
            siteIds << qstr(n.site());
    QStringList groupIds;
    for (const ServiceGroup &g : spec.groups())
        groupIds << qstr(g.id());
    for (const Node &n : spec.nodes())
        if (!groupIds.contains(primaryGroup(n)))
            groupIds << primaryGroup(n);

    // rows[site][group] = node ids in spec order.
    QHash<QString, QHash<QString, QStringList>> members;
    for (const Node &n : spec.nodes())
        members[qstr(n.site())][primaryGroup(n)] << qstr(n.id());

    // Global rows: (group, wrap index), sized to the tallest card across sites.
    struct Row {
        QString group;
        int chunk;
        qreal height;
        qreal y;
    };
    QList<Row> rows;
    for (const QString &g : groupIds) {
        int chunks = 0;
        for (const QString &site : siteIds)
            chunks = std::max(chunks, int((members[site].value(g).size() + maxPerRow - 1) / maxPerRow));
        for (int c = 0; c < chunks; ++c) {
            qreal h = 0;
            for (const QString &site : siteIds) {
                const QStringList ids = members[site].value(g).mid(c * maxPerRow, maxPerRow);
                for (const QString &id : ids)
                    h = std::max(h, cardSizes.value(id, QSizeF(cardWidth, 100)).height());
            }
            rows.append({g, c, h, 0});
        }
    }
    // Each row's gap has room for a few routed links below it.
    qreal y = siteTitleHeight + sitePadding;
    for (Row &r : rows) {
        r.y = y;
        y += r.height + rowGap + 2 * laneHeight;
    }
    const qreal contentBottom = rows.isEmpty() ? y : y - rowGap - 2 * laneHeight;

    qreal x = 0;
    const bool mirrorFirst = siteIds.size() > 1;
    for (int si = 0; si < siteIds.size(); ++si) {
        const QString &site = siteIds.at(si);
        int columns = 1;
        for (const QStringList &ids : std::as_const(members[site]))
            columns = std::max(columns, int(std::min<qsizetype>(ids.size(), maxPerRow)));
        const qreal width = 2 * sitePadding + columns * cardWidth + (columns - 1) * columnGap;
        for (const Row &r : rows) {
            const QStringList ids = members[site].value(r.group).mid(r.chunk * maxPerRow, maxPerRow);
            for (int i = 0; i < ids.size(); ++i) {
                // The first site is right-aligned so that links to the next site are short.
                const int col = mirrorFirst && si == 0 ? columns - int(ids.size()) + i : i;
                const QSizeF size = cardSizes.value(ids.at(i), QSizeF(cardWidth, 100));
                layout.nodes.insert(ids.at(i),
                                    QRectF(x + sitePadding + col * (cardWidth + columnGap), r.y, size.width(), size.height()));
            }
        }
        layout.sites.append({site, siteTitles.value(site, site.isEmpty() ? QStringLiteral("—") : site),
                             QRectF(x, 0, width, contentBottom + sitePadding)});
        x += width + siteGap;
    }
    for (const Site &s : std::as_const(layout.sites))
        layout.bounds |= s.rect;
    return layout;
}

LinkRoute routeLink(const QRectF &from, const QRectF &to, const QList<QRectF> &obstacles, int lane)
{
    LinkRoute route;
    const bool sameRow = from.top() < to.bottom() && to.top() < from.bottom();
    QPointF a, b;
    if (sameRow) {
        const bool rightward = to.center().x() >= from.center().x();
        const qreal y = (std::max(from.top(), to.top()) + std::min(from.bottom(), to.bottom())) / 2;
        a = QPointF(rightward ? from.right() : from.left(), y);
        b = QPointF(rightward ? to.left() : to.right(), y);
    } else {
        const bool downward = to.center().y() >= from.center().y();
        a = QPointF(from.center().x(), downward ? from.bottom() : from.top());
        b = QPointF(to.center().x(), downward ? to.top() : to.bottom());
    }
    const QLineF direct(a, b);
    bool blocked = false;
    for (const QRectF &r : obstacles)
        if (r != from && r != to && segmentHitsRect(direct, r.adjusted(-2, -2, 2, 2)))
            blocked = true;

    if (!blocked || !sameRow) {
        route.path.moveTo(a);
        route.path.lineTo(b);
        route.labelAnchor = (a + b) / 2 - QPointF(0, 12);
        route.straight = true;
        return route;
    }
    // Around the obstacles: through the gap under the row.
    const qreal gapY = std::max(from.bottom(), to.bottom()) + TopologyLayout::rowGap / 2
                       + lane * TopologyLayout::laneHeight;
    const QPointF s(from.center().x() + (to.center().x() > from.center().x() ? 30 : -30), from.bottom());
    const QPointF t(to.center().x() + (to.center().x() > from.center().x() ? -30 : 30), to.bottom());
    route.path.moveTo(s);
    route.path.lineTo(s.x(), gapY);
    route.path.lineTo(t.x(), gapY);
    route.path.lineTo(t);
    route.labelAnchor = QPointF((s.x() + t.x()) / 2, gapY + 10);
    route.straight = false;
    return route;
}

} // namespace mailha
