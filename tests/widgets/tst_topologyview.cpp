// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterfixture.h"
#include "linkitem.h"
#include "nodeitem.h"
#include "rolestyle.h"
#include "testsupport.h"
#include "topologylayout.h"
#include "topologyview.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest/QTest>

using namespace mailha;
using namespace mailha::test;

namespace {

/// Site a: p, s1 and mx1; site b: s2 and mx2. RPO objective 0 s, one standby
/// required, vip-db on the primary.
ClusterSpec dbCluster()
{
    return smallCluster(
        {.name = "topology-test", .namedSites = true, .minStandbys = 1, .mtaSites = {"a", "b"}, .dbVip = true});
}

/// p holds the VIP; each standby reports its link's sync state.
QList<NodeSample> healthy(qint64 t = t0)
{
    return {pgSample("p", t, ACTIVE, {.vip = "vip-db"}), pgSample("s1", t, STANDBY, {.syncState = "sync"}),
            pgSample("s2", t, STANDBY, {.lagS = 1.5, .lagBytes = 2048, .syncState = "async"}),
            mtaSample("mx1", t, {.active = 7, .deferred = 4}), mtaSample("mx2", t, {.active = 7, .deferred = 4})};
}

} // namespace

class TestTopologyView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MailHA-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_topologyview"));
        QSettings().clear();
    }

    void healthyClusterShowsRolesVipsAndLinks()
    {
        TopologyView view;
        view.setRememberLayout(false);
        const ClusterSpec spec = dbCluster();
        view.setSpec(spec);
        view.setSnapshot(snapshotOf(spec, healthy(), t0 + 500));
        QCOMPARE(view.nodeItems().size(), 5);
        QCOMPARE(view.nodeItem(QStringLiteral("p"))->roleText(QStringLiteral("pg")), roleLabel(ACTIVE));
        QCOMPARE(view.nodeItem(QStringLiteral("s1"))->roleText(QStringLiteral("pg")), roleLabel(STANDBY));
        QCOMPARE(view.nodeItem(QStringLiteral("p"))->vipLabels(), QStringList{QStringLiteral("VIP 10.0.0.50")});
        QVERIFY(view.nodeItem(QStringLiteral("s1"))->vipLabels().isEmpty());
        QVERIFY(view.nodeItem(QStringLiteral("mx1"))->textLines().contains(QStringLiteral("queue a 7 · d 4 · h 0")));
        QCOMPARE(view.linkItem(QStringLiteral("p->s1"))->penStyle(), Qt::SolidLine);
        QCOMPARE(view.linkItem(QStringLiteral("p->s2"))->penStyle(), Qt::DashLine);
        QCOMPARE(view.linkItem(QStringLiteral("p->s2"))->label(), QStringLiteral("1.5 s · 2.0 KiB"));
        QCOMPARE(view.linkItem(QStringLiteral("p->s2"))->color(), RoleStyle::healthColor(OK));
        QVERIFY(!view.splitBrainBanner()->isVisibleTo(&view));
        QVERIFY(!view.problemBanner()->isVisibleTo(&view));
        QCOMPARE(view.nodeItem(QStringLiteral("p"))->opacity(), 1.0);
    }

    // Cards are drawn once into a cache and copied while unchanged: a new
    // status or a new palette (dark theme) must still reach the screen.
    void cachedCardsFollowStatusAndPalette()
    {
        const QPalette before = QApplication::palette();
        TopologyView view;
        view.setRememberLayout(false);
        view.resize(900, 600);
        const ClusterSpec spec = dbCluster();
        view.setSpec(spec);
        view.setSnapshot(snapshotOf(spec, healthy(), t0 + 500));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        NodeItem *p = view.nodeItem(QStringLiteral("p"));
        const QRectF card = p->boundingRect();
        const auto pixel = [&](QPointF inCard) {
            QCoreApplication::processEvents();
            const QImage shot = view.viewport()->grab().toImage();
            return shot.pixelColor(view.mapFromScene(p->mapToScene(inCard)));
        };
        const QPointF accent(card.left() + 3, card.center().y());
        const QPointF body(card.right() - 5, card.center().y());
        QCOMPARE(pixel(accent), RoleStyle::healthColor(OK));

        QList<NodeSample> failing = healthy(t0 + 1000);
        for (NodeSample &sample : failing)
            if (sample.node_id() == "p")
                sample.mutable_services(0)->set_health(CRITICAL);
        view.setSnapshot(snapshotOf(spec, failing, t0 + 1500));
        QCOMPARE(pixel(accent), RoleStyle::healthColor(CRITICAL));

        QPalette dark = before;
        dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x25));
        QVERIFY(pixel(body) != dark.color(QPalette::Base));
        QApplication::setPalette(dark);
        const QColor after = pixel(body);
        QApplication::setPalette(before);
        QCOMPARE(after, dark.color(QPalette::Base));
    }

    void staleNodeFadesAndShowsItsAge()
    {
        TopologyView view;
        view.setRememberLayout(false);
        const ClusterSpec spec = dbCluster();
        view.setSpec(spec);
        QList<NodeSample> samples = healthy(t0 + 14'000);
        samples[2] = pgSample("s2", t0, STANDBY, {.lagS = 1.5, .lagBytes = 2048, .syncState = "async"});  // silent for 14 s
        view.setSnapshot(snapshotOf(spec, samples, t0 + 14'000));
        NodeItem *s2 = view.nodeItem(QStringLiteral("s2"));
        QVERIFY(s2->isStale());
        QVERIFY(s2->opacity() < 0.9);
        QCOMPARE(s2->staleText(), QStringLiteral("last seen 14 s ago"));
        QVERIFY(s2->textLines().contains(QStringLiteral("last seen 14 s ago")));
        QVERIFY(s2->accessibleName().contains(QStringLiteral("last seen 14 s ago")));
        QVERIFY(!view.nodeItem(QStringLiteral("s1"))->isStale());

        // It answers again: the card comes back to full strength.
        view.setSnapshot(snapshotOf(spec, healthy(t0 + 15'000), t0 + 15'000));
        QCOMPARE(s2->opacity(), 1.0);
        QVERIFY(s2->staleText().isEmpty());
    }

    void splitBrainRaisesTheBanner()
    {
        TopologyView view;
        view.setRememberLayout(false);
        const ClusterSpec spec = dbCluster();
        view.setSpec(spec);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QList<NodeSample> samples = healthy();
        samples[1] = pgSample("s1", t0, ACTIVE, {.vip = "vip-db"});  // promoted while p still runs
        view.setSnapshot(snapshotOf(spec, samples, t0 + 500));
        QVERIFY(view.splitBrainBanner()->isVisible());
        QVERIFY(view.splitBrainBanner()->text().contains(QStringLiteral("SPLIT BRAIN")));
        QVERIFY(view.splitBrainBanner()->text().contains(QStringLiteral("db has 2 active members (p, s1)")));
        // The banner sits above the scene, never over a card.
        QVERIFY(view.viewport()->geometry().top() >= view.splitBrainBanner()->geometry().bottom());

        view.setSnapshot(snapshotOf(spec, healthy(t0 + 1000), t0 + 1000));
        QVERIFY(!view.splitBrainBanner()->isVisible());
    }

    void lostRedundancyIsAnnounced()
    {
        TopologyView view;
        view.setRememberLayout(false);
        const ClusterSpec spec = dbCluster();
        view.setSpec(spec);
        QList<NodeSample> samples = healthy(t0 + 10'000);
        samples[1] = pgSample("s1", t0 + 10'000, FAILED);
        samples[1].mutable_services(0)->set_health(CRITICAL);
        samples[2] = pgSample("s2", t0, STANDBY, {.lagS = 1, .lagBytes = 10, .syncState = "async"});  // stale
        view.setSnapshot(snapshotOf(spec, samples, t0 + 10'000));
        QVERIFY(view.problemBanner()->isVisibleTo(&view));
        QVERIFY2(view.problemBanner()->text().contains(QStringLiteral("db lost redundancy: N+0, needs N+1")),
                 qPrintable(view.problemBanner()->text()));
        QCOMPARE(view.nodeItem(QStringLiteral("s1"))->roleText(QStringLiteral("pg")), roleLabel(FAILED));
    }

    void lagOverObjective_data()
    {
        QTest::addColumn<double>("asyncLag");
        QTest::addColumn<int>("linkHealth");
        QTest::addColumn<QString>("label");
        // The sync standby is broken, so a failover would promote the async one.
        QTest::newRow("under threshold, over RPO 0") << 3.0 << int(WARNING) << QStringLiteral("3.0 s · 4.0 KiB > RPO");
        QTest::newRow("over the critical threshold") << 90.0 << int(CRITICAL)
                                                     << QStringLiteral("1 min 30 s · 4.0 KiB > RPO");
    }

    void lagOverObjective()
    {
        QFETCH(double, asyncLag);
        QFETCH(int, linkHealth);
        QFETCH(QString, label);
        TopologyView view;
        view.setRememberLayout(false);
        const ClusterSpec spec = dbCluster();
        view.setSpec(spec);
        QList<NodeSample> samples = healthy();
        samples[1] = pgSample("s1", t0, STANDBY, {.receiving = false, .syncState = "sync"});
        samples[2] = pgSample("s2", t0, STANDBY, {.lagS = asyncLag, .lagBytes = 4096, .syncState = "async"});
        view.setSnapshot(snapshotOf(spec, samples, t0 + 500));
        LinkItem *link = view.linkItem(QStringLiteral("p->s2"));
        QVERIFY(link->rpoBreached());
        QCOMPARE(link->label(), label);
        QCOMPARE(link->color(), RoleStyle::healthColor(Health(linkHealth)));
        QCOMPARE(view.linkItem(QStringLiteral("p->s1"))->label(), QStringLiteral("broken"));
        QVERIFY(view.problemBanner()->isVisibleTo(&view));
        QVERIFY(view.problemBanner()->text().contains(QStringLiteral("db RPO over objective")));
    }

    void updatesInPlace()
    {
        TopologyView view;
        view.setRememberLayout(false);
        const ClusterSpec spec = dbCluster();
        view.setSpec(spec);
        const QList<QGraphicsItem *> before = view.scene()->items();
        QHash<QString, QPointF> positions;
        for (NodeItem *n : view.nodeItems())
            positions.insert(n->nodeId(), n->pos());
        for (int i = 0; i < 20; ++i)
            view.setSnapshot(snapshotOf(spec, healthy(t0 + i * 1000), t0 + i * 1000));
        QCOMPARE(view.scene()->items().size(), before.size());
        for (QGraphicsItem *item : before)
            QVERIFY(view.scene()->items().contains(item));
        for (NodeItem *n : view.nodeItems())
            QCOMPARE(n->pos(), positions.value(n->nodeId()));
    }

    void layoutHasNoOverlaps_data()
    {
        QTest::addColumn<int>("nodes");
        for (int n : {2, 5, 13, 50, 120, 200})
            QTest::addRow("%d nodes", n) << n;
    }

    void layoutHasNoOverlaps()
    {
        QFETCH(int, nodes);
        const ClusterSpec spec = manyNodes(nodes);
        QHash<QString, QSizeF> sizes;
        for (const Node &n : spec.nodes())
            sizes.insert(qstr(n.id()), NodeItem::sizeFor(spec, n));
        const TopologyLayout layout = TopologyLayout::compute(spec, sizes);
        QCOMPARE(layout.nodes.size(), nodes);
        const QList<QRectF> rects = layout.nodes.values();
        for (int i = 0; i < rects.size(); ++i) {
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects.at(i).intersects(rects.at(j)), qPrintable(QStringLiteral("cards %1 and %2 overlap").arg(i).arg(j)));
            bool inSite = false;
            for (const TopologyLayout::Site &s : layout.sites)
                inSite = inSite || s.rect.contains(rects.at(i));
            QVERIFY(inSite);
        }
        // Deterministic: the same input gives the same places.
        const TopologyLayout again = TopologyLayout::compute(spec, sizes);
        QCOMPARE(again.nodes, layout.nodes);
    }

    void draggedNodeIsRememberedPerCluster()
    {
        const ClusterSpec spec = dbCluster();
        QPointF moved;
        {
            TopologyView view;
            view.setSpec(spec);
            NodeItem *item = view.nodeItem(QStringLiteral("mx2"));
            moved = item->pos() + QPointF(40, 300);
            item->setPos(moved);
            Q_EMIT item->moved(item->nodeId(), moved);
            QVERIFY(!view.isAutomaticLayout());
        }
        TopologyView again;
        again.setSpec(spec);
        QCOMPARE(again.nodeItem(QStringLiteral("mx2"))->pos(), moved);
        again.resetLayout();
        QVERIFY(again.nodeItem(QStringLiteral("mx2"))->pos() != moved);
        TopologyView third;
        third.setSpec(spec);
        QVERIFY(third.isAutomaticLayout());
    }

    void keyboardMovesBetweenNodes()
    {
        TopologyView view;
        view.setRememberLayout(false);
        const ClusterSpec spec = dbCluster();
        view.setSpec(spec);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectNode(QStringLiteral("p"));
        QCOMPARE(view.selectedNode(), QStringLiteral("p"));
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.selectedNode(), QStringLiteral("s1"));
        QTest::keyClick(&view, Qt::Key_Right);  // across the site gap
        QCOMPARE(view.selectedNode(), QStringLiteral("s2"));
        QTest::keyClick(&view, Qt::Key_Down);  // the MTA row below
        QCOMPARE(view.selectedNode(), QStringLiteral("mx2"));
        QTest::keyClick(&view, Qt::Key_Left);  // same row, back across the gap
        QCOMPARE(view.selectedNode(), QStringLiteral("mx1"));
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(view.selectedNode(), QStringLiteral("s1"));
    }
};

QTEST_MAIN(TestTopologyView)
#include "tst_topologyview.moc"
