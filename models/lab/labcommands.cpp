// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab/labcommands.h"

#include "core/names.h"
#include "core/shellquote.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

namespace mailha {

namespace {

CommandOutput ok(const QByteArray &out = {})
{
    CommandOutput o;
    o.exitStatus = 0;
    o.standardOutput = out;
    return o;
}

CommandOutput fail(int status, const QByteArray &err, const QByteArray &out = {})
{
    CommandOutput o;
    o.exitStatus = status;
    o.standardError = err;
    o.standardOutput = out;
    return o;
}

QByteArray b(const QString &s)
{
    return s.toUtf8();
}

bool serviceRunning(const LabNode &node, const char *service)
{
    return !node.crashedServices.contains(QLatin1String(service));
}

/// The value following `option` in argv ("-c" "SELECT 1"), or empty.
QString optionValue(const QStringList &argv, const QString &option)
{
    const qsizetype i = argv.indexOf(option);
    return i >= 0 && i + 1 < argv.size() ? argv.at(i + 1) : QString();
}

/// Positional arguments after the program, without options and their values.
QStringList positional(const QStringList &argv, const QStringList &optionsWithValue)
{
    QStringList out;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString &a = argv.at(i);
        if (optionsWithValue.contains(a)) {
            ++i;
            continue;
        }
        if (a == QLatin1String("--"))
            continue;
        if (a.startsWith(QLatin1Char('-')))
            continue;
        out << a;
    }
    return out;
}

const QString pgDown = QStringLiteral(
    "psql: error: connection to server on socket \"/var/run/postgresql/.s.PGSQL.5432\" failed: No such file or "
    "directory\n\tIs the server running locally and accepting connections on that socket?\n");

/// Maps a systemd unit to the lab's service id.
QString serviceOfUnit(QString unit)
{
    unit.remove(QLatin1String(".service"));
    if (unit.startsWith(QLatin1String("postgresql")))
        return QStringLiteral("postgres");
    return unit;
}

} // namespace

LabCommandRunner::LabCommandRunner(LabCluster *cluster, QMutex *clusterMutex)
    : m_cluster(cluster)
    , m_clusterMutex(clusterMutex)
{
}

void LabCommandRunner::setAdvancePerCommandMs(qint64 ms)
{
    QMutexLocker lock(&m_mutex);
    m_advanceMs = ms;
}

void LabCommandRunner::blockCommandsContaining(const QString &nodeId, const QString &needle)
{
    QMutexLocker lock(&m_mutex);
    m_blockNode = nodeId;
    m_blockNeedle = needle;
    m_blocked = true;
}

void LabCommandRunner::releaseBlocked()
{
    QMutexLocker lock(&m_mutex);
    m_blocked = false;
}

void LabCommandRunner::setServedHosts(const QHash<QString, QString> &nodeToHost)
{
    QMutexLocker lock(&m_mutex);
    m_servedHosts = nodeToHost;
}

QStringList LabCommandRunner::history() const
{
    QMutexLocker lock(&m_mutex);
    return m_history;
}

CommandOutput LabCommandRunner::run(const QString &nodeId, const ProbeCommand &command, int timeoutMs)
{
    const ShellCommand joined = shellJoin(command.argv);
    if (!joined.ok()) {
        CommandOutput o;
        o.transportError = joined.error;
        return o;
    }
    QDeadlineTimer deadline(timeoutMs > 0 ? timeoutMs : 60'000);
    {
        QMutexLocker lock(&m_mutex);
        m_history << nodeId + QLatin1String(": ") + joined.text;
    }
    // A blocked command holds no lock while it waits, like a remote command
    // that hangs: the rest of the console goes on.
    while (true) {
        {
            QMutexLocker lock(&m_mutex);
            if (!m_blocked || nodeId != m_blockNode || !joined.text.contains(m_blockNeedle))
                break;
        }
        if (deadline.hasExpired()) {
            CommandOutput o;
            o.timedOut = true;
            o.transportError = QCoreApplication::translate("mailha::Lab", "command timed out after %1 ms").arg(timeoutMs);
            return o;
        }
        QThread::msleep(20);
    }

    QMutexLocker clusterLock(m_clusterMutex);
    LabNode *node = m_cluster->node(nodeId);
    if (!node) {
        CommandOutput o;
        o.transportError = QCoreApplication::translate("mailha::Lab", "ssh: Could not resolve hostname %1: Name or service not known")
                               .arg(nodeId);
        return o;
    }
    if (!node->up) {
        CommandOutput o;
        o.timedOut = true;
        o.transportError = QCoreApplication::translate("mailha::Lab", "ssh: connect to host %1 port 22: Connection timed out")
                               .arg(nodeId);
        return o;
    }
    CommandOutput out = dispatch(*node, command.argv);
    qint64 advance = 0;
    {
        QMutexLocker lock(&m_mutex);
        advance = m_advanceMs;
    }
    if (advance > 0) {
        QHash<QString, qint64> before;
        {
            QMutexLocker lock(&m_mutex);
            for (const QString &id : std::as_const(m_inboundDisabled))
                if (const LabNode *n = m_cluster->node(id); n && n->mta)
                    before.insert(id, n->mta->incoming + n->mta->active);
        }
        m_cluster->advance(advance);
        // A node that refuses inbound mail keeps only what it already had.
        for (auto it = before.begin(); it != before.end(); ++it) {
            LabMta &q = *m_cluster->node(it.key())->mta;
            q.incoming = 0;
            q.active = std::min(q.active, it.value());
        }
    }
    return out;
}

CommandOutput LabCommandRunner::dispatch(LabNode &node, const QStringList &argv)
{
    const QString program = QFileInfo(argv.constFirst()).fileName();
    if (program == QLatin1String("psql"))
        return psql(node, argv);
    if (program == QLatin1String("pg_ctl")) {
        const QStringList pos = positional(argv, {QStringLiteral("-D"), QStringLiteral("-m"), QStringLiteral("-l"),
                                                  QStringLiteral("-t"), QStringLiteral("-o")});
        return pgCtl(node, pos.value(0));
    }
    if (program == QLatin1String("pg_ctlcluster")) {
        const QStringList pos = positional(argv, {QStringLiteral("-m"), QStringLiteral("-o")});
        return pgCtl(node, pos.value(2));
    }
    if (program == QLatin1String("touch") || program == QLatin1String("rm")) {
        QMutexLocker lock(&m_mutex);
        for (const QString &path : positional(argv, {})) {
            if (program == QLatin1String("touch"))
                m_files[node.id].insert(path);
            else
                m_files[node.id].remove(path);
        }
        return ok();
    }
    if (program == QLatin1String("patronictl"))
        return patronictl(node, argv);
    if (program == QLatin1String("crm") || program == QLatin1String("pcs"))
        return pacemaker(node, argv);
    if (program == QLatin1String("crm_resource") && argv.contains(QLatin1String("--locate"))) {
        QString res = optionValue(argv, QStringLiteral("--resource"));
        if (res.isEmpty())
            res = optionValue(argv, QStringLiteral("-r"));
        bool known = false;
        for (const FloatingIp &vip : m_cluster->spec().floating_ips())
            known = known || qstr(vip.id()) == res;
        if (!known)
            return fail(105, b(QStringLiteral("crm_resource: Resource '%1' not found\n").arg(res)));
        for (const LabNode &n : m_cluster->nodes())
            if (n.vips.contains(res))
                return ok(b(QStringLiteral("resource %1 is running on: %2\n").arg(res, n.id)));
        return ok(b(QStringLiteral("resource %1 is NOT running\n").arg(res)));
    }
    if (program == QLatin1String("drbdadm"))
        return drbdadm(node, argv);
    if (program == QLatin1String("systemctl"))
        return systemctl(node, argv);
    if (program == QLatin1String("postqueue") || program == QLatin1String("postconf") || program == QLatin1String("postfix")
        || program == QLatin1String("postsuper"))
        return postfix(node, argv);
    if (program == QLatin1String("doveadm"))
        return doveadm(node, argv);
    if (program == QLatin1String("ip"))
        return ipAddr(node);
    if (program == QLatin1String("mount") || program == QLatin1String("umount")) {
        if (!node.drbd)
            return fail(32, b(QStringLiteral("%1: %2: not mounted.\n").arg(program, argv.value(argv.size() - 1))));
        if (program == QLatin1String("mount") && !node.drbd->primary)
            return fail(32, b(QStringLiteral("mount: %1: mount(2) system call failed: Wrong medium type.\n").arg(argv.constLast())));
        QMutexLocker lock(&m_mutex);
        m_mounted[node.id] = program == QLatin1String("mount");
        return ok();
    }
    if (program == QLatin1String("true"))
        return ok();
    return fail(127, b(QStringLiteral("sh: 1: %1: not found (the lab cluster does not simulate this command)\n").arg(argv.constFirst())));
}

bool LabCommandRunner::promote(LabNode &node)
{
    if (!node.db || node.db->primary)
        return false;
    LabDatabase &db = *node.db;
    db.primary = true;
    db.upstream.clear();
    db.synchronous = false;
    db.walPosition = db.replayedPosition;
    db.receiving = true;
    db.replaying = true;
    QMutexLocker lock(&m_mutex);
    for (auto it = m_files[node.id].begin(); it != m_files[node.id].end();) {
        if (it->endsWith(QLatin1String("/standby.signal")))
            it = m_files[node.id].erase(it);
        else
            ++it;
    }
    // A promoted server moves the VIP of its group only when a runbook moves it.
    return true;
}

CommandOutput LabCommandRunner::pgCtl(LabNode &node, const QString &action)
{
    if (!node.db)
        return fail(1, "pg_ctl: directory \"/var/lib/postgresql/15/main\" is not a database cluster directory\n");
    const bool running = serviceRunning(node, "postgres");
    if (action == QLatin1String("status"))
        return running ? ok("pg_ctl: server is running (PID: 4242)\n") : fail(3, {}, "pg_ctl: no server running\n");
    if (action == QLatin1String("stop")) {
        if (!running)
            return fail(1, "pg_ctl: PID file \"/var/lib/postgresql/15/main/postmaster.pid\" does not exist\nIs server running?\n");
        if (node.db->primary) {
            // A clean shutdown waits until every connected walsender has sent
            // the shutdown checkpoint: connected standbys end fully caught up.
            for (const LabNode &other : m_cluster->nodes()) {
                if (!other.db || other.db->upstream != node.id || !m_cluster->connected(node.id, other.id))
                    continue;
                LabDatabase &s = *m_cluster->node(other.id)->db;
                s.receivedPosition = node.db->walPosition;
                if (s.replaying)
                    s.replayedPosition = s.receivedPosition;
            }
        }
        node.crashedServices.append(QStringLiteral("postgres"));
        return ok("waiting for server to shut down.... done\nserver stopped\n");
    }
    if (action == QLatin1String("start") || action == QLatin1String("restart")) {
        if (running && action == QLatin1String("start"))
            return fail(1, "pg_ctl: another server might be running; trying to start server anyway\n"
                           "pg_ctl: could not start server\nExamine the log output.\n");
        node.crashedServices.removeAll(QStringLiteral("postgres"));
        QMutexLocker lock(&m_mutex);
        bool standbySignal = false;
        for (const QString &f : std::as_const(m_files[node.id]))
            standbySignal = standbySignal || f.endsWith(QLatin1String("/standby.signal"));
        if (standbySignal && node.db->primary) {
            node.db->primary = false;
            node.db->upstream.clear();
            node.db->receivedPosition = node.db->replayedPosition = node.db->walPosition;
        }
        return ok("waiting for server to start.... done\nserver started\n");
    }
    if (action == QLatin1String("promote")) {
        if (!running)
            return fail(1, "pg_ctl: PID file \"/var/lib/postgresql/15/main/postmaster.pid\" does not exist\nIs server running?\n");
        if (!promote(node))
            return fail(1, "pg_ctl: cannot promote server; server is not in standby mode\n");
        return ok("waiting for server to promote.... done\nserver promoted\n");
    }
    return fail(1, b(QStringLiteral("pg_ctl: unrecognized operation mode \"%1\"\nTry \"pg_ctl --help\" for more information.\n").arg(action)));
}

CommandOutput LabCommandRunner::psql(LabNode &node, const QStringList &argv)
{
    if (!node.db)
        return fail(2, b(pgDown));
    if (!serviceRunning(node, "postgres"))
        return fail(2, b(pgDown));
    const QString sql = optionValue(argv, QStringLiteral("-c")).simplified();
    const QString lower = sql.toLower();
    LabDatabase &db = *node.db;
    auto boolean = [](bool v) { return ok(v ? "t\n" : "f\n"); };
    if (lower == QLatin1String("select pg_is_in_recovery()"))
        return boolean(!db.primary);
    if (lower == QLatin1String("select pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()"))
        return db.primary ? ok("\n") : boolean(db.receivedPosition == db.replayedPosition);
    if (lower.startsWith(QLatin1String("select pg_promote("))) {
        if (!promote(node))
            return fail(1, "ERROR:  recovery is not in progress\nHINT:  Recovery control functions can only be executed during recovery.\n");
        return boolean(true);
    }
    if (lower == QLatin1String("select pg_current_wal_lsn()"))
        return db.primary ? ok(b(formatLsn(db.walPosition) + QLatin1Char('\n')))
                          : fail(1, "ERROR:  recovery is in progress\nHINT:  WAL control functions cannot be executed during recovery.\n");
    if (lower == QLatin1String("select status from pg_stat_wal_receiver")) {
        const LabNode *up = db.upstream.isEmpty() ? nullptr : m_cluster->node(db.upstream);
        const bool streaming = !db.primary && up && up->db && up->db->primary && serviceRunning(*up, "postgres")
                               && m_cluster->connected(node.id, up->id);
        return ok(streaming ? "streaming\n" : "\n");
    }
    static const QRegularExpression alter(
        QStringLiteral(R"(^alter system set primary_conninfo\s*=\s*'([^']*)'$)"), QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = alter.match(sql); m.hasMatch()) {
        QMutexLocker lock(&m_mutex);
        m_pendingConninfo.insert(node.id, m.captured(1));
        return ok("ALTER SYSTEM\n");
    }
    if (lower == QLatin1String("select pg_reload_conf()")) {
        QString conninfo;
        {
            QMutexLocker lock(&m_mutex);
            conninfo = m_pendingConninfo.take(node.id);
        }
        if (!conninfo.isEmpty() && !db.primary) {
            static const QRegularExpression hostRe(QStringLiteral(R"((?:^|\s)host=(\S+))"));
            const QString host = hostRe.match(conninfo).captured(1);
            QStringList matches;
            {
                QMutexLocker lock(&m_mutex);
                for (const Node &n : m_cluster->spec().nodes())
                    if (qstr(n.host()) == host || qstr(n.id()) == host || m_servedHosts.value(qstr(n.id())) == host)
                        matches << qstr(n.id());
            }
            // Served by mailha-labd, every node has the trainee-facing address
            // of the lab machine: at a shared address, the standby follows
            // whichever database answers there as a running primary.
            if (matches.size() > 1) {
                // Chosen first and assigned after: reassigning the list inside
                // the loop freed the storage being iterated.
                QString primary;
                for (const QString &id : std::as_const(matches)) {
                    const LabNode *candidate = m_cluster->node(id);
                    if (candidate->db && candidate->db->primary && candidate->up && serviceRunning(*candidate, "postgres")) {
                        primary = id;
                        break;
                    }
                }
                if (!primary.isEmpty())
                    matches = QStringList{primary};
            }
            if (!matches.isEmpty())
                db.upstream = matches.constLast();
            db.synchronous = false;
        }
        return boolean(true);
    }
    return fail(1, b(QStringLiteral("ERROR:  the lab cluster does not simulate this statement: %1\n").arg(sql)));
}

CommandOutput LabCommandRunner::patronictl(LabNode &node, const QStringList &argv)
{
    const QStringList pos = positional(argv, {QStringLiteral("-c"), QStringLiteral("--config-file"), QStringLiteral("--leader"),
                                              QStringLiteral("--master"), QStringLiteral("--primary"),
                                              QStringLiteral("--candidate"), QStringLiteral("--scheduled")});
    const QString action = pos.value(0);
    LabNode *leader = nullptr;
    for (const LabNode &n : m_cluster->nodes())
        if (n.db && n.db->primary && serviceRunning(n, "postgres"))
            leader = m_cluster->node(n.id);
    if (action == QLatin1String("list")) {
        QString out = QStringLiteral("+ Cluster: maildb ---------+---------+-----------+----+-----------+\n"
                                     "| Member | Host      | Role    | State     | TL | Lag in MB |\n"
                                     "+--------+-----------+---------+-----------+----+-----------+\n");
        for (const LabNode &n : m_cluster->nodes()) {
            if (!n.db)
                continue;
            const QString role = n.db->primary ? QStringLiteral("Leader")
                                 : n.db->synchronous ? QStringLiteral("Sync Standby") : QStringLiteral("Replica");
            const QString state = !serviceRunning(n, "postgres") ? QStringLiteral("stopped")
                                  : n.db->primary ? QStringLiteral("running") : QStringLiteral("streaming");
            const qint64 lag = leader && !n.db->primary ? (leader->db->walPosition - n.db->replayedPosition) >> 20 : 0;
            out += QStringLiteral("| %1 | %2 | %3 | %4 | 1 | %5 |\n").arg(n.id, n.id + QLatin1String(".lab"), role, state).arg(lag);
        }
        return ok(b(out));
    }
    if (action != QLatin1String("switchover") && action != QLatin1String("failover"))
        return fail(2, b(QStringLiteral("Usage: patronictl [OPTIONS] COMMAND [ARGS]...\nError: No such command '%1'.\n").arg(action)));
    const QString candidate = optionValue(argv, QStringLiteral("--candidate"));
    LabNode *target = m_cluster->node(candidate);
    if (!target || !target->db || target->db->primary)
        return fail(1, b(QStringLiteral("Error: %1 is not a member of the cluster or is already the leader\n").arg(candidate)));
    if (!serviceRunning(*target, "postgres") || !m_cluster->connected(node.id, target->id))
        return fail(1, b(QStringLiteral("Error: candidate %1 is not running or unreachable\n").arg(candidate)));
    if (action == QLatin1String("switchover") && !leader)
        return fail(1, "Error: This cluster has no leader\n");
    const QString old = leader ? leader->id : QString();
    if (leader) {
        // Patroni stops the leader cleanly and waits for the candidate to catch up.
        target->db->receivedPosition = target->db->replayedPosition = leader->db->walPosition;
        leader->db->primary = false;
        leader->db->upstream = target->id;
    }
    promote(*target);
    for (const LabNode &n : m_cluster->nodes())
        if (n.db && !n.db->primary && n.id != target->id)
            m_cluster->node(n.id)->db->upstream = target->id;
    return ok(b(QStringLiteral("Successfully %1 over to \"%2\"\n")
                    .arg(action == QLatin1String("switchover") ? QStringLiteral("switched") : QStringLiteral("failed"),
                         target->id)
                + (old.isEmpty() ? QString() : QStringLiteral("%1 is now a replica of %2\n").arg(old, target->id))));
}

CommandOutput LabCommandRunner::pacemaker(LabNode &node, const QStringList &argv)
{
    const bool pcs = QFileInfo(argv.constFirst()).fileName() == QLatin1String("pcs");
    const QStringList pos = positional(argv, {});
    const QString area = pos.value(0), verb = pos.value(1), res = pos.value(2);
    auto noResource = [&](const QString &r) {
        return pcs ? fail(1, b(QStringLiteral("Error: Resource '%1' does not exist\n").arg(r)))
                   : fail(1, b(QStringLiteral("ERROR: resource %1 does not exist\n").arg(r)));
    };
    auto noNode = [&](const QString &n) {
        return pcs ? fail(1, b(QStringLiteral("Error: Node '%1' does not appear to exist in configuration\n").arg(n)))
                   : fail(1, b(QStringLiteral("ERROR: node %1 not found in the CIB\n").arg(n)));
    };
    if (area == QLatin1String("node")) {
        const QString target = pos.value(2, node.id);
        if (!m_cluster->node(target))
            return noNode(target);
        QMutexLocker lock(&m_mutex);
        if (verb == QLatin1String("standby"))
            m_pacemakerStandby.insert(target);
        else if (verb == QLatin1String("online") || verb == QLatin1String("unstandby"))
            m_pacemakerStandby.remove(target);
        else
            return fail(1, b(QStringLiteral("ERROR: node: unknown command %1\n").arg(verb)));
        return ok();
    }
    if (area != QLatin1String("resource"))
        return fail(1, b(QStringLiteral("ERROR: unknown command %1\n").arg(area)));
    // The lab's Pacemaker resources are its floating IPs.
    QString group;
    for (const FloatingIp &vip : m_cluster->spec().floating_ips())
        if (qstr(vip.id()) == res)
            group = qstr(vip.group());
    if (group.isEmpty())
        return noResource(res);
    const QString target = pos.value(3);
    if (verb == QLatin1String("clear") || verb == QLatin1String("unmove") || verb == QLatin1String("unban")) {
        QMutexLocker lock(&m_mutex);
        m_pacemakerConstraints.remove(res);
        return ok(b(QStringLiteral("Removed constraints for %1\n").arg(res)));
    }
    if (verb != QLatin1String("move") && verb != QLatin1String("ban") && verb != QLatin1String("migrate"))
        return fail(1, b(QStringLiteral("ERROR: resource: unknown command %1\n").arg(verb)));
    if (target.isEmpty() && verb != QLatin1String("ban"))
        return fail(1, "ERROR: resource.move: No target node given\n");
    LabNode *holder = nullptr;
    for (const LabNode &n : m_cluster->nodes())
        if (n.vips.contains(res))
            holder = m_cluster->node(n.id);
    LabNode *to = nullptr;
    if (verb == QLatin1String("ban")) {
        const QString banned = target.isEmpty() && holder ? holder->id : target;
        if (!m_cluster->node(banned))
            return noNode(banned);
        {
            QMutexLocker lock(&m_mutex);
            m_pacemakerConstraints[res].insert(QLatin1String("ban:") + banned);
        }
        if (!holder || holder->id != banned)
            return ok();
        // The resource leaves the banned node for another member of its group.
        for (const Node &n : m_cluster->spec().nodes())
            for (const ServiceSpec &s : n.services())
                if (qstr(s.group()) == group && qstr(n.id()) != banned && !to && m_cluster->node(qstr(n.id()))->up)
                    to = m_cluster->node(qstr(n.id()));
        if (!to)
            return fail(1, b(QStringLiteral("ERROR: no other node can run %1\n").arg(res)));
    } else {
        to = m_cluster->node(target);
        if (!to)
            return noNode(target);
        QMutexLocker lock(&m_mutex);
        if (m_pacemakerStandby.contains(target))
            return fail(1, b(QStringLiteral("ERROR: node %1 is in standby and cannot run resources\n").arg(target)));
        m_pacemakerConstraints[res].insert(QLatin1String("move:") + target);
    }
    if (holder)
        holder->vips.removeAll(res);
    to->vips.append(res);
    if (group == QLatin1String("imap")) {
        for (const LabNode &n : m_cluster->nodes())
            if (n.dovecot)
                m_cluster->node(n.id)->dovecot->active = n.id == to->id;
    }
    const QString msg = pcs ? QString()
                            : QStringLiteral("INFO: Move constraint created for %1 to %2\n").arg(res, to->id);
    return ok(b(msg));
}

CommandOutput LabCommandRunner::drbdadm(LabNode &node, const QStringList &argv)
{
    const QStringList pos = positional(argv, {});
    const QString verb = pos.value(0), res = pos.value(1, QStringLiteral("r0"));
    if (!node.drbd)
        return fail(10, b(QStringLiteral("'%1' not defined in your config (for this host).\n").arg(res)));
    LabDrbd &d = *node.drbd;
    LabNode *peer = m_cluster->node(d.peer);
    const bool peerConnected = peer && d.connection == QLatin1String("Connected") && m_cluster->connected(node.id, peer->id);
    if (verb == QLatin1String("role"))
        return ok(d.primary ? "Primary\n" : "Secondary\n");
    if (verb == QLatin1String("cstate"))
        return ok(b(d.connection + QLatin1Char('\n')));
    if (verb == QLatin1String("dstate"))
        return ok(b(d.disk + QLatin1Char('/') + (peer && peer->drbd ? peer->drbd->disk : QStringLiteral("DUnknown")) + QLatin1Char('\n')));
    if (verb == QLatin1String("status"))
        return ok(b(QStringLiteral("%1 role:%2\n  disk:%3\n  %4 connection:%5\n")
                        .arg(res, d.primary ? QStringLiteral("Primary") : QStringLiteral("Secondary"), d.disk, d.peer,
                             d.connection)));
    if (verb == QLatin1String("primary")) {
        const bool force = argv.contains(QLatin1String("--force"));
        if (peerConnected && peer->drbd->primary)
            return fail(11, b(QStringLiteral("%1: State change failed: (-1) Multiple primaries not allowed by config\n").arg(res)));
        if (d.disk != QLatin1String("UpToDate") && !force)
            return fail(17, b(QStringLiteral("%1: State change failed: (-2) Need access to UpToDate data\n").arg(res)));
        d.primary = true;
        return ok();
    }
    if (verb == QLatin1String("secondary")) {
        {
            QMutexLocker lock(&m_mutex);
            if (m_mounted.value(node.id))
                return fail(11, b(QStringLiteral("%1: State change failed: (-12) Device is held open by someone\n").arg(res)));
        }
        d.primary = false;
        return ok();
    }
    if (verb == QLatin1String("disconnect")) {
        d.connection = QStringLiteral("StandAlone");
        return ok();
    }
    if (verb == QLatin1String("connect")) {
        d.connection = QStringLiteral("Connecting");
        return ok();
    }
    return fail(20, b(QStringLiteral("drbdadm: Unknown command '%1'\n").arg(verb)));
}

CommandOutput LabCommandRunner::systemctl(LabNode &node, const QStringList &argv)
{
    const QStringList pos = positional(argv, {});
    const QString verb = pos.value(0);
    const QString unit = pos.value(1);
    const QString service = serviceOfUnit(unit);
    bool known = false;
    for (const Node &n : m_cluster->spec().nodes())
        if (qstr(n.id()) == node.id)
            for (const ServiceSpec &s : n.services())
                known = known || qstr(s.id()) == service;
    if (!known)
        return fail(5, b(QStringLiteral("Failed to %1 %2: Unit %2 not found.\n").arg(verb, unit.endsWith(QLatin1String(".service")) ? unit : unit + QLatin1String(".service"))));
    if (verb == QLatin1String("is-active"))
        return serviceRunning(node, sstr(service).c_str()) ? ok("active\n") : fail(3, {}, "inactive\n");
    if (verb == QLatin1String("stop")) {
        if (!node.crashedServices.contains(service))
            node.crashedServices.append(service);
        if (service == QLatin1String("dovecot") && node.dovecot)
            node.dovecot->active = false;
        return ok();
    }
    if (verb == QLatin1String("start") || verb == QLatin1String("restart") || verb == QLatin1String("reload")) {
        node.crashedServices.removeAll(service);
        if (service == QLatin1String("postfix"))
            return postfix(node, {QStringLiteral("postfix"), QStringLiteral("reload")});
        if (service == QLatin1String("dovecot") && node.dovecot) {
            node.dovecot->active = node.vips.contains(QLatin1String("vip-imap"));
        }
        return ok();
    }
    return fail(1, b(QStringLiteral("Unknown command verb %1.\n").arg(verb)));
}

CommandOutput LabCommandRunner::postfix(LabNode &node, const QStringList &argv)
{
    if (!node.mta)
        return fail(127, "sh: 1: postfix: not found\n");
    const QString program = QFileInfo(argv.constFirst()).fileName();
    LabMta &q = *node.mta;
    if (program == QLatin1String("postconf")) {
        if (argv.value(1) != QLatin1String("-e"))
            return fail(1, "postconf: the lab cluster simulates only 'postconf -e name=value'\n");
        QMutexLocker lock(&m_mutex);
        m_pendingPostconf.insert(node.id, argv.value(2).simplified());
        return ok();
    }
    if (program == QLatin1String("postfix")) {
        const QString verb = argv.value(1);
        if (verb == QLatin1String("reload")) {
            QMutexLocker lock(&m_mutex);
            const QString setting = m_pendingPostconf.take(node.id);
            if (setting == QLatin1String("master_service_disable=inet"))
                m_inboundDisabled.insert(node.id);
            else if (setting == QLatin1String("master_service_disable=") || setting == QLatin1String("master_service_disable ="))
                m_inboundDisabled.remove(node.id);
            return fail(0, "postfix/postfix-script: refreshing the Postfix mail system\n");
        }
        if (verb == QLatin1String("status"))
            return fail(0, "postfix/postfix-script: the Postfix mail system is running: PID: 1711\n");
        return fail(1, b(QStringLiteral("postfix: fatal: unknown command: '%1'\n").arg(verb)));
    }
    if (program == QLatin1String("postsuper")) {
        const QString opt = argv.value(1);
        if (opt == QLatin1String("-h") && argv.value(2) == QLatin1String("ALL")) {
            const qint64 n = q.deferred + q.active + q.incoming;
            q.hold += n;
            q.deferred = q.active = q.incoming = 0;
            q.deferredCohorts.clear();
            return fail(0, b(QStringLiteral("postsuper: Placed on hold: %1 messages\n").arg(n)));
        }
        if (opt == QLatin1String("-H") && argv.value(2) == QLatin1String("ALL")) {
            const qint64 n = q.hold;
            q.deferred += q.hold;
            if (n > 0)
                q.deferredCohorts.push_back({m_cluster->timeMs(), n});
            q.hold = 0;
            return fail(0, b(QStringLiteral("postsuper: Released from hold: %1 messages\n").arg(n)));
        }
        return fail(1, "postsuper: the lab cluster simulates only -h ALL and -H ALL\n");
    }
    // postqueue
    const QString opt = argv.value(1);
    if (opt == QLatin1String("-f")) {
        // Flush: every deferred message is tried now. Without a downstream
        // outage they all go; with one, about a third stay deferred.
        const qint64 tried = q.deferred + q.active + q.incoming;
        const qint64 stay = q.downstreamOutage ? tried / 3 : 0;
        q.deferredCohorts.clear();
        q.deferred = stay;
        if (stay > 0)
            q.deferredCohorts.push_back({m_cluster->timeMs(), stay});
        q.active = q.incoming = 0;
        return ok();
    }
    if (opt == QLatin1String("-p")) {
        const qint64 n = q.deferred + q.active + q.incoming + q.hold;
        if (n == 0)
            return ok("Mail queue is empty\n");
        return ok(b(QStringLiteral("-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n...\n-- %1 Kbytes in %2 Requests.\n")
                        .arg(n * 12)
                        .arg(n)));
    }
    return fail(1, "postqueue: the lab cluster simulates only -f and -p here\n");
}

CommandOutput LabCommandRunner::doveadm(LabNode &node, const QStringList &argv)
{
    if (!node.dovecot)
        return fail(75, "doveadm(root): Error: net_connect_unix(/var/run/dovecot/replicator-doveadm) failed: No such file or directory\n");
    LabDovecot &d = *node.dovecot;
    const QStringList pos = positional(argv, {});
    if (pos.value(0) != QLatin1String("replicator"))
        return fail(64, b(QStringLiteral("doveadm: Unknown command '%1'\n").arg(pos.value(0))));
    const QString verb = pos.value(1);
    if (verb == QLatin1String("replicate")) {
        const bool full = argv.contains(QLatin1String("-f"));
        const qint64 users = d.users;
        if (full)
            d.queuedFull = users;
        else
            d.queuedIncremental += users;
        return ok(b(QStringLiteral("%1\n").arg(users)));
    }
    if (verb == QLatin1String("status")) {
        // A full resync progresses by a quarter of the users per look.
        d.queuedFull = std::max<qint64>(0, d.queuedFull - d.users / 4);
        return ok(b(QStringLiteral("Queued 'sync' requests        0\n"
                                   "Queued 'high' requests        0\n"
                                   "Queued 'low' requests         %1\n"
                                   "Queued 'failed' requests      %2\n"
                                   "Queued 'full resync' requests %3\n"
                                   "Waiting 'failed' requests     0\n"
                                   "Total number of known users   %4\n")
                        .arg(d.queuedIncremental)
                        .arg(d.failedUsers)
                        .arg(d.queuedFull)
                        .arg(d.users)));
    }
    return fail(64, b(QStringLiteral("doveadm replicator: Unknown command '%1'\n").arg(verb)));
}

CommandOutput LabCommandRunner::ipAddr(LabNode &node)
{
    int index = 0;
    while (index < m_cluster->nodes().size() && m_cluster->nodes().at(index).id != node.id)
        ++index;
    QStringList addrs{QStringLiteral("10.10.0.%1/24").arg(10 + index)};
    for (const FloatingIp &vip : m_cluster->spec().floating_ips())
        if (node.vips.contains(qstr(vip.id())))
            addrs << qstr(vip.address());
    return ok(b(QStringLiteral("lo               UNKNOWN        127.0.0.1/8 ::1/128\neth0             UP             %1\n")
                    .arg(addrs.join(QLatin1Char(' ')))));
}

} // namespace mailha
