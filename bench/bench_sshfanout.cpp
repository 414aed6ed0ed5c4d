// SPDX-License-Identifier: GPL-3.0-or-later
// One probe round to N loopback "nodes" (N = 10, 50, 100 by default), three
// ways, side by side in the same run:
//   console   SshNodePoller per node on its own thread, persistent libssh
//             session (what SshSource runs), all nodes at once;
//   mux       OpenSSH with ControlMaster: a master per node set up before the
//             round, then every command of every node as `ssh -S` in parallel;
//   fresh     OpenSSH, a new `ssh` connection per command, all in parallel.
// The nodes are N cluster nodes that all point at one private sshd on
// 127.0.0.1 (tests/support SshServer, MaxStartups raised so it accepts them
// all at once): every node still gets its own TCP connection, key exchange,
// authentication and sshd session process, which is what a round costs; only
// the listener is shared. The commands are the host probe's (planNodePoll).
//
// Usage: bench_sshfanout [--rounds R] [N ...]
#include "core/names.h"
#include "core/shellquote.h"
#include "probes/nodepoller.h"
#include "sshserver.h"
#include "testsupport.h"
#include "transport/sshnodepoller.h"

#include "benchstats.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <barrier>
#include <cstdio>
#include <memory>
#include <thread>
#include <vector>

using namespace mailha;
using namespace mailha::test;

using mailha::bench::median;

namespace {


ClusterSpec loopbackCluster(int nodes, quint16 port, const QString &user)
{
    ClusterSpec spec;
    spec.set_name("fanout");
    spec.set_poll_interval_ms(1000);
    for (int i = 0; i < nodes; ++i) {
        Node *n = spec.add_nodes();
        n->set_id("n" + std::to_string(i));
        n->set_host("127.0.0.1");
        n->set_port(port);
        n->set_user(sstr(user));
        ServiceSpec *svc = n->add_services();
        svc->set_id("host");
        svc->set_technology(HOST);
    }
    return spec;
}

/// The console's way: one thread and one persistent session per node.
class ConsoleFanout
{
public:
    ConsoleFanout(const ClusterSpec &spec, const SshSettings &settings)
        : m_start(spec.nodes_size() + 1)
        , m_done(spec.nodes_size() + 1)
    {
        for (const Node &node : spec.nodes())
            m_pollers.push_back(std::make_unique<SshNodePoller>(spec, node, settings));
        m_ok.assign(m_pollers.size(), 0);
        for (size_t i = 0; i < m_pollers.size(); ++i)
            m_threads.emplace_back([this, i] {
                for (;;) {
                    m_start.arrive_and_wait();
                    if (m_quit)
                        return;
                    m_ok[i] = m_pollers[i]->pollRound(10'000).reachability() == REACHABLE ? 1 : 0;
                    m_done.arrive_and_wait();
                }
            });
    }
    ~ConsoleFanout()
    {
        m_quit = true;
        m_start.arrive_and_wait();
        for (std::thread &t : m_threads)
            t.join();
    }
    /// One round on every node at once; ms until the last node is done, or -1.
    double round()
    {
        QElapsedTimer timer;
        timer.start();
        m_start.arrive_and_wait();
        m_done.arrive_and_wait();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        return std::all_of(m_ok.begin(), m_ok.end(), [](char ok) { return ok != 0; }) ? ms : -1;
    }

private:
    std::vector<std::unique_ptr<SshNodePoller>> m_pollers;
    std::vector<char> m_ok;
    std::vector<std::thread> m_threads;
    std::barrier<> m_start;
    std::barrier<> m_done;
    bool m_quit = false;
};

/// OpenSSH client processes, with or without a ControlMaster per node.
class OpenSshFanout
{
public:
    OpenSshFanout(const ClusterSpec &spec, const SshServer &server, const QString &dir, bool multiplexed)
        : m_dir(dir)
        , m_multiplexed(multiplexed)
    {
        m_ssh = findProgram(QStringLiteral("ssh"));
        m_common = {QStringLiteral("-F"), server.clientDir() + QLatin1String("/config"), QStringLiteral("-i"),
                    server.clientKeyPath(), QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"),
                    QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                    QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
                    QStringLiteral("UserKnownHostsFile=") + server.knownHostsPath(), QStringLiteral("-p"),
                    QString::number(server.port()), QStringLiteral("-l"), server.userName()};
        for (const Node &node : spec.nodes()) {
            QStringList commands;
            for (const PlannedCommand &c : planNodePoll(node))
                commands << shellJoin(c.command.argv).text;
            m_commands.append(commands);
        }
    }
    ~OpenSshFanout()
    {
        for (int i = 0; m_multiplexed && i < m_commands.size(); ++i)
            QProcess::execute(m_ssh, m_common + QStringList{QStringLiteral("-S"), controlPath(i), QStringLiteral("-O"),
                                                             QStringLiteral("exit"), QStringLiteral("127.0.0.1")});
    }
    /// Starts the masters (not timed: they exist before any round).
    bool startMasters()
    {
        for (int i = 0; m_multiplexed && i < m_commands.size(); ++i) {
            const int status = QProcess::execute(
                m_ssh, m_common + QStringList{QStringLiteral("-M"), QStringLiteral("-S"), controlPath(i), QStringLiteral("-o"),
                                              QStringLiteral("ControlPersist=yes"), QStringLiteral("-f"), QStringLiteral("-N"),
                                              QStringLiteral("127.0.0.1")});
            if (status != 0)
                return false;
        }
        return true;
    }
    double round()
    {
        QElapsedTimer timer;
        timer.start();
        std::vector<std::unique_ptr<QProcess>> running;
        for (int i = 0; i < m_commands.size(); ++i) {
            for (const QString &command : m_commands.at(i)) {
                QStringList args = m_common;
                if (m_multiplexed)
                    args << QStringLiteral("-S") << controlPath(i);
                else
                    args << QStringLiteral("-o") << QStringLiteral("ControlMaster=no") << QStringLiteral("-o")
                         << QStringLiteral("ControlPath=none");
                args << QStringLiteral("127.0.0.1") << command;
                auto process = std::make_unique<QProcess>();
                process->start(m_ssh, args);
                running.push_back(std::move(process));
            }
        }
        bool ok = true;
        for (const auto &process : running) {
            ok = process->waitForFinished(30'000) && process->exitCode() == 0 && ok;
            process->readAllStandardOutput();
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        return ok ? ms : -1;
    }

private:
    QString controlPath(int node) const { return m_dir + QStringLiteral("/cm-%1").arg(node); }

    QString m_dir;
    bool m_multiplexed;
    QString m_ssh;
    QStringList m_common;
    QList<QStringList> m_commands;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qunsetenv("SSH_AUTH_SOCK");
    QStringList args = QCoreApplication::arguments().mid(1);
    int rounds = 7;
    if (args.size() >= 2 && args.first() == QLatin1String("--rounds")) {
        rounds = std::max(1, args.at(1).toInt());
        args = args.mid(2);
    }
    QList<int> sizes;
    for (const QString &a : args)
        sizes << std::max(1, a.toInt());
    if (sizes.isEmpty())
        sizes = {10, 50, 100};

    QTemporaryDir dir;
    SshServer server(dir.path());
    server.setExtraConfig(QStringLiteral("MaxStartups 1000\nMaxSessions 50\n"));
    if (!server.start()) {
        std::fprintf(stderr, "bench_sshfanout: %s\n", qPrintable(server.error()));
        return 1;
    }
    QFile knownHosts(server.knownHostsPath());
    if (!knownHosts.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    knownHosts.write(server.knownHostsLine().toUtf8() + '\n');
    knownHosts.close();
    SshSettings settings;
    settings.sshDir = server.clientDir();
    settings.knownHostsPath = server.knownHostsPath();
    settings.sshConfigPath = server.clientDir() + QLatin1String("/config");

    std::printf("SSH poll round: host probe (3 commands) on N loopback nodes, median of %d rounds (ms)\n", rounds);
    std::printf("%5s %10s %14s %14s %16s %16s\n", "N", "console", "ControlMaster", "fresh ssh", "mux / console",
                "fresh / console");
    for (int n : sizes) {
        const ClusterSpec spec = loopbackCluster(n, server.port(), server.userName());
        std::vector<double> console, mux, fresh;
        {
            ConsoleFanout ours(spec, settings);
            if (ours.round() < 0) {  // connects every node; not timed
                std::fprintf(stderr, "bench_sshfanout: the console could not read every node\n");
                return 1;
            }
            for (int r = 0; r < rounds; ++r)
                console.push_back(ours.round());
        }
        {
            OpenSshFanout openssh(spec, server, dir.path(), true);
            if (!openssh.startMasters()) {
                std::fprintf(stderr, "bench_sshfanout: ssh -M failed\n");
                return 1;
            }
            for (int r = 0; r < rounds; ++r)
                mux.push_back(openssh.round());
        }
        {
            OpenSshFanout openssh(spec, server, dir.path(), false);
            for (int r = 0; r < rounds; ++r)
                fresh.push_back(openssh.round());
        }
        const auto failed = [](const std::vector<double> &v) {
            return std::any_of(v.begin(), v.end(), [](double ms) { return ms < 0; });
        };
        if (failed(console) || failed(mux) || failed(fresh)) {
            std::fprintf(stderr, "bench_sshfanout: some rounds failed at N=%d\n", n);
            return 1;
        }
        const double c = median(console), m = median(mux), f = median(fresh);
        std::printf("%5d %10.1f %14.1f %14.1f %16.2f %16.2f\n", n, c, m, f, m / c, f / c);
        std::fflush(stdout);
    }
    return 0;
}
