// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab/labresponder.h"

#include "core/names.h"
#include "lab/labformats.h"
#include "probes/nodepoller.h"

#include <QCoreApplication>

namespace mailha {

namespace {
struct LabResponderText {
    Q_DECLARE_TR_FUNCTIONS(mailha::LabResponder)
};
} // namespace

LabResponder::LabResponder(LabCluster *lab, QMutex *mutex, CommandRunner *runner)
    : m_lab(lab)
    , m_mutex(mutex)
    , m_runner(runner)
{
}

CommandOutput LabResponder::respond(const QString &nodeId, const QStringList &words)
{
    ProbeCommand command;
    command.key = QStringLiteral("labd");
    qsizetype first = 0;
    if (words.value(0) == QLatin1String("env")) {
        for (first = 1; first < words.size() && words.at(first).contains(QLatin1Char('=')); ++first)
            command.environment.append({words.at(first).section(QLatin1Char('='), 0, 0),
                                        words.at(first).section(QLatin1Char('='), 1)});
    }
    command.argv = words.mid(first);
    if (command.argv.isEmpty()) {
        CommandOutput out;
        out.exitStatus = 2;
        out.standardError = LabResponderText::tr("env: no command given\n").toUtf8();
        return out;
    }
    {
        QMutexLocker lock(m_mutex);
        for (const Node &node : m_lab->spec().nodes()) {
            if (qstr(node.id()) != nodeId)
                continue;
            for (const PlannedCommand &planned : planNodePoll(node))
                if (planned.command.argv == command.argv)
                    return labCommandOutput(*m_lab, nodeId, planned);
        }
    }
    return m_runner->run(nodeId, command, 60'000);
}

} // namespace mailha
