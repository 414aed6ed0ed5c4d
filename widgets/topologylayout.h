// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.pb.h"

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace mailha {

/// Where the topology draws things. Deterministic: the same spec and card
/// sizes always give the same layout, so nodes never jump between updates.
///
/// Sites are regions side by side. Inside a site, the nodes of one service
/// group share a row, and rows line up across sites, so a replication link
/// between sites is usually a short horizontal line across the gap. Rows
/// wrap after `maxPerRow` cards, which keeps 200 nodes readable.
struct TopologyLayout {
    struct Site {
        QString id;
        QString title;
        QRectF rect;
    };
    QList<Site> sites;
    QHash<QString, QRectF> nodes;  ///< card rectangle per node id
    QRectF bounds;

    static constexpr qreal cardWidth = 226;
    static constexpr qreal columnGap = 20;
    static constexpr qreal rowGap = 34;
    static constexpr qreal laneHeight = 22;
    static constexpr qreal siteGap = 150;
    static constexpr qreal sitePadding = 18;
    static constexpr qreal siteTitleHeight = 34;
    static constexpr int maxPerRow = 3;

    static TopologyLayout compute(const ClusterSpec &spec, const QHash<QString, QSizeF> &cardSizes);
};

/// The path of a replication link between two cards that avoids the other
/// cards: a straight line when nothing is in the way, otherwise down into the
/// gap below the row, along it in `lane`, and up into the target.
struct LinkRoute {
    QPainterPath path;
    QPointF labelAnchor;  ///< centre of the label
    bool straight = true;
};
LinkRoute routeLink(const QRectF &from, const QRectF &to, const QList<QRectF> &obstacles, int lane);

} // namespace mailha
