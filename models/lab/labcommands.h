// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lab/labcluster.h"
#include "transport/commandrunner.h"

#include <QHash>
#include <QMutex>
#include <QSet>

namespace mailha {

/// A CommandRunner over the simulated lab cluster: it accepts the real
/// commands the built-in runbooks send (pg_ctl, psql, patronictl, crm, pcs,
/// drbdadm, systemctl, postqueue, postconf, doveadm, ip, touch, ...), changes
/// the LabNode state the way the real program would change the server, and
/// answers with the real programs' output and exit statuses. A command it
/// does not simulate exits 127 with a message naming it, like a shell would.
///
/// Thread safety: run() is called on a runbook worker thread while the GUI
/// thread advances and samples the same LabCluster, so every access to the
/// cluster here happens under `clusterMutex`, and the owner of the cluster
/// must hold the same mutex around its own advance()/sample() calls. The
/// runner's own state (files, pending configuration) is guarded by m_mutex.
/// Lock order: clusterMutex, then m_mutex.
class LabCommandRunner final : public CommandRunner
{
public:
    LabCommandRunner(LabCluster *cluster, QMutex *clusterMutex);

    CommandOutput run(const QString &nodeId, const ProbeCommand &command, int timeoutMs) override;
    bool isLab() const override { return true; }

    /// Simulated time each command takes (the lab advances by it after every
    /// command), so WAIT steps see the cluster move without a ticking source.
    /// 0 (the default) when a LabSource advances the cluster anyway.
    void setAdvancePerCommandMs(qint64 ms);

    /// Makes a command on `nodeId` whose joined text contains `needle` block
    /// until `releaseBlocked()` (tests of kill -9 and abort mid-step).
    void blockCommandsContaining(const QString &nodeId, const QString &needle);
    void releaseBlocked();

    /// The addresses trainees use for the nodes when mailha-labd serves the
    /// lab (node id -> host), so a standby re-pointed at one is understood.
    void setServedHosts(const QHash<QString, QString> &nodeToHost);

    /// Every command received, "node: shell text", in order (for tests).
    QStringList history() const;

private:
    CommandOutput dispatch(LabNode &node, const QStringList &argv);
    CommandOutput psql(LabNode &node, const QStringList &argv);
    CommandOutput pgCtl(LabNode &node, const QString &action);
    CommandOutput patronictl(LabNode &node, const QStringList &argv);
    CommandOutput pacemaker(LabNode &node, const QStringList &argv);
    CommandOutput drbdadm(LabNode &node, const QStringList &argv);
    CommandOutput systemctl(LabNode &node, const QStringList &argv);
    CommandOutput postfix(LabNode &node, const QStringList &argv);
    CommandOutput doveadm(LabNode &node, const QStringList &argv);
    CommandOutput ipAddr(LabNode &node);
    bool promote(LabNode &node);

    LabCluster *m_cluster;
    QMutex *m_clusterMutex;
    mutable QMutex m_mutex;
    qint64 m_advanceMs = 0;                       // guarded by m_mutex
    QHash<QString, QSet<QString>> m_files;        // node -> paths touched; guarded by m_mutex
    QHash<QString, QString> m_pendingConninfo;    // node -> primary_conninfo not yet reloaded
    QHash<QString, QSet<QString>> m_pacemakerConstraints;  // resource -> "ban:node"/"move:node"
    QSet<QString> m_pacemakerStandby;             // nodes in Pacemaker standby
    QSet<QString> m_inboundDisabled;              // Postfix nodes with master_service_disable=inet
    QHash<QString, QString> m_pendingPostconf;    // node -> setting applied at the next reload
    QHash<QString, bool> m_mounted;               // DRBD node -> spool mounted
    QHash<QString, QString> m_servedHosts;       // node -> host trainees use; guarded by m_mutex
    QStringList m_history;
    QString m_blockNode;
    QString m_blockNeedle;
    bool m_blocked = false;
};

} // namespace mailha
