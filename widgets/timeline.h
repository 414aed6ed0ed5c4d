// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSlider;

namespace mailha {

/// The time-travel bar: a slider over the recorded history and a "Live"
/// button. Moving the slider asks the window to show the cluster at that
/// moment; "Live" (or dragging to the right end) returns to the present.
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

public Q_SLOTS:
    void goLive();

Q_SIGNALS:
    /// nullopt: live.
    void timeChanged(std::optional<qint64> timeMs);

private:
    void updateLabel();

    QSlider *m_slider;
    QLabel *m_label;
    QPushButton *m_live;
    qint64 m_earliest = 0;
    qint64 m_now = 0;
    std::optional<qint64> m_cursor;
};

} // namespace mailha
