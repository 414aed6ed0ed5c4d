// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.pb.h"
#include "events.pb.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointer>

#include <limits>
#include <optional>

class QLabel;

namespace mailha {

class ClusterState;
class LinkItem;
class NodeItem;

/// The live topology: sites as regions, node cards, replication links, and
/// banners for what must not be missed (split brain, lost redundancy, RPO
/// over objective, a service down).
///
/// The scene is built once per spec; a snapshot only updates the items in
/// place. Zoom with Ctrl+wheel or +/-, fit with F or 0, move between nodes
/// with the arrow keys, drag cards to arrange them (remembered per cluster).
class TopologyView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit TopologyView(QWidget *parent = nullptr);
    ~TopologyView() override;

    /// Live wiring: spec on specChanged(), snapshot on updated(), and the store's history for trends.
    void attach(const ClusterState *state);
    /// History for the MTA trend sparklines; may be null.
    void setHistory(const ClusterState *state);
    void setSpec(const ClusterSpec &spec);
    void setSnapshot(const ClusterSnapshot &snapshot);

    NodeItem *nodeItem(const QString &nodeId) const;
    LinkItem *linkItem(const QString &linkId) const;
    QList<NodeItem *> nodeItems() const;
    QLabel *splitBrainBanner() const { return m_splitBrainBanner; }
    QLabel *problemBanner() const { return m_problemBanner; }
    QString selectedNode() const;
    void selectNode(const QString &nodeId);
    /// Where node cards are placed; false if the user moved one.
    bool isAutomaticLayout() const { return m_pinned.isEmpty(); }
    /// Fitting never scales below this: card text stays readable.
    static constexpr qreal minimumFitScale = 0.7;
    /// Whether the user's card positions, zoom and scroll position are
    /// saved (QSettings, per cluster name).
    void setRememberLayout(bool remember) { m_rememberLayout = remember; }
    /// Zoom factor (1 = natural size); fitAll() decides it until the person zooms.
    qreal zoom() const { return transform().m11(); }
    bool isAutoFit() const { return m_autoFit; }
    /// The scene point at the middle of the view.
    QPointF viewCenter() const;
    /// Saves this cluster's zoom and scroll position (also done when the
    /// cluster changes and when the view is destroyed).
    void saveViewState();

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitAll();
    /// Forgets dragged positions and goes back to the automatic layout.
    void resetLayout();

Q_SIGNALS:
    void nodeSelected(const QString &nodeId);
    /// From the context menu: "switchover", "failover", "flush-queue", "details".
    void serviceActionRequested(const QString &nodeId, const QString &serviceId, const QString &action);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyLayout();
    void rerouteLinks();
    void updateBanners(const ClusterSnapshot &snapshot);
    void layoutBanners();
    void updateTrends(const ClusterSnapshot &snapshot);
    void onNodeMoved(const QString &nodeId, QPointF position);
    void moveSelection(int dx, int dy);
    void scaleBy(qreal factor);
    QString settingsKey() const;
    QString viewStateKey() const;
    void restoreViewState();

    QGraphicsScene *m_scene;
    ClusterSpec m_spec;
    QHash<QString, NodeItem *> m_nodes;
    QHash<QString, LinkItem *> m_links;
    QList<QGraphicsItem *> m_siteItems;
    QHash<QString, QPointF> m_pinned;
    QPointer<const ClusterState> m_history;
    static constexpr qint64 trendRefreshMs = 5000;
    qint64 m_trendsAtMs = std::numeric_limits<qint64>::min() / 2;  ///< store time of the sparklines
    QPointer<const ClusterState> m_attached;
    QLabel *m_splitBrainBanner;
    QLabel *m_problemBanner;
    bool m_autoFit = true;
    bool m_rememberLayout = true;
    bool m_routing = false;
    std::optional<QPointF> m_pendingCenter;  // applied once the view has its size
};

} // namespace mailha
