// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.pb.h"

#include <QPointer>
#include <QWidget>

#include <optional>

namespace mailha {

class ClusterState;
class HistoryChart;

/// The charts dock's content: replication lag per link, and MTA queue depth
/// (deferred solid, active dotted) per MTA, sharing one time window.
class ChartsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPanel(QWidget *parent = nullptr);

    /// Series follow the store's spec; redraws follow its updates (coalesced).
    void attach(const ClusterState *state);
    void setSpec(const ClusterSpec &spec);
    /// The timeline's moment, or live.
    void setEndTime(std::optional<qint64> timeMs);
    void setWindowMs(qint64 windowMs);

    HistoryChart *lagChart() const { return m_lag; }
    HistoryChart *queueChart() const { return m_queue; }
    qint64 windowMs() const { return m_windowMs; }

Q_SIGNALS:
    /// The shared window changed (a chart's selector, or setWindowMs()).
    void windowChanged(qint64 windowMs);

private:
    QPointer<const ClusterState> m_state;
    HistoryChart *m_lag;
    HistoryChart *m_queue;
    qint64 m_windowMs = 0;
};

} // namespace mailha
