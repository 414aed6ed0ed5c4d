// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/names.h"

#include <QtTest/QTest>

#include <cmath>
#include <limits>

using namespace mailha;

class TestNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void durations_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<QString>("text");
        QTest::addRow("sub-10 s") << 3.4 << QStringLiteral("3.4 s");
        QTest::addRow("seconds") << 42.0 << QStringLiteral("42 s");
        QTest::addRow("minutes") << 125.0 << QStringLiteral("2 min 5 s");
        QTest::addRow("hours") << 7260.0 << QStringLiteral("2 h 1 min");
        QTest::addRow("days") << 90000.0 << QStringLiteral("1 d 1 h");
        QTest::addRow("unknown") << -1.0 << QStringLiteral("—");
        // From a hostile node or file: never undefined, never a negative count.
        QTest::addRow("NaN") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("—");
        QTest::addRow("1e300 s") << 1e300 << QStringLiteral("364583333 d 8 h");
        QTest::addRow("infinity") << std::numeric_limits<double>::infinity() << QStringLiteral("364583333 d 8 h");
    }

    void durations()
    {
        QFETCH(double, seconds);
        QFETCH(QString, text);
        QCOMPARE(formatDuration(seconds), text);
    }
};

QTEST_GUILESS_MAIN(TestNames)
#include "tst_names.moc"
