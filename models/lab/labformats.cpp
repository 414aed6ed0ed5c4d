// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab/labformats.h"

#include "core/names.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace mailha {

namespace {

constexpr qint64 labMessageBytes = 48'000;  // LabCluster's bytes per queued message

CommandOutput ok(const QByteArray &text)
{
    CommandOutput out;
    out.standardOutput = text;
    out.exitStatus = 0;
    return out;
}

CommandOutput failed(int status, const QByteArray &stderrText)
{
    CommandOutput out;
    out.standardError = stderrText;
    out.exitStatus = status;
    return out;
}

const Node *specNode(const LabCluster &lab, const QString &nodeId)
{
    for (const Node &n : lab.spec().nodes())
        if (qstr(n.id()) == nodeId)
            return &n;
    return nullptr;
}

// A stable interface address per node: 10.<site>.0.<index>/24.
QString baseAddress(const LabCluster &lab, const QString &nodeId)
{
    int index = 0;
    for (const Node &n : lab.spec().nodes()) {
        ++index;
        if (qstr(n.id()) == nodeId)
            return QStringLiteral("10.%1.0.%2").arg(lab.siteOf(nodeId) == QLatin1String("site-a") ? 10 : 20).arg(10 + index);
    }
    return QStringLiteral("10.99.0.1");
}

QByteArray ipAddrJson(const LabCluster &lab, const LabNode &node)
{
    QJsonArray lo{QJsonObject{{QStringLiteral("family"), QStringLiteral("inet")}, {QStringLiteral("local"), QStringLiteral("127.0.0.1")},
                              {QStringLiteral("prefixlen"), 8}, {QStringLiteral("scope"), QStringLiteral("host")},
                              {QStringLiteral("label"), QStringLiteral("lo")}}};
    QJsonArray eth{QJsonObject{{QStringLiteral("family"), QStringLiteral("inet")}, {QStringLiteral("local"), baseAddress(lab, node.id)},
                               {QStringLiteral("prefixlen"), 24}, {QStringLiteral("scope"), QStringLiteral("global")},
                               {QStringLiteral("label"), QStringLiteral("eth0")}}};
    for (const FloatingIp &vip : lab.spec().floating_ips()) {
        if (!node.vips.contains(qstr(vip.id())))
            continue;
        const QString cidr = qstr(vip.address());
        eth.append(QJsonObject{{QStringLiteral("family"), QStringLiteral("inet")},
                               {QStringLiteral("local"), cidr.section(QLatin1Char('/'), 0, 0)},
                               {QStringLiteral("prefixlen"), cidr.section(QLatin1Char('/'), 1, 1).toInt()},
                               {QStringLiteral("scope"), QStringLiteral("global")},
                               {QStringLiteral("secondary"), true},
                               {QStringLiteral("label"), QStringLiteral("eth0")}});
    }
    const QJsonArray interfaces{
        QJsonObject{{QStringLiteral("ifindex"), 1}, {QStringLiteral("ifname"), QStringLiteral("lo")},
                    {QStringLiteral("operstate"), QStringLiteral("UNKNOWN")}, {QStringLiteral("addr_info"), lo}},
        QJsonObject{{QStringLiteral("ifindex"), 2}, {QStringLiteral("ifname"), QStringLiteral("eth0")},
                    {QStringLiteral("operstate"), QStringLiteral("UP")}, {QStringLiteral("addr_info"), eth}}};
    return QJsonDocument(interfaces).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray postqueueJson(const LabMta &q, qint64 nowS)
{
    QByteArray out;
    qint64 serial = 0;
    auto message = [&](const char *queue, qint64 arrivalS, const QString &domain, const QString &reason) {
        QJsonObject recipient{{QStringLiteral("address"), QStringLiteral("user%1@%2").arg(serial % 997).arg(domain)}};
        if (!reason.isEmpty())
            recipient.insert(QStringLiteral("delay_reason"), reason);
        const QJsonObject m{{QStringLiteral("queue_name"), QLatin1String(queue)},
                            {QStringLiteral("queue_id"), QStringLiteral("4L%1").arg(serial++, 10, 36, QLatin1Char('0')).toUpper()},
                            {QStringLiteral("arrival_time"), arrivalS},
                            {QStringLiteral("message_size"), labMessageBytes},
                            {QStringLiteral("forced_expire"), false},
                            {QStringLiteral("sender"), QStringLiteral("sender@example.com")},
                            {QStringLiteral("recipients"), QJsonArray{recipient}}};
        out += QJsonDocument(m).toJson(QJsonDocument::Compact) + '\n';
    };
    const QString reason = q.downstreamOutage ? QStringLiteral("connect to mx.example.net[198.51.100.7]:25: Connection timed out")
                                              : QStringLiteral("host mx.example.org said: 451 4.7.1 Greylisted, try again later");
    const QString deferredDomain = q.downstreamOutage ? QStringLiteral("example.net") : QStringLiteral("example.org");
    qint64 remaining = q.deferred;
    for (const LabMta::Cohort &c : q.deferredCohorts) {
        for (qint64 i = 0; i < c.count && remaining > 0; ++i, --remaining)
            message("deferred", c.arrivalMs / 1000, deferredDomain, reason);
    }
    for (; remaining > 0; --remaining)
        message("deferred", nowS, deferredDomain, reason);
    // Active mail is under a second old in the lab model.
    for (qint64 i = 0; i < q.active; ++i)
        message("active", nowS - 1, QStringLiteral("example.com"), {});
    for (qint64 i = 0; i < q.incoming; ++i)
        message("incoming", nowS, QStringLiteral("example.com"), {});
    for (qint64 i = 0; i < q.hold; ++i)
        message("hold", nowS, QStringLiteral("example.com"), {});
    return out;
}

QJsonValue lsnOrNull(bool present, qint64 position)
{
    return present ? QJsonValue(formatLsn(position)) : QJsonValue(QJsonValue::Null);
}

QByteArray postgresState(const LabCluster &lab, const LabNode &node)
{
    const LabDatabase &db = *node.db;
    const double now = double(lab.timeMs()) / 1000.0;
    QJsonObject o{{QStringLiteral("server_version_num"), 150010},
                  {QStringLiteral("in_recovery"), !db.primary},
                  {QStringLiteral("now"), now}};
    if (db.primary) {
        QJsonArray replicas;
        for (const LabNode &other : lab.nodes()) {
            if (!other.db || other.db->primary || other.db->upstream != node.id || !lab.connected(other.id, node.id))
                continue;
            replicas.append(QJsonObject{{QStringLiteral("name"), other.id},
                                        {QStringLiteral("address"), baseAddress(lab, other.id)},
                                        {QStringLiteral("state"), other.db->receiving ? QStringLiteral("streaming") : QStringLiteral("catchup")},
                                        {QStringLiteral("sync_state"), other.db->synchronous ? QStringLiteral("sync") : QStringLiteral("async")},
                                        {QStringLiteral("sent_lsn"), formatLsn(db.walPosition)},
                                        {QStringLiteral("write_lsn"), formatLsn(other.db->receivedPosition)},
                                        {QStringLiteral("flush_lsn"), formatLsn(other.db->receivedPosition)},
                                        {QStringLiteral("replay_lsn"), formatLsn(other.db->replayedPosition)},
                                        {QStringLiteral("write_lag"), QJsonValue::Null},
                                        {QStringLiteral("flush_lag"), QJsonValue::Null},
                                        {QStringLiteral("replay_lag"), QJsonValue::Null}});
        }
        o.insert(QStringLiteral("current_lsn"), formatLsn(db.walPosition));
        o.insert(QStringLiteral("receive_lsn"), QJsonValue::Null);
        o.insert(QStringLiteral("replay_lsn"), QJsonValue::Null);
        o.insert(QStringLiteral("replay_paused"), false);
        o.insert(QStringLiteral("last_replay"), QJsonValue::Null);
        o.insert(QStringLiteral("replicas"), replicas);
        o.insert(QStringLiteral("receiver"), QJsonValue::Null);
    } else {
        const LabNode *up = lab.node(db.upstream);
        const qint64 head = up && up->db ? up->db->walPosition : db.receivedPosition;
        const double rate = up && up->db ? std::max(1.0, up->db->writeBytesPerS) : 1.0;
        const qint64 lagBytes = std::max<qint64>(0, head - db.replayedPosition);
        // The lab's own lag model; a real server reports it as the age of the
        // last replayed transaction, which the probe reads back as lag.
        const double lagS = double(lagBytes) / rate + double(lab.timeMs() - db.lastReplayMs) / 1000.0 * 0.1;
        const bool receiving = db.receiving && up && up->up;
        o.insert(QStringLiteral("current_lsn"), QJsonValue::Null);
        o.insert(QStringLiteral("receive_lsn"), formatLsn(db.receivedPosition));
        o.insert(QStringLiteral("replay_lsn"), formatLsn(db.replayedPosition));
        o.insert(QStringLiteral("replay_paused"), !db.replaying);
        o.insert(QStringLiteral("last_replay"), lagBytes > 0 ? now - lagS : double(db.lastReplayMs) / 1000.0);
        o.insert(QStringLiteral("replicas"), QJsonArray());
        if (receiving)
            o.insert(QStringLiteral("receiver"),
                     QJsonObject{{QStringLiteral("status"), QStringLiteral("streaming")},
                                 {QStringLiteral("written_lsn"), formatLsn(db.receivedPosition)},
                                 {QStringLiteral("flushed_lsn"), formatLsn(db.receivedPosition)},
                                 {QStringLiteral("latest_end_lsn"), lsnOrNull(true, head)},
                                 {QStringLiteral("sender_host"), db.upstream},
                                 {QStringLiteral("sender_port"), 5432},
                                 {QStringLiteral("slot_name"), QJsonValue::Null}});
        else
            o.insert(QStringLiteral("receiver"), QJsonValue::Null);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray drbdStatusJson(const LabCluster &lab, const LabNode &node)
{
    const LabDrbd &d = *node.drbd;
    const bool connected = d.connection == QLatin1String("Connected");
    const LabNode *peer = lab.node(d.peer);
    const QString peerRole = connected && peer && peer->up && peer->drbd ? (peer->drbd->primary ? QStringLiteral("Primary")
                                                                                                 : QStringLiteral("Secondary"))
                                                                         : QStringLiteral("Unknown");
    const QJsonObject peerDevice{{QStringLiteral("volume"), 0},
                                 {QStringLiteral("replication-state"), connected ? QStringLiteral("Established") : QStringLiteral("Off")},
                                 {QStringLiteral("peer-disk-state"), connected ? QStringLiteral("UpToDate") : QStringLiteral("DUnknown")},
                                 {QStringLiteral("out-of-sync"), d.outOfSyncKib},
                                 {QStringLiteral("percent-in-sync"), 100.0}};
    const QJsonObject connection{{QStringLiteral("peer-node-id"), 1},
                                 {QStringLiteral("name"), d.peer},
                                 {QStringLiteral("connection-state"), d.connection},
                                 {QStringLiteral("peer-role"), peerRole},
                                 {QStringLiteral("peer_devices"), QJsonArray{peerDevice}}};
    const QJsonObject resource{{QStringLiteral("name"), QStringLiteral("mailspool")},
                               {QStringLiteral("node-id"), 0},
                               {QStringLiteral("role"), d.primary ? QStringLiteral("Primary") : QStringLiteral("Secondary")},
                               {QStringLiteral("suspended"), false},
                               {QStringLiteral("devices"), QJsonArray{QJsonObject{{QStringLiteral("volume"), 0},
                                                                                  {QStringLiteral("minor"), 0},
                                                                                  {QStringLiteral("disk-state"), d.disk}}}},
                               {QStringLiteral("connections"), QJsonArray{connection}}};
    return QJsonDocument(QJsonArray{resource}).toJson(QJsonDocument::Indented);
}

QString hms(double seconds)
{
    const qint64 s = std::max<qint64>(0, qint64(seconds));
    return QStringLiteral("%1:%2:%3").arg(s / 3600, 2, 10, QLatin1Char('0')).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QByteArray doveadmUsers(const LabCluster &lab, const LabDovecot &d)
{
    QByteArray out = "username                                                 priority fast sync full sync success sync failed\n";
    const QString age = hms(double(lab.timeMs() - d.lastSyncMs) / 1000.0);
    for (qint64 i = 0; i < d.users; ++i) {
        const QByteArray user = QStringLiteral("user%1@example.com").arg(i, 5, 10, QLatin1Char('0')).toUtf8();
        out += user.leftJustified(57, ' ') + (i < d.queuedIncremental ? "high     " : "none     ") + age.toUtf8() + "  03:00:00  "
             + age.toUtf8() + "     " + (i < d.failedUsers ? "y" : "-") + '\n';
    }
    return out;
}

QByteArray doveadmOverview(const LabDovecot &d)
{
    return QStringLiteral("Queued 'sync' requests        0\nQueued 'high' requests        %1\nQueued 'low' requests         0\n"
                          "Queued 'failed' requests      %2\nQueued 'full resync' requests %3\nWaiting 'failed' requests     %2\n"
                          "Total number of known users   %4\n")
        .arg(d.queuedIncremental)
        .arg(d.failedUsers)
        .arg(d.queuedFull)
        .arg(d.users)
        .toUtf8();
}

QByteArray haproxyCsv(const LabCluster &lab, const LabBalancer &lb)
{
    QByteArray out = "# pxname,svname,qcur,qmax,scur,smax,slim,stot,bin,bout,dreq,dresp,ereq,econ,eresp,wretr,wredis,status,weight,act,bck,\n";
    QStringList backends;
    for (const HaproxyServer &s : lb.servers)
        if (!backends.contains(qstr(s.backend())))
            backends.append(qstr(s.backend()));
    for (const QString &backend : backends) {
        int up = 0;
        for (const HaproxyServer &s : lb.servers) {
            if (qstr(s.backend()) != backend)
                continue;
            const LabNode *target = lab.node(qstr(s.server()));
            const bool isUp = target && target->up;
            const qint64 sessions = target && target->mta && lb.master ? target->mta->active / 4 : 0;
            up += isUp;
            out += QStringLiteral("%1,%2,0,0,%3,0,,0,0,0,,0,,0,0,0,0,%4,1,1,0,\n")
                       .arg(backend, qstr(s.server()))
                       .arg(sessions)
                       .arg(isUp ? QStringLiteral("UP") : QStringLiteral("DOWN"))
                       .toUtf8();
        }
        out += QStringLiteral("%1,BACKEND,0,0,0,0,,0,0,0,0,0,,0,0,0,0,%2,%3,%3,0,\n")
                   .arg(backend, up > 0 ? QStringLiteral("UP") : QStringLiteral("DOWN"))
                   .arg(up)
                   .toUtf8();
    }
    return out;
}

} // namespace

CommandOutput labCommandOutput(const LabCluster &lab, const QString &nodeId, const PlannedCommand &command)
{
    const LabNode *node = lab.node(nodeId);
    if (!node || !node->up) {
        CommandOutput out;
        out.timedOut = true;
        return out;
    }
    const QString &key = command.command.key;
    const bool crashed = node->crashedServices.contains(command.serviceId);
    const qint64 nowS = lab.timeMs() / 1000;
    if (key == QLatin1String("addresses"))
        return ok(ipAddrJson(lab, *node));
    if (key == QLatin1String("clock"))
        return ok(QByteArray::number(nowS) + '\n');
    switch (command.technology) {
    case POSTFIX:
        if (crashed || !node->mta)
            return failed(69, "postqueue: fatal: Queue report unavailable - mail system is down\n");
        return ok(postqueueJson(*node->mta, nowS));
    case POSTGRES:
        if (crashed || !node->db)
            return failed(2, "psql: error: connection to server at \"127.0.0.1\", port 5432 failed: Connection refused\n"
                             "\tIs the server running on that host and accepting TCP/IP connections?\n");
        return ok(postgresState(lab, *node));
    case DRBD:
        if (crashed || !node->drbd)
            return failed(10, "# No currently configured DRBD found.\n");
        return ok(drbdStatusJson(lab, *node));
    case DOVECOT:
        if (crashed || !node->dovecot)
            return failed(75, "doveadm(root): Error: net_connect_unix(/run/dovecot/replicator-doveadm) failed: Connection refused\n");
        if (key == QLatin1String("users"))
            return ok(doveadmUsers(lab, *node->dovecot));
        if (key == QLatin1String("overview"))
            return ok(doveadmOverview(*node->dovecot));
        if (key == QLatin1String("dsync"))
            return ok("username type status\n- - Idle\n");
        break;
    case KEEPALIVED:
        if (key == QLatin1String("service"))
            return crashed ? CommandOutput{"failed\n", {}, 3, false, false, {}} : ok("active\n");
        if (key == QLatin1String("vrrp") && node->balancer)
            return ok(QStringLiteral("INSTANCE VI_PUBLIC %1 %2\n")
                          .arg(node->balancer->master ? QStringLiteral("MASTER") : QStringLiteral("BACKUP"))
                          .arg(node->balancer->priority)
                          .toUtf8());
        break;
    case HAPROXY:
        if (crashed || !node->balancer)
            return failed(1, "2026/01/05 09:00:00 socat[812] E connect(5, AF=1 \"/run/haproxy/admin.sock\", 26): Connection refused\n");
        return ok(haproxyCsv(lab, *node->balancer));
    case HOST:
        if (key == QLatin1String("loadavg"))
            return ok(QStringLiteral("%1 %2 %3 1/211 4242\n").arg(node->load, 0, 'f', 2).arg(node->load, 0, 'f', 2).arg(node->load, 0, 'f', 2).toUtf8());
        if (key == QLatin1String("meminfo"))
            return ok(QStringLiteral("MemTotal:       %1 kB\nMemFree:        %2 kB\nMemAvailable:   %2 kB\n")
                          .arg(node->memTotal / 1024)
                          .arg(node->memAvailable / 1024)
                          .toUtf8());
        if (key == QLatin1String("df"))
            return ok(QStringLiteral("Filesystem     1-blocks        Used   Available Capacity Mounted on\n/dev/vda1 %1 %2 %3 %4% /\n")
                          .arg(node->diskSize)
                          .arg(node->diskSize - node->diskFree)
                          .arg(node->diskFree)
                          .arg(node->diskSize > 0 ? 100 - node->diskFree * 100 / node->diskSize : 0)
                          .toUtf8());
        if (key == QLatin1String("units")) {
            QByteArray states;
            for (qsizetype i = 3; i < command.command.argv.size(); ++i)
                states += node->crashedServices.contains(command.command.argv.at(i)) ? "failed\n" : "active\n";
            return ok(states);
        }
        break;
    default:
        break;
    }
    return failed(127, QStringLiteral("sh: 1: %1: not found\n").arg(command.command.argv.value(0)).toUtf8());
}

CommandOutputs labCommandOutputs(const LabCluster &lab, const QString &nodeId, const QList<PlannedCommand> &plan)
{
    CommandOutputs outputs;
    for (const PlannedCommand &c : plan)
        outputs.insert(c.outputKey, labCommandOutput(lab, nodeId, c));
    return outputs;
}

NodeSample labSampleViaProbes(const LabCluster &lab, const QString &nodeId, QList<ProbeError> *errors)
{
    const LabNode *labNode = lab.node(nodeId);
    const Node *spec = specNode(lab, nodeId);
    if (!labNode || !labNode->up || !spec) {
        NodeSample out;
        out.set_node_id(sstr(nodeId));
        out.set_time_ms(lab.timeMs());
        out.set_reachability(TIMED_OUT);
        out.set_reachability_detail("no answer within the poll timeout");
        return out;
    }
    const QList<PlannedCommand> plan = planNodePoll(*spec);
    NodeSample sample = assembleNodeSample(lab.spec(), *spec, labCommandOutputs(lab, nodeId, plan), lab.timeMs(), errors);
    sample.set_round_trip_ms(0.0);
    return sample;
}

void attachLabRawOutputs(const LabCluster &lab, NodeSample &sample)
{
    const QString nodeId = qstr(sample.node_id());
    const LabNode *labNode = lab.node(nodeId);
    const Node *spec = specNode(lab, nodeId);
    if (!labNode || !labNode->up || !spec || sample.reachability() != REACHABLE)
        return;
    auto &raw = *sample.mutable_raw();
    for (const PlannedCommand &c : planNodePoll(*spec))
        raw[sstr(c.outputKey)] = rawOutputText(labCommandOutput(lab, nodeId, c));
}

} // namespace mailha
