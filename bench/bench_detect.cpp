// SPDX-License-Identifier: GPL-3.0-or-later
// Detection latency at the default interval: the lab runs in real time, a
// node crash is injected at a random moment within the poll interval, and the
// time until ClusterState's snapshot shows that node stale is measured; then
// the node is repaired and the time until it is live again. The lab polls
// every node each simulated second, as an SSH source does at the cluster's
// poll_interval_ms.
//
// Usage: bench_detect [repetitions]
#include "cluster/clusterstate.h"
#include "lab/labcluster.h"
#include "lab/labsource.h"

#include "benchstats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace mailha;

using mailha::bench::median;

namespace {

bool nodeStale(const ClusterSnapshot &snapshot, const std::string &node)
{
    for (const NodeStatus &n : snapshot.nodes())
        if (n.node_id() == node)
            return n.stale();
    return false;
}

// Runs the event loop until `done` holds; the elapsed ms, or -1 after 10 s.
double waitFor(ClusterState &state, const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    const auto check = [&] {
        if (done())
            loop.quit();
    };
    QObject::connect(&state, &ClusterState::updated, &loop, check);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done() ? double(timer.nsecsElapsed()) / 1e6 : -1;
}


} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int repetitions = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 5;
    const std::string node = "db-b";
    const QString nodeId = QString::fromStdString(node);

    LabSource lab(1);
    ClusterState state;
    state.setClock([&lab] { return lab.now(); });
    state.setSpec(lab.spec());
    QObject::connect(&lab, &SampleSource::samplesReady, &state, &ClusterState::ingestBatch);
    lab.start();
    waitFor(state, [&] { return state.snapshot().health() != CLUSTER_HEALTH_UNKNOWN; });

    std::vector<double> down, up;
    for (int i = 0; i < repetitions; ++i) {
        // A random phase against the poll timer, as a real failure has.
        QEventLoop pause;
        QTimer::singleShot(300 + QRandomGenerator::global()->bounded(1000), &pause, &QEventLoop::quit);
        pause.exec();
        lab.setFault(LabFault::NodeCrash, nodeId, true);
        down.push_back(waitFor(state, [&] { return nodeStale(state.snapshot(), node); }));
        QTimer::singleShot(300 + QRandomGenerator::global()->bounded(1000), &pause, &QEventLoop::quit);
        pause.exec();
        lab.setFault(LabFault::NodeCrash, nodeId, false);
        up.push_back(waitFor(state, [&] { return !nodeStale(state.snapshot(), node); }));
    }
    lab.stop();
    std::printf("detection latency, lab at real time, poll interval %lld ms, %d repetitions\n",
                static_cast<long long>(pollIntervalMs(state.spec())), repetitions);
    std::printf("  node crash -> stale in the snapshot   median %6.0f ms, max %6.0f ms\n", median(down),
                *std::max_element(down.begin(), down.end()));
    std::printf("  node back  -> live in the snapshot    median %6.0f ms, max %6.0f ms\n", median(up),
                *std::max_element(up.begin(), up.end()));
    return 0;
}
