// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QSlider;

namespace mailha {

/// The time-travel bar: a slider over the recorded history and a "Live"
/// button. Moving the slider asks the window to show the cluster at that
/// moment; "Live" (or dragging to the right end) returns to the present.
/// Replaying a recording, the same bar also shows play/pause and the replay
/// speed (1x to 1000x); the right end is then how far the replay has got.
class Timeline final : public QWidget
{
    Q_OBJECT

public:
    explicit Timeline(QWidget *parent = nullptr);

    /// What can be shown, and the present (the right end).
    void setRange(qint64 earliestMs, qint64 nowMs);
    bool isLive() const { return !m_cursor.has_value(); }
    std::optional<qint64> cursor() const { return m_cursor; }
    /// Shows the cluster at `timeMs` (clamped to the range); as a user's slider move does.
    void seek(qint64 timeMs);
    QString label() const;

    /// Shows or hides the play/pause and speed controls of a replay.
    void setReplayControlsVisible(bool visible);
    bool replayControlsVisible() const;
    /// Reflects the replay's state without emitting anything.
    void setPlaying(bool playing);
    bool isPlaying() const { return m_playing; }
    void setReplaySpeed(double speed);
    double replaySpeed() const { return m_replaySpeed; }
    static const QList<int> &replaySpeeds();  ///< 1, 5, 20, 100, 1000

public Q_SLOTS:
    void goLive();

Q_SIGNALS:
    /// nullopt: live.
    void timeChanged(std::optional<qint64> timeMs);
    /// The user pressed play (true) or pause (false) on a replay.
    void playRequested(bool play);
    void replaySpeedRequested(double speed);

private:
    void updateLabel();

    QSlider *m_slider;
    QLabel *m_label;
    QPushButton *m_live;
    QWidget *m_replay;
    QPushButton *m_play;
    QButtonGroup *m_speeds;
    bool m_playing = false;
    double m_replaySpeed = 1;
    qint64 m_earliest = 0;
    qint64 m_now = 0;
    std::optional<qint64> m_cursor;
};

} // namespace mailha
