// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableView;

namespace mailha {

class ObjectivesModel;

/// Per service: RTO and RPO objectives next to what a failover would give
/// now, redundancy N+k, uptime. A missed objective is shown in bold with the
/// critical colour, and says so in words.
class ObjectivesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ObjectivesPanel(ObjectivesModel *model, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }

private:
    QTableView *m_view;
};

} // namespace mailha
