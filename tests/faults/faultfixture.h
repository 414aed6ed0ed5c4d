// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterstate.h"
#include "core/names.h"
#include "core/shellquote.h"
#include "runbook/runbook.h"
#include "sshserver.h"
#include "testsupport.h"
#include "transport/sshsession.h"

#include <QDir>
#include <QFile>
#include <QtTest/QTest>

namespace mailha::test {

/// Client settings that use only the test server's private files.
inline SshSettings faultSettings(const SshServer &server, int connectTimeoutMs = 800)
{
    SshSettings s;
    s.sshDir = server.clientDir();
    s.knownHostsPath = server.knownHostsPath();
    s.sshConfigPath = server.clientDir() + QLatin1String("/config");
    s.connectTimeoutMs = connectTimeoutMs;
    return s;
}

/// One node per port, all on 127.0.0.1, each with the host probe (cat /proc/...).
inline ClusterSpec faultCluster(const SshServer &server, const QList<quint16> &ports, int intervalMs,
                                const QStringList &ids = {})
{
    ClusterSpec spec;
    spec.set_name("faults");
    spec.set_poll_interval_ms(quint32(intervalMs));
    for (int i = 0; i < ports.size(); ++i) {
        Node *n = spec.add_nodes();
        n->set_id(sstr(ids.value(i, QStringLiteral("n%1").arg(i))));
        n->set_host("127.0.0.1");
        n->set_port(ports.at(i));
        n->set_user(sstr(server.userName()));
        ServiceSpec *svc = n->add_services();
        svc->set_id("host");
        svc->set_technology(HOST);
    }
    return spec;
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

inline bool trustServer(const SshServer &server)
{
    return writeFile(server.knownHostsPath(), server.knownHostsLine().toUtf8() + '\n');
}

/// Starts the test's sshd (again, on its port, after a test killed it) and
/// trusts its key. The test's keys only: never the developer's agent.
inline void ensureTrustedServer(SshServer &server)
{
    qunsetenv("SSH_AUTH_SOCK");
    if (!server.isRunning())
        QVERIFY2(server.start(server.port()), qPrintable(server.error()));
    QVERIFY(trustServer(server));
}

/// Records every command the server is asked to run (one line each, the
/// client's command line) in `logPath`, then runs it as sshd would have.
/// Takes effect on the server's next start().
inline bool logServerCommands(SshServer &server, const QString &scriptPath, const QString &logPath)
{
    QFile script(scriptPath);
    if (!script.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    script.write(QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$SSH_ORIGINAL_COMMAND\" >> '%1'\n"
                                "exec /bin/sh -c \"$SSH_ORIGINAL_COMMAND\"\n")
                     .arg(logPath)
                     .toUtf8());
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    server.setExtraConfig(QStringLiteral("ForceCommand %1\n").arg(scriptPath));
    return true;
}

inline const NodeStatus *nodeStatus(ClusterState &state, const QString &nodeId)
{
    state.refresh();
    for (const NodeStatus &n : state.snapshot().nodes())
        if (qstr(n.node_id()) == nodeId)
            return &n;
    return nullptr;
}

inline bool isLive(ClusterState &state, const QString &nodeId)
{
    const NodeStatus *n = nodeStatus(state, nodeId);
    return n && !n->stale() && n->reachability() == REACHABLE;
}

inline bool isStale(ClusterState &state, const QString &nodeId)
{
    const NodeStatus *n = nodeStatus(state, nodeId);
    return n && n->stale();
}

/// A real-cluster plan of COMMAND steps on `node`, one per argv, built the
/// way planRunbook() builds it (command = shellJoin(argv)).
inline RunbookPlan commandPlan(const QString &node, const QList<QStringList> &argvs, int timeoutMs = 10000)
{
    RunbookPlan plan;
    plan.runbook.set_id("fault-matrix");
    plan.runbook.set_title("fault matrix");
    plan.cluster = QStringLiteral("faults");
    for (int i = 0; i < argvs.size(); ++i) {
        PlannedStep step;
        step.index = i;
        step.stepId = QStringLiteral("step%1").arg(i + 1);
        step.title = step.stepId;
        step.kind = COMMAND;
        step.node = node;
        step.argv = argvs.at(i);
        step.command = shellJoin(step.argv).text;
        step.timeoutMs = timeoutMs;
        plan.steps << step;
    }
    return plan;
}

/// A field of /proc/self/status in KiB (VmRSS, VmHWM), or -1.
inline qint64 statusKiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

/// Resets the kernel's peak-RSS mark (VmHWM) to the current RSS, so the next
/// peakResidentKiB() is the peak of what follows. False if not supported.
inline bool resetPeakResident()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

inline qint64 peakResidentKiB()
{
    return statusKiB("VmHWM");
}

} // namespace mailha::test
