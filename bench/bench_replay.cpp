// SPDX-License-Identifier: GPL-3.0-or-later
// A recording of the lab (made by `mailhactl record --seconds 86400`, see the
// bench target): its size on disk, the time to load it, and how many times
// real time the state store consumes it, one poll round at a time as a
// replay delivers them (derive, history and events per round).
//
// Usage: bench_replay RECORDING [--repetitions N]
#include "cluster/clusterstate.h"
#include "recording/replaysource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace mailha;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_replay RECORDING [--repetitions N]\n");
        return 64;
    }
    const QString path = args.at(1);
    const int repetitions = args.size() >= 4 && args.at(2) == QLatin1String("--repetitions") ? std::max(1, args.at(3).toInt()) : 3;

    ReplaySource source;
    QElapsedTimer load;
    load.start();
    const RecordingReadResult result = source.loadNow(path);
    const double loadS = double(load.nsecsElapsed()) / 1e9;
    if (source.rounds().isEmpty()) {
        std::fprintf(stderr, "bench_replay: %s: %s\n", qPrintable(path), qPrintable(result.error));
        return 1;
    }
    const double recordedS = double(source.endMs() - source.startMs()) / 1000.0 + 1.0;

    std::vector<double> speeds;
    qint64 samples = 0;
    for (int r = 0; r < repetitions; ++r) {
        ClusterState state;
        qint64 clock = source.startMs();
        state.setClock([&] { return clock; });
        state.setSpec(source.spec());
        samples = 0;
        QElapsedTimer timer;
        timer.start();
        for (const QList<NodeSample> &round : source.rounds()) {
            clock = round.constFirst().time_ms();
            state.ingestRound(round);
            samples += round.size();
        }
        speeds.push_back(recordedS / (double(timer.nsecsElapsed()) / 1e9));
    }
    std::sort(speeds.begin(), speeds.end());
    std::printf("recording: %s, %.1f h of the lab, %lld rounds, %lld samples\n", qPrintable(QFileInfo(path).fileName()),
                recordedS / 3600.0, static_cast<long long>(source.rounds().size()), static_cast<long long>(samples));
    std::printf("  size on disk       %.2f MB\n", double(QFileInfo(path).size()) / 1e6);
    std::printf("  load (decompress)  %.2f s\n", loadS);
    std::printf("  replay into the store: %.0fx real time (median of %d; min %.0fx, max %.0fx)\n",
                speeds[speeds.size() / 2], repetitions, speeds.front(), speeds.back());
    return 0;
}
