// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/derive.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

#include <algorithm>

namespace mailha {

class ClusterState;

/// One condition that crossed a threshold, from the moment it started until
/// it clears. `key` names the condition ("lag/db-a->db-dr"); a condition that
/// clears and comes back is a new alert with a new id.
struct Alert {
    QString id;        ///< key + '@' + start time; unique
    QString key;
    Severity severity = WARN;
    QString node;      ///< empty for link and group alerts
    QString subject;   ///< node, link or service group the alert is about
    QString message;
    qint64 startMs = 0;
    qint64 lastMs = 0;  ///< last time the condition held
    qint64 endMs = 0;   ///< 0 while active
    bool acknowledged = false;
    int flaps = 0;            ///< times it came back within the hold window after it went away
    qint64 escalatedMs = 0;   ///< last escalation to critical that was announced
    bool active() const { return endMs == 0; }
};

/// A condition as evaluated at one moment, before it becomes an Alert.
struct AlertCondition {
    QString key;
    Severity severity;
    QString node;
    QString subject;
    QString message;
};

/// Turns the cluster's state into alerts: thresholds per metric from the
/// cluster file (node, link, group, cluster defaults, built-in defaults, see
/// effectiveThresholds) for queue depth, oldest message age, replication lag
/// in seconds and bytes, disk free; plus stale nodes, lost redundancy, RPO
/// over objective, a service down, and split brain. An intentionally
/// delayed replica is judged on the lag beyond its declared delay.
///
/// Raised and cleared alerts are recorded as cluster events. Lives on the GUI
/// thread next to the store.
///
/// Anti-flap: a condition that comes back within holdMs() of clearing
/// re-opens its alert silently (no alertRaised(), no event) and counts a
/// flap; a flapping alert then clears only after holdMs() without the
/// condition, and an escalation to critical is announced at most once per
/// hold window. So a node that drops and returns every few seconds raises
/// one alert per window, not one per round.
class AlertEngine final : public QObject
{
    Q_OBJECT

public:
    explicit AlertEngine(QObject *parent = nullptr);

    /// Evaluates on every update of `state` and records events in it.
    void attach(ClusterState *state);

    /// The conditions that hold for this snapshot. Pure.
    static QList<AlertCondition> evaluate(const ClusterSpec &spec, const ClusterSnapshot &snapshot,
                                          const Observations &observations);

    /// Thresholds from the console's preferences in place of the built-in
    /// defaults; the cluster file's own (cluster defaults, group, node, link)
    /// still win. Staleness and link health are judged with them too. Takes
    /// effect at once when attached.
    void setDefaultThresholds(const Thresholds &defaults);
    /// `spec` with `defaults` under its own default_thresholds.
    static ClusterSpec withDefaultThresholds(ClusterSpec spec, const Thresholds &defaults);

    /// Applies one evaluation at time `nowMs`: raises, updates and clears alerts.
    void update(const QList<AlertCondition> &conditions, qint64 nowMs);

    /// Active alerts first in start order, then cleared ones (at most maxCleared, newest kept).
    const QList<Alert> &alerts() const { return m_alerts; }
    int activeCount() const;
    bool acknowledge(const QString &id);
    void clear();

    static constexpr int maxCleared = 200;
    static constexpr qint64 defaultHoldMs = 60'000;

    qint64 holdMs() const { return m_holdMs; }
    void setHoldMs(qint64 ms) { m_holdMs = std::max<qint64>(0, ms); }

Q_SIGNALS:
    /// A new alert, or an existing one that escalated to critical.
    void alertRaised(const mailha::Alert &alert);
    void alertCleared(const mailha::Alert &alert);
    /// After any change of alerts(): new rows, cleared rows, new durations.
    void alertsChanged();

private:
    void evaluateState();

    QPointer<ClusterState> m_state;
    std::optional<Thresholds> m_defaults;  // unset: the built-in ones
    ClusterSpec m_judgedSpec;              // the store's spec with m_defaults under it
    ClusterSnapshot m_judged;              // derived with m_judgedSpec, reused between updates
    QList<Alert> m_alerts;
    qint64 m_holdMs = defaultHoldMs;
    qint64 m_lastUpdateMs = 0;
};

} // namespace mailha

Q_DECLARE_METATYPE(mailha::Alert)
