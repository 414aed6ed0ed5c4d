// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerts/alertengine.h"

#include "cluster/clusterstate.h"
#include "core/names.h"

#include <QHash>
#include <QSet>

namespace mailha {

namespace {

Severity levelFor(double value, double warn, double crit)
{
    if (crit > 0 && value >= crit)
        return CRIT;
    if (warn > 0 && value >= warn)
        return WARN;
    return SEVERITY_UNSPECIFIED;
}

const Node *findNode(const ClusterSpec &spec, const std::string &id)
{
    for (const Node &n : spec.nodes())
        if (n.id() == id)
            return &n;
    return nullptr;
}

const ReplicationLink *findLink(const ClusterSpec &spec, const std::string &id)
{
    for (const ReplicationLink &l : spec.links())
        if (l.id() == id)
            return &l;
    return nullptr;
}

} // namespace

AlertEngine::AlertEngine(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Alert>();
}

void AlertEngine::attach(ClusterState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    clear();
    if (!state)
        return;
    connect(state, &ClusterState::specChanged, this, [this] {
        clear();
        if (m_defaults)
            m_judgedSpec = withDefaultThresholds(m_state->spec(), *m_defaults);
    });
    connect(state, &ClusterState::updated, this, &AlertEngine::evaluateState);
    if (m_defaults)
        m_judgedSpec = withDefaultThresholds(state->spec(), *m_defaults);
}

void AlertEngine::setDefaultThresholds(const Thresholds &defaults)
{
    // The built-in ones are what the store derives with already: no second derive.
    if (defaults.SerializeAsString() == builtinThresholds().SerializeAsString())
        m_defaults.reset();
    else
        m_defaults = defaults;
    if (!m_state)
        return;
    if (m_defaults)
        m_judgedSpec = withDefaultThresholds(m_state->spec(), *m_defaults);
    evaluateState();
}

ClusterSpec AlertEngine::withDefaultThresholds(ClusterSpec spec, const Thresholds &defaults)
{
    // Proto3 merge copies the non-zero fields: exactly "a zero field is not set here".
    Thresholds merged = defaults;
    merged.MergeFrom(spec.default_thresholds());
    *spec.mutable_default_thresholds() = merged;
    return spec;
}

void AlertEngine::evaluateState()
{
    const ClusterSnapshot &live = m_state->snapshot();
    if (!m_defaults) {
        update(evaluate(m_state->spec(), live, m_state->observations()), live.time_ms());
        return;
    }
    // Stale nodes and link health come from the thresholds as well, so the
    // preferences judge a snapshot derived with them.
    deriveSnapshotInto(m_judgedSpec, m_state->observations(), live.time_ms(), &m_judged);
    update(evaluate(m_judgedSpec, m_judged, m_state->observations()), live.time_ms());
}

QList<AlertCondition> AlertEngine::evaluate(const ClusterSpec &spec, const ClusterSnapshot &snapshot,
                                            const Observations &observations)
{
    QList<AlertCondition> out;
    const auto add = [&out](const QString &key, Severity severity, const QString &node, const QString &subject,
                            const QString &message) {
        if (severity == WARN || severity == CRIT)
            out.append({key, severity, node, subject, message});
    };

    for (const NodeStatus &node : snapshot.nodes()) {
        const QString id = qstr(node.node_id());
        if (node.stale()) {
            // A node not polled yet is not an alert until its connection says something.
            const bool neverSeen = node.age_s() < 0;
            if (!neverSeen || (node.reachability() != REACHABILITY_UNKNOWN && node.reachability() != CONNECTING))
                add(QStringLiteral("stale/") + id, WARN, id, id,
                    neverSeen ? tr("%1 never answered: %2").arg(id, reachabilityLabel(node.reachability()))
                              : tr("%1 is stale, last seen %2 ago").arg(id, formatDuration(node.age_s())));
            continue;
        }
        const Node *specNode = findNode(spec, node.node_id());
        for (const ServiceStatus &s : node.services()) {
            if (!s.has_queues())
                continue;
            const Thresholds th = effectiveThresholds(spec, specNode ? &specNode->thresholds() : nullptr, qstr(s.group()));
            const MtaQueues &q = s.queues();
            const qint64 depth = q.incoming() + q.active() + q.deferred() + q.hold();
            const QString where = id + QLatin1Char('/') + qstr(s.service_id());
            add(QStringLiteral("queue/") + where, levelFor(double(depth), double(th.queue_warn()), double(th.queue_crit())),
                id, where, tr("%1 queue depth %2 (warn %3, crit %4)").arg(where).arg(depth).arg(th.queue_warn()).arg(th.queue_crit()));
            add(QStringLiteral("oldest/") + where,
                levelFor(q.oldest_age_s(), th.oldest_message_warn_s(), th.oldest_message_crit_s()), id, where,
                tr("%1 oldest message %2 old").arg(where, formatDuration(q.oldest_age_s())));
        }
        const auto obs = observations.constFind(id);
        if (obs == observations.constEnd())
            continue;
        const Thresholds th = effectiveThresholds(spec, specNode ? &specNode->thresholds() : nullptr);
        for (const ServiceSample &s : obs->lastGood.services()) {
            for (const DiskUsage &d : s.host().disks()) {
                if (d.size_bytes() <= 0)
                    continue;
                const double freePct = 100.0 * double(d.free_bytes()) / double(d.size_bytes());
                // Less free space is worse: compare the used share against the mirrored limits.
                Severity sev = SEVERITY_UNSPECIFIED;
                if (th.disk_free_crit_pct() > 0 && freePct <= th.disk_free_crit_pct())
                    sev = CRIT;
                else if (th.disk_free_warn_pct() > 0 && freePct <= th.disk_free_warn_pct())
                    sev = WARN;
                add(QStringLiteral("disk/") + id + QLatin1Char('/') + qstr(d.mount()), sev, id, id,
                    tr("%1: %2 has %3 % free").arg(id, qstr(d.mount())).arg(freePct, 0, 'f', 1));
            }
        }
    }

    QSet<QString> staleNodes;
    for (const std::string &n : snapshot.stale_nodes())
        staleNodes.insert(qstr(n));
    for (const LinkStatus &link : snapshot.links()) {
        const QString id = qstr(link.link_id());
        if (staleNodes.contains(qstr(link.to_node())))
            continue;  // the stale node is the alert
        const ReplicationLink *specLink = findLink(spec, link.link_id());
        const Thresholds th = effectiveThresholds(spec, specLink ? &specLink->thresholds() : nullptr, qstr(link.group()));
        const Severity sev = link.health() == CRITICAL ? CRIT : link.health() == WARNING ? WARN : SEVERITY_UNSPECIFIED;
        QString message;
        if (link.broken())
            message = tr("%1: the replica is not receiving or not replaying").arg(id);
        else if (link.intentional_delay_s() > 0)
            message = tr("%1 lag %2, beyond its intended delay of %3 (warn %4)")
                          .arg(id, formatDuration(link.lag_s()), formatDuration(link.intentional_delay_s()),
                               formatDuration(th.lag_warn_s()));
        else
            message = tr("%1 lag %2 · %3 (warn %4 / %5)")
                          .arg(id, formatDuration(link.lag_s()), formatBytes(link.lag_bytes()),
                               formatDuration(th.lag_warn_s()), formatBytes(th.lag_warn_bytes()));
        add(QStringLiteral("lag/") + id, sev, QString(), id, message);
    }

    for (const GroupStatus &g : snapshot.groups()) {
        const QString id = qstr(g.group());
        if (g.split_brain()) {
            QStringList active;
            for (const std::string &n : g.active_nodes())
                active << qstr(n);
            add(QStringLiteral("split-brain/") + id, CRIT, QString(), id,
                tr("SPLIT BRAIN in %1: active on %2").arg(id, active.join(QLatin1String(", "))));
        }
        if (g.down())
            add(QStringLiteral("down/") + id, CRIT, QString(), id, tr("%1 is down: no active member").arg(id));
        else if (g.redundancy_lost())
            add(QStringLiteral("redundancy/") + id, WARN, QString(), id,
                tr("%1 lost redundancy: N+%2, needs N+%3").arg(id).arg(g.healthy_standbys()).arg(g.required_standbys()));
        if (g.rpo_breached() && !g.down())
            add(QStringLiteral("rpo/") + id, WARN, QString(), id,
                tr("%1 RPO over objective: a failover now loses %2 (objective %3)")
                    .arg(id, formatDuration(g.projected_rpo_s()), formatDuration(g.objectives().rpo_s())));
    }
    return out;
}

void AlertEngine::update(const QList<AlertCondition> &conditions, qint64 nowMs)
{
    QHash<QString, const AlertCondition *> current;
    for (const AlertCondition &c : conditions)
        current.insert(c.key, &c);
    int firstCleared = 0;
    while (firstCleared < m_alerts.size() && m_alerts.at(firstCleared).active())
        ++firstCleared;

    QList<Alert> raised;
    QList<Alert> cleared;
    QSet<QString> activeKeys;
    // Clear or refresh the active alerts.
    for (int i = 0; i < firstCleared;) {
        Alert &a = m_alerts[i];
        const AlertCondition *c = current.value(a.key);
        if (!c && a.flaps > 0 && nowMs - a.lastMs < m_holdMs) {
            activeKeys.insert(a.key);  // a flapping condition must stay away a whole window
            ++i;
            continue;
        }
        if (!c) {
            a.endMs = nowMs;
            cleared.append(a);
            Alert moved = m_alerts.takeAt(i);
            --firstCleared;
            m_alerts.insert(firstCleared, moved);  // newest cleared first
            continue;
        }
        activeKeys.insert(a.key);
        if (a.flaps > 0 && a.lastMs < m_lastUpdateMs)
            ++a.flaps;  // back while held: another flap, still no new alert
        const bool escalated = c->severity == CRIT && a.severity != CRIT
                               && (a.escalatedMs == 0 || nowMs - a.escalatedMs >= m_holdMs);
        a.severity = c->severity;
        a.message = c->message;
        a.lastMs = nowMs;
        if (escalated) {
            a.acknowledged = false;
            a.escalatedMs = nowMs;
            raised.append(a);
        }
        ++i;
    }
    for (const AlertCondition &c : conditions) {
        if (activeKeys.contains(c.key))
            continue;
        activeKeys.insert(c.key);
        // Cleared alerts are kept newest first: the first match is the latest.
        int recent = -1;
        for (int j = firstCleared; j < m_alerts.size() && recent < 0; ++j)
            if (m_alerts.at(j).key == c.key)
                recent = j;
        if (recent >= 0 && nowMs - m_alerts.at(recent).endMs < m_holdMs) {
            Alert back = m_alerts.takeAt(recent);
            back.endMs = 0;
            ++back.flaps;
            back.severity = c.severity;
            back.message = c.message;
            back.lastMs = nowMs;
            m_alerts.insert(firstCleared++, back);
            continue;
        }
        Alert a;
        a.key = c.key;
        a.id = c.key + QLatin1Char('@') + QString::number(nowMs);
        a.severity = c.severity;
        a.node = c.node;
        a.subject = c.subject;
        a.message = c.message;
        a.startMs = a.lastMs = nowMs;
        if (a.severity == CRIT)
            a.escalatedMs = nowMs;
        m_alerts.insert(firstCleared++, a);
        raised.append(a);
    }
    while (m_alerts.size() - firstCleared > maxCleared)
        m_alerts.removeLast();
    m_lastUpdateMs = nowMs;

    for (const Alert &a : std::as_const(raised)) {
        if (m_state) {
            ClusterEvent e;
            e.set_time_ms(nowMs);
            e.set_kind(ALERT_RAISED);
            e.set_severity(a.severity);
            e.set_node_id(sstr(a.node));
            e.set_group(sstr(a.subject));
            e.set_message(sstr(a.message));
            m_state->addEvent(e);
        }
        Q_EMIT alertRaised(a);
    }
    for (const Alert &a : std::as_const(cleared)) {
        if (m_state) {
            ClusterEvent e;
            e.set_time_ms(nowMs);
            e.set_kind(ALERT_CLEARED);
            e.set_severity(INFO);
            e.set_node_id(sstr(a.node));
            e.set_group(sstr(a.subject));
            e.set_message(sstr(tr("cleared: %1").arg(a.message)));
            m_state->addEvent(e);
        }
        Q_EMIT alertCleared(a);
    }
    Q_EMIT alertsChanged();
}

int AlertEngine::activeCount() const
{
    int n = 0;
    for (const Alert &a : m_alerts)
        n += a.active() ? 1 : 0;
    return n;
}

bool AlertEngine::acknowledge(const QString &id)
{
    for (Alert &a : m_alerts) {
        if (a.id == id && !a.acknowledged) {
            a.acknowledged = true;
            Q_EMIT alertsChanged();
            return true;
        }
    }
    return false;
}

void AlertEngine::clear()
{
    m_alerts.clear();
    Q_EMIT alertsChanged();
}

} // namespace mailha
