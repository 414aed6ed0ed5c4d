// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace mailha {

class ServiceTableModel;

/// The node/service table: sortable by any column (numerically where the
/// column is a number), filtered by a search field, rows tinted by role and
/// health with the same palette as the topology.
class ServiceTable final : public QWidget
{
    Q_OBJECT

public:
    explicit ServiceTable(ServiceTableModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    void selectNode(const QString &nodeId);

Q_SIGNALS:
    void nodeSelected(const QString &nodeId);

private:
    ServiceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
};

} // namespace mailha
