// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recording/recording.h"

#include <QObject>
#include <QThread>

namespace mailha {

class RecorderWorker;

/// Records a session to a file from the GUI thread without ever waiting on
/// the disk: entries are handed to a worker thread that owns the writer and
/// writes a frame whenever its buffer fills and at least every two seconds,
/// so a crash loses at most the last two seconds.
class FlightRecorder final : public QObject
{
    Q_OBJECT

public:
    explicit FlightRecorder(QObject *parent = nullptr);
    ~FlightRecorder() override;

    /// Starts recording to `path` (0600). Errors arrive through failed().
    void start(const QString &path, const RecordingHeader &header);
    /// Flushes, closes and joins the worker; safe to call twice.
    void stop();
    bool isRecording() const { return m_recording; }
    QString path() const { return m_path; }

    void recordSamples(const QList<mailha::NodeSample> &samples);
    void recordEvent(const mailha::ClusterEvent &event);

Q_SIGNALS:
    void failed(const QString &error);

private:
    QThread m_thread;
    RecorderWorker *m_worker = nullptr;
    bool m_recording = false;
    QString m_path;
};

} // namespace mailha
