// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartspanel.h"

#include "cluster/clusterstate.h"
#include "core/names.h"
#include "historychart.h"
#include "rolestyle.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace mailha {

namespace {
QColor seriesColor(int i)
{
    // Okabe–Ito without the yellow, which vanishes on a light background.
    static const QColor colors[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                    QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
                                    QColor(0x88, 0x88, 0x88)};
    return colors[i % int(std::size(colors))];
}
} // namespace

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_lag(new HistoryChart(tr("Replication lag (sync —, async ╌)"), QStringLiteral("s"), this))
    , m_queue(new HistoryChart(tr("MTA queues (deferred —, active ┄)"), tr("messages"), this))
{
    m_windowMs = m_lag->windowMs();
    setObjectName(QStringLiteral("chartsPanel"));
    m_lag->setObjectName(QStringLiteral("lagChart"));
    m_queue->setObjectName(QStringLiteral("queueChart"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_lag);
    splitter->addWidget(m_queue);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_lag, &HistoryChart::windowChanged, this, &ChartsPanel::setWindowMs);
    connect(m_queue, &HistoryChart::windowChanged, this, &ChartsPanel::setWindowMs);
}

void ChartsPanel::attach(const ClusterState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    m_lag->setHistory(state);
    m_queue->setHistory(state);
    if (!state)
        return;
    connect(state, &ClusterState::specChanged, this, [this] { setSpec(m_state->spec()); });
    connect(state, &ClusterState::updated, this, [this] {
        m_lag->requestRefresh();
        m_queue->requestRefresh();
    });
    setSpec(state->spec());
}

void ChartsPanel::setSpec(const ClusterSpec &spec)
{
    QList<HistoryChart::SeriesSpec> lag;
    int i = 0;
    for (const ReplicationLink &link : spec.links()) {
        const QString id = qstr(link.id());
        // Short legend labels: the line style already says sync (solid) or async (dashed).
        lag.append({ClusterState::lagSecondsKey(id), QString(id).replace(QLatin1String("->"), QStringLiteral("→")),
                    seriesColor(i++), RoleStyle::linkPenStyle(link.mode())});
    }
    m_lag->setSeries(lag);

    QList<HistoryChart::SeriesSpec> queues;
    i = 0;
    for (const Node &node : spec.nodes()) {
        for (const ServiceSpec &s : node.services()) {
            if (s.technology() != POSTFIX)
                continue;
            const QString n = qstr(node.id()), svc = qstr(s.id());
            const QColor c = seriesColor(i++);
            queues.append({ClusterState::queueKey(n, svc, QStringLiteral("deferred")), tr("%1 def.").arg(n), c,
                           Qt::SolidLine});
            queues.append({ClusterState::queueKey(n, svc, QStringLiteral("active")), tr("%1 act.").arg(n), c,
                           Qt::DotLine});
        }
    }
    m_queue->setSeries(queues);
}

void ChartsPanel::setEndTime(std::optional<qint64> timeMs)
{
    m_lag->setEndTime(timeMs);
    m_queue->setEndTime(timeMs);
}

void ChartsPanel::setWindowMs(qint64 windowMs)
{
    if (windowMs == m_windowMs)
        return;
    m_windowMs = windowMs;
    m_lag->setWindowMs(windowMs);
    m_queue->setWindowMs(windowMs);
    Q_EMIT windowChanged(windowMs);
}

} // namespace mailha
