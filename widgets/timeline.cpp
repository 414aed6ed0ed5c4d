// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline.h"

#include "core/names.h"
#include "rolestyle.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>

namespace mailha {

Timeline::Timeline(QWidget *parent)
    : QWidget(parent)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_label(new QLabel(this))
    , m_live(new QPushButton(tr("Live"), this))
{
    setObjectName(QStringLiteral("timeline"));
    m_slider->setAccessibleName(tr("Time travel: show the cluster at an earlier moment"));
    m_slider->setRange(0, 0);
    m_slider->setPageStep(60);
    m_slider->setSingleStep(1);
    m_live->setToolTip(tr("Return to the live state"));
    m_live->setEnabled(false);
    m_label->setMinimumWidth(260);
    connect(m_slider, &QSlider::actionTriggered, this, [this] {
        // actionTriggered fires before the value moves; read the position it will take.
        const int position = m_slider->sliderPosition();
        if (position >= m_slider->maximum())
            goLive();
        else
            seek(m_earliest + qint64(position) * 1000);
    });
    connect(m_live, &QPushButton::clicked, this, &Timeline::goLive);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(new QLabel(tr("Timeline"), this));
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_label);
    layout->addWidget(m_live);
    updateLabel();
}

void Timeline::setRange(qint64 earliestMs, qint64 nowMs)
{
    m_earliest = earliestMs;
    m_now = std::max(nowMs, earliestMs);
    const QSignalBlocker block(m_slider);
    m_slider->setMaximum(int((m_now - m_earliest) / 1000));
    m_slider->setValue(m_cursor ? int((*m_cursor - m_earliest) / 1000) : m_slider->maximum());
    updateLabel();
}

void Timeline::seek(qint64 timeMs)
{
    const qint64 t = std::clamp(timeMs, m_earliest, m_now);
    if (t >= m_now) {
        goLive();
        return;
    }
    m_cursor = t;
    m_live->setEnabled(true);
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(int((t - m_earliest) / 1000));
    }
    updateLabel();
    Q_EMIT timeChanged(m_cursor);
}

void Timeline::goLive()
{
    const bool was = m_cursor.has_value();
    m_cursor.reset();
    m_live->setEnabled(false);
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(m_slider->maximum());
    }
    updateLabel();
    if (was)
        Q_EMIT timeChanged(std::nullopt);
}

QString Timeline::label() const
{
    return m_label->text();
}

void Timeline::updateLabel()
{
    QPalette pal = palette();
    if (!m_cursor) {
        m_label->setText(tr("Live"));
        m_label->setPalette(pal);
        m_label->setAutoFillBackground(false);
        return;
    }
    const QString when = QDateTime::fromMSecsSinceEpoch(*m_cursor).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_label->setText(tr("HISTORY: %1 (%2 ago)").arg(when, formatDuration(double(m_now - *m_cursor) / 1000.0)));
    const QColor c = RoleStyle::healthColor(WARNING);
    pal.setColor(QPalette::Window, c);
    pal.setColor(QPalette::WindowText, RoleStyle::textOn(c));
    m_label->setPalette(pal);
    m_label->setAutoFillBackground(true);
}

} // namespace mailha
