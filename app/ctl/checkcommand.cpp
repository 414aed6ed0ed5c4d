// SPDX-License-Identifier: GPL-3.0-or-later
// `mailhactl check`: a monitoring plugin for Nagios, Icinga and Zabbix
// (Monitoring Plugins development guidelines): one status line on stdout,
// performance data after '|', exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
// The states come from the console's own alert engine over the same derived
// snapshot, so the monitoring system and the alert list never disagree.
#include "clusterreader.h"
#include "command.h"

#include "alerts/alertengine.h"
#include "core/names.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>

namespace mailha::ctl {

namespace {

struct CheckCommand {
    Q_DECLARE_TR_FUNCTIONS(mailhactl)
};

enum PluginState : int { PluginOk = 0, PluginWarning = 1, PluginCritical = 2, PluginUnknown = 3 };

// A monitoring system matches on these words: never translated.
QString stateWord(PluginState state)
{
    switch (state) {
    case PluginOk:
        return QStringLiteral("OK");
    case PluginWarning:
        return QStringLiteral("WARNING");
    case PluginCritical:
        return QStringLiteral("CRITICAL");
    case PluginUnknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

// The status text is one line, and a '|' in it would start the performance data.
QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('|'), QLatin1Char('/'));
    line.replace(QLatin1Char('\n'), QLatin1String("; "));
    return line.simplified();
}

int report(Io &io, PluginState state, const QString &text, const QStringList &perfdata = {})
{
    io.out << "MAILHA " << stateWord(state) << " - " << oneLine(text);
    if (!perfdata.isEmpty())
        io.out << " | " << perfdata.join(QLatin1Char(' '));
    io.out << "\n";
    return state;
}

// Graphers (PNP4Nagios, Graphite) turn labels into file and metric names:
// keep them to letters, digits, '_', '-' and '.'.
QString perfLabel(const QString &raw)
{
    QString label = raw;
    label.replace(QLatin1String("->"), QLatin1String("_"));
    for (QChar &c : label)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_') && c != QLatin1Char('-')
            && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    return label;
}

QString mountLabel(const QString &mount)
{
    if (mount == QLatin1String("/"))
        return QStringLiteral("root");
    QString label = mount;
    while (label.startsWith(QLatin1Char('/')))
        label.remove(0, 1);
    return label;
}

// Plain decimal in the C locale, at most three decimals, no exponent.
QString perfNumber(double value)
{
    QString text = QString::number(value, 'f', 3);
    while (text.contains(QLatin1Char('.')) && (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

/// A threshold of the cluster file as a plugin range; 0 means "not set".
/// `below`: the state is bad when the value falls under it ("20:").
QString perfRange(double threshold, bool below = false)
{
    if (threshold <= 0)
        return {};
    return below ? perfNumber(threshold) + QLatin1Char(':') : perfNumber(threshold);
}

/// 'label'=value[UOM];[warn];[crit];[min];[max], empty trailing fields dropped.
/// A negative value is unknown and printed as U.
QString perfItem(const QString &label, double value, const QString &uom, const QString &warn, const QString &crit,
                 const QString &min = QStringLiteral("0"), const QString &max = {})
{
    QStringList fields{value < 0 ? QStringLiteral("U") : perfNumber(value) + uom, warn, crit, min, max};
    while (fields.size() > 1 && fields.constLast().isEmpty())
        fields.removeLast();
    return QLatin1Char('\'') + perfLabel(label) + QLatin1String("'=") + fields.join(QLatin1Char(';'));
}

const Node *specNode(const ClusterSpec &spec, const std::string &id)
{
    for (const Node &n : spec.nodes())
        if (n.id() == id)
            return &n;
    return nullptr;
}

/// Every number the alert engine judges, with the thresholds it judges it by.
QStringList perfdata(const ClusterSpec &spec, const ClusterSnapshot &snap, const Observations &observations)
{
    QStringList out;
    for (const LinkStatus &link : snap.links()) {
        const ReplicationLink *specLink = nullptr;
        for (const ReplicationLink &l : spec.links())
            if (l.id() == link.link_id())
                specLink = &l;
        const Thresholds th = effectiveThresholds(spec, specLink ? &specLink->thresholds() : nullptr, qstr(link.group()));
        const QString id = qstr(link.link_id());
        // A delayed replica is judged on the lag beyond its delay, and not on bytes.
        const double delay = std::max(0.0, link.intentional_delay_s());
        out << perfItem(QStringLiteral("lag_%1_s").arg(id), link.lag_s(), QStringLiteral("s"),
                        th.lag_warn_s() > 0 ? perfNumber(th.lag_warn_s() + delay) : QString(),
                        th.lag_crit_s() > 0 ? perfNumber(th.lag_crit_s() + delay) : QString());
        out << perfItem(QStringLiteral("lag_%1_bytes").arg(id), double(link.lag_bytes()), QStringLiteral("B"),
                        delay > 0 ? QString() : perfRange(double(th.lag_warn_bytes())),
                        delay > 0 ? QString() : perfRange(double(th.lag_crit_bytes())));
    }
    for (const NodeStatus &node : snap.nodes()) {
        if (node.stale())
            continue;  // its numbers are old; the stale count says so
        const Node *sn = specNode(spec, node.node_id());
        const QString id = qstr(node.node_id());
        int queues = 0;
        for (const ServiceStatus &s : node.services())
            queues += s.has_queues() ? 1 : 0;
        for (const ServiceStatus &s : node.services()) {
            if (!s.has_queues())
                continue;
            const Thresholds th = effectiveThresholds(spec, sn ? &sn->thresholds() : nullptr, qstr(s.group()));
            const MtaQueues &q = s.queues();
            const QString where = queues > 1 ? id + QLatin1Char('_') + qstr(s.service_id()) : id;
            out << perfItem(QStringLiteral("queue_") + where, double(q.incoming() + q.active() + q.deferred() + q.hold()),
                            {}, perfRange(double(th.queue_warn())), perfRange(double(th.queue_crit())));
            out << perfItem(QStringLiteral("oldest_%1_s").arg(where), q.oldest_age_s(), QStringLiteral("s"),
                            perfRange(th.oldest_message_warn_s()), perfRange(th.oldest_message_crit_s()));
        }
        const auto obs = observations.constFind(id);
        if (obs == observations.constEnd())
            continue;
        const Thresholds th = effectiveThresholds(spec, sn ? &sn->thresholds() : nullptr);
        QSet<QString> seen;
        for (const ServiceSample &s : obs->lastGood.services())
            for (const DiskUsage &d : s.host().disks()) {
                const QString mount = qstr(d.mount());
                if (d.size_bytes() <= 0 || seen.contains(mount))
                    continue;
                seen.insert(mount);
                const double freePct = 100.0 * double(d.free_bytes()) / double(d.size_bytes());
                out << perfItem(QStringLiteral("disk_free_%1_%2").arg(id, mountLabel(mount)), freePct,
                                QStringLiteral("%"), perfRange(th.disk_free_warn_pct(), true),
                                perfRange(th.disk_free_crit_pct(), true), QStringLiteral("0"), QStringLiteral("100"));
            }
    }
    for (const GroupStatus &g : snap.groups()) {
        const QString id = qstr(g.group());
        out << perfItem(QStringLiteral("standbys_") + id, g.healthy_standbys(), {},
                        g.required_standbys() > 0 ? QString::number(g.required_standbys()) + QLatin1Char(':') : QString(),
                        {});
        if (g.pattern() != ACTIVE_ACTIVE)
            out << perfItem(QStringLiteral("rpo_%1_s").arg(id), g.projected_rpo_s(), QStringLiteral("s"),
                            // An objective of 0 s is a real limit (synchronous), not "unset".
                            perfNumber(g.objectives().rpo_s()), {});
    }
    out << perfItem(QStringLiteral("stale_nodes"), snap.stale_nodes_size(), {}, QStringLiteral("0"), {},
                    QStringLiteral("0"), QString::number(snap.nodes_size()));
    return out;
}

} // namespace

int runCheck(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CheckCommand::tr("Monitoring plugin for Nagios, Icinga and Zabbix: reads the cluster once, evaluates the "
                         "console's alerts and prints one status line with performance data. Exit status 0 OK, "
                         "1 WARNING (a warning alert), 2 CRITICAL (a critical alert), 3 UNKNOWN (bad command "
                         "line, unreadable or invalid cluster file, no node readable). Thresholds come from the "
                         "cluster file. Without CLUSTER, checks the built-in lab cluster."));
    ClusterReader reader(ClusterReader::WithLabFaults);
    reader.addTo(parser);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  CheckCommand::tr("Show this help."));
    const QCommandLineOption version(QStringList{QStringLiteral("V"), QStringLiteral("version")},
                                     CheckCommand::tr("Show the version."));
    parser.addOptions({help, version});
    // A plugin that cannot run must still say UNKNOWN on stdout, where the monitoring system reads.
    if (!parser.parse(QStringList{QStringLiteral("mailhactl check")} + args))
        return report(io, PluginUnknown, parser.errorText());
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(version)) {
        io.out << "mailhactl check " << QCoreApplication::applicationVersion() << "\n";
        return ExitOk;
    }
    if (reader.read(parser) != ExitOk)
        return report(io, PluginUnknown, reader.error());

    const ClusterState &state = reader.state();
    const ClusterSnapshot &snap = state.snapshot();
    if (snap.nodes_size() > 0 && snap.stale_nodes_size() == snap.nodes_size()) {
        QStringList why;
        for (const NodeStatus &n : snap.nodes()) {
            const QString detail = state.observations().value(qstr(n.node_id())).reachabilityDetail;
            why << QStringLiteral("%1 %2").arg(qstr(n.node_id()), reachabilityLabel(n.reachability()))
                       + (detail.isEmpty() ? QString() : QLatin1String(" (") + detail + QLatin1Char(')'));
        }
        return report(io, PluginUnknown, CheckCommand::tr("no node could be read: %1").arg(why.join(QLatin1String(", "))));
    }

    const QList<AlertCondition> conditions = AlertEngine::evaluate(state.spec(), snap, state.observations());
    QStringList critical, warning;
    for (const AlertCondition &c : conditions)
        (c.severity == CRIT ? critical : warning) << c.message;
    const QStringList perf = perfdata(state.spec(), snap, state.observations());
    const QString cluster = qstr(snap.cluster());
    if (critical.isEmpty() && warning.isEmpty())
        return report(io, PluginOk,
                      CheckCommand::tr("%1: %2 nodes live, no alerts").arg(cluster).arg(snap.nodes_size()), perf);

    // The worst first; a status line is read on a phone, so it stops after a few.
    constexpr int shown = 8;
    const QStringList problems = critical + warning;
    QString text = CheckCommand::tr("%1 critical, %2 warning: %3")
                       .arg(critical.size())
                       .arg(warning.size())
                       .arg(problems.mid(0, shown).join(QLatin1String("; ")));
    if (problems.size() > shown)
        text += QLatin1String("; ") + CheckCommand::tr("and %1 more").arg(problems.size() - shown);
    return report(io, critical.isEmpty() ? PluginWarning : PluginCritical, text, perf);
}

} // namespace mailha::ctl
