// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timeseries.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mailha {

TimeSeries::TimeSeries(int rawCapacity, qint64 bucketMs, int bucketCapacity)
    : m_rawTime(std::max(1, rawCapacity))
    , m_rawValue(std::max(1, rawCapacity))
    , m_buckets(std::max(1, bucketCapacity))
    , m_bucketMs(std::max<qint64>(1, bucketMs))
{
}

void TimeSeries::append(qint64 timeMs, double value)
{
    if (timeMs < m_lastTime || !std::isfinite(value))
        return;
    m_lastTime = timeMs;
    m_lastValue = value;

    const int rawCapacity = int(m_rawTime.size());
    m_rawTime[m_rawHead] = timeMs;
    m_rawValue[m_rawHead] = float(value);
    m_rawHead = (m_rawHead + 1) % rawCapacity;
    m_rawSize = std::min(m_rawSize + 1, rawCapacity);

    const qint64 bucketStart = timeMs - (timeMs % m_bucketMs);
    const int bucketCapacity = int(m_buckets.size());
    const float v = float(value);
    if (m_bucketSize > 0) {
        Bucket &newest = m_buckets[(m_bucketHead + bucketCapacity - 1) % bucketCapacity];
        if (newest.time == bucketStart) {
            newest.min = std::min(newest.min, v);
            newest.max = std::max(newest.max, v);
            newest.last = v;
            return;
        }
    }
    m_buckets[m_bucketHead] = Bucket{bucketStart, v, v, v};
    m_bucketHead = (m_bucketHead + 1) % bucketCapacity;
    m_bucketSize = std::min(m_bucketSize + 1, bucketCapacity);
}

const TimeSeries::Bucket &TimeSeries::bucketAt(int i) const
{
    const int capacity = int(m_buckets.size());
    return m_buckets[(m_bucketHead - m_bucketSize + i + capacity) % capacity];
}

qint64 TimeSeries::rawTimeAt(int i) const
{
    const int capacity = int(m_rawTime.size());
    return m_rawTime[(m_rawHead - m_rawSize + i + capacity) % capacity];
}

float TimeSeries::rawValueAt(int i) const
{
    const int capacity = int(m_rawValue.size());
    return m_rawValue[(m_rawHead - m_rawSize + i + capacity) % capacity];
}

qint64 TimeSeries::firstTime() const
{
    if (m_bucketSize > 0)
        return std::min(bucketAt(0).time, m_rawSize > 0 ? rawTimeAt(0) : bucketAt(0).time);
    return m_rawSize > 0 ? rawTimeAt(0) : 0;
}

// Visits points in time order: buckets (min, max) for the part older than the
// raw ring, then the raw points.
template <typename Visit>
void TimeSeries::visit(qint64 t0, qint64 t1, Visit &&visitor) const
{
    const qint64 rawOldest = m_rawSize > 0 ? rawTimeAt(0) : std::numeric_limits<qint64>::max();
    if (t0 < rawOldest && m_bucketSize > 0) {
        // Binary search for the first bucket that can overlap t0.
        int lo = 0, hi = m_bucketSize;
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            if (bucketAt(mid).time + m_bucketMs <= t0)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (int i = lo; i < m_bucketSize; ++i) {
            const Bucket &b = bucketAt(i);
            if (b.time >= rawOldest || b.time > t1)
                break;
            const qint64 t = std::max(b.time, t0);
            visitor(t, double(b.min));
            if (b.max != b.min)
                visitor(t, double(b.max));
        }
    }
    if (m_rawSize == 0 || t1 < rawOldest)
        return;
    int lo = 0, hi = m_rawSize;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (rawTimeAt(mid) < t0)
            lo = mid + 1;
        else
            hi = mid;
    }
    // Walk the ring by physical index: a modulo per point cost more than the
    // rest of a 1 M-point decimation.
    const int capacity = int(m_rawTime.size());
    int at = (m_rawHead - m_rawSize + lo + capacity) % capacity;
    const qint64 *times = m_rawTime.data();
    const float *values = m_rawValue.data();
    for (int i = lo; i < m_rawSize; ++i) {
        const qint64 t = times[at];
        if (t > t1)
            break;
        visitor(t, double(values[at]));
        if (++at == capacity)
            at = 0;
    }
}

std::optional<double> TimeSeries::valueAt(qint64 timeMs) const
{
    if (isEmpty() || timeMs < firstTime())
        return std::nullopt;
    if (timeMs >= m_lastTime)
        return m_lastValue;
    if (m_rawSize > 0 && timeMs >= rawTimeAt(0)) {
        int lo = 0, hi = m_rawSize;  // first index with time > timeMs
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            if (rawTimeAt(mid) <= timeMs)
                lo = mid + 1;
            else
                hi = mid;
        }
        return double(rawValueAt(lo - 1));
    }
    int lo = 0, hi = m_bucketSize;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (bucketAt(mid).time <= timeMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return std::nullopt;
    return double(bucketAt(lo - 1).last);
}

void TimeSeries::decimate(qint64 t0, qint64 t1, int columns, QList<QPointF> &out) const
{
    out.clear();
    if (columns <= 0 || t1 <= t0 || isEmpty())
        return;
    const double columnMs = double(t1 - t0) / columns;

    int column = -1;
    QPointF first, low, high, last;
    auto flush = [&] {
        if (column < 0)
            return;
        // first, then min and max in the order they occurred, then last.
        out.append(first);
        const QPointF &a = low.x() <= high.x() ? low : high;
        const QPointF &b = low.x() <= high.x() ? high : low;
        if (a != first)
            out.append(a);
        if (b != a && b != first)
            out.append(b);
        if (last != b && last != first && last != a)
            out.append(last);
    };
    // Points arrive in time order, so a column is computed (a division) only
    // when a point passes the current column's end; the end is the first
    // millisecond the division would put in a later column, found exactly.
    const auto columnOf = [&](qint64 t) { return std::min(columns - 1, int(double(t - t0) / columnMs)); };
    qint64 columnEnd = std::numeric_limits<qint64>::min();
    const auto endOf = [&](int c) {
        if (c >= columns - 1)
            return std::numeric_limits<qint64>::max();
        qint64 e = t0 + qint64(std::ceil(double(c + 1) * columnMs));
        while (e > t0 && columnOf(e - 1) > c)
            --e;
        while (columnOf(e) <= c)
            ++e;
        return e;
    };
    out.reserve(std::min<qsizetype>(qsizetype(columns) * 4, m_rawSize + 2 * m_bucketSize));
    visit(t0, t1, [&](qint64 t, double v) {
        const QPointF p(double(t), v);
        if (t >= columnEnd) {
            const int c = columnOf(t);
            columnEnd = endOf(c);
            if (c != column) {
                flush();
                column = c;
                first = low = high = last = p;
                return;
            }
        }
        if (v < low.y())
            low = p;
        if (v > high.y())
            high = p;
        last = p;
    });
    flush();
}

QList<QPointF> TimeSeries::points(qint64 t0, qint64 t1) const
{
    QList<QPointF> result;
    visit(t0, t1, [&](qint64 t, double v) { result.append(QPointF(double(t), v)); });
    return result;
}

qsizetype TimeSeries::memoryBytes() const
{
    return qsizetype(sizeof(*this)) + m_rawTime.capacity() * qsizetype(sizeof(qint64))
        + m_rawValue.capacity() * qsizetype(sizeof(float)) + m_buckets.capacity() * qsizetype(sizeof(Bucket));
}

} // namespace mailha
