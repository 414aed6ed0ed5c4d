// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace mailha {

class AlertModel;

/// The alert list: severity, subject, start, duration, state; acknowledge
/// with the check box or the button. Active alerts on top.
class AlertsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsPanel(AlertModel *model, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    QString summary() const;

public Q_SLOTS:
    void acknowledgeSelected();

Q_SIGNALS:
    void nodeSelected(const QString &nodeId);

private:
    void updateSummary();

    AlertModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_summary;
};

} // namespace mailha
