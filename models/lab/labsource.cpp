// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab/labsource.h"

#include "core/names.h"
#include "lab/labformats.h"

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
    s.set_start_time(sstr(QDateTime::fromMSecsSinceEpoch(labStartMs(), Qt::UTC).toString(Qt::ISODate)));
    return s;
}
} // namespace

class LabSource::CurrentRunRunner final : public CommandRunner
{
public:
    explicit CurrentRunRunner(const LabSource *source)
        : m_source(source)
    {
    }
    CommandOutput run(const QString &nodeId, const ProbeCommand &command, int timeoutMs) override
    {
        const std::shared_ptr<ScenarioRun> run = m_source->currentRun();
        return run->runner().run(nodeId, command, timeoutMs);
    }
    bool isLab() const override { return true; }

private:
    const LabSource *m_source;
};

LabSource::LabSource(quint64 seed, QObject *parent)
    : SampleSource(parent)
    , m_run(std::make_shared<ScenarioRun>(freePlay(seed)))
    , m_runner(std::make_unique<CurrentRunRunner>(this))
    , m_startedAtMs(QDateTime::currentMSecsSinceEpoch())
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
        for (NodeSample &sample : samples)
            if (qstr(sample.node_id()) == m_detailedNode)
                attachLabRawOutputs(m_run->lab(), sample);
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

std::shared_ptr<ScenarioRun> LabSource::currentRun() const
{
    QMutexLocker lock(&m_runSwap);
    return m_run;
}

void LabSource::replaceRun(std::shared_ptr<ScenarioRun> run)
{
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    QMutexLocker lock(&m_runSwap);
    m_run = std::move(run);
}

void LabSource::startScenario(const Scenario &scenario)
{
    replaceRun(std::make_shared<ScenarioRun>(scenario));
    m_inScenario = true;
    m_finishedReported = false;
    Q_EMIT scenarioChanged();
}

void LabSource::startFreePlay(quint64 seed)
{
    replaceRun(std::make_shared<ScenarioRun>(freePlay(seed)));
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
        for (NodeSample &sample : samples)
            if (qstr(sample.node_id()) == m_detailedNode)
                attachLabRawOutputs(m_run->lab(), sample);
    }
    Q_EMIT samplesReady(samples);
    if (m_inScenario && m_run->finished() && !m_finishedReported) {
        m_finishedReported = true;
        m_timer.stop();
        Q_EMIT scenarioFinished(m_run->score());
    }
}

} // namespace mailha
