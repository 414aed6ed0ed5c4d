// SPDX-License-Identifier: GPL-3.0-or-later
// The live tick of the whole console window, offscreen: a synthetic cluster
// (default 200 nodes) with 24 h of 1 Hz history preloaded into the store,
// then timed ticks as the console runs them: ingest + every model and view,
// both charts refreshed, the event loop repainting what changed. Wall and
// GUI-thread CPU time, paint time per area, and a full repaint of the window
// apart. Also reports the resident memory of that console, and how long the
// 24 h preload took (headless ingest at scale).
//
// Usage: bench_gui [--nodes N] [--hours H] [--ticks T]
#include "chartspanel.h"
#include "cluster/clusterstate.h"
#include "historychart.h"
#include "mainwindow.h"
#include "servicetable.h"
#include "syntheticcluster.h"
#include "topologyview.h"

#include "benchstats.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QPixmap>
#include <QStandardPaths>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace mailha;

using mailha::bench::median;
using mailha::bench::percentile;

namespace {

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

/// Wall and GUI-thread CPU time at one moment: CPU time stays meaningful on
/// a busy machine, wall time is what the operator sees.
struct Clock {
    qint64 wallNs = 0;
    qint64 cpuNs = 0;
    Clock()
    {
        timespec ts{};
        clock_gettime(CLOCK_MONOTONIC, &ts);
        wallNs = qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        cpuNs = qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }
};

struct Phases {
    std::vector<double> wall, cpu;
    void add(const Clock &from, const Clock &to)
    {
        wall.push_back(double(to.wallNs - from.wallNs) / 1e6);
        cpu.push_back(double(to.cpuNs - from.cpuNs) / 1e6);
    }
    void print(const char *what) const
    {
        std::printf("%-46s %9.2f %9.2f %9.2f\n", what, median(wall), percentile(wall, 0.9), median(cpu));
    }
};

} // namespace

/// Time spent in paint events, by area of the window, while `counting`.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    QList<std::pair<const QWidget *, double *>> areas;  // widget, CPU ms sum
    double otherMs = 0;
    bool counting = false;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!counting || event->type() != QEvent::Paint || !receiver->isWidgetType())
            return QApplication::notify(receiver, event);
        const Clock start;
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(Clock().cpuNs - start.cpuNs) / 1e6;
        for (auto [area, sum] : std::as_const(areas)) {
            if (area == receiver || area->isAncestorOf(static_cast<QWidget *>(receiver))) {
                *sum += ms;
                return result;
            }
        }
        otherMs += ms;
        return result;
    }
};

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);  // never touch the user's saved layout
    QCommandLineParser parser;
    const QCommandLineOption nodesOption(QStringLiteral("nodes"), QStringLiteral("Nodes."), QStringLiteral("n"),
                                         QStringLiteral("200"));
    const QCommandLineOption hoursOption(QStringLiteral("hours"), QStringLiteral("Hours of 1 Hz history preloaded."),
                                         QStringLiteral("h"), QStringLiteral("24"));
    const QCommandLineOption ticksOption(QStringLiteral("ticks"), QStringLiteral("Timed ticks."), QStringLiteral("n"),
                                         QStringLiteral("60"));
    parser.addOptions({nodesOption, hoursOption, ticksOption});
    parser.addHelpOption();
    parser.process(app);
    const int nodes = parser.value(nodesOption).toInt();
    const qint64 seconds = qint64(parser.value(hoursOption).toDouble() * 3600);
    const int ticks = std::max(1, parser.value(ticksOption).toInt());

    const ClusterSpec spec = bench::syntheticCluster(nodes);
    QList<QList<NodeSample>> rounds;
    for (int i = 0; i < 64; ++i)
        rounds.append(bench::syntheticRound(spec, 0, i));
    ClusterState state;
    qint64 now = 1'700'000'000'000;
    state.setClock([&] { return now; });
    state.setSpec(spec);

    // History first, without a window: the console would have collected it
    // over a day, with its views coalescing most of those updates.
    QElapsedTimer preload;
    preload.start();
    for (qint64 s = 0; s < seconds; ++s) {
        QList<NodeSample> &round = rounds[s % rounds.size()];
        now += 1000;
        for (NodeSample &sample : round)
            sample.set_time_ms(now);
        state.ingestRound(round);
    }
    const double preloadS = double(preload.nsecsElapsed()) / 1e9;
    const double rssStore = residentMb();

    MainWindow window(&state);
    window.topologyView()->setRememberLayout(false);
    window.resize(1920, 1080);
    window.show();
    QCoreApplication::processEvents();

    // One tick as the console runs it: the round arrives (models, topology,
    // alerts update inside ingestRound()), the charts refresh, then the event
    // loop repaints what changed into the window's backing store. A full
    // repaint of the window (as after it is uncovered) is timed apart.
    Phases ingest, charts, repaint, total, exposed, lagFull, queueFull, topologyFull, tableFull;
    double paintTopology = 0, paintCharts = 0, paintTable = 0;
    app.areas = {{window.topologyView(), &paintTopology},
                 {window.chartsPanel(), &paintCharts},
                 {window.serviceTable(), &paintTable}};
    for (int i = 0; i < ticks; ++i) {
        QList<NodeSample> &round = rounds[(seconds + i) % rounds.size()];
        now += 1000;
        for (NodeSample &sample : round)
            sample.set_time_ms(now);
        const Clock t0;
        state.ingestRound(round);
        const Clock t1;
        window.chartsPanel()->lagChart()->refreshNow();
        window.chartsPanel()->queueChart()->refreshNow();
        const Clock t2;
        // Scene updates are queued, then they post the window's UpdateRequest:
        // a few passes deliver both.
        app.counting = true;
        for (int pass = 0; pass < 3; ++pass)
            QCoreApplication::sendPostedEvents();
        app.counting = false;
        const Clock t3;
        ingest.add(t0, t1);
        charts.add(t1, t2);
        repaint.add(t2, t3);
        total.add(t0, t3);

        const Clock g0;
        if (window.grab().isNull())
            return 1;
        exposed.add(g0, Clock());
        for (auto [widget, phases] : {std::pair<QWidget *, Phases *>{window.chartsPanel()->lagChart(), &lagFull},
                                      {window.chartsPanel()->queueChart(), &queueFull},
                                      {window.topologyView(), &topologyFull},
                                      {window.serviceTable(), &tableFull}}) {
            const Clock w0;
            (void)widget->grab();
            phases->add(w0, Clock());
        }
        QCoreApplication::processEvents();
    }

    const double rssWindow = residentMb();
    std::printf("bench_gui: %d nodes, %.1f h of 1 Hz history, %d ticks, window 1920x1080 offscreen\n", nodes,
                double(seconds) / 3600.0, ticks);
    std::printf("%-46s %9s %9s %9s\n", "", "wall ms", "p90 ms", "CPU ms");
    ingest.print("ingest + derive + models + topology items");
    charts.print("both charts (decimate + lay out)");
    repaint.print("repaint what changed");
    total.print("live tick total");
    std::printf("  of the repaint, paint events (CPU ms per tick): topology %.2f, charts %.2f, table %.2f, rest %.2f\n",
                paintTopology / ticks, paintCharts / ticks, paintTable / ticks, app.otherMs / ticks);
    std::printf("full repaint of the window, not part of a tick:\n");
    exposed.print("  whole window (grab)");
    lagFull.print("  lag chart");
    queueFull.print("  queue chart");
    topologyFull.print("  topology");
    tableFull.print("  service table");
    std::printf("preload: %.1f s for %lld rounds = %.2f M samples/s (ingestRound, derive per round)\n", preloadS,
                static_cast<long long>(seconds), preloadS > 0 ? double(seconds) * nodes / preloadS / 1e6 : 0.0);
    std::printf("history: %.1f MB in %d series\n", double(state.historyMemoryBytes()) / 1e6,
                int(state.seriesKeys().size()));
    std::printf("resident: %.0f MB (store with history, before the window: %.0f MB)\n", rssWindow, rssStore);
    return 0;
}
