// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab/labsource.h"

#include "core/names.h"

#include <QDateTime>

namespace mailha {

namespace {
// Free play: the reference cluster from now on, with no hidden faults.
Scenario freePlay(quint64 seed)
{
    Scenario s;
    s.set_id("free-play");
    s.set_title("Free play");
    s.set_seed(seed);
    s.set_duration_s(1e12);
    s.mutable_objectives()->set_group("maildb");
    s.set_start_time(sstr(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    return s;
}
} // namespace

LabSource::LabSource(quint64 seed, QObject *parent)
    : SampleSource(parent)
    , m_run(std::make_unique<ScenarioRun>(freePlay(seed)))
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &LabSource::tick);
}

LabSource::~LabSource() = default;

qint64 LabSource::now() const
{
    return m_run->lab().timeMs();
}

void LabSource::start()
{
    QList<NodeSample> samples;
    {
        QMutexLocker lock(&m_run->mutex());
        samples = m_run->lab().sampleAll();
    }
    Q_EMIT samplesReady(samples);
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

void LabSource::startScenario(const Scenario &scenario)
{
    m_run = std::make_unique<ScenarioRun>(scenario);
    m_inScenario = true;
    m_finishedReported = false;
    Q_EMIT scenarioChanged();
}

void LabSource::startFreePlay(quint64 seed)
{
    m_run = std::make_unique<ScenarioRun>(freePlay(seed));
    m_inScenario = false;
    m_finishedReported = false;
    Q_EMIT scenarioChanged();
}

bool LabSource::setFault(LabFault fault, const QString &node, bool active, QString *error)
{
    bool ok;
    {
        QMutexLocker lock(&m_run->mutex());
        ok = m_run->lab().setFault(fault, node, active, error);
    }
    if (ok)
        Q_EMIT faultChanged(QStringLiteral("%1 %2%3").arg(active ? QStringLiteral("+") : QStringLiteral("-"), labFaultName(fault),
                                                          node.isEmpty() ? QString() : QLatin1String(" on ") + node));
    return ok;
}

void LabSource::tick()
{
    m_run->step();
    QList<NodeSample> samples;
    {
        QMutexLocker lock(&m_run->mutex());
        samples = m_run->lab().sampleAll();
    }
    Q_EMIT samplesReady(samples);
    if (m_inScenario && m_run->finished() && !m_finishedReported) {
        m_finishedReported = true;
        m_timer.stop();
        Q_EMIT scenarioFinished(m_run->score());
    }
}

} // namespace mailha
