// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodedetailspanel.h"

#include "cluster/clusterstate.h"
#include "core/names.h"
#include "rolestyle.h"

#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mailha {

NodeDetailsPanel::NodeDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_services(new QTableWidget(0, 5, this))
    , m_rawCommand(new QComboBox(this))
    , m_raw(new QPlainTextEdit(this))
    , m_events(new QListWidget(this))
{
    setObjectName(QStringLiteral("nodeDetails"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_title->setFont(big);
    m_title->setText(tr("Select a node in the topology or the table."));
    m_title->setWordWrap(true);
    // Node ids come from the cluster file and details from the node: never markup.
    m_title->setTextFormat(Qt::PlainText);
    m_connection->setTextFormat(Qt::PlainText);
    m_connection->setWordWrap(true);
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_services->setHorizontalHeaderLabels({tr("Service"), tr("Role"), tr("Health"), tr("Lag / queue"), tr("Detail")});
    m_services->verticalHeader()->hide();
    m_services->horizontalHeader()->setStretchLastSection(true);
    m_services->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_services->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_services->setAccessibleName(tr("Services of the selected node"));
    m_services->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_services, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QTableWidgetItem *item = m_services->itemAt(pos);
        if (!item)
            return;
        const QString service = m_services->item(item->row(), 0)->text();
        QMenu menu(this);
        for (const auto &[action, label] : {std::pair{QStringLiteral("switchover"), tr("Switch over %1 to this node…")},
                                            std::pair{QStringLiteral("failover"), tr("Fail over %1 to this node…")}})
            menu.addAction(label.arg(service), this,
                           [this, service, a = action] { Q_EMIT serviceActionRequested(m_nodeId, service, a); });
        menu.exec(m_services->viewport()->mapToGlobal(pos));
    });

    m_rawCommand->setAccessibleName(tr("Probe command"));
    connect(m_rawCommand, &QComboBox::currentIndexChanged, this, [this] {
        m_rawTime = -1;
        showRaw();
    });
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setAccessibleName(tr("Raw probe output"));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_events->setAccessibleName(tr("Events of the selected node"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_connection);
    layout->addWidget(m_services, 2);
    layout->addWidget(new QLabel(tr("Raw probe output"), this));
    layout->addWidget(m_rawCommand);
    layout->addWidget(m_raw, 2);
    layout->addWidget(new QLabel(tr("History"), this));
    layout->addWidget(m_events, 1);
}

void NodeDetailsPanel::setState(const ClusterState *state)
{
    m_state = state;
}

void NodeDetailsPanel::setNode(const QString &nodeId)
{
    if (nodeId == m_nodeId)
        return;
    m_nodeId = nodeId;
    m_rawTime = -1;
    m_eventCount = -1;
    m_rawCommand->clear();
    m_raw->clear();
    setSnapshot(m_snapshot);
}

void NodeDetailsPanel::setSnapshot(const ClusterSnapshot &snapshot)
{
    m_snapshot = snapshot;
    const NodeStatus *node = nullptr;
    for (const NodeStatus &n : snapshot.nodes())
        if (qstr(n.node_id()) == m_nodeId)
            node = &n;
    if (!node) {
        m_title->setText(tr("Select a node in the topology or the table."));
        m_connection->clear();
        m_services->setRowCount(0);
        return;
    }
    m_title->setText(tr("%1 — site %2").arg(m_nodeId, qstr(node->site())));
    QString connection = reachabilityLabel(node->reachability());
    if (!node->reachability_detail().empty())
        connection += QStringLiteral(": ") + qstr(node->reachability_detail());
    if (node->stale())
        connection = tr("STALE, %1 — %2")
                         .arg(node->age_s() < 0 ? tr("never seen") : tr("last seen %1 ago").arg(formatDuration(node->age_s())),
                              connection);
    else if (m_state)
        if (const NodeSample *sample = m_state->lastSample(m_nodeId); sample && sample->round_trip_ms() > 0)
            connection += tr(", round trip %1 ms").arg(sample->round_trip_ms(), 0, 'f', 1);
    m_connection->setText(tr("Connection: %1").arg(connection));

    m_services->setRowCount(node->services_size());
    for (int r = 0; r < node->services_size(); ++r) {
        const ServiceStatus &s = node->services(r);
        QString measure;
        if (s.lag_s() >= 0 || s.lag_bytes() >= 0)
            measure = formatDuration(s.lag_s()) + QStringLiteral(" · ") + formatBytes(s.lag_bytes());
        else if (s.has_queues())
            measure = tr("a %1 · d %2 · h %3, oldest %4")
                          .arg(s.queues().active())
                          .arg(s.queues().deferred())
                          .arg(s.queues().hold())
                          .arg(formatDuration(s.queues().oldest_age_s()));
        const QStringList cells{qstr(s.service_id()), roleLabel(s.role()), healthName(s.health()), measure,
                                s.error().empty() ? qstr(s.detail()) : qstr(s.error())};
        for (int c = 0; c < cells.size(); ++c) {
            QTableWidgetItem *item = m_services->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_services->setItem(r, c, item);
            }
            if (item->text() != cells.at(c))
                item->setText(cells.at(c));
        }
        m_services->item(r, 1)->setData(Qt::DecorationRole, RoleStyle::roleColor(node->stale() ? ROLE_UNKNOWN : s.role()));
        m_services->item(r, 2)->setData(Qt::DecorationRole, RoleStyle::healthColor(s.health()));
    }
    showRaw();
    updateEvents();
}

void NodeDetailsPanel::showRaw()
{
    const NodeSample *sample = m_state ? m_state->lastSample(m_nodeId) : nullptr;
    if (!sample || sample->raw().empty()) {
        if (m_rawCommand->count() > 0)
            m_rawCommand->clear();
        m_raw->setPlainText(tr("No raw probe output for this node yet."));
        return;
    }
    QStringList commands;
    for (const auto &[command, _] : sample->raw())
        commands << qstr(command);
    commands.sort();
    if (rawCommands() != commands) {
        const QString current = m_rawCommand->currentText();
        const QSignalBlocker block(m_rawCommand);
        m_rawCommand->clear();
        m_rawCommand->addItems(commands);
        m_rawCommand->setCurrentIndex(std::max(0, int(commands.indexOf(current))));
        m_rawTime = -1;
    }
    // Re-set the text only when a new sample came: the user may be reading it.
    if (sample->time_ms() == m_rawTime)
        return;
    m_rawTime = sample->time_ms();
    const auto it = sample->raw().find(sstr(m_rawCommand->currentText()));
    m_raw->setPlainText(it == sample->raw().end() ? QString() : qstr(it->second));
}

void NodeDetailsPanel::updateEvents()
{
    if (!m_state)
        return;
    const QList<ClusterEvent> &events = m_state->events();
    if (events.size() == m_eventCount)
        return;
    m_eventCount = int(events.size());
    m_events->clear();
    int shown = 0;
    for (qsizetype i = events.size() - 1; i >= 0 && shown < 50; --i) {
        const ClusterEvent &e = events.at(i);
        if (qstr(e.node_id()) != m_nodeId)
            continue;
        m_events->addItem(QStringLiteral("%1  %2  %3")
                              .arg(QDateTime::fromMSecsSinceEpoch(e.time_ms()).toString(QStringLiteral("HH:mm:ss")),
                                   eventKindName(e.kind()), qstr(e.message())));
        ++shown;
    }
}

QString NodeDetailsPanel::connectionText() const
{
    return m_connection->text();
}

QStringList NodeDetailsPanel::serviceRows() const
{
    QStringList rows;
    for (int r = 0; r < m_services->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_services->columnCount(); ++c)
            cells << (m_services->item(r, c) ? m_services->item(r, c)->text() : QString());
        rows << cells.join(QLatin1Char(' '));
    }
    return rows;
}

QStringList NodeDetailsPanel::rawCommands() const
{
    QStringList commands;
    for (int i = 0; i < m_rawCommand->count(); ++i)
        commands << m_rawCommand->itemText(i);
    return commands;
}

QString NodeDetailsPanel::rawText() const
{
    return m_raw->toPlainText();
}

} // namespace mailha
