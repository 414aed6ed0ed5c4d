// SPDX-License-Identifier: GPL-3.0-or-later
// Starts each program of the command line `runs` times, alternating, and
// measures process start → the "first-frame" line it prints (the first frame
// with data on screen). Prints the median per program and its ratio to the
// first program, the floor.
//
// Usage: bench_startup [--runs N] FLOOR-PROGRAM -- PROGRAM [ARGS...]
#include "benchstats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

using mailha::bench::median;

namespace {

struct Run {
    double wallMs = -1;   // process start to the line, seen from outside
    double innerMs = -1;  // the program's own main() to its first frame
};

Run startOnce(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    Run run;
    QByteArray out;
    while (process.waitForReadyRead(30'000)) {
        out += process.readAllStandardOutput();
        const qsizetype at = out.indexOf("first-frame ");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            run.wallMs = double(timer.nsecsElapsed()) / 1e6;
            run.innerMs = out.mid(at + 12, out.indexOf('\n', at) - at - 12).toDouble();
            break;
        }
    }
    if (!process.waitForFinished(10'000))
        process.kill();
    return run;
}


} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    int runs = 7;
    if (args.size() >= 2 && args.first() == QLatin1String("--runs")) {
        runs = std::max(1, args.at(1).toInt());
        args = args.mid(2);
    }
    const qsizetype separator = args.indexOf(QStringLiteral("--"));
    if (separator != 1 || args.size() < 3) {
        std::fprintf(stderr, "usage: bench_startup [--runs N] FLOOR-PROGRAM -- PROGRAM [ARGS...]\n");
        return 64;
    }
    const QString floor = args.first();
    const QString program = args.at(2);
    const QStringList programArgs = args.mid(3);

    startOnce(floor, {});  // warm the page cache for both
    startOnce(program, programArgs);
    std::vector<double> floorWall, floorInner, wall, inner;
    for (int i = 0; i < runs; ++i) {
        const Run f = startOnce(floor, {});
        const Run c = startOnce(program, programArgs);
        if (f.wallMs < 0 || c.wallMs < 0) {
            std::fprintf(stderr, "bench_startup: a program never printed first-frame\n");
            return 1;
        }
        floorWall.push_back(f.wallMs);
        floorInner.push_back(f.innerMs);
        wall.push_back(c.wallMs);
        inner.push_back(c.innerMs);
    }
    std::printf("startup to first frame with data, median of %d (ms)   process start   main()\n", runs);
    std::printf("  floor: bare Qt Widgets + QtCharts window            %8.1f   %8.1f\n", median(floorWall),
                median(floorInner));
    std::printf("  %-50s %8.1f   %8.1f\n", qPrintable(QStringLiteral("%1 %2").arg(program.section(QLatin1Char('/'), -1),
                                                                                   programArgs.join(QLatin1Char(' ')))),
                median(wall), median(inner));
    std::printf("  ratio to the floor                                  %8.2f\n", median(wall) / median(floorWall));
    return 0;
}
