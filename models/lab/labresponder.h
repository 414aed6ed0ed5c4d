// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lab/labcluster.h"
#include "transport/commandrunner.h"

#include <QMutex>

namespace mailha {

/// Answers a command on a lab node the way the real host would: the probes'
/// read-only commands with output in the real formats (labformats), every
/// other command through the lab's command runner, which changes the lab's
/// state as the real program would change the server. `env NAME=VALUE ...`
/// in front of a command (how the SSH transport passes a probe's environment)
/// is understood. Thread-safe: the cluster is read under `mutex`, which the
/// runner takes itself for its commands.
class LabResponder final
{
public:
    LabResponder(LabCluster *lab, QMutex *mutex, CommandRunner *runner);

    CommandOutput respond(const QString &nodeId, const QStringList &argv);

private:
    LabCluster *m_lab;
    QMutex *m_mutex;
    CommandRunner *m_runner;
};

} // namespace mailha
