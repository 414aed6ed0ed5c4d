// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/derive.h"
#include "core/names.h"
#include "lab/labcluster.h"

namespace mailha::test {

/// The derived snapshot of the lab as a poll round would see it now.
inline ClusterSnapshot labSnapshot(const LabCluster &lab)
{
    Observations observations;
    for (const NodeSample &s : lab.sampleAll()) {
        NodeObservation &o = observations[qstr(s.node_id())];
        o.reachability = s.reachability();
        o.reachabilityDetail = qstr(s.reachability_detail());
        o.statusTimeMs = s.time_ms();
        if (s.reachability() == REACHABLE)
            o.lastGood = s;
    }
    return deriveSnapshot(lab.spec(), observations, lab.timeMs());
}

} // namespace mailha::test
