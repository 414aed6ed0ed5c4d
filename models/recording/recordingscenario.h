// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recording.pb.h"
#include "scenario.pb.h"

#include <QList>
#include <QString>

namespace mailha {

/// The result of turning a recording into a training scenario.
struct RecordingScenario {
    Scenario scenario;
    QString text;   ///< the scenario file: a comment header, then Protobuf text format
    QString error;  ///< why there is no scenario (unreadable or empty recording)
    bool ok() const { return error.isEmpty(); }
};

/// Turns a recorded incident into a lab scenario, so a real outage becomes
/// a training exercise. The recording is replayed through the cluster state
/// store and what it shows becomes the hidden fault timeline, each fault at
/// the last moment the cluster still looked well:
///
/// - a node that stops answering: node-crash (all of a site at once: each of
///   its nodes, as in a site loss), ended when it answers again;
/// - a reachable node whose services' probes fail: service-crash;
/// - replication that keeps running but falls behind: slow-disk on the replica;
///   a standby that stops replicating while both ends answer: standby-stops-replaying,
///   or site-partition when every cross-site link breaks at once;
/// - a DRBD link down without split brain: drbd-disconnect; split brain on
///   DRBD: drbd-split-brain, on VRRP: site-partition;
/// - mail queues over their thresholds: downstream-outage until they drain;
/// - four or more VIP moves within a minute: vip-flapping.
///
/// Recorded nodes are mapped onto the lab's nodes by technology, role,
/// synchronous or not, and site (a lab recording maps to itself). What
/// cannot be mapped is kept as a note (ScenarioSource.notes and a comment),
/// never dropped. The seed is the lab's for a lab recording, else one derived
/// from the recording; objectives come from the recorded group's RTO/RPO.
RecordingScenario scenarioFromRecording(const QString &path, const QString &id = {}, const QString &title = {});

/// The same from a recording already read (what ReplaySource loads).
RecordingScenario scenarioFromRounds(const RecordingHeader &header, const QList<QList<NodeSample>> &rounds,
                                     const QList<ClusterEvent> &events, const QString &sourceName, const QString &id = {},
                                     const QString &title = {});

} // namespace mailha
