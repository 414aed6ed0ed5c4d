// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.pb.h"
#include "events.pb.h"

#include <QGraphicsObject>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPointF>

namespace mailha {

/// One node's card in the topology: its services with role as glyph, colour
/// and text, replica lag, MTA queues with a small trend, the floating IPs it
/// holds, and its connection state. The card's size depends on the spec
/// only, so a status update repaints in place and never moves anything.
class NodeItem final : public QGraphicsObject
{
    Q_OBJECT

public:
    NodeItem(const ClusterSpec &spec, const Node &node, QGraphicsItem *parent = nullptr);
    ~NodeItem() override;

    static QSizeF sizeFor(const ClusterSpec &spec, const Node &node);

    QString nodeId() const { return m_nodeId; }
    void setStatus(const NodeStatus &status);
    const NodeStatus &status() const { return m_status; }
    /// Deferred-queue points (x: ms, y: count) for the MTA trend, by service id.
    void setTrend(const QString &serviceId, const QList<QPointF> &points);

    /// What the card says, line by line, as a screen reader or a test reads it.
    QStringList textLines() const;
    /// The role text shown for a service ("ACTIVE", ...), empty if unknown service.
    QString roleText(const QString &serviceId) const;
    QStringList vipLabels() const;
    /// "last seen 14 s ago", "never seen", or empty for a live node.
    QString staleText() const;
    bool isStale() const { return m_status.stale(); }
    /// The node's accessible name, also its tooltip: id, roles, state.
    QString accessibleName() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

Q_SIGNALS:
    /// The user dropped the card somewhere else.
    void moved(const QString &nodeId, QPointF position);
    void positionChanged();

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    struct ServiceLine {
        QString id;
        Technology technology;
        bool replica;
    };
    QString serviceDetail(const ServiceStatus &s) const;

    QString m_nodeId;
    QList<ServiceLine> m_services;
    QHash<QString, QString> m_vipAddress;  // id -> address
    bool m_mayHoldVip = false;
    QSizeF m_size;
    // The card's outline and its tinted parts, made once: clipping to a
    // rounded path on every paint was a tenth of a 200-node repaint.
    QPainterPath m_card;
    QPainterPath m_header;
    QPainterPath m_accent;
    NodeStatus m_status;
    std::string m_drawn;  ///< m_status as drawn (a live node's age left out), serialized
    NodeStatus m_scratch;
    std::string m_scratchBytes;
    QHash<QString, QList<QPointF>> m_trends;
};

} // namespace mailha
