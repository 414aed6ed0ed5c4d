// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableView;

namespace mailha {

class EventLogModel;

/// The events dock: newest at the bottom, followed while the user is at the
/// bottom, left alone while they scroll back through history.
class EventLogView final : public QWidget
{
    Q_OBJECT

public:
    explicit EventLogView(EventLogModel *model, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }

private:
    QTableView *m_view;
};

} // namespace mailha
