// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lab/labcluster.h"
#include "cluster/samplesource.h"

#include <QElapsedTimer>
#include <QTimer>

namespace mailha {

/// The built-in lab as a sample source: advances the simulation one
/// simulated second per tick and delivers one batch of samples per tick.
/// The simulation is cheap (microseconds for the reference cluster), so it
/// runs on the thread the source lives on; it never touches the network.
class LabSource final : public SampleSource
{
    Q_OBJECT

public:
    explicit LabSource(quint64 seed = 1, QObject *parent = nullptr);

    ClusterSpec spec() const override { return m_cluster.spec(); }
    void start() override;
    void stop() override;
    qint64 now() const override { return m_cluster.timeMs(); }
    bool isLab() const override { return true; }

    /// 1 = real time; 5 and 20 for training drills.
    void setSpeed(double speed);
    double speed() const { return m_speed; }
    bool isRunning() const { return m_timer.isActive(); }

    LabCluster &cluster() { return m_cluster; }

    /// Advances one simulated second and emits its samples (also the timer's slot).
    void tick();

private:
    LabCluster m_cluster;
    QTimer m_timer;
    double m_speed = 1.0;
};

} // namespace mailha
