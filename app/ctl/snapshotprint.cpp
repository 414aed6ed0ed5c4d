// SPDX-License-Identifier: GPL-3.0-or-later
// How mailhactl prints a cluster snapshot: the table people read and the
// JSON scripts read. status, replay and check share it.
#include "command.h"

#include "core/names.h"

#include <QCoreApplication>
#include <QDateTime>

#include <google/protobuf/util/json_util.h>

namespace mailha::ctl {

namespace {

struct PrintText {
    Q_DECLARE_TR_FUNCTIONS(mailhactl)
};

QString cell(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '), true);
}

QString lagText(double seconds, qint64 bytes)
{
    if (seconds < 0 && bytes < 0)
        return QStringLiteral("—");
    QString text = formatDuration(seconds);
    if (bytes >= 0)
        text += QLatin1String(" / ") + formatBytes(bytes);
    return text;
}

void printTable(const ClusterSnapshot &snap, Io &io)
{
    auto paint = [&](const QString &text, const char *code) {
        return io.colour ? QStringLiteral("\033[%1m%2\033[0m").arg(QLatin1String(code), text) : text;
    };
    io.out << PrintText::tr("Cluster %1%2 at %3")
                  .arg(qstr(snap.cluster()), snap.lab() ? PrintText::tr(" (LAB, simulated)") : QString(),
                       QDateTime::fromMSecsSinceEpoch(snap.time_ms()).toString(Qt::ISODate))
           << "\n\n";
    io.out << cell(QStringLiteral("SITE"), 8) << cell(QStringLiteral("NODE"), 10) << cell(QStringLiteral("SERVICE"), 12)
           << cell(QStringLiteral("ROLE"), 12) << cell(QStringLiteral("HEALTH"), 9) << cell(QStringLiteral("LAG"), 22)
           << cell(QStringLiteral("QUEUE a/d/h"), 16) << QStringLiteral("STATE") << "\n";
    for (const NodeStatus &n : snap.nodes()) {
        const QString state = n.stale()
                                  ? paint(n.age_s() < 0 ? PrintText::tr("STALE (never read: %1)").arg(reachabilityLabel(n.reachability()))
                                                        : PrintText::tr("STALE (last seen %1 ago, %2)")
                                                              .arg(formatDuration(n.age_s()), reachabilityLabel(n.reachability())),
                                          "1;33")
                                  : PrintText::tr("live");
        for (const ServiceStatus &s : n.services()) {
            QString queue = QStringLiteral("—");
            if (s.has_queues())
                queue = QStringLiteral("%1/%2/%3").arg(s.queues().active()).arg(s.queues().deferred()).arg(s.queues().hold());
            const QString role = n.stale() ? roleName(s.role()) + QLatin1Char('?') : roleName(s.role());
            io.out << cell(qstr(n.site()), 8) << cell(qstr(n.node_id()), 10) << cell(qstr(s.service_id()), 12)
                   << cell(role, 12) << cell(healthName(s.health()), 9) << cell(lagText(s.lag_s(), s.lag_bytes()), 22)
                   << cell(queue, 16) << state;
            if (!s.error().empty())
                io.out << "  " << paint(qstr(s.error()), "31");
            io.out << "\n";
        }
    }
    if (snap.links_size() > 0) {
        io.out << "\n"
               << cell(QStringLiteral("LINK"), 20) << cell(QStringLiteral("MODE"), 7) << cell(QStringLiteral("LAG"), 24)
               << QStringLiteral("HEALTH") << "\n";
        for (const LinkStatus &l : snap.links()) {
            QString health = healthName(l.health());
            if (l.broken())
                health += QLatin1String(" (broken)");
            io.out << cell(qstr(l.link_id()), 20) << cell(l.mode() == SYNC ? QStringLiteral("sync") : QStringLiteral("async"), 7)
                   << cell(lagText(l.lag_s(), l.lag_bytes()), 24) << health << "\n";
        }
    }
    io.out << "\n"
           << cell(QStringLiteral("GROUP"), 11) << cell(QStringLiteral("ACTIVE"), 16) << cell(QStringLiteral("REDUNDANCY"), 12)
           << cell(QStringLiteral("RPO NOW / OBJECTIVE"), 22) << QStringLiteral("NOTES") << "\n";
    for (const GroupStatus &g : snap.groups()) {
        QStringList actives;
        for (const std::string &a : g.active_nodes())
            actives << qstr(a);
        QStringList notes;
        if (g.split_brain())
            notes << paint(PrintText::tr("SPLIT BRAIN"), "1;31");
        if (g.down())
            notes << paint(PrintText::tr("DOWN"), "1;31");
        if (g.redundancy_lost())
            notes << paint(PrintText::tr("redundancy lost"), "33");
        if (g.rpo_breached())
            notes << paint(PrintText::tr("RPO over objective"), "33");
        const QString rpo = g.pattern() == ACTIVE_ACTIVE
                                ? QStringLiteral("—")
                                : formatDuration(g.projected_rpo_s()) + QLatin1String(" / ")
                                      + formatDuration(g.objectives().rpo_s());
        io.out << cell(qstr(g.group()), 11) << cell(actives.isEmpty() ? QStringLiteral("—") : actives.join(QLatin1Char(',')), 16)
               << cell(QStringLiteral("N+%1").arg(g.healthy_standbys()), 12) << cell(rpo, 22)
               << notes.join(QLatin1String(", ")) << "\n";
    }
    io.out << "\n" << qstr(snap.summary()) << "\n";
}

} // namespace

bool printJson(const google::protobuf::Message &message, Io &io)
{
    google::protobuf::util::JsonPrintOptions options;
    options.add_whitespace = true;
    options.always_print_primitive_fields = true;
    std::string text;
    const auto status = google::protobuf::util::MessageToJsonString(message, &text, options);
    if (!status.ok()) {
        io.err << "mailhactl: " << QString::fromStdString(std::string(status.message())) << "\n";
        return false;
    }
    io.out << QString::fromStdString(text);
    return true;
}

bool printSnapshot(const ClusterSnapshot &snapshot, Io &io, bool json)
{
    if (json)
        return printJson(snapshot, io);
    printTable(snapshot, io);
    return true;
}

} // namespace mailha::ctl
