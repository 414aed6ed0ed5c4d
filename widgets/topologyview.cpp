// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologyview.h"

#include "cluster/clusterstate.h"
#include "core/names.h"
#include "linkitem.h"
#include "nodeitem.h"
#include "rolestyle.h"
#include "topologylayout.h"

#include <QContextMenuEvent>
#include <QGraphicsItem>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QStyleOptionGraphicsItem>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>

namespace mailha {

namespace {

/// A site's region: a tinted rounded rectangle with the site's name.
class SiteItem final : public QGraphicsItem
{
public:
    SiteItem(const QString &title, const QRectF &rect)
        : m_title(title)
        , m_rect(rect)
    {
        setZValue(-2);
    }
    QRectF boundingRect() const override { return m_rect.adjusted(-1, -1, 1, 1); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const QPalette pal = RoleStyle::itemPalette(this, option);
        painter->setRenderHint(QPainter::Antialiasing);
        QColor fill = pal.color(QPalette::Window);
        fill = fill.lightnessF() > 0.5 ? fill.darker(106) : fill.lighter(125);
        painter->setPen(QPen(pal.color(QPalette::Mid), 1));
        painter->setBrush(fill);
        painter->drawRoundedRect(m_rect, 10, 10);
        QFont f = painter->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.15);
        painter->setFont(f);
        painter->setPen(pal.color(QPalette::WindowText));
        painter->drawText(m_rect.adjusted(TopologyLayout::sitePadding, 0, -TopologyLayout::sitePadding, 0)
                              .adjusted(0, 0, 0, -(m_rect.height() - TopologyLayout::siteTitleHeight)),
                          Qt::AlignVCenter | Qt::AlignLeft, m_title);
    }

private:
    QString m_title;
    QRectF m_rect;
};

QLabel *makeBanner(const QString &objectName, const QColor &background, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);  // banners name nodes and groups from the cluster file
    // A style sheet, not the palette: the banner keeps its colours under any style or theme.
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; padding: 6px 10px; font-weight: bold; }")
                             .arg(background.name(), RoleStyle::textOn(background).name()));
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    label->setFont(f);
    label->hide();
    return label;
}

} // namespace

TopologyView::TopologyView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
    , m_splitBrainBanner(makeBanner(QStringLiteral("splitBrainBanner"), RoleStyle::healthColor(CRITICAL), this))
    , m_problemBanner(makeBanner(QStringLiteral("problemBanner"), RoleStyle::healthColor(WARNING), this))
{
    setObjectName(QStringLiteral("topologyView"));
    setAccessibleName(tr("Cluster topology"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        const QString id = selectedNode();
        if (NodeItem *item = nodeItem(id))
            setAccessibleDescription(item->accessibleName());
        Q_EMIT nodeSelected(id);
    });
}

TopologyView::~TopologyView()
{
    saveViewState();
    // The scene clears its selection while it is destroyed; nobody must hear of it.
    disconnect(m_scene, nullptr, this, nullptr);
}

void TopologyView::attach(const ClusterState *state)
{
    if (m_attached)
        disconnect(m_attached, nullptr, this, nullptr);
    m_attached = state;
    setHistory(state);
    if (!state)
        return;
    connect(state, &ClusterState::specChanged, this, [this] { setSpec(m_attached->spec()); });
    connect(state, &ClusterState::updated, this, [this] { setSnapshot(m_attached->snapshot()); });
    setSpec(state->spec());
    setSnapshot(state->snapshot());
}

void TopologyView::setHistory(const ClusterState *state)
{
    m_history = state;
}

QString TopologyView::settingsKey() const
{
    return QStringLiteral("topology/") + qstr(m_spec.name()) + QStringLiteral("/positions");
}

QString TopologyView::viewStateKey() const
{
    return QStringLiteral("topology/") + qstr(m_spec.name()) + QStringLiteral("/view");
}

QPointF TopologyView::viewCenter() const
{
    return mapToScene(viewport()->rect().center());
}

void TopologyView::saveViewState()
{
    if (!m_rememberLayout || m_nodes.isEmpty())
        return;
    QSettings settings;
    // A fitted view is the default: nothing to remember, and a resized window fits again.
    if (m_autoFit) {
        settings.remove(viewStateKey());
        return;
    }
    const QPointF center = m_pendingCenter.value_or(viewCenter());
    settings.setValue(viewStateKey(), QVariantMap{{QStringLiteral("zoom"), zoom()}, {QStringLiteral("center"), center}});
}

void TopologyView::restoreViewState()
{
    m_pendingCenter.reset();
    if (!m_rememberLayout)
        return;
    const QVariantMap saved = QSettings().value(viewStateKey()).toMap();
    bool ok = false;
    const qreal z = saved.value(QStringLiteral("zoom")).toDouble(&ok);
    const QVariant center = saved.value(QStringLiteral("center"));
    // A hand-edited or damaged entry is ignored rather than applied.
    if (!ok || !std::isfinite(z) || z < 0.1 || z > 4.0 || center.typeId() != QMetaType::QPointF)
        return;
    m_autoFit = false;
    setTransform(QTransform::fromScale(z, z));
    m_pendingCenter = center.toPointF();
    centerOn(*m_pendingCenter);
    // Scroll bars that come or go with the new zoom resize the viewport a
    // moment later: centre again once that has happened.
    if (isVisible())
        QTimer::singleShot(0, this, [this] {
            if (m_pendingCenter)
                centerOn(*std::exchange(m_pendingCenter, std::nullopt));
        });
}

void TopologyView::setSpec(const ClusterSpec &spec)
{
    saveViewState();
    m_scene->clear();
    m_nodes.clear();
    m_links.clear();
    m_siteItems.clear();
    m_spec = spec;
    m_pinned.clear();
    if (m_rememberLayout) {
        QSettings settings;
        const QVariantMap saved = settings.value(settingsKey()).toMap();
        for (auto it = saved.begin(); it != saved.end(); ++it)
            m_pinned.insert(it.key(), it.value().toPointF());
    }

    for (const Node &node : spec.nodes()) {
        auto *item = new NodeItem(spec, node);
        m_scene->addItem(item);
        m_nodes.insert(item->nodeId(), item);
        connect(item, &NodeItem::positionChanged, this, &TopologyView::rerouteLinks);
        connect(item, &NodeItem::moved, this, &TopologyView::onNodeMoved);
    }
    for (const ReplicationLink &link : spec.links()) {
        if (!m_nodes.contains(qstr(link.from_node())) || !m_nodes.contains(qstr(link.to_node())))
            continue;
        auto *item = new LinkItem(link);
        m_scene->addItem(item);
        m_links.insert(item->linkId(), item);
    }
    applyLayout();
    m_splitBrainBanner->hide();
    m_problemBanner->hide();
    layoutBanners();
    m_autoFit = true;
    fitAll();
    restoreViewState();
}

void TopologyView::applyLayout()
{
    QHash<QString, QSizeF> sizes;
    for (const Node &node : m_spec.nodes())
        sizes.insert(qstr(node.id()), NodeItem::sizeFor(m_spec, node));
    const TopologyLayout layout = TopologyLayout::compute(m_spec, sizes);
    for (QGraphicsItem *s : std::as_const(m_siteItems))
        delete s;
    m_siteItems.clear();
    for (const TopologyLayout::Site &site : layout.sites) {
        auto *item = new SiteItem(site.title, site.rect);
        m_scene->addItem(item);
        m_siteItems.append(item);
    }
    m_routing = true;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setPos(m_pinned.value(it.key(), layout.nodes.value(it.key()).topLeft()));
    m_routing = false;
    rerouteLinks();
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20));
}

void TopologyView::rerouteLinks()
{
    if (m_routing)
        return;
    QList<QRectF> cards;
    for (const NodeItem *n : std::as_const(m_nodes))
        cards << n->sceneBoundingRect().adjusted(3, 3, -3, -3);
    // Routed links below the same row take separate lanes, in spec order.
    QHash<int, int> lanes;
    for (const ReplicationLink &spec : m_spec.links()) {
        LinkItem *link = m_links.value(qstr(spec.id()));
        if (!link)
            continue;
        const QRectF from = m_nodes.value(link->fromNode())->sceneBoundingRect().adjusted(3, 3, -3, -3);
        const QRectF to = m_nodes.value(link->toNode())->sceneBoundingRect().adjusted(3, 3, -3, -3);
        const int rowKey = int(std::max(from.bottom(), to.bottom()));
        LinkRoute route = routeLink(from, to, cards, lanes.value(rowKey, 0));
        if (!route.straight)
            lanes[rowKey] += 1;
        link->setRoute(route.path, route.labelAnchor);
    }
}

void TopologyView::setSnapshot(const ClusterSnapshot &snapshot)
{
    for (const NodeStatus &status : snapshot.nodes())
        if (NodeItem *item = m_nodes.value(qstr(status.node_id())))
            item->setStatus(status);
    QHash<QString, const GroupStatus *> groups;
    for (const GroupStatus &g : snapshot.groups())
        groups.insert(qstr(g.group()), &g);
    for (const LinkStatus &status : snapshot.links()) {
        LinkItem *item = m_links.value(qstr(status.link_id()));
        if (!item)
            continue;
        const GroupStatus *g = groups.value(qstr(status.group()));
        // The breach shows on the link a failover would promote through.
        const bool breach = g && g->rpo_breached() && !g->down() && g->best_candidate() == status.to_node();
        item->setStatus(status, breach);
    }
    updateTrends(snapshot);
    updateBanners(snapshot);
}

void TopologyView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    // Cards keep a cached image: a new palette or font must redraw them.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        for (NodeItem *node : std::as_const(m_nodes))
            node->update();
}

void TopologyView::updateTrends(const ClusterSnapshot &snapshot)
{
    if (!m_history)
        return;
    const qint64 t1 = snapshot.time_ms();
    // 24 columns over 5 min: a sparkline changes little in a few seconds,
    // and the card's text carries the current numbers.
    if (t1 >= m_trendsAtMs && t1 - m_trendsAtMs < trendRefreshMs)
        return;
    m_trendsAtMs = t1;
    const qint64 t0 = t1 - 5 * 60 * 1000;
    QList<QPointF> points;
    for (const NodeStatus &node : snapshot.nodes()) {
        NodeItem *item = m_nodes.value(qstr(node.node_id()));
        if (!item)
            continue;
        for (const ServiceStatus &s : node.services()) {
            if (s.technology() != POSTFIX)
                continue;
            const TimeSeries *series = m_history->series(
                ClusterState::queueKey(qstr(node.node_id()), qstr(s.service_id()), QStringLiteral("deferred")));
            if (!series)
                continue;
            series->decimate(t0, t1, 24, points);
            item->setTrend(qstr(s.service_id()), points);
        }
    }
}

void TopologyView::updateBanners(const ClusterSnapshot &snapshot)
{
    QStringList splitGroups;
    QStringList problems;
    for (const GroupStatus &g : snapshot.groups()) {
        const QString group = qstr(g.group());
        if (g.split_brain()) {
            QStringList active;
            for (const std::string &n : g.active_nodes())
                active << qstr(n);
            splitGroups << tr("%1 has %2 active members (%3)")
                               .arg(group)
                               .arg(active.size())
                               .arg(active.join(QLatin1String(", ")));
        }
        if (g.down())
            problems << tr("%1 is DOWN: no active member").arg(group);
        else if (g.redundancy_lost())
            problems << tr("%1 lost redundancy: N+%2, needs N+%3").arg(group).arg(g.healthy_standbys()).arg(g.required_standbys());
        if (g.rpo_breached() && !g.down())
            problems << (g.projected_rpo_s() < 0
                             ? tr("%1 RPO unknown: no failover candidate (objective %2)")
                                   .arg(group, formatDuration(g.objectives().rpo_s()))
                             : tr("%1 RPO over objective: a failover now loses %2 (objective %3)")
                                   .arg(group, formatDuration(g.projected_rpo_s()), formatDuration(g.objectives().rpo_s())));
    }
    if (!splitGroups.isEmpty())
        m_splitBrainBanner->setText(tr("SPLIT BRAIN — %1. Fence one side before anything else.")
                                        .arg(splitGroups.join(QLatin1String("; "))));
    m_splitBrainBanner->setVisible(!splitGroups.isEmpty());
    if (!problems.isEmpty())
        m_problemBanner->setText(problems.join(QLatin1Char('\n')));
    m_problemBanner->setVisible(!problems.isEmpty());
    layoutBanners();
}

void TopologyView::layoutBanners()
{
    int y = 0;
    const int w = width() - 2 * frameWidth();
    for (QLabel *banner : {m_splitBrainBanner, m_problemBanner}) {
        if (banner->isHidden())
            continue;
        const int h = banner->heightForWidth(w);
        banner->setGeometry(frameWidth(), frameWidth() + y, w, h > 0 ? h : banner->sizeHint().height());
        y += banner->height();
    }
    setViewportMargins(0, y, 0, 0);
}

NodeItem *TopologyView::nodeItem(const QString &nodeId) const
{
    return m_nodes.value(nodeId);
}

LinkItem *TopologyView::linkItem(const QString &linkId) const
{
    return m_links.value(linkId);
}

QList<NodeItem *> TopologyView::nodeItems() const
{
    QList<NodeItem *> items;
    for (const Node &n : m_spec.nodes())
        if (NodeItem *item = m_nodes.value(qstr(n.id())))
            items << item;
    return items;
}

QString TopologyView::selectedNode() const
{
    for (QGraphicsItem *item : m_scene->selectedItems())
        if (auto *node = dynamic_cast<NodeItem *>(item))
            return node->nodeId();
    return {};
}

void TopologyView::selectNode(const QString &nodeId)
{
    NodeItem *item = m_nodes.value(nodeId);
    if (!item || selectedNode() == nodeId)
        return;
    m_scene->clearSelection();
    item->setSelected(true);
    item->setFocus();
    ensureVisible(item);
}

void TopologyView::zoomIn()
{
    scaleBy(1.25);
}

void TopologyView::zoomOut()
{
    scaleBy(0.8);
}

void TopologyView::scaleBy(qreal factor)
{
    m_autoFit = false;
    const qreal current = transform().m11();
    const qreal target = std::clamp(current * factor, 0.1, 4.0);
    scale(target / current, target / current);
}

void TopologyView::fitAll()
{
    if (m_scene->items().isEmpty())
        return;
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    // Never magnify a small cluster past its natural size, and never shrink
    // the cards below readable text: a big cluster scrolls instead.
    const qreal scaleNow = transform().m11();
    if (scaleNow > 1.0 || scaleNow < minimumFitScale) {
        const qreal s = std::clamp(scaleNow, minimumFitScale, 1.0);
        setTransform(QTransform::fromScale(s, s));
        // Too big to fit: start at the top, where the front-end tiers are.
        verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    }
}

void TopologyView::resetLayout()
{
    m_pinned.clear();
    if (m_rememberLayout) {
        QSettings settings;
        settings.remove(settingsKey());
    }
    applyLayout();
}

void TopologyView::onNodeMoved(const QString &nodeId, QPointF position)
{
    m_pinned.insert(nodeId, position);
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20));
    if (!m_rememberLayout)
        return;
    QVariantMap saved;
    for (auto it = m_pinned.cbegin(); it != m_pinned.cend(); ++it)
        saved.insert(it.key(), it.value());
    QSettings settings;
    settings.setValue(settingsKey(), saved);
}

void TopologyView::moveSelection(int dx, int dy)
{
    const QList<NodeItem *> items = nodeItems();
    if (items.isEmpty())
        return;
    NodeItem *current = m_nodes.value(selectedNode());
    if (!current) {
        selectNode(items.first()->nodeId());
        return;
    }
    const QPointF from = current->sceneBoundingRect().center();
    NodeItem *best = nullptr;
    qreal bestScore = 0;
    for (NodeItem *candidate : items) {
        if (candidate == current)
            continue;
        const QPointF d = candidate->sceneBoundingRect().center() - from;
        const qreal along = d.x() * dx + d.y() * dy;
        if (along <= 1)
            continue;
        const qreal across = std::abs(d.x() * dy) + std::abs(d.y() * dx);
        const qreal score = along + 2 * across;  // prefer straight ahead
        if (!best || score < bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    if (best)
        selectNode(best->nodeId());
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        scaleBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left: moveSelection(-1, 0); return;
    case Qt::Key_Right: moveSelection(1, 0); return;
    case Qt::Key_Up: moveSelection(0, -1); return;
    case Qt::Key_Down: moveSelection(0, 1); return;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); return;
    case Qt::Key_Minus: zoomOut(); return;
    case Qt::Key_F:
    case Qt::Key_0:
        m_autoFit = true;
        fitAll();
        return;
    default: break;
    }
    QGraphicsView::keyPressEvent(event);
}

void TopologyView::contextMenuEvent(QContextMenuEvent *event)
{
    NodeItem *node = nullptr;
    for (QGraphicsItem *item : items(event->pos()))
        if ((node = dynamic_cast<NodeItem *>(item)))
            break;
    if (!node) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    selectNode(node->nodeId());
    QMenu menu(this);
    const QString nodeId = node->nodeId();
    menu.addAction(tr("Show details of %1").arg(nodeId), this,
                   [this, nodeId] { Q_EMIT serviceActionRequested(nodeId, QString(), QStringLiteral("details")); });
    for (const ServiceStatus &s : node->status().services()) {
        const QString service = qstr(s.service_id());
        menu.addSection(tr("%1 (%2)").arg(service, roleLabel(s.role())));
        if (s.role() == STANDBY || s.role() == PASSIVE) {
            menu.addAction(tr("Switch over %1 to %2…").arg(service, nodeId), this, [this, nodeId, service] {
                Q_EMIT serviceActionRequested(nodeId, service, QStringLiteral("switchover"));
            });
            menu.addAction(tr("Fail over %1 to %2…").arg(service, nodeId), this, [this, nodeId, service] {
                Q_EMIT serviceActionRequested(nodeId, service, QStringLiteral("failover"));
            });
        }
        if (s.technology() == POSTFIX)
            menu.addAction(tr("Flush the queue on %1…").arg(nodeId), this, [this, nodeId, service] {
                Q_EMIT serviceActionRequested(nodeId, service, QStringLiteral("flush-queue"));
            });
    }
    menu.exec(event->globalPos());
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    layoutBanners();
    if (m_autoFit)
        fitAll();
}

void TopologyView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_autoFit)
        fitAll();
    else if (m_pendingCenter)
        centerOn(*std::exchange(m_pendingCenter, std::nullopt));
}

} // namespace mailha
