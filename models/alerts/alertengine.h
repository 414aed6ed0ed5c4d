// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/derive.h"

#include <QList>
#include <QObject>
#include <QPointer>

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

    /// Applies one evaluation at time `nowMs`: raises, updates and clears alerts.
    void update(const QList<AlertCondition> &conditions, qint64 nowMs);

    /// Active alerts first in start order, then cleared ones (at most maxCleared, newest kept).
    const QList<Alert> &alerts() const { return m_alerts; }
    int activeCount() const;
    bool acknowledge(const QString &id);
    void clear();

    static constexpr int maxCleared = 200;

Q_SIGNALS:
    /// A new alert, or an existing one that escalated to critical.
    void alertRaised(const mailha::Alert &alert);
    void alertCleared(const mailha::Alert &alert);
    /// After any change of alerts(): new rows, cleared rows, new durations.
    void alertsChanged();

private:
    QPointer<ClusterState> m_state;
    QList<Alert> m_alerts;
};

} // namespace mailha

Q_DECLARE_METATYPE(mailha::Alert)
