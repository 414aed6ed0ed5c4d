// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probes/probe.h"
#include "testsupport.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace mailha::test {

/// A fixture under tests/fixtures/probes. Leading lines starting with "%%"
/// are the fixture's provenance header (where the output came from) and are
/// stripped, so JSON and XML fixtures can carry one too.
inline QByteArray probeFixture(const QString &name)
{
    QByteArray data = readFixture(QStringLiteral("probes/") + name);
    while (data.startsWith("%%")) {
        const qsizetype nl = data.indexOf('\n');
        data = nl < 0 ? QByteArray() : data.mid(nl + 1);
    }
    return data;
}

/// What a command printed, exit status 0.
inline CommandOutput outputOf(const QByteArray &stdoutText, int exitStatus = 0, const QByteArray &stderrText = {})
{
    CommandOutput out;
    out.standardOutput = stdoutText;
    out.standardError = stderrText;
    out.exitStatus = exitStatus;
    return out;
}

/// Runs a probe command on this machine, as mailhactl probe does.
inline CommandOutput runLocally(const ProbeCommand &command, const QProcessEnvironment &base = QProcessEnvironment::systemEnvironment(),
                                int timeoutMs = 30000)
{
    CommandOutput out;
    QProcess p;
    QProcessEnvironment env = base;
    for (const auto &[name, value] : command.environment)
        env.insert(name, value);
    p.setProcessEnvironment(env);
    p.start(command.argv.constFirst(), command.argv.mid(1));
    if (!p.waitForStarted(10000)) {
        out.transportError = p.errorString();
        return out;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        out.timedOut = true;
        return out;
    }
    out.standardOutput = p.readAllStandardOutput();
    out.standardError = p.readAllStandardError();
    out.exitStatus = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return out;
}

/// The probe for a technology; fails the calling test when missing.
inline const Probe &probe(Technology technology)
{
    const Probe *p = probeFor(technology);
    if (!p)
        qFatal("no probe registered for technology %d", int(technology));
    return *p;
}

} // namespace mailha::test
