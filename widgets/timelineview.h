// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events.pb.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace mailha {

/// The incident timeline on screen: cluster events, alerts, operator actions
/// and notes in time order (mergeTimeline()), with a line to add a note.
/// Writing the note to the journal is the owner's job (noteRequested), off
/// the GUI thread, since the journal fsyncs.
class TimelineView final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setEvents(const QList<ClusterEvent> &events);
    const QList<ClusterEvent> &events() const { return m_events; }

    QTreeWidget *table() const { return m_table; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *noteButton() const { return m_add; }

Q_SIGNALS:
    void noteRequested(const QString &text);

private:
    QList<ClusterEvent> m_events;
    QTreeWidget *m_table = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace mailha
