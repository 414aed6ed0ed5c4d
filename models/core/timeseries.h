// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

#include <limits>
#include <optional>
#include <vector>

namespace mailha {

/// Bounded history of one metric in two tiers: every point for the recent
/// window (a ring of rawCapacity points), and min/max/last per bucket for the
/// long window (a ring of bucketCapacity buckets). With the defaults, 1 Hz
/// samples keep one hour at full resolution and 24 hours in 10 s buckets, in
/// about 0.25 MB per series whatever the length of the run.
///
/// Not thread-safe: owned by the state store on the GUI thread.
class TimeSeries final
{
public:
    explicit TimeSeries(int rawCapacity = 3600, qint64 bucketMs = 10'000, int bucketCapacity = 8640);

    /// Appends a point. Points older than the newest one are ignored: a
    /// series only moves forward.
    void append(qint64 timeMs, double value);

    bool isEmpty() const { return m_rawSize == 0 && m_bucketSize == 0; }
    int rawSize() const { return m_rawSize; }
    qint64 firstTime() const;
    qint64 lastTime() const { return m_lastTime; }
    double lastValue() const { return m_lastValue; }

    /// The last value at or before timeMs (time travel), if the series reaches back that far.
    std::optional<double> valueAt(qint64 timeMs) const;

    /// M4 decimation: for each of `columns` equal time columns in [t0, t1]
    /// the first, lowest, highest and last point, in time order; at most four
    /// points per column, so a chart never draws more than a few per pixel.
    /// x is milliseconds since the epoch. Clears and fills `out`.
    void decimate(qint64 t0, qint64 t1, int columns, QList<QPointF> &out) const;

    /// Every stored point in [t0, t1] (buckets contribute min and max).
    QList<QPointF> points(qint64 t0, qint64 t1) const;

    /// Memory held by this series, for the benchmarks.
    qsizetype memoryBytes() const;

private:
    struct Bucket {
        qint64 time;  // bucket start
        float min;
        float max;
        float last;
    };
    const Bucket &bucketAt(int i) const;  // 0 = oldest
    qint64 rawTimeAt(int i) const;        // 0 = oldest
    float rawValueAt(int i) const;
    template <typename Visit> void visit(qint64 t0, qint64 t1, Visit &&visitor) const;

    std::vector<qint64> m_rawTime;
    std::vector<float> m_rawValue;
    int m_rawHead = 0;  // index of the next write
    int m_rawSize = 0;

    std::vector<Bucket> m_buckets;
    int m_bucketHead = 0;
    int m_bucketSize = 0;
    qint64 m_bucketMs;

    qint64 m_lastTime = std::numeric_limits<qint64>::min();
    double m_lastValue = 0;
};

} // namespace mailha
