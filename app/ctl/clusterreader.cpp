// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterreader.h"

#include "command.h"

#include "cluster/clusterfile.h"
#include "core/names.h"
#include "lab/labcluster.h"
#include "transport/sshnodepoller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QScopeGuard>

#include <algorithm>
#include <thread>
#include <vector>

namespace mailha::ctl {

namespace {

// The option texts were status's; they keep its translation context.
struct ReaderText {
    Q_DECLARE_TR_FUNCTIONS(mailhactl)
};

/// One full round of every node, each over its own SSH session on its own
/// thread, exactly as the console's SshSource polls: the slowest node sets
/// the time, not the sum. Unknown host keys are refused (nobody to ask).
QList<NodeSample> pollOverSsh(const ClusterSpec &spec, const SshSettings &settings, int commandTimeoutMs)
{
    QList<NodeSample> samples(spec.nodes_size());
    std::vector<std::thread> threads;
    threads.reserve(size_t(spec.nodes_size()));
    for (int i = 0; i < spec.nodes_size(); ++i)
        threads.emplace_back([&, i] {
            SshNodePoller poller(spec, spec.nodes(i), settings);
            samples[i] = poller.pollRound(commandTimeoutMs);
        });
    for (std::thread &t : threads)
        t.join();
    return samples;
}

} // namespace

ClusterReader::ClusterReader(Feature feature)
    : m_feature(feature)
    , m_seconds(QStringLiteral("seconds"), ReaderText::tr("Lab only: simulated seconds to run first (default 30)."),
                QStringLiteral("N"), QStringLiteral("30"))
    , m_seed(QStringLiteral("seed"), ReaderText::tr("Lab only: simulation seed (default 1)."), QStringLiteral("N"),
             QStringLiteral("1"))
    , m_labFault(QStringLiteral("lab-fault"),
                 ReaderText::tr("Lab only: inject a fault a minute before the end of --seconds (at the start when "
                                "shorter), e.g. node-crash:db-b; repeatable. Faults: %1.")
                     .arg([] {
                         QStringList names;
                         for (LabFault f : allLabFaults())
                             names << labFaultName(f);
                         return names.join(QLatin1String(", "));
                     }()),
                 QStringLiteral("FAULT[:NODE]"))
    , m_sshConfig(QStringLiteral("ssh-config"), ReaderText::tr("Cluster file only: ssh config to read instead of ~/.ssh/config."),
                  QStringLiteral("FILE"))
    , m_knownHosts(QStringLiteral("known-hosts"),
                   ReaderText::tr("Cluster file only: known_hosts file instead of ~/.ssh/known_hosts."), QStringLiteral("FILE"))
    , m_sshDir(QStringLiteral("ssh-dir"),
               ReaderText::tr("Cluster file only: directory of the default key files instead of ~/.ssh."), QStringLiteral("DIR"))
    , m_timeout(QStringLiteral("timeout"),
                ReaderText::tr("Cluster file only: ms to wait for a connect and for each command (default 5000)."),
                QStringLiteral("MS"), QStringLiteral("5000"))
{
}

void ClusterReader::addTo(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("CLUSTER"), ReaderText::tr("Cluster file (Protobuf text format)."),
                                 QStringLiteral("[CLUSTER]"));
    parser.addOptions({m_seconds, m_seed});
    if (m_feature == WithLabFaults)
        parser.addOption(m_labFault);
    parser.addOptions({m_sshConfig, m_knownHosts, m_sshDir, m_timeout});
}

int ClusterReader::fail(int code, const QString &message)
{
    m_error = message;
    return code;
}

int ClusterReader::read(const QCommandLineParser &parser)
{
    m_error.clear();
    m_fileErrors = false;
    m_unreadable.clear();
    if (parser.positionalArguments().size() > 1)
        return fail(ExitUsage, ReaderText::tr("expected at most one cluster file"));
    bool okSeconds = false, okSeed = false;
    const int warm = parser.value(m_seconds).toInt(&okSeconds);
    const quint64 seedValue = parser.value(m_seed).toULongLong(&okSeed);
    if (!okSeconds || warm < 0 || !okSeed)
        return fail(ExitUsage, ReaderText::tr("--seconds and --seed take a whole number"));
    if (parser.positionalArguments().isEmpty())
        return readLab(parser, warm, seedValue);
    if (m_feature == WithLabFaults && parser.isSet(m_labFault))
        return fail(ExitUsage, ReaderText::tr("--lab-fault applies to the built-in lab only, not to a cluster file"));
    return readFile(parser, parser.positionalArguments().constFirst());
}

int ClusterReader::readLab(const QCommandLineParser &parser, int warmSeconds, quint64 seed)
{
    LabCluster lab(seed, labStartMs());
    struct Fault {
        LabFault fault;
        QString node;
    };
    QList<Fault> faults;
    const QStringList requested = m_feature == WithLabFaults ? parser.values(m_labFault) : QStringList{};
    for (const QString &spec : requested) {
        const QString name = spec.section(QLatin1Char(':'), 0, 0);
        const auto which = labFaultFromName(name);
        if (!which)
            return fail(ExitUsage, ReaderText::tr("unknown lab fault '%1'").arg(name));
        faults.append({*which, spec.section(QLatin1Char(':'), 1)});
    }
    m_state.setSpec(lab.spec());
    m_state.setClock([&lab] { return lab.timeMs(); });
    // The store outlives `lab`: freeze its clock at the last reading, also on failure.
    const auto freezeClock = qScopeGuard([this, &lab] { m_state.setClock([t = lab.timeMs()] { return t; }); });
    // The console's own history: one poll round per simulated second into the
    // store, faults a minute before the end, so a crashed node is "last seen
    // a minute ago" as on screen rather than never read.
    const int faultAt = std::max(0, warmSeconds - 60);
    QString faultError;
    const auto inject = [&] {
        for (const Fault &f : std::as_const(faults))
            if (faultError.isEmpty())
                lab.setFault(f.fault, f.node, true, &faultError);
    };
    // Injected right after that second's reading, so the last good reading
    // is the one before the fault; with no history, before the only reading.
    if (warmSeconds == 0)
        inject();
    for (int second = 0; second <= warmSeconds; ++second) {
        if (second > 0)
            lab.advance(1000);
        m_state.ingestRound(lab.sampleAll());
        if (second == faultAt && warmSeconds > 0)
            inject();
        if (!faultError.isEmpty())
            return fail(ExitUsage, faultError);
    }
    return ExitOk;
}

int ClusterReader::readFile(const QCommandLineParser &parser, const QString &path)
{
    if (!QFileInfo(path).isFile())
        return fail(ExitNoInput, ReaderText::tr("cannot read the cluster file %1").arg(path));
    const ClusterFileLoad load = loadClusterFile(path);
    if (!load.ok()) {
        m_fileErrors = true;
        return fail(ExitDataError, load.errorText());
    }
    if (load.spec.lab())
        return fail(ExitDataError, ReaderText::tr("%1 describes a simulated cluster (lab: true), which is never contacted "
                                                  "over SSH; leave the file out for the lab")
                                       .arg(path));
    bool okTimeout = false;
    const int timeoutMs = parser.value(m_timeout).toInt(&okTimeout);
    if (!okTimeout || timeoutMs < 100)
        return fail(ExitUsage, ReaderText::tr("--timeout takes milliseconds, at least 100"));
    SshSettings settings;
    settings.sshConfigPath = parser.value(m_sshConfig);
    settings.knownHostsPath = parser.value(m_knownHosts);
    settings.sshDir = parser.value(m_sshDir);
    settings.connectTimeoutMs = timeoutMs;
    const QList<NodeSample> samples = pollOverSsh(load.spec, settings, timeoutMs);
    m_state.setSpec(load.spec);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_state.setClock([now] { return now; });
    m_state.ingestRound(samples);
    for (const NodeSample &s : samples)
        if (s.reachability() != REACHABLE)
            m_unreadable.append(s);
    return ExitOk;
}

} // namespace mailha::ctl
