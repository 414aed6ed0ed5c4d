// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/clusterstate.h"
#include "core/names.h"
#include "loopwatch.h"
#include "sshserver.h"
#include "testsupport.h"
#include "transport/sshsource.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest/QTest>

#include <sys/resource.h>

using namespace mailha;
using namespace mailha::test;

namespace {

double cpuSeconds()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

class TestSshSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SshServer> m_server;

    SshSettings settings() const
    {
        SshSettings s;
        s.sshDir = m_server->clientDir();
        s.knownHostsPath = m_server->knownHostsPath();
        s.sshConfigPath = m_server->clientDir() + QLatin1String("/config");
        s.connectTimeoutMs = 800;
        return s;
    }

    /// `count` nodes on the test server, plus one at each port in `extraPorts`.
    ClusterSpec cluster(int count, int intervalMs, const QList<quint16> &extraPorts = {}) const
    {
        ClusterSpec spec;
        spec.set_name("loopback");
        spec.set_poll_interval_ms(quint32(intervalMs));
        QList<quint16> ports;
        for (int i = 0; i < count; ++i)
            ports << m_server->port();
        ports += extraPorts;
        for (int i = 0; i < ports.size(); ++i) {
            Node *n = spec.add_nodes();
            n->set_id(sstr(QStringLiteral("n%1").arg(i)));
            n->set_host("127.0.0.1");
            n->set_port(ports.at(i));
            n->set_user(sstr(m_server->userName()));
            ServiceSpec *svc = n->add_services();
            svc->set_id("host");
            svc->set_technology(HOST);
        }
        return spec;
    }

    static const NodeStatus *status(ClusterState &state, const char *nodeId)
    {
        state.refresh();
        for (const NodeStatus &n : state.snapshot().nodes())
            if (n.node_id() == nodeId)
                return &n;
        return nullptr;
    }
    static bool live(ClusterState &state, const char *nodeId)
    {
        const NodeStatus *n = status(state, nodeId);
        return n && !n->stale() && n->reachability() == REACHABLE;
    }
    static bool stale(ClusterState &state, const char *nodeId)
    {
        const NodeStatus *n = status(state, nodeId);
        return n && n->stale();
    }

    void trustServer()
    {
        QFile f(m_server->knownHostsPath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(m_server->knownHostsLine().toUtf8() + '\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("SSH_AUTH_SOCK");
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<SshServer>(m_dir.path());
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }

    void init()
    {
        if (!m_server->isRunning())
            QVERIFY2(m_server->start(m_server->port()), qPrintable(m_server->error()));
        trustServer();
    }

    void nodeGoesStaleWhenSshdDiesAndReconnects()
    {
        constexpr int interval = 500;
        SshPollOptions options;
        options.initialBackoffMs = 200;
        options.maxBackoffMs = 800;
        SshSource source(cluster(1, interval), settings(), options);
        ClusterState state;
        state.setSpec(source.spec());
        connect(&source, &SampleSource::samplesReady, &state, &ClusterState::ingestBatch);
        QSignalSpy changes(&source, &SshSource::connectionChanged);
        LoopWatch watch;
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(live(state, "n0"), 10000);
        QCOMPARE(source.connection(QStringLiteral("n0")).reachability, REACHABLE);
        QVERIFY(state.lastSample(QStringLiteral("n0"))->round_trip_ms() > 0);

        // The test's own process handling (kill, restart) blocks this thread;
        // the loop is measured in the phases where only the source works.
        qint64 maxGap = watch.maxGapMs();
        QElapsedTimer sinceKill;
        m_server->kill();
        sinceKill.start();
        watch.reset();
        QTRY_VERIFY_WITH_TIMEOUT(stale(state, "n0"), 5000);
        const qint64 staleAfter = sinceKill.elapsed();
        qInfo("stale %lld ms after sshd was killed (interval %d ms)", staleAfter, interval);
        QVERIFY2(staleAfter <= 2 * interval + 300, qPrintable(QString::number(staleAfter)));
        QTRY_VERIFY(source.connection(QStringLiteral("n0")).reachability == UNREACHABLE);
        QVERIFY(!source.connection(QStringLiteral("n0")).detail.isEmpty());
        QVERIFY(status(state, "n0")->age_s() >= 0);  // stale with its age, not "never read"

        QTest::qWait(1500);  // a few failed reconnects with backoff
        maxGap = std::max(maxGap, watch.maxGapMs());
        QVERIFY2(m_server->start(m_server->port()), qPrintable(m_server->error()));
        QElapsedTimer sinceRestart;
        sinceRestart.start();
        watch.reset();
        QTRY_VERIFY_WITH_TIMEOUT(live(state, "n0"), 5000);
        qInfo("live again %lld ms after sshd came back", sinceRestart.elapsed());
        bool sawConnecting = false;
        for (const QList<QVariant> &c : changes)
            sawConnecting = sawConnecting || c.at(1).value<Reachability>() == CONNECTING;
        QVERIFY(sawConnecting);
        maxGap = std::max(maxGap, watch.maxGapMs());
        QVERIFY2(maxGap < 50, qPrintable(QStringLiteral("event loop stalled %1 ms").arg(maxGap)));
        QElapsedTimer stopping;
        stopping.start();
        source.stop();
        QVERIFY(stopping.elapsed() < 1000);
    }

    void hangingNodeTimesOutWithoutStallingTheGui()
    {
        QTcpServer silent;  // accepts TCP (kernel backlog) and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        constexpr int interval = 500;
        SshSource source(cluster(1, interval, {silent.serverPort()}), settings());
        ClusterState state;
        state.setSpec(source.spec());
        connect(&source, &SampleSource::samplesReady, &state, &ClusterState::ingestBatch);
        LoopWatch watch;
        QElapsedTimer clock;
        clock.start();
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(live(state, "n0"), 10000);
        QVERIFY(stale(state, "n1"));
        QTRY_VERIFY_WITH_TIMEOUT(source.connection(QStringLiteral("n1")).reachability == TIMED_OUT, 3000);
        qInfo("hanging node reported TIMED_OUT after %lld ms", clock.elapsed());
        QVERIFY(source.connection(QStringLiteral("n1")).detail.contains(QLatin1String("did not answer")));
        QCOMPARE(status(state, "n1")->reachability(), TIMED_OUT);
        QVERIFY(stale(state, "n1"));
        QVERIFY(live(state, "n0"));  // one hung node does not hold up the others
        QTest::qWait(2 * interval);
        QVERIFY(live(state, "n0"));
        QVERIFY2(watch.maxGapMs() < LoopWatch::stallBudgetMs(),
                 qPrintable(QStringLiteral("event loop stalled %1 ms").arg(watch.maxGapMs())));
    }

    void stopDoesNotWaitForAHungConnect()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SshSettings s = settings();
        s.connectTimeoutMs = 30000;
        SshSource source(cluster(0, 1000, {silent.serverPort()}), s);
        source.start();
        QTRY_VERIFY(source.connection(QStringLiteral("n0")).reachability == CONNECTING);
        QTest::qWait(300);
        QElapsedTimer clock;
        clock.start();
        source.stop();
        QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
    }

    void unknownHostKeyIsAskedWithoutBlockingAndRecordedOnAcceptance()
    {
        QFile(m_server->knownHostsPath()).resize(0);
        SshSource source(cluster(1, 500), settings());
        ClusterState state;
        state.setSpec(source.spec());
        connect(&source, &SampleSource::samplesReady, &state, &ClusterState::ingestBatch);
        QSignalSpy asked(&source, &SshSource::hostKeyDecisionNeeded);
        LoopWatch watch;
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 10000);
        const auto question = asked.first().at(1).value<HostKeyQuestion>();
        QVERIFY(question.fingerprint.startsWith(QLatin1String("SHA256:")));
        QCOMPARE(question.nodeId, QStringLiteral("n0"));
        QTest::qWait(700);  // a person thinking; nothing may be recorded or polled meanwhile
        QVERIFY(!live(state, "n0"));
        QCOMPARE(QFile(m_server->knownHostsPath()).size(), 0);
        source.answerHostKey(asked.first().at(0).toULongLong(), true);
        QTRY_VERIFY_WITH_TIMEOUT(live(state, "n0"), 5000);
        QVERIFY(QFile(m_server->knownHostsPath()).size() > 0);
        QCOMPARE(asked.count(), 1);
        QVERIFY2(watch.maxGapMs() < LoopWatch::stallBudgetMs(),
                 qPrintable(QStringLiteral("event loop stalled %1 ms").arg(watch.maxGapMs())));
    }

    void refusedHostKeyParksTheNodeUntilReconnect()
    {
        QFile(m_server->knownHostsPath()).resize(0);
        SshSource source(cluster(1, 300), settings());
        QSignalSpy asked(&source, &SshSource::hostKeyDecisionNeeded);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 10000);
        source.answerHostKey(asked.first().at(0).toULongLong(), false);
        QTRY_VERIFY(source.connection(QStringLiteral("n0")).reachability == HOST_KEY_UNKNOWN);
        QTest::qWait(1500);
        QCOMPARE(asked.count(), 1);  // not nagged every interval
        QCOMPARE(QFile(m_server->knownHostsPath()).size(), 0);
        source.reconnect(QStringLiteral("n0"));
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 2, 5000);
        source.stop();  // refuses the open question and joins
        QCOMPARE(QFile(m_server->knownHostsPath()).size(), 0);
    }

    void changedHostKeyIsAHardStop()
    {
        const QString impostor = m_dir.filePath(QStringLiteral("impostor"));
        QVERIFY(SshServer::generateKey(impostor));
        QFile pub(impostor + QLatin1String(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QList<QByteArray> parts = pub.readAll().split(' ');
        QFile known(m_server->knownHostsPath());
        QVERIFY(known.open(QIODevice::WriteOnly | QIODevice::Truncate));
        known.write(QStringLiteral("[127.0.0.1]:%1 ").arg(m_server->port()).toUtf8() + parts.at(0) + ' ' + parts.at(1) + '\n');
        known.close();
        SshSource source(cluster(1, 300), settings());
        QSignalSpy asked(&source, &SshSource::hostKeyDecisionNeeded);
        QSignalSpy alarm(&source, &SshSource::hostKeyChanged);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(alarm.count(), 1, 10000);
        QVERIFY(alarm.first().at(1).toString().contains(QLatin1String("HOST KEY CHANGED")));
        QCOMPARE(source.connection(QStringLiteral("n0")).reachability, HOST_KEY_CHANGED);
        QTest::qWait(1000);
        QCOMPARE(asked.count(), 0);
        QCOMPARE(source.connection(QStringLiteral("n0")).reachability, HOST_KEY_CHANGED);
    }

    void labClusterNeverConnects()
    {
        ClusterSpec spec = cluster(1, 500);
        spec.set_lab(true);
        SshSource source(spec, settings());
        QSignalSpy batches(&source, &SampleSource::samplesReady);
        source.start();
        QTRY_COMPARE(batches.count(), 1);
        const auto samples = batches.first().at(0).value<QList<NodeSample>>();
        QCOMPARE(samples.size(), 1);
        QCOMPARE(samples.first().reachability(), UNREACHABLE);
        QVERIFY(qstr(samples.first().reachability_detail()).contains(QLatin1String("lab")));
    }

    void measurePollRounds_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<bool>("streaming");
        for (int n : {1, 5, 10}) {
            QTest::addRow("%d nodes, channel per command", n) << n << false;
            QTest::addRow("%d nodes, streaming shell", n) << n << true;
        }
    }

    void measurePollRounds()
    {
        QFETCH(int, nodes);
        QFETCH(bool, streaming);
        constexpr int interval = 1000;
        SshSettings s = settings();
        s.streaming = streaming;
        SshSource source(cluster(nodes, interval), s);
        ClusterState state;
        state.setSpec(source.spec());
        connect(&source, &SampleSource::samplesReady, &state, &ClusterState::ingestBatch);
        QList<double> rounds;
        QHash<std::string, int> seen;
        bool counting = false;
        connect(&source, &SampleSource::samplesReady, this, [&](const QList<NodeSample> &samples) {
            for (const NodeSample &sample : samples) {
                if (sample.reachability() != REACHABLE)
                    continue;
                // The first round of a node includes its connect; counted apart.
                if (seen[sample.node_id()]++ > 0 && counting)
                    rounds << sample.round_trip_ms();
            }
        });
        LoopWatch watch;
        QElapsedTimer connectClock;
        connectClock.start();
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(state.snapshot().nodes().begin(), state.snapshot().nodes().end(),
                                             [](const NodeStatus &n) { return !n.stale(); }),
                                 20000);
        const qint64 allLive = connectClock.elapsed();
        counting = true;
        const double cpuBefore = cpuSeconds();
        QTest::qWait(5 * interval);
        const double cpu = cpuSeconds() - cpuBefore;
        counting = false;
        source.stop();
        QVERIFY(!rounds.isEmpty());
        std::sort(rounds.begin(), rounds.end());
        double sum = 0;
        for (double r : rounds)
            sum += r;
        qInfo("%s N=%d: all live after %lld ms; steady round per node mean %.1f ms, median %.1f ms, max %.1f ms over %lld rounds; "
              "console CPU %.2f ms per node-round; event loop max gap %lld ms",
              streaming ? "streaming" : "polling", nodes, allLive, sum / double(rounds.size()), rounds.at(rounds.size() / 2), rounds.last(), qlonglong(rounds.size()),
              1000.0 * cpu / double(rounds.size()), watch.maxGapMs());
        QVERIFY(rounds.size() >= nodes * 3);
        QVERIFY2(watch.maxGapMs() < LoopWatch::stallBudgetMs(),
                 qPrintable(QStringLiteral("event loop stalled %1 ms").arg(watch.maxGapMs())));
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestSshSource)
#include "tst_sshsource.moc"
