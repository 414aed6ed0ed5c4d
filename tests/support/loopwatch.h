// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace mailha::test {

/// Watches the thread it lives on (the GUI thread in a test): a 10 ms
/// heartbeat that records the longest gap between its ticks. A blocked event
/// loop shows up as a long gap; the GUI rule is "never over 50 ms".
class LoopWatch final
{
public:
    LoopWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_maxGap = std::max(m_maxGap, now - m_last);
            m_last = now;
        });
        reset();
        m_timer.start();
    }
    /// Starts a new measurement (after a phase where the test itself blocked).
    void reset()
    {
        m_clock.start();
        m_last = 0;
        m_maxGap = 0;
    }
    qint64 maxGapMs() const { return m_maxGap; }

    /// The longest gap a test accepts: 50 ms, times MAILHA_TEST_TIME_SCALE
    /// where the code itself runs slower (scripts/sanitizers.sh sets it:
    /// ThreadSanitizer slows it 5-15x). The normal build checks 50 ms.
    static qint64 stallBudgetMs()
    {
        bool ok = false;
        const int scale = qEnvironmentVariableIntValue("MAILHA_TEST_TIME_SCALE", &ok);
        return 50 * (ok && scale > 1 ? scale : 1);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGap = 0;
};

} // namespace mailha::test
