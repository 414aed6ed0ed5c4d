// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab/labsource.h"

#include <QDateTime>

namespace mailha {

LabSource::LabSource(quint64 seed, QObject *parent)
    : SampleSource(parent)
    , m_cluster(seed, QDateTime::currentMSecsSinceEpoch())
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &LabSource::tick);
}

void LabSource::start()
{
    Q_EMIT samplesReady(m_cluster.sampleAll());
    m_timer.start();
}

void LabSource::stop()
{
    m_timer.stop();
}

void LabSource::setSpeed(double speed)
{
    m_speed = std::clamp(speed, 0.1, 1000.0);
    m_timer.setInterval(std::max(1, int(1000.0 / m_speed)));
}

void LabSource::tick()
{
    m_cluster.advance(1000);
    Q_EMIT samplesReady(m_cluster.sampleAll());
}

} // namespace mailha
