// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/clusterstate.h"
#include "core/names.h"
#include "historychart.h"
#include "testsupport.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QGraphicsView>
#include <QMouseEvent>
#include <QLabel>
#include <QtTest/QTest>

#include <cmath>

using namespace mailha;

namespace {

// `links` PostgreSQL pairs; each replica reports a lag that moves every second.
ClusterSpec pairs(int links)
{
    ClusterSpec spec;
    spec.set_name("chart-load");
    spec.set_poll_interval_ms(1000);
    for (int i = 0; i < links; ++i) {
        const std::string g = "db" + std::to_string(i);
        auto *group = spec.add_groups();
        group->set_id(g);
        group->set_technology(POSTGRES);
        for (const char *role : {"p", "r"}) {
            auto *n = spec.add_nodes();
            n->set_id(g + role);
            auto *s = n->add_services();
            s->set_id("pg");
            s->set_group(g);
            s->set_technology(POSTGRES);
        }
        auto *l = spec.add_links();
        l->set_id(g);
        l->set_group(g);
        l->set_from_node(g + "p");
        l->set_to_node(g + "r");
        l->set_mode(ASYNC);
    }
    return spec;
}

QList<NodeSample> round(const ClusterSpec &spec, qint64 t)
{
    QList<NodeSample> samples;
    for (int i = 0; i < spec.links_size(); ++i) {
        NodeSample r;
        r.set_node_id(spec.links(i).to_node());
        r.set_time_ms(t);
        r.set_reachability(REACHABLE);
        auto *svc = r.add_services();
        svc->set_service_id("pg");
        svc->set_role(STANDBY);
        svc->set_health(OK);
        auto *rep = svc->mutable_replication();
        rep->set_upstream(spec.links(i).from_node());
        rep->set_receiving(true);
        rep->set_replaying(true);
        rep->set_lag_s(2 + std::sin(double(t) / 60'000.0 + i));
        rep->set_lag_bytes(1000);
        samples.append(r);
    }
    return samples;
}

} // namespace

class TestHistoryChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiftySeriesOverTwentyFourHours()
    {
        constexpr int links = 50;
        const ClusterSpec spec = pairs(links);
        ClusterState state;
        qint64 now = 1'767'600'000'000;
        state.setClock([&] { return now; });
        state.setSpec(spec);
        // Only replicas report here: the history is what matters, not health.
        QElapsedTimer fill;
        fill.start();
        // The store derives 100 nodes per round: a full day takes minutes to
        // fill, so the default is one hour (MAILHA_CHART_HOURS=24 for the full run).
        const int hours = std::clamp(qEnvironmentVariableIntValue("MAILHA_CHART_HOURS"), 1, 24);
        const int seconds = hours * 3600;
        for (int s = 0; s < seconds; ++s) {
            now += 1000;
            state.ingestRound(round(spec, now));
        }
        qInfo("filled %d series x %d s in %lld ms", links, seconds, fill.elapsed());

        HistoryChart chart(QStringLiteral("lag"), QStringLiteral("s"));
        QList<HistoryChart::SeriesSpec> series;
        for (const ReplicationLink &l : spec.links())
            series.append({ClusterState::lagSecondsKey(qstr(l.id())), qstr(l.id()), Qt::blue, Qt::SolidLine});
        chart.setSeries(series);
        chart.setHistory(&state);
        chart.resize(1200, 600);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setWindowMs(HistoryChart::windowChoices().at(2));

        QElapsedTimer timer;
        timer.start();
        const int refreshes = 10;
        for (int i = 0; i < refreshes; ++i) {
            now += 1000;
            state.ingestRound(round(spec, now));
            chart.refreshNow();
            chart.repaint();
        }
        const double perRefresh = double(timer.elapsed()) / refreshes;
        int points = 0;
        for (int i = 0; i < chart.seriesCount(); ++i)
            points += chart.pointCount(i);
        qInfo("24 h window, %d series: %d points drawn, %.1f ms per tick (ingest, decimate, lay out, repaint)",
              links, points, perRefresh);
        // Decimated within the point budget, and still a real curve per series.
        QVERIFY2(points <= HistoryChart::pointBudget, qPrintable(QString::number(points)));
        // At most maxDrawnSeries lines (the highest now), each still a real curve.
        int drawn = 0;
        for (int i = 0; i < chart.seriesCount(); ++i)
            drawn += chart.isSeriesDrawn(i) ? 1 : 0;
        QCOMPARE(drawn, HistoryChart::maxDrawnSeries);
        // The operator is told that not every line is drawn.
        const QLabel *note = chart.findChild<QLabel *>(QStringLiteral("capNote"));
        QVERIFY(note && !note->isHidden());
        QCOMPARE(note->text(), QStringLiteral("top %1 of %2 series").arg(HistoryChart::maxDrawnSeries).arg(links));
        for (int i = 0; i < chart.seriesCount(); ++i)
            QCOMPARE(chart.pointCount(i) > 0, chart.isSeriesDrawn(i));
        QVERIFY2(points >= drawn * 8, qPrintable(QString::number(points)));
        QVERIFY2(perRefresh < 250, qPrintable(QString::number(perRefresh)));
    }

    // Pointing at a line reads its value and time out; a hidden line cannot be read.
    void hoverReadsTheLineUnderThePointer()
    {
        const ClusterSpec spec = pairs(2);
        ClusterState state;
        qint64 now = 1'767'600'000'000;
        state.setClock([&] { return now; });
        state.setSpec(spec);
        for (int s = 0; s < 120; ++s) {
            now += 1000;
            QList<NodeSample> samples = round(spec, now);
            // Two lines far apart: 5 s and 40 s behind.
            samples[0].mutable_services(0)->mutable_replication()->set_lag_s(5);
            samples[1].mutable_services(0)->mutable_replication()->set_lag_s(40);
            state.ingestRound(samples);
        }
        HistoryChart chart(QStringLiteral("lag"), QStringLiteral("s"));
        chart.setSeries({{ClusterState::lagSecondsKey(QStringLiteral("db0")), QStringLiteral("db0 link"), Qt::blue,
                          Qt::SolidLine},
                         {ClusterState::lagSecondsKey(QStringLiteral("db1")), QStringLiteral("db1 link"), Qt::red,
                          Qt::DashLine}});
        chart.setHistory(&state);
        chart.resize(900, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.refreshNow();
        QCoreApplication::processEvents();  // the chart lays out its plot area
        chart.refreshNow();
        QVERIFY(chart.readout().isEmpty());

        auto *view = chart.findChild<QGraphicsView *>();
        QVERIFY(view);
        const qint64 at = now - 60'000;
        const auto pointAt = [&](int series, double value) {
            const std::optional<QPoint> p = chart.viewportPosition(series, at, value);
            return p.value_or(QPoint(-1, -1));
        };
        const auto moveTo = [&](QPoint p) {
            QMouseEvent move(QEvent::MouseMove, p, view->viewport()->mapToGlobal(p), Qt::NoButton, Qt::NoButton,
                             Qt::NoModifier);
            QApplication::sendEvent(view->viewport(), &move);
        };
        const QString when = QDateTime::fromMSecsSinceEpoch(at).toString(QStringLiteral("HH:mm:ss"));
        moveTo(pointAt(1, 40) + QPoint(0, 3));
        QCOMPARE(chart.readout(), QStringLiteral("db1 link: 40 s at %1").arg(when));
        moveTo(pointAt(0, 5) - QPoint(0, 2));
        QCOMPARE(chart.readout(), QStringLiteral("db0 link: 5.0 s at %1").arg(when));
        // Far from both lines: the readout keeps the last value rather than flicker.
        moveTo(pointAt(0, 22.5));
        QCOMPARE(chart.readout(), QStringLiteral("db0 link: 5.0 s at %1").arg(when));

        chart.setSeriesVisible(1, false);
        QVERIFY(!chart.viewportPosition(1, at, 40).has_value());
        const QPoint wasDb1 = pointAt(0, 40);
        moveTo(wasDb1);
        QVERIFY2(!chart.readout().startsWith(QLatin1String("db1")), qPrintable(chart.readout()));
        QCOMPARE(chart.pointCount(1), 0);
        QVERIFY(chart.pointCount(0) > 0);
    }

    // The time axis reads like a clock: labels at round local times, which
    // scroll with the data instead of being renamed every second.
    void timeLabelsSitOnRoundTimesAndScroll()
    {
        const ClusterSpec spec = pairs(1);
        ClusterState state;
        state.setClock([] { return qint64(1'767'600'000'000); });
        state.setSpec(spec);
        HistoryChart chart(QStringLiteral("lag"), QStringLiteral("s"));
        chart.setSeries({{ClusterState::lagSecondsKey(QStringLiteral("db0")), QStringLiteral("db0 link"), Qt::blue,
                          Qt::SolidLine}});
        chart.setHistory(&state);
        chart.resize(900, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const auto at = [](int h, int m, int s) {
            return QDateTime(QDate(2026, 11, 24), QTime(h, m, s)).toMSecsSinceEpoch();
        };
        chart.setEndTime(at(12, 34, 30));
        QCoreApplication::processEvents();  // the chart lays out its plot area
        chart.setEndTime(at(12, 34, 30));
        QCOMPARE(chart.timeStepMs(), 60'000);
        const QStringList minutes{QStringLiteral("12:30"), QStringLiteral("12:31"), QStringLiteral("12:32"),
                                  QStringLiteral("12:33"), QStringLiteral("12:34")};
        QCOMPARE(chart.timeLabels(), minutes);
        chart.setEndTime(at(12, 34, 31));
        QCOMPARE(chart.timeLabels(), minutes);
        chart.setEndTime(at(12, 35, 30));
        QCOMPARE(chart.timeLabels(), QStringList(minutes.mid(1)) << QStringLiteral("12:35"));

        // Longer windows: longer round steps, every label a multiple of its step.
        for (const qint64 window : {qint64(60 * 60'000), qint64(24 * 3'600'000)}) {
            chart.setWindowMs(window);
            const qint64 step = chart.timeStepMs();
            const QStringList labels = chart.timeLabels();
            QVERIFY2(labels.size() >= 3 && labels.size() <= 12, qPrintable(labels.join(u' ')));
            QVERIFY2(step >= window / 24, qPrintable(QString::number(step)));
            QTime previous;
            for (const QString &label : labels) {
                const QTime t = QTime::fromString(label, QStringLiteral("HH:mm"));
                QVERIFY2(t.isValid(), qPrintable(label));
                QCOMPARE(t.msecsSinceStartOfDay() % step, 0);
                if (previous.isValid())
                    QCOMPARE((t.msecsSinceStartOfDay() - previous.msecsSinceStartOfDay() + 86'400'000) % 86'400'000, step);
                previous = t;
            }
        }
        // A narrow chart spaces its labels further apart rather than crowd them.
        chart.setWindowMs(5 * 60'000);
        const qint64 wide = chart.timeStepMs();
        chart.resize(320, 300);
        QCoreApplication::processEvents();
        chart.refreshNow();
        QVERIFY2(chart.timeStepMs() > wide, qPrintable(QString::number(chart.timeStepMs())));
        QVERIFY(!chart.timeLabels().isEmpty());
    }
};

QTEST_MAIN(TestHistoryChart)
#include "tst_historychart.moc"
