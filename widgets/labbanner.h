// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace mailha {

/// The strip across the top of the window in lab mode. Hatched black on
/// yellow like a safety barrier, so nobody mistakes the lab for production.
class LabBanner final : public QLabel
{
    Q_OBJECT

public:
    explicit LabBanner(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace mailha
