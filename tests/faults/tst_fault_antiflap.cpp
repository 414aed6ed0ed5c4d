// SPDX-License-Identifier: GPL-3.0-or-later
// Fault matrix (issue #10), node flapping, on the clock of the test: the alert
// engine's hold window, step by step. tst_fault_connectivity does the same
// with a real sshd stopped and started.
#include "alerts/alertengine.h"

#include <QSignalSpy>
#include <QtTest/QTest>

using namespace mailha;

namespace {

constexpr qint64 t0 = 1'700'000'000'000;
constexpr qint64 hold = 60'000;

AlertCondition stale(Severity severity = WARN)
{
    return {QStringLiteral("stale/mx1"), severity, QStringLiteral("mx1"), QStringLiteral("mx1"), QStringLiteral("mx1 is stale")};
}

int raisedFor(const QSignalSpy &spy, const QString &key)
{
    int n = 0;
    for (const QList<QVariant> &args : spy)
        n += args.first().value<Alert>().key == key;
    return n;
}

} // namespace

class TestFaultAntiFlap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flappingEverySecondsRaisesOncePerWindow_data()
    {
        QTest::addColumn<qint64>("periodMs");
        QTest::addColumn<int>("expectedRaises");
        // Down and up every `period` for ten minutes.
        QTest::newRow("every 2 s") << qint64(2000) << 1;
        QTest::newRow("every 20 s") << qint64(20'000) << 1;
        // Slower than the window: every outage is news.
        QTest::newRow("every 2 min") << qint64(120'000) << 3;
    }

    void flappingEverySecondsRaisesOncePerWindow()
    {
        QFETCH(qint64, periodMs);
        QFETCH(int, expectedRaises);
        AlertEngine engine;
        engine.setHoldMs(hold);
        QSignalSpy raised(&engine, &AlertEngine::alertRaised);
        QSignalSpy cleared(&engine, &AlertEngine::alertCleared);
        for (qint64 t = 0; t < 600'000; t += 1000) {
            const bool down = (t / periodMs) % 2 == 0;
            engine.update(down ? QList<AlertCondition>{stale()} : QList<AlertCondition>{}, t0 + t);
        }
        QCOMPARE(raisedFor(raised, QStringLiteral("stale/mx1")), expectedRaises);
        QVERIFY(cleared.count() <= expectedRaises);
    }

    void aFlappingAlertClearsAfterAQuietWindow()
    {
        AlertEngine engine;
        engine.setHoldMs(hold);
        QSignalSpy raised(&engine, &AlertEngine::alertRaised);
        QSignalSpy cleared(&engine, &AlertEngine::alertCleared);
        engine.update({stale()}, t0);
        engine.update({}, t0 + 1000);  // first recovery: cleared at once, nothing known yet
        QCOMPARE(cleared.count(), 1);
        engine.update({stale()}, t0 + 2000);  // back within the window: the same alert, silently
        QCOMPARE(raised.count(), 1);
        QCOMPARE(engine.activeCount(), 1);
        QCOMPARE(engine.alerts().constFirst().flaps, 1);
        QCOMPARE(engine.alerts().constFirst().startMs, t0);
        engine.update({}, t0 + 3000);
        QCOMPARE(engine.activeCount(), 1);  // held: it flaps
        engine.update({}, t0 + 2000 + hold - 1);
        QCOMPARE(engine.activeCount(), 1);
        engine.update({}, t0 + 2000 + hold);
        QCOMPARE(engine.activeCount(), 0);
        QCOMPARE(cleared.count(), 2);
        // Long after: a new outage is a new alert.
        engine.update({stale()}, t0 + 10 * hold);
        QCOMPARE(raised.count(), 2);
    }

    void escalationIsAnnouncedOncePerWindow()
    {
        AlertEngine engine;
        engine.setHoldMs(hold);
        QSignalSpy raised(&engine, &AlertEngine::alertRaised);
        engine.update({stale(WARN)}, t0);
        engine.update({stale(CRIT)}, t0 + 1000);
        QCOMPARE(raised.count(), 2);  // raised, then escalated
        for (int i = 2; i < 30; ++i)
            engine.update({stale(i % 2 ? CRIT : WARN)}, t0 + i * 1000);
        QCOMPARE(raised.count(), 2);  // lag around the critical line: no storm
        engine.update({stale(WARN)}, t0 + hold + 2000);
        engine.update({stale(CRIT)}, t0 + hold + 3000);
        QCOMPARE(raised.count(), 3);  // a window later it is news again
    }

    void noHoldIsTheOldBehaviour()
    {
        AlertEngine engine;
        engine.setHoldMs(0);
        QSignalSpy raised(&engine, &AlertEngine::alertRaised);
        for (int i = 0; i < 10; ++i)
            engine.update(i % 2 ? QList<AlertCondition>{} : QList<AlertCondition>{stale()}, t0 + i * 1000);
        QCOMPARE(raised.count(), 5);
    }
};

QTEST_GUILESS_MAIN(TestFaultAntiFlap)
#include "tst_fault_antiflap.moc"
