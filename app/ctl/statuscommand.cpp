// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "cluster/clusterfile.h"
#include "cluster/derive.h"
#include "core/names.h"
#include "lab/labcluster.h"
#include "transport/sshnodepoller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>


#include <thread>
#include <vector>

namespace mailha::ctl {

namespace {

// lupdate reads StatusCommand::tr() calls under the context "mailhactl".
struct StatusCommand {
    Q_DECLARE_TR_FUNCTIONS(mailhactl)
};

Observations observe(const QList<NodeSample> &samples)
{
    Observations observations;
    for (const NodeSample &s : samples) {
        NodeObservation &o = observations[qstr(s.node_id())];
        o.reachability = s.reachability();
        o.reachabilityDetail = qstr(s.reachability_detail());
        o.statusTimeMs = s.time_ms();
        if (s.reachability() == REACHABLE)
            o.lastGood = s;
    }
    return observations;
}

/// One full round of every node, each over its own SSH session on its own
/// thread, exactly as the console's SshSource polls: the slowest node sets
/// the time, not the sum. Unknown host keys are refused (nobody to ask).
QList<NodeSample> pollOverSsh(const ClusterSpec &spec, const SshSettings &settings, int commandTimeoutMs)
{
    QList<NodeSample> samples(spec.nodes_size());
    std::vector<std::thread> threads;
    threads.reserve(size_t(spec.nodes_size()));
    for (int i = 0; i < spec.nodes_size(); ++i)
        threads.emplace_back([&, i] {
            SshNodePoller poller(spec, spec.nodes(i), settings);
            samples[i] = poller.pollRound(commandTimeoutMs);
        });
    for (std::thread &t : threads)
        t.join();
    return samples;
}

} // namespace

int runStatus(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        StatusCommand::tr("Show the cluster: every node's services with role, health, lag and queues, replication links, "
           "and per service group the active members, redundancy and projected RPO. Without CLUSTER, "
           "runs the built-in lab cluster."));
    parser.addPositionalArgument(QStringLiteral("CLUSTER"), StatusCommand::tr("Cluster file (Protobuf text format)."), QStringLiteral("[CLUSTER]"));
    const QCommandLineOption json(QStringLiteral("json"), StatusCommand::tr("Print the snapshot as JSON (Protobuf JSON mapping)."));
    const QCommandLineOption seconds(QStringLiteral("seconds"), StatusCommand::tr("Lab only: simulated seconds to run first (default 30)."),
                                     QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption seed(QStringLiteral("seed"), StatusCommand::tr("Lab only: simulation seed (default 1)."), QStringLiteral("N"),
                                  QStringLiteral("1"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, StatusCommand::tr("Show this help."));
    const QCommandLineOption sshConfig(QStringLiteral("ssh-config"),
                                       StatusCommand::tr("Cluster file only: ssh config to read instead of ~/.ssh/config."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption knownHosts(QStringLiteral("known-hosts"),
                                        StatusCommand::tr("Cluster file only: known_hosts file instead of ~/.ssh/known_hosts."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption sshDir(QStringLiteral("ssh-dir"),
                                    StatusCommand::tr("Cluster file only: directory of the default key files instead of ~/.ssh."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     StatusCommand::tr("Cluster file only: ms to wait for a connect and for each command (default 5000)."),
                                     QStringLiteral("MS"), QStringLiteral("5000"));
    parser.addOptions({json, seconds, seed, sshConfig, knownHosts, sshDir, timeout, help});
    if (!parser.parse(QStringList{QStringLiteral("mailhactl status")} + args)) {
        io.err << "mailhactl status: " << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() > 1) {
        io.err << "mailhactl status: " << StatusCommand::tr("expected at most one cluster file") << "\n";
        return ExitUsage;
    }
    bool okSeconds = false, okSeed = false;
    const int warm = parser.value(seconds).toInt(&okSeconds);
    const quint64 seedValue = parser.value(seed).toULongLong(&okSeed);
    if (!okSeconds || warm < 0 || !okSeed) {
        io.err << "mailhactl status: " << StatusCommand::tr("--seconds and --seed take a whole number") << "\n";
        return ExitUsage;
    }

    ClusterSnapshot snap;
    if (parser.positionalArguments().isEmpty()) {
        LabCluster lab(seedValue, QDateTime::currentMSecsSinceEpoch());
        lab.advance(qint64(warm) * 1000);
        snap = deriveSnapshot(lab.spec(), observe(lab.sampleAll()), lab.timeMs());
    } else {
        const QString path = parser.positionalArguments().constFirst();
        if (!QFileInfo(path).isFile()) {
            io.err << "mailhactl status: " << StatusCommand::tr("cannot read the cluster file %1").arg(path) << "\n";
            return ExitNoInput;
        }
        const ClusterFileLoad load = loadClusterFile(path);
        if (!load.ok()) {
            io.err << load.errorText() << "\n";
            return ExitDataError;
        }
        if (load.spec.lab()) {
            io.err << "mailhactl status: "
                   << StatusCommand::tr("%1 describes a simulated cluster (lab: true), which is never contacted over SSH; "
                                        "run mailhactl status without a file for the lab")
                          .arg(path)
                   << "\n";
            return ExitDataError;
        }
        bool okTimeout = false;
        const int timeoutMs = parser.value(timeout).toInt(&okTimeout);
        if (!okTimeout || timeoutMs < 100) {
            io.err << "mailhactl status: " << StatusCommand::tr("--timeout takes milliseconds, at least 100") << "\n";
            return ExitUsage;
        }
        SshSettings settings;
        settings.sshConfigPath = parser.value(sshConfig);
        settings.knownHostsPath = parser.value(knownHosts);
        settings.sshDir = parser.value(sshDir);
        settings.connectTimeoutMs = timeoutMs;
        const QList<NodeSample> samples = pollOverSsh(load.spec, settings, timeoutMs);
        snap = deriveSnapshot(load.spec, observe(samples), QDateTime::currentMSecsSinceEpoch());
        // Why each unreadable node could not be read, on stderr so --json stays clean.
        for (const NodeSample &s : samples)
            if (s.reachability() != REACHABLE)
                io.err << qstr(s.node_id()) << ": " << reachabilityLabel(s.reachability()) << ": "
                       << qstr(s.reachability_detail()) << "\n";
    }

    if (!printSnapshot(snap, io, parser.isSet(json)))
        return ExitSoftware;
    // Non-zero when any node could not be read: scripts must not take silence for health.
    // A node that answered but whose probes all failed was not read either.
    bool probeFailed = false;
    for (const NodeStatus &n : snap.nodes())
        for (const ServiceStatus &svc : n.services())
            probeFailed = probeFailed || (!n.stale() && !svc.error().empty());
    return snap.stale_nodes_size() > 0 || probeFailed ? ExitProblem : ExitOk;
}

} // namespace mailha::ctl
