// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events.pb.h"

#include <QWidget>

class QLabel;

namespace mailha {

/// The status bar's summary: a colour chip and a sentence (cluster healthy /
/// degraded / critical / SPLIT BRAIN, what is wrong, which nodes are stale).
/// The sentence carries the meaning; the colour only helps.
class StatusSummary final : public QWidget
{
    Q_OBJECT

public:
    explicit StatusSummary(QWidget *parent = nullptr);
    void setSnapshot(const ClusterSnapshot &snapshot);
    QString text() const;
    ClusterHealth health() const { return m_health; }

private:
    QLabel *m_chip;
    QLabel *m_text;
    ClusterHealth m_health = CLUSTER_HEALTH_UNKNOWN;
};

} // namespace mailha
