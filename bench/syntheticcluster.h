// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.pb.h"
#include "sample.pb.h"

#include <QList>

namespace mailha::bench {

/// A cluster of `nodes` nodes over two sites shaped like the lab: a database
/// trio (primary, sync standby, async DR replica) and an MTA for every six
/// nodes, so derivations and views see the same variety at scale.
ClusterSpec syntheticCluster(int nodes);

/// One poll round of every node of syntheticCluster(nodes) at time `timeMs`;
/// numbers move with `tick`.
QList<NodeSample> syntheticRound(const ClusterSpec &spec, qint64 timeMs, int tick);

} // namespace mailha::bench
