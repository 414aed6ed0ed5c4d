// SPDX-License-Identifier: GPL-3.0-or-later
// The live tick of the whole console window, offscreen: a synthetic cluster
// (default 200 nodes) with 24 h of 1 Hz history preloaded into the store,
// then timed ticks of ingest + every model and view + both charts redrawn +
// a forced render of the window. Also reports the resident memory of that
// console, and how long the 24 h preload took (headless ingest at scale).
//
// Usage: bench_gui [--nodes N] [--hours H] [--ticks T]
#include "chartspanel.h"
#include "cluster/clusterstate.h"
#include "historychart.h"
#include "mainwindow.h"
#include "syntheticcluster.h"
#include "topologyview.h"

#include "benchstats.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QPixmap>
#include <QStandardPaths>

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



} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
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

    std::vector<double> ingest, charts, render, total;
    for (int i = 0; i < ticks; ++i) {
        QList<NodeSample> &round = rounds[(seconds + i) % rounds.size()];
        now += 1000;
        for (NodeSample &sample : round)
            sample.set_time_ms(now);
        QElapsedTimer t;
        t.start();
        // ingestRound() emits updated(): item models, topology, alerts,
        // timeline and status bar all update inside this call.
        state.ingestRound(round);
        const qint64 a = t.nsecsElapsed();
        window.chartsPanel()->lagChart()->refreshNow();
        window.chartsPanel()->queueChart()->refreshNow();
        const qint64 b = t.nsecsElapsed();
        const QPixmap frame = window.grab();
        const qint64 c = t.nsecsElapsed();
        if (frame.isNull())
            return 1;
        ingest.push_back(double(a) / 1e6);
        charts.push_back(double(b - a) / 1e6);
        render.push_back(double(c - b) / 1e6);
        total.push_back(double(c) / 1e6);
        QCoreApplication::processEvents();
    }

    const double rssWindow = residentMb();
    std::printf("bench_gui: %d nodes, %.1f h of 1 Hz history, %d ticks, window 1920x1080 offscreen\n", nodes,
                double(seconds) / 3600.0, ticks);
    std::printf("%-44s %10s %10s\n", "part of one live tick", "median ms", "p90 ms");
    std::printf("%-44s %10.2f %10.2f\n", "ingest + derive + models + topology", median(ingest), percentile(ingest, 0.9));
    std::printf("%-44s %10.2f %10.2f\n", "both charts (decimate + replace)", median(charts), percentile(charts, 0.9));
    std::printf("%-44s %10.2f %10.2f\n", "render the window (grab)", median(render), percentile(render, 0.9));
    std::printf("%-44s %10.2f %10.2f\n", "live tick total", median(total), percentile(total, 0.9));
    std::printf("preload: %.1f s for %lld rounds = %.2f M samples/s (ingestRound, derive per round)\n", preloadS,
                static_cast<long long>(seconds), preloadS > 0 ? double(seconds) * nodes / preloadS / 1e6 : 0.0);
    std::printf("history: %.1f MB in %d series\n", double(state.historyMemoryBytes()) / 1e6,
                int(state.seriesKeys().size()));
    std::printf("resident: %.0f MB (store with history, before the window: %.0f MB)\n", rssWindow, rssStore);
    return 0;
}
