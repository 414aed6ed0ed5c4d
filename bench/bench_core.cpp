// SPDX-License-Identifier: GPL-3.0-or-later
// Core paths without a window: history decimation, ingest into the state
// store, derivation, and the lab simulation.
#include "cluster/clusterstate.h"
#include "core/timeseries.h"
#include "lab/labcluster.h"
#include "lab/labformats.h"
#include "syntheticcluster.h"

#include <benchmark/benchmark.h>

#include <cmath>

using namespace mailha;

namespace {

// 1 M points of one series into a chart's pixel width (M4: ≤ 4 points per column).
void BM_Decimate1MTo1200(benchmark::State &state)
{
    TimeSeries series(1'000'000, 10'000, 10);
    for (int i = 0; i < 1'000'000; ++i)
        series.append(qint64(i) * 100, std::sin(i * 0.001) * 100 + (i % 97));
    QList<QPointF> out;
    for (auto _ : state) {
        series.decimate(0, 100'000'000, 1200, out);
        benchmark::DoNotOptimize(out.data());
    }
    state.counters["points_out"] = double(out.size());
}
BENCHMARK(BM_Decimate1MTo1200)->Unit(benchmark::kMillisecond);

// 24 h at 1 Hz (tiered: one hour raw, then 10 s buckets) into 1200 columns.
void BM_Decimate24hTo1200(benchmark::State &state)
{
    TimeSeries series;
    for (int i = 0; i < 86'400; ++i)
        series.append(qint64(i) * 1000, std::sin(i * 0.01) * 10);
    QList<QPointF> out;
    for (auto _ : state) {
        series.decimate(0, 86'400'000, 1200, out);
        benchmark::DoNotOptimize(out.data());
    }
    state.counters["bytes_per_series"] = double(series.memoryBytes());
}
BENCHMARK(BM_Decimate24hTo1200)->Unit(benchmark::kMicrosecond);

// Samples into the store: one poll round of N nodes per batch, derived once.
void BM_IngestRounds(benchmark::State &state)
{
    const int nodes = int(state.range(0));
    const ClusterSpec spec = bench::syntheticCluster(nodes);
    ClusterState store;
    qint64 now = 1'000'000;
    store.setClock([&] { return now; });
    store.setSpec(spec);
    int tick = 0;
    QList<QList<NodeSample>> rounds;
    for (int i = 0; i < 64; ++i)
        rounds.append(bench::syntheticRound(spec, 0, i));
    for (auto _ : state) {
        QList<NodeSample> &round = rounds[tick % rounds.size()];
        now += 1000;
        for (NodeSample &s : round)
            s.set_time_ms(now);
        store.ingestBatch(round);
        store.flush();
        ++tick;
    }
    state.SetItemsProcessed(state.iterations() * nodes);
    state.counters["history_MB"] = double(store.historyMemoryBytes()) / 1e6;
}
BENCHMARK(BM_IngestRounds)->Arg(12)->Arg(200)->Unit(benchmark::kMicrosecond);

// The derivation alone, for a 200-node cluster.
void BM_Derive200(benchmark::State &state)
{
    const ClusterSpec spec = bench::syntheticCluster(200);
    Observations obs;
    for (const NodeSample &s : bench::syntheticRound(spec, 1'000'000, 1)) {
        NodeObservation &o = obs[QString::fromStdString(s.node_id())];
        o.lastGood = s;
        o.reachability = s.reachability();
        o.statusTimeMs = s.time_ms();
    }
    // As the store derives: the spec's index built once, into a reused snapshot.
    const DeriveIndex index(spec);
    ClusterSnapshot snapshot;
    for (auto _ : state) {
        deriveSnapshotInto(spec, index, obs, 1'000'500, &snapshot);
        benchmark::DoNotOptimize(snapshot.nodes_size());
    }
}
BENCHMARK(BM_Derive200)->Unit(benchmark::kMicrosecond);

// One simulated second of the reference lab cluster plus sampling every node.
void BM_LabTick(benchmark::State &state)
{
    LabCluster lab(1);
    for (auto _ : state) {
        lab.advance(1000);
        benchmark::DoNotOptimize(lab.sampleAll());
    }
}
BENCHMARK(BM_LabTick)->Unit(benchmark::kMicrosecond);

// The probe commands' outputs of one node in the real formats, as the lab
// source attaches them to the node whose details are on screen; each of the
// lab's nodes in turn.
void BM_LabRawOutputsPerNode(benchmark::State &state)
{
    LabCluster lab(1);
    QList<NodeSample> samples = lab.sampleAll();
    qsizetype i = 0;
    for (auto _ : state) {
        NodeSample sample = samples.at(i++ % samples.size());
        attachLabRawOutputs(lab, sample);
        benchmark::DoNotOptimize(sample);
    }
}
BENCHMARK(BM_LabRawOutputsPerNode)->Unit(benchmark::kMicrosecond);

} // namespace
