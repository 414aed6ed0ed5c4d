// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for the console's startup: a bare Qt Widgets window holding one
// QtCharts chart, shown, painted once, then quit. It loads the same Qt
// libraries and platform plugin as the console and draws nothing else, so
// no console can reach its first frame sooner on this machine.
// Prints "first-frame <ms since main()>" like mailha-console --quit-at-first-frame.
#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    auto *series = new QLineSeries;
    for (int i = 0; i < 100; ++i)
        series->append(i, i % 10);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    QMainWindow window;
    window.setCentralWidget(new QChartView(chart));
    window.resize(1500, 950);
    window.show();
    QTimer::singleShot(0, &window, [&] {
        window.repaint();
        std::printf("first-frame %.1f\n", double(sinceMain.nsecsElapsed()) / 1e6);
        std::fflush(stdout);
        QApplication::exit(0);
    });
    return app.exec();
}
