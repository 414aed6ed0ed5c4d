// SPDX-License-Identifier: GPL-3.0-or-later
// main() of the google-benchmark programs: the code under test uses Qt
// (translations, QString), which wants a QCoreApplication.
#include <QCoreApplication>

#include <benchmark/benchmark.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
