// SPDX-License-Identifier: GPL-3.0-or-later
#include "recording/replaysource.h"

#include <QThread>

namespace mailha {

namespace {
constexpr int tickMs = 100;
} // namespace

namespace {
ReplaySource::Loaded readAll(const QString &path)
{
    ReplaySource::Loaded data;
    data.result = readRecording(path, [&](const RecordEntry &entry) {
        if (entry.has_sample()) {
            const NodeSample &s = entry.sample();
            if (data.rounds.isEmpty() || data.rounds.constLast().constFirst().time_ms() != s.time_ms())
                data.rounds.append(QList<NodeSample>{});
            data.rounds.last().append(s);
        } else if (entry.has_event()) {
            data.events.append(entry.event());
        }
        return true;
    });
    return data;
}
} // namespace

ReplaySource::ReplaySource(QObject *parent)
    : SampleSource(parent)
{
    m_timer.setInterval(tickMs);
    connect(&m_timer, &QTimer::timeout, this, &ReplaySource::tick);
}

ReplaySource::~ReplaySource()
{
    if (m_loader) {
        m_loader->wait();
        delete m_loader;
    }
}


void ReplaySource::adopt(Loaded &&data)
{
    m_header = data.result.header;
    m_rounds = std::move(data.rounds);
    m_events = std::move(data.events);
    m_next = 0;
    m_nextEvent = 0;
    m_cursorMs = startMs() - 1;
    m_clockMs = m_cursorMs;
}

RecordingReadResult ReplaySource::loadNow(const QString &path)
{
    Loaded data = readAll(path);
    const RecordingReadResult result = data.result;
    adopt(std::move(data));
    return result;
}

void ReplaySource::load(const QString &path)
{
    if (m_loader)
        return;
    auto *data = new Loaded;
    m_loader = QThread::create([data, path] { *data = readAll(path); });
    connect(m_loader, &QThread::finished, this, [this, data] {
        const RecordingReadResult result = data->result;
        adopt(std::move(*data));
        delete data;
        m_loader->deleteLater();
        m_loader = nullptr;
        QString message = result.truncated ? result.error : QString();
        if (!result.ok())
            message = result.error;
        Q_EMIT loaded(result.ok(), message);
    });
    m_loader->start();
}

void ReplaySource::start()
{
    m_targetMs = std::max(m_targetMs, m_cursorMs);
    m_timer.start();
}

void ReplaySource::stop()
{
    m_timer.stop();
}

void ReplaySource::setSpeed(double speed)
{
    m_speed = std::clamp(speed, 0.1, 1000.0);
}

void ReplaySource::seek(qint64 ms)
{
    m_cursorMs = ms;
    m_clockMs = ms;
    m_next = 0;
    while (m_next < m_rounds.size() && m_rounds.at(m_next).constFirst().time_ms() <= ms)
        ++m_next;
    m_nextEvent = 0;
    while (m_nextEvent < m_events.size() && m_events.at(m_nextEvent).time_ms() <= ms)
        ++m_nextEvent;
    m_targetMs = ms;
}

void ReplaySource::tick()
{
    m_targetMs = std::max(m_targetMs, m_cursorMs) + qint64(tickMs * m_speed);
    if (!m_emitScheduled)
        emitDue();
}

void ReplaySource::emitDue()
{
    m_emitScheduled = false;
    if (m_next < m_rounds.size() && m_rounds.at(m_next).constFirst().time_ms() <= m_targetMs) {
        const qint64 roundTime = m_rounds.at(m_next).constFirst().time_ms();
        m_cursorMs = roundTime;
        m_clockMs = roundTime;
        while (m_nextEvent < m_events.size() && m_events.at(m_nextEvent).time_ms() <= roundTime)
            Q_EMIT eventOccurred(m_events.at(m_nextEvent++));
        Q_EMIT samplesReady(m_rounds.at(m_next++));
        // Queued behind the store's own flush of this round, which must still
        // read this round's time from now().
        m_emitScheduled = true;
        QMetaObject::invokeMethod(this, &ReplaySource::emitDue, Qt::QueuedConnection);
        return;
    }
    m_cursorMs = std::max(m_cursorMs, m_targetMs);
    m_clockMs = m_cursorMs;
    if (atEnd()) {
        m_timer.stop();
        Q_EMIT finished();
    }
}

void ReplaySource::advance(qint64 ms)
{
    m_cursorMs += ms;
    while (m_next < m_rounds.size() && m_rounds.at(m_next).constFirst().time_ms() <= m_cursorMs) {
        const qint64 roundTime = m_rounds.at(m_next).constFirst().time_ms();
        m_clockMs = roundTime;
        while (m_nextEvent < m_events.size() && m_events.at(m_nextEvent).time_ms() <= roundTime)
            Q_EMIT eventOccurred(m_events.at(m_nextEvent++));
        Q_EMIT samplesReady(m_rounds.at(m_next++));
    }
    m_clockMs = m_cursorMs;
    if (atEnd()) {
        m_timer.stop();
        Q_EMIT finished();
    }
}

} // namespace mailha
