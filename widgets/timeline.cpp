// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline.h"

#include "core/names.h"
#include "rolestyle.h"

#include <QButtonGroup>
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
    , m_replay(new QWidget(this))
    , m_play(new QPushButton(m_replay))
    , m_speeds(new QButtonGroup(this))
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

    auto *replayLayout = new QHBoxLayout(m_replay);
    replayLayout->setContentsMargins(0, 0, 0, 0);
    m_play->setObjectName(QStringLiteral("replayPlay"));
    m_play->setAccessibleName(tr("Play or pause the replay"));
    replayLayout->addWidget(m_play);
    m_speeds->setExclusive(true);
    for (int speed : replaySpeeds()) {
        auto *b = new QPushButton(QStringLiteral("%1×").arg(speed), m_replay);
        b->setObjectName(QStringLiteral("replaySpeed%1").arg(speed));
        b->setCheckable(true);
        b->setAccessibleName(tr("Replay at %1 times").arg(speed));
        m_speeds->addButton(b, speed);
        replayLayout->addWidget(b);
    }
    connect(m_play, &QPushButton::clicked, this, [this] {
        setPlaying(!m_playing);
        Q_EMIT playRequested(m_playing);
    });
    connect(m_speeds, &QButtonGroup::idClicked, this, [this](int speed) {
        setReplaySpeed(speed);
        Q_EMIT replaySpeedRequested(speed);
    });
    setPlaying(false);
    setReplaySpeed(1);
    m_replay->setVisible(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_replay);
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

const QList<int> &Timeline::replaySpeeds()
{
    static const QList<int> speeds{1, 5, 20, 100, 1000};
    return speeds;
}

void Timeline::setReplayControlsVisible(bool visible)
{
    m_replay->setVisible(visible);
}

bool Timeline::replayControlsVisible() const
{
    return !m_replay->isHidden();
}

void Timeline::setPlaying(bool playing)
{
    m_playing = playing;
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setToolTip(playing ? tr("Pause the replay") : tr("Play the replay"));
}

void Timeline::setReplaySpeed(double speed)
{
    m_replaySpeed = speed;
    if (QAbstractButton *b = m_speeds->button(int(speed)))
        b->setChecked(true);
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
