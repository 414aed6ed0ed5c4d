// SPDX-License-Identifier: GPL-3.0-or-later
#include "recording/flightrecorder.h"

#include <QTimer>

namespace mailha {

/// Lives on the recorder's thread; owns the writer.
class RecorderWorker final : public QObject
{
    Q_OBJECT

public:
    void open(const QString &path, const RecordingHeader &header)
    {
        QString error;
        if (!m_writer.open(path, header, &error)) {
            Q_EMIT failed(error);
            return;
        }
        m_flushTimer = new QTimer(this);
        m_flushTimer->setInterval(2000);
        connect(m_flushTimer, &QTimer::timeout, this, [this] { flush(); });
        m_flushTimer->start();
    }
    void append(const QList<RecordEntry> &entries)
    {
        QString error;
        for (const RecordEntry &e : entries) {
            if (!m_writer.append(e, &error)) {
                Q_EMIT failed(error);
                return;
            }
        }
    }
    void flush()
    {
        QString error;
        if (!m_writer.flush(&error))
            Q_EMIT failed(error);
    }
    void close()
    {
        if (m_flushTimer)
            m_flushTimer->stop();
        QString error;
        if (!m_writer.close(&error))
            Q_EMIT failed(error);
    }

Q_SIGNALS:
    void failed(const QString &error);

private:
    RecordingWriter m_writer;
    QTimer *m_flushTimer = nullptr;
};

FlightRecorder::FlightRecorder(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("flight-recorder"));
}

FlightRecorder::~FlightRecorder()
{
    stop();
}

void FlightRecorder::start(const QString &path, const RecordingHeader &header)
{
    stop();
    m_worker = new RecorderWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RecorderWorker::failed, this, &FlightRecorder::failed);
    m_thread.start();
    m_path = path;
    m_recording = true;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, path, header] { w->open(path, header); });
}

void FlightRecorder::stop()
{
    if (!m_recording)
        return;
    m_recording = false;
    // Close on the worker's thread, then let the thread end.
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr;
}

void FlightRecorder::recordSamples(const QList<NodeSample> &samples)
{
    if (!m_recording)
        return;
    QList<RecordEntry> entries;
    entries.reserve(samples.size());
    for (const NodeSample &s : samples) {
        RecordEntry e;
        *e.mutable_sample() = s;
        // Raw probe output is for the details panel, not for history.
        e.mutable_sample()->clear_raw();
        entries.append(std::move(e));
    }
    QMetaObject::invokeMethod(m_worker, [w = m_worker, entries] { w->append(entries); });
}

void FlightRecorder::recordEvent(const ClusterEvent &event)
{
    if (!m_recording)
        return;
    RecordEntry e;
    *e.mutable_event() = event;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, e] { w->append({e}); });
}

} // namespace mailha

#include "flightrecorder.moc"
