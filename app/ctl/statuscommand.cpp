// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterreader.h"
#include "command.h"

#include "core/names.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace mailha::ctl {

namespace {

// lupdate reads StatusCommand::tr() calls under the context "mailhactl".
struct StatusCommand {
    Q_DECLARE_TR_FUNCTIONS(mailhactl)
};

} // namespace

int runStatus(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        StatusCommand::tr("Show the cluster: every node's services with role, health, lag and queues, replication links, "
           "and per service group the active members, redundancy and projected RPO. Without CLUSTER, "
           "runs the built-in lab cluster."));
    ClusterReader reader;
    reader.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), StatusCommand::tr("Print the snapshot as JSON (Protobuf JSON mapping)."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, StatusCommand::tr("Show this help."));
    parser.addOptions({json, help});
    if (!parser.parse(QStringList{QStringLiteral("mailhactl status")} + args)) {
        io.err << "mailhactl status: " << parser.errorText() << "\n";
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return ExitOk;
    }
    if (const int code = reader.read(parser); code != ExitOk) {
        if (!reader.errorIsFileErrors())
            io.err << "mailhactl status: ";
        io.err << reader.error() << "\n";
        return code;
    }
    // Why each unreadable node could not be read, on stderr so --json stays clean.
    for (const NodeSample &s : reader.unreadable())
        io.err << qstr(s.node_id()) << ": " << reachabilityLabel(s.reachability()) << ": "
               << qstr(s.reachability_detail()) << "\n";

    const ClusterSnapshot &snap = reader.state().snapshot();
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
