// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timeseries.h"

#include <QtTest/QTest>

using namespace mailha;

class TestTimeSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsRecentPointsExactly()
    {
        TimeSeries s(10, 1000, 100);
        for (int i = 0; i < 25; ++i)
            s.append(i * 1000, i);
        QCOMPARE(s.rawSize(), 10);
        QCOMPARE(s.lastTime(), 24'000);
        QCOMPARE(s.points(15'000, 24'000).size(), 10);
        QCOMPARE(s.valueAt(17'500).value(), 17.0);
    }

    void olderHistoryLivesInBuckets()
    {
        TimeSeries s(60, 10'000, 100);  // raw: one minute, buckets: ~16 min
        for (int i = 0; i < 600; ++i)
            s.append(qint64(i) * 1000, i % 10 == 3 ? 100.0 : 1.0);
        QCOMPARE(s.rawSize(), 60);
        QCOMPARE(s.firstTime(), 0);
        // A spike inside an old bucket survives as that bucket's max.
        const QList<QPointF> old = s.points(0, 100'000);
        bool sawSpike = false;
        for (const QPointF &p : old)
            sawSpike = sawSpike || p.y() == 100.0;
        QVERIFY(sawSpike);
        QVERIFY(s.valueAt(5'000).has_value());
        QVERIFY(!s.valueAt(-1).has_value());
    }

    void ignoresTimeGoingBackwardsAndNonFinite()
    {
        TimeSeries s;
        s.append(2000, 1);
        s.append(1000, 2);
        s.append(3000, std::numeric_limits<double>::quiet_NaN());
        QCOMPARE(s.rawSize(), 1);
        QCOMPARE(s.lastValue(), 1.0);
    }

    void decimationKeepsExtremesAndBoundsPoints_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("columns");
        QTest::newRow("fewer points than columns") << 50 << 800;
        QTest::newRow("one day at 1 Hz into 1200 px") << 86'400 << 1200;
    }
    void decimationKeepsExtremesAndBoundsPoints()
    {
        QFETCH(int, points);
        QFETCH(int, columns);
        TimeSeries s(points, 10'000, 10);
        for (int i = 0; i < points; ++i)
            s.append(qint64(i) * 1000, (i == points / 3) ? 1e6 : (i == points / 2 ? -1e6 : std::sin(i / 50.0)));
        QList<QPointF> out;
        s.decimate(0, qint64(points - 1) * 1000, columns, out);
        QVERIFY(out.size() <= qsizetype(columns) * 4);
        QVERIFY(out.size() >= std::min(points, columns));
        double lo = 0, hi = 0;
        for (qsizetype i = 0; i < out.size(); ++i) {
            lo = std::min(lo, out[i].y());
            hi = std::max(hi, out[i].y());
            if (i > 0)
                QVERIFY2(out[i].x() >= out[i - 1].x(), "decimated points must stay in time order");
        }
        QCOMPARE(hi, 1e6);
        QCOMPARE(lo, -1e6);
    }
};

QTEST_GUILESS_MAIN(TestTimeSeries)
#include "tst_timeseries.moc"
