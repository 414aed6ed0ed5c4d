// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.pb.h"
#include "events.pb.h"
#include "sample.pb.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <string>
#include <utility>

namespace mailha {

/// What the store knows of one node: its last good sample (services read)
/// and its last connection status, which may be newer (a failed poll).
struct NodeObservation {
    NodeSample lastGood;      ///< time_ms == 0: never read
    Reachability reachability = REACHABILITY_UNKNOWN;
    QString reachabilityDetail;
    qint64 statusTimeMs = 0;
};

using Observations = QHash<QString, NodeObservation>;

/// Built-in defaults under every cluster file's thresholds.
Thresholds builtinThresholds();

/// The effective thresholds for a node or link: the most specific non-zero
/// field wins (link/node, then group, then cluster defaults, then built-in).
Thresholds effectiveThresholds(const ClusterSpec &spec, const Thresholds *specific,
                               const QString &group = {});

qint64 pollIntervalMs(const ClusterSpec &spec);
qint64 staleAfterMs(const ClusterSpec &spec);

/// What derivation looks up in a spec by id, built once per spec: the store
/// keeps one, so a derive (every poll round and every 250 ms) builds no hash
/// tables. Holds indexes into the spec it was built from, not pointers.
struct DeriveIndex {
    explicit DeriveIndex(const ClusterSpec &spec);

    QList<QString> nodeIds;                        ///< by node index, for Observations lookups
    QHash<std::string, int> nodeById;              ///< node id → index (the last wins)
    QHash<std::string, int> linkById;              ///< link id → index
    QHash<std::string, int> groupById;             ///< group id → index (the first wins)
    QHash<std::string, int> linkByGroupAndTarget;  ///< group + '/' + to_node → link index
    /// Group id → (node index, service index) of its members, in spec order.
    QHash<std::string, QList<std::pair<int, int>>> membersOf;
    QSet<std::string> replicatedGroups;            ///< groups with at least one link
};

/// Derives everything an operator reads at a glance from the spec and the
/// latest observations at time `nowMs`: each node's services and staleness,
/// every link's lag and health, and per service group the active members,
/// split brain, N+k redundancy and the projected RPO against its objective.
/// Pure: the same inputs always give the same snapshot.
ClusterSnapshot deriveSnapshot(const ClusterSpec &spec, const Observations &observations, qint64 nowMs);
/// The same into `out`, reusing its memory (the store double-buffers snapshots).
void deriveSnapshotInto(const ClusterSpec &spec, const Observations &observations, qint64 nowMs, ClusterSnapshot *out);
/// The same with an index built from `spec` beforehand.
void deriveSnapshotInto(const ClusterSpec &spec, const DeriveIndex &index, const Observations &observations,
                        qint64 nowMs, ClusterSnapshot *out);

/// Events that describe the change from `before` to `after` (role changes,
/// stale/recovered, split brain, redundancy lost/restored).
QList<ClusterEvent> diffSnapshots(const ClusterSnapshot &before, const ClusterSnapshot &after);

} // namespace mailha
