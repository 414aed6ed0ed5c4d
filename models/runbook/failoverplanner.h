// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.pb.h"
#include "events.pb.h"
#include "journal.pb.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mailha {

enum class FailoverMode {
    Switchover,  ///< graceful: the old primary is demoted first, nothing is lost
    Failover,    ///< forced: the old primary is gone or fenced; may lose data
};

/// One possible new primary with the reasons for its place in the ranking.
struct FailoverCandidate {
    QString node;
    int rank = 0;              ///< 1 = best
    bool eligible = false;
    bool synchronous = false;
    double lagS = -1;
    qint64 lagBytes = -1;
    QString site;
    bool sameSite = false;     ///< same site as the current primary
    Health health = HEALTH_UNKNOWN;
    int priority = 0;
    QStringList reasons;       ///< why it ranks where it does, and why not eligible
    QStringList refusals;      ///< only why it is not eligible
    QString summary() const;   ///< "db-b: sync, lag 0.0 s / 512 B, site-b, OK, priority 90"
};

/// Ranks the members of `group` that could take over: eligible first, then
/// synchronous members, lower lag, the primary's site, better health and a
/// higher priority. The current active members are not candidates.
QList<FailoverCandidate> rankCandidates(const ClusterSpec &spec, const ClusterSnapshot &snapshot, const QString &group);

struct PreflightCheck {
    QString id;        ///< "candidate-healthy", "lag-within-rpo", ... (a contract: overrides name it)
    QString title;
    bool passed = false;
    QString reason;    ///< the exact reason, pass or fail
};

struct PreflightInput {
    QString group;
    QString candidate;
    FailoverMode mode = FailoverMode::Switchover;
    qint64 nowMs = 0;
    /// End of the last successful switchover/failover of the group, 0: none.
    qint64 lastFailoverMs = 0;
    /// The operator confirmed the old primary is fenced or powered off.
    bool oldPrimaryFenced = false;
};

/// Every check across the layers, each green or red with its reason.
QList<PreflightCheck> runPreflight(const ClusterSpec &spec, const ClusterSnapshot &snapshot, const PreflightInput &input);

/// True when every check passed or is overridden with a written (non-blank)
/// reason; otherwise `blocking` lists the checks that still block.
bool preflightAllows(const QList<PreflightCheck> &checks, const QMap<QString, QString> &overrides,
                     QStringList *blocking = nullptr);

/// When the group last changed its primary through a finished run in the
/// journal (entries with parameter group=<group>), 0 when never.
qint64 lastFailoverMs(const QList<JournalEntry> &entries, const QString &cluster, const QString &group);

/// The built-in runbook for a group and mode ("postgres-switchover",
/// "patroni-switchover", "drbd-failover", ...), empty when there is none.
QString runbookFor(const ClusterSpec &spec, const QString &group, FailoverMode mode);

/// Parameters for that runbook from the snapshot: group, old and new
/// primary, the other replicas to re-point.
QMap<QString, QString> failoverParameters(const ClusterSpec &spec, const ClusterSnapshot &snapshot,
                                          const QString &group, const QString &candidate);

} // namespace mailha
