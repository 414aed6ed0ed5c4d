// SPDX-License-Identifier: GPL-3.0-or-later
// Fault matrix (issue #10), slow link: correct values, later; no stall.
// Two ways to slow the link to a real sshd: a delaying TCP relay on
// 127.0.0.1 (runs anywhere), and the kernel's netem on the loopback of a
// network namespace this test creates (root and sch_netem needed; skipped with
// the exact reason otherwise). Nothing leaves the machine.
#include "faultfixture.h"
#include "loopwatch.h"
#include "transport/sshsource.h"

#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <arpa/inet.h>
#include <deque>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sched.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

#include <atomic>
#include <chrono>

using namespace mailha;
using namespace mailha::test;

namespace {

/// A TCP relay on 127.0.0.1 that holds every chunk for `delayMs` in each
/// direction before passing it on, in order: a long, thin link.
class DelayRelay final
{
public:
    DelayRelay(quint16 upstream, int delayMs)
        : m_upstream(upstream)
        , m_delay(delayMs)
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in addr = loopback(0);
        socklen_t len = sizeof addr;
        if (::bind(m_listen, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(m_listen, 16) != 0
            || ::getsockname(m_listen, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
            return;
        m_port = ntohs(addr.sin_port);
        m_acceptor = std::thread([this] { acceptLoop(); });
    }
    ~DelayRelay()
    {
        m_stop = true;
        ::shutdown(m_listen, SHUT_RDWR);
        if (m_acceptor.joinable())
            m_acceptor.join();
        for (std::thread &t : m_pipes)
            t.join();
        ::close(m_listen);
    }
    quint16 port() const { return m_port; }

private:
    using Clock = std::chrono::steady_clock;
    struct Chunk {
        Clock::time_point due;
        QByteArray data;
    };

    static sockaddr_in loopback(quint16 port)
    {
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        return addr;
    }

    void acceptLoop()
    {
        while (!m_stop) {
            const int client = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
            if (client < 0)
                return;
            const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
            const sockaddr_in up = loopback(m_upstream);
            if (::connect(server, reinterpret_cast<const sockaddr *>(&up), sizeof up) != 0) {
                ::close(client);
                ::close(server);
                continue;
            }
            m_pipes.emplace_back([this, client, server] { pump(client, server); });
        }
    }

    /// Both directions in one loop: read what arrives, write what is due.
    void pump(int a, int b)
    {
        const int fds[2] = {a, b};
        std::deque<Chunk> queued[2];  // [0]: a -> b, [1]: b -> a
        bool open[2] = {true, true};
        while (!m_stop && (open[0] || open[1] || !queued[0].empty() || !queued[1].empty())) {
            int waitMs = 50;
            const Clock::time_point now = Clock::now();
            for (auto &q : queued)
                if (!q.empty())
                    waitMs = std::min<int>(waitMs, int(std::max<qint64>(0, std::chrono::duration_cast<std::chrono::milliseconds>(q.front().due - now).count())));
            pollfd p[2] = {{fds[0], short(open[0] ? POLLIN : 0), 0}, {fds[1], short(open[1] ? POLLIN : 0), 0}};
            ::poll(p, 2, waitMs);
            for (int i = 0; i < 2; ++i) {
                if (!(p[i].revents & (POLLIN | POLLHUP | POLLERR)))
                    continue;
                char buffer[65536];
                const ssize_t n = ::read(fds[i], buffer, sizeof buffer);
                if (n <= 0)
                    open[i] = false;
                else
                    queued[i].push_back({Clock::now() + std::chrono::milliseconds(m_delay), QByteArray(buffer, int(n))});
            }
            for (int i = 0; i < 2; ++i) {
                while (!queued[i].empty() && queued[i].front().due <= Clock::now()) {
                    const QByteArray &data = queued[i].front().data;
                    if (::send(fds[1 - i], data.constData(), size_t(data.size()), MSG_NOSIGNAL) != data.size())
                        open[0] = open[1] = false;
                    queued[i].pop_front();
                }
                if (!open[i] && queued[i].empty())
                    ::shutdown(fds[1 - i], SHUT_WR);
            }
            if (!open[0] && !open[1])
                break;
        }
        ::close(a);
        ::close(b);
    }

    quint16 m_upstream;
    int m_delay;
    int m_listen = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_acceptor;
    std::vector<std::thread> m_pipes;  // touched by the acceptor only, joined after it
};

bool run(const QString &program, const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool ok = p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    *output = QString::fromLocal8Bit(p.readAll()).trimmed();
    if (output->isEmpty())
        *output = p.errorString();
    return ok;
}

} // namespace

class TestFaultSlowLink : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Polls a node behind the slow link and one direct node of the same
    /// server: the slow one is live, its values match, its rounds take longer,
    /// and the GUI thread never waits.
    void pollThroughSlowLink(SshServer &server, quint16 slowPort, int oneWayDelayMs)
    {
        constexpr int interval = 1000;
        SshSource source(faultCluster(server, {server.port(), slowPort}, interval), faultSettings(server, 8000));
        ClusterState state;
        state.setSpec(source.spec());
        connect(&source, &SampleSource::samplesReady, &state, &ClusterState::ingestBatch);
        LoopWatch watch;
        QElapsedTimer clock;
        clock.start();
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(isLive(state, QStringLiteral("n0")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(isLive(state, QStringLiteral("n1")), 30000);
        qInfo("slow node live after %lld ms", clock.elapsed());
        QTest::qWait(2 * interval);  // steady rounds, past the connect
        const NodeSample direct = *state.lastSample(QStringLiteral("n0"));
        const NodeSample slow = *state.lastSample(QStringLiteral("n1"));
        qInfo("round trip: direct %.1f ms, slow link (%d ms each way) %.1f ms", direct.round_trip_ms(), oneWayDelayMs,
              slow.round_trip_ms());
        QCOMPARE(slow.reachability(), REACHABLE);
        QCOMPARE(qstr(slow.services(0).error()), QString());
        // Correct values: the same machine behind both links.
        QCOMPARE(slow.services(0).host().mem_total_bytes(), direct.services(0).host().mem_total_bytes());
        QVERIFY(slow.services(0).host().mem_total_bytes() > 0);
        // Later: every command costs at least one round trip over the slow link.
        QVERIFY2(slow.round_trip_ms() >= 2 * oneWayDelayMs, qPrintable(QString::number(slow.round_trip_ms())));
        QVERIFY(isLive(state, QStringLiteral("n0")));
        QVERIFY2(watch.maxGapMs() < LoopWatch::stallBudgetMs(),
                 qPrintable(QStringLiteral("event loop stalled %1 ms").arg(watch.maxGapMs())));
        source.stop();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void slowLinkThroughADelayingRelay()
    {
        SshServer server(m_dir.filePath(QStringLiteral("relay")));
        ensureTrustedServer(server);
        constexpr int delay = 150;
        DelayRelay relay(server.port(), delay);
        QVERIFY(relay.port() != 0);
        // known_hosts names the server's port; the relay's port needs its own line.
        QFile known(server.knownHostsPath());
        QVERIFY(known.open(QIODevice::Append));
        known.write(server.knownHostsLine().replace(QStringLiteral(":%1 ").arg(server.port()), QStringLiteral(":%1 ").arg(relay.port())).toUtf8()
                    + '\n');
        known.close();
        pollThroughSlowLink(server, relay.port(), delay);
    }

    // Last: it moves this process into a network namespace of its own.
    void slowLinkThroughNetemInANamespace()
    {
        if (::geteuid() != 0)
            QSKIP("netem needs root to create a network namespace; the relay test above covers the slow link");
        const int home = ::open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
        QVERIFY(home >= 0);
        QVERIFY2(::unshare(CLONE_NEWNET) == 0, "unshare(CLONE_NEWNET) failed");
        auto leave = qScopeGuard([home] {
            ::setns(home, CLONE_NEWNET);
            ::close(home);
        });
        QString out;
        QVERIFY2(run(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")}, &out),
                 qPrintable(out));
        constexpr int delay = 100;
        if (!run(QStringLiteral("tc"), {QStringLiteral("qdisc"), QStringLiteral("add"), QStringLiteral("dev"), QStringLiteral("lo"),
                                        QStringLiteral("root"), QStringLiteral("netem"), QStringLiteral("delay"),
                                        QStringLiteral("%1ms").arg(delay), QStringLiteral("loss"), QStringLiteral("2%")},
                 &out))
            QSKIP(qPrintable(QStringLiteral("tc qdisc add dev lo root netem failed in a fresh network namespace: \"%1\" "
                                            "(the kernel has no sch_netem); the relay test covers the slow link")
                                 .arg(out)));
        // Everything from here runs inside the namespace: sshd, the workers, the loopback.
        SshServer server(m_dir.filePath(QStringLiteral("netem")));
        ensureTrustedServer(server);
        // Both nodes share the delayed loopback: the direct one is just as slow here.
        pollThroughSlowLink(server, server.port(), delay);
    }
};

QTEST_GUILESS_MAIN(TestFaultSlowLink)
#include "tst_fault_slowlink.moc"
