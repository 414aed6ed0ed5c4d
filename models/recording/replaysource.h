// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/samplesource.h"
#include "recording/recording.h"

#include <QTimer>

namespace mailha {

/// Plays a recording back as a sample source: the same samples, in the same
/// rounds, on the recording's own clock, at 1× to 1000×. Loading reads and
/// decompresses the file on a worker thread; loaded() reports the result.
class ReplaySource final : public SampleSource
{
    Q_OBJECT

public:
    /// What a background load hands back to the GUI thread.
    struct Loaded {
        RecordingReadResult result;
        QList<QList<NodeSample>> rounds;
        QList<ClusterEvent> events;
    };

    explicit ReplaySource(QObject *parent = nullptr);
    ~ReplaySource() override;

    /// Starts loading `path` in the background.
    void load(const QString &path);
    /// Loads synchronously (for mailhactl and tests; never on the GUI thread).
    RecordingReadResult loadNow(const QString &path);

    ClusterSpec spec() const override { return m_header.spec(); }
    void start() override;
    void stop() override;
    /// While a round is being emitted, its own time; between ticks, the playback position.
    qint64 now() const override { return m_clockMs; }
    bool isLab() const override { return true; }  // a replay never reaches a host

    void setSpeed(double speed);
    double speed() const { return m_speed; }
    /// Jumps to time `ms` (within the recording); the next tick continues from there.
    void seek(qint64 ms);
    qint64 startMs() const { return m_rounds.isEmpty() ? 0 : m_rounds.constFirst().constFirst().time_ms(); }
    qint64 endMs() const { return m_rounds.isEmpty() ? 0 : m_rounds.constLast().constFirst().time_ms(); }
    bool atEnd() const { return m_next >= m_rounds.size(); }
    const RecordingHeader &header() const { return m_header; }
    const QList<QList<NodeSample>> &rounds() const { return m_rounds; }
    const QList<ClusterEvent> &events() const { return m_events; }

    /// Emits every round up to the cursor advanced by `ms` of recording time,
    /// all at once (for mailhactl and tests, whose state ingests each round).
    void advance(qint64 ms);
    bool isPlaying() const { return m_timer.isActive(); }

Q_SIGNALS:
    void loaded(bool ok, const QString &message);
    void finished();

private:
    void adopt(Loaded &&data);
    void tick();
    void emitDue();
    RecordingHeader m_header;
    QList<QList<NodeSample>> m_rounds;  // samples grouped by poll time
    QList<ClusterEvent> m_events;
    qsizetype m_next = 0;
    qsizetype m_nextEvent = 0;
    qint64 m_cursorMs = 0;
    qint64 m_clockMs = 0;
    // Playing, the rounds a tick makes due leave one per event-loop turn, so
    // a store that batches per turn (ClusterState::ingestBatch) still sees
    // every round: at 1000x a tick holds fifty of them.
    qint64 m_targetMs = 0;
    bool m_emitScheduled = false;
    double m_speed = 1.0;
    QTimer m_timer;
    QThread *m_loader = nullptr;
};

} // namespace mailha
