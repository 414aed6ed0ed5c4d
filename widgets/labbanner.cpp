// SPDX-License-Identifier: GPL-3.0-or-later
#include "labbanner.h"

#include <QPainter>

namespace mailha {

LabBanner::LabBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("labBanner"));
    setText(tr("LAB — simulated cluster, no real host is reached"));
    setAccessibleName(text());
    setAlignment(Qt::AlignCenter);
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.25);
    setFont(f);
    setMinimumHeight(QFontMetrics(f).height() + 14);
}

void LabBanner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QColor yellow(0xF0, 0xE4, 0x42);
    p.fillRect(rect(), yellow);
    // Hazard stripes at both ends, clear of the text in the middle.
    const int stripeZone = std::max(0, (width() - fontMetrics().horizontalAdvance(text())) / 2 - 20);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    for (int side = 0; side < 2; ++side) {
        p.save();
        p.setClipRect(side == 0 ? QRect(0, 0, stripeZone, height()) : QRect(width() - stripeZone, 0, stripeZone, height()));
        for (int x = -height(); x < width() + height(); x += 24) {
            QPolygon stripe;
            stripe << QPoint(x, height()) << QPoint(x + 12, height()) << QPoint(x + 12 + height(), 0) << QPoint(x + height(), 0);
            p.drawPolygon(stripe);
        }
        p.restore();
    }
    p.setPen(Qt::black);
    p.setFont(font());
    p.drawText(rect(), Qt::AlignCenter, text());
}

} // namespace mailha
