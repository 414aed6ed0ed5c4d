// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events.pb.h"
#include "sample.pb.h"

#include <QColor>
#include <QRectF>

class QGraphicsItem;
class QPainter;
class QPalette;
class QStyleOptionGraphicsItem;

namespace mailha {

/// How a role and a health level look, everywhere in the console: a colour
/// from the Okabe–Ito palette (distinguishable with the common colour vision
/// deficiencies), and a shape, so the role never depends on colour alone.
/// The role's text is always drawn next to its glyph as well.
namespace RoleStyle {

QColor roleColor(Role role);
QColor healthColor(Health health);
QColor clusterHealthColor(ClusterHealth health);
/// Text colour readable on `background`.
QColor textOn(const QColor &background);

/// ACTIVE filled circle, PASSIVE ring, STANDBY half-filled circle, FAILED
/// cross, FENCED square with a bar, MAINTENANCE triangle, UNKNOWN/stale
/// dashed diamond.
void paintGlyph(QPainter *painter, const QRectF &rect, Role role, bool stale = false);

/// The palette a topology item paints with: its scene's, which follows the
/// application's (a theme switched at run time). The style option's is a
/// copy the scene took once, when it was created.
QPalette itemPalette(const QGraphicsItem *item, const QStyleOptionGraphicsItem *option);

/// Pen style for a replication link: sync solid, async dashed.
Qt::PenStyle linkPenStyle(ReplicationMode mode);

} // namespace RoleStyle

} // namespace mailha
