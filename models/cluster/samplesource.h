// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.pb.h"
#include "events.pb.h"
#include "sample.pb.h"

#include <QList>
#include <QObject>

namespace mailha {

/// Where samples come from: the lab, SSH nodes, a recording. A source lives
/// on the GUI thread as a facade; any blocking work happens on threads it
/// owns, and results arrive here as queued signals carrying value types.
class SampleSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SampleSource() override = default;

    virtual ClusterSpec spec() const = 0;
    virtual void start() = 0;
    /// Stops polling and joins any worker thread; safe to call twice.
    virtual void stop() = 0;
    /// The source's clock in ms since the epoch (simulated for the lab).
    virtual qint64 now() const = 0;
    /// True when nothing this source does can reach a real host.
    virtual bool isLab() const { return false; }
    /// The node whose details are on screen. A source for which raw command
    /// outputs cost extra (the lab renders them) attaches them to this node's
    /// samples only; a real source keeps every node's anyway.
    virtual void setDetailedNode(const QString &nodeId) { Q_UNUSED(nodeId) }

Q_SIGNALS:
    void samplesReady(const QList<mailha::NodeSample> &samples);
    void eventOccurred(const mailha::ClusterEvent &event);
};

} // namespace mailha
