// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events.pb.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace mailha {

class ClusterState;

/// The selected node in detail: connection state, every service with role,
/// health, lag and queues, the raw output of its probe commands, and its
/// recent events. Buttons ask for the same operator actions as the
/// topology's context menu.
class NodeDetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit NodeDetailsPanel(QWidget *parent = nullptr);

    /// Raw probe output and events come from the store.
    void setState(const ClusterState *state);
    void setNode(const QString &nodeId);
    QString node() const { return m_nodeId; }
    void setSnapshot(const ClusterSnapshot &snapshot);

    QString connectionText() const;
    QStringList serviceRows() const;  ///< "service role health detail", for tests and screen readers
    QStringList rawCommands() const;
    QString rawText() const;

Q_SIGNALS:
    void serviceActionRequested(const QString &nodeId, const QString &serviceId, const QString &action);

private:
    void showRaw();
    void updateEvents();

    QPointer<const ClusterState> m_state;
    QString m_nodeId;
    ClusterSnapshot m_snapshot;
    QLabel *m_title;
    QLabel *m_connection;
    QTableWidget *m_services;
    QComboBox *m_rawCommand;
    QPlainTextEdit *m_raw;
    QListWidget *m_events;
    qint64 m_rawTime = -1;
    int m_eventCount = -1;
};

} // namespace mailha
