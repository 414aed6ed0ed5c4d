// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.pb.h"
#include "events.pb.h"

#include <QGraphicsItem>

namespace mailha {

/// A replication link: solid when synchronous, dashed when asynchronous,
/// coloured by the link's health against its thresholds (and as a breach
/// when the service's RPO objective is exceeded through it), labelled with
/// the lag in seconds and bytes.
class LinkItem final : public QGraphicsItem
{
public:
    explicit LinkItem(const ReplicationLink &link, QGraphicsItem *parent = nullptr);

    QString linkId() const { return m_linkId; }
    QString fromNode() const { return m_from; }
    QString toNode() const { return m_to; }
    ReplicationMode mode() const { return m_mode; }
    Qt::PenStyle penStyle() const;

    void setRoute(const QPainterPath &path, QPointF labelAnchor);
    void setStatus(const LinkStatus &status, bool rpoBreached);
    const LinkStatus &status() const { return m_status; }
    bool rpoBreached() const { return m_rpoBreached; }
    /// The label as drawn: "2.3 s · 1.2 MiB", "broken", "delayed 1 h (expected)".
    QString label() const;
    QColor color() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF labelRect() const { return m_labelRect; }
    /// Label box and bounds follow the route and the label text; computed
    /// when those change, not on each of the scene's many boundingRect() calls.
    void relayout();

    QString m_linkId;
    QString m_from;
    QString m_to;
    ReplicationMode m_mode;
    QPainterPath m_path;
    QPointF m_labelAnchor;
    LinkStatus m_status;
    std::string m_statusBytes;   ///< m_status serialized: a tick compares, not copies
    std::string m_scratchBytes;  ///< reused between ticks
    bool m_rpoBreached = false;
    QString m_label;  ///< label(), as last laid out and drawn
    QRectF m_labelRect;
    QRectF m_bounds;
};

} // namespace mailha
