// SPDX-License-Identifier: GPL-3.0-or-later
// Fault matrix (issue #10): nodes that are unreachable at start, flapping, or
// present a changed host key; against a real OpenSSH sshd on 127.0.0.1.
#include "alerts/alertengine.h"
#include "faultfixture.h"
#include "loopwatch.h"
#include "runbook/runbookrun.h"
#include "transport/sshcommandrunner.h"
#include "transport/sshsource.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mailha;
using namespace mailha::test;

namespace {

/// Accepts TCP on 127.0.0.1 and hangs up at once: a port where something
/// else than sshd listens, or a daemon that crashes on every connection.
class HangUpServer final : public QTcpServer
{
public:
    HangUpServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                s->abort();
                s->deleteLater();
            }
        });
    }
};

const Alert *staleAlert(const AlertEngine &engine, bool activeOnly)
{
    for (const Alert &a : engine.alerts())
        if (a.key == QLatin1String("stale/n0") && (a.active() || !activeOnly))
            return &a;
    return nullptr;
}

QByteArray fileContents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestFaultConnectivity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SshServer> m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<SshServer>(m_dir.path());
    }

    void init()
    {
        m_server->setExtraConfig({});
        ensureTrustedServer(*m_server);
    }

    // Row "node unreachable at start": stale/unreachable with a reason; the others unaffected.
    void unreachableAtStartIsStaleWithReasonOthersUnaffected()
    {
        const quint16 refused = freeLoopbackPort();  // nothing listens
        HangUpServer hangUp;
        QVERIFY(hangUp.listen(QHostAddress::LocalHost, 0));
        constexpr int interval = 400;
        SshSource source(faultCluster(*m_server, {m_server->port(), refused, hangUp.serverPort()}, interval),
                         faultSettings(*m_server));
        ClusterState state;
        state.setSpec(source.spec());
        connect(&source, &SampleSource::samplesReady, &state, &ClusterState::ingestBatch);
        LoopWatch watch;
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(isLive(state, QStringLiteral("n0")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(source.connection(QStringLiteral("n1")).reachability == UNREACHABLE, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(source.connection(QStringLiteral("n2")).reachability == UNREACHABLE, 5000);
        const QString refusedWhy = source.connection(QStringLiteral("n1")).detail;
        const QString hangUpWhy = source.connection(QStringLiteral("n2")).detail;
        QVERIFY2(refusedWhy.contains(QLatin1String("refused")), qPrintable(refusedWhy));
        QVERIFY2(hangUpWhy.contains(QStringLiteral("127.0.0.1")), qPrintable(hangUpWhy));
        QVERIFY(isStale(state, QStringLiteral("n1")));
        QVERIFY(isStale(state, QStringLiteral("n2")));
        QCOMPARE(qstr(nodeStatus(state, QStringLiteral("n1"))->reachability_detail()), refusedWhy);
        // Several intervals of failed reconnects: the good node keeps its pace.
        const int before = int(state.lastSample(QStringLiteral("n0"))->time_ms() / interval);
        QTest::qWait(4 * interval);
        QVERIFY(isLive(state, QStringLiteral("n0")));
        QVERIFY(state.lastSample(QStringLiteral("n0"))->time_ms() / interval >= before + 2);
        QVERIFY2(watch.maxGapMs() < LoopWatch::stallBudgetMs(),
                 qPrintable(QStringLiteral("event loop stalled %1 ms").arg(watch.maxGapMs())));
    }

    // Row "node flapping": alerts do not storm; the anti-flap window holds.
    void flappingNodeRaisesOneAlertPerHoldWindow()
    {
        constexpr int interval = 300;
        constexpr qint64 hold = 8000;
        SshPollOptions options;
        options.initialBackoffMs = 100;
        options.maxBackoffMs = 300;
        SshSource source(faultCluster(*m_server, {m_server->port()}, interval), faultSettings(*m_server), options);
        ClusterState state;
        state.setSpec(source.spec());
        AlertEngine alerts;
        alerts.setHoldMs(hold);
        alerts.attach(&state);
        connect(&source, &SampleSource::samplesReady, &state, &ClusterState::ingestBatch);
        QSignalSpy raised(&alerts, &AlertEngine::alertRaised);
        QSignalSpy cleared(&alerts, &AlertEngine::alertCleared);
        QSignalSpy events(&state, &ClusterState::eventAdded);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(isLive(state, QStringLiteral("n0")), 10000);
        QVERIFY(!staleAlert(alerts, true));

        constexpr int flaps = 3;
        QElapsedTimer flapping;
        flapping.start();
        for (int i = 0; i < flaps; ++i) {
            m_server->kill();
            QTRY_VERIFY_WITH_TIMEOUT(isStale(state, QStringLiteral("n0")), 5000);
            QTRY_VERIFY_WITH_TIMEOUT(staleAlert(alerts, true), 3000);
            QVERIFY2(m_server->start(m_server->port()), qPrintable(m_server->error()));
            QTRY_VERIFY_WITH_TIMEOUT(isLive(state, QStringLiteral("n0")), 5000);
        }
        qInfo("%d flaps in %lld ms", flaps, flapping.elapsed());
        QVERIFY2(flapping.elapsed() < hold, "the flaps must fall inside one hold window for this test to mean anything");

        auto staleRaises = [&] {
            int n = 0;
            for (const QList<QVariant> &args : raised)
                n += args.first().value<Alert>().key == QLatin1String("stale/n0");
            return n;
        };
        QCOMPARE(staleRaises(), 1);
        int raisedEvents = 0;
        for (const QList<QVariant> &args : events)
            raisedEvents += args.first().value<ClusterEvent>().kind() == ALERT_RAISED
                            && args.first().value<ClusterEvent>().node_id() == "n0"
                            && QString::fromStdString(args.first().value<ClusterEvent>().message()).contains(QLatin1String("stale"));
        QCOMPARE(raisedEvents, 1);
        int staleClears = 0;
        for (const QList<QVariant> &args : cleared)
            staleClears += args.first().value<Alert>().key == QLatin1String("stale/n0");
        QVERIFY(staleClears <= 1);  // the first recovery, before it was known to flap
        // Live again but still flapping: the alert stays until a quiet window passed.
        const Alert *held = staleAlert(alerts, true);
        QVERIFY(held);
        QVERIFY2(held->flaps >= flaps - 1, qPrintable(QString::number(held->flaps)));
        QTRY_VERIFY_WITH_TIMEOUT(!staleAlert(alerts, true), int(hold) + 3000);
        QCOMPARE(staleRaises(), 1);
    }

    // Row "host key changed": a hard stop, nothing sent; neither by the poller nor by a runbook.
    void changedHostKeyIsAHardStopAndNothingIsSent()
    {
        const QString log = m_dir.filePath(QStringLiteral("commands.log"));
        QFile::remove(log);
        QVERIFY(logServerCommands(*m_server, m_dir.filePath(QStringLiteral("logcommands.sh")), log));
        m_server->kill();
        ensureTrustedServer(*m_server);
        const ClusterSpec spec = faultCluster(*m_server, {m_server->port()}, 300);
        const ProbeCommand marker{QStringLiteral("m"), {QStringLiteral("echo"), QStringLiteral("reached-the-node")}, {}};
        {
            // The control: with the right key the same path does reach the node and is logged.
            SshCommandRunner runner(spec, faultSettings(*m_server));
            QCOMPARE(runner.run(QStringLiteral("n0"), marker, 5000).exitStatus, 0);
            QVERIFY(fileContents(log).contains("reached-the-node"));
        }
        QFile::remove(log);

        const QString impostor = m_dir.filePath(QStringLiteral("impostor"));
        QVERIFY(SshServer::generateKey(impostor));
        const QList<QByteArray> pub = fileContents(impostor + QLatin1String(".pub")).split(' ');
        const QByteArray poisoned = QStringLiteral("[127.0.0.1]:%1 ").arg(m_server->port()).toUtf8() + pub.at(0) + ' ' + pub.at(1) + '\n';
        {
            QFile known(m_server->knownHostsPath());
            QVERIFY(known.open(QIODevice::WriteOnly | QIODevice::Truncate));
            known.write(poisoned);
        }

        SshSource source(spec, faultSettings(*m_server));
        QSignalSpy asked(&source, &SshSource::hostKeyDecisionNeeded);
        QSignalSpy alarm(&source, &SshSource::hostKeyChanged);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(alarm.count(), 1, 10000);
        QVERIFY(alarm.first().at(1).toString().contains(QLatin1String("HOST KEY CHANGED")));

        // A runbook step against the same node: refused before anything is sent,
        // a plain failure (never "done", and not "may have run").
        SshCommandRunner runner(spec, faultSettings(*m_server));
        const RunbookPlan plan = commandPlan(QStringLiteral("n0"), {marker.argv}, 5000);
        Journal journal(m_dir.filePath(QStringLiteral("journal-hostkey.log")));
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        RunbookRun run(plan, &runner, &journal);
        QVERIFY2(run.start(), qPrintable(run.error()));
        QCOMPARE(run.runAll(), RunOutcome::Failed);
        QCOMPARE(run.results().at(0).state, StepState::Failed);
        QVERIFY2(run.results().at(0).message.contains(QLatin1String("HOST KEY CHANGED")), qPrintable(run.results().at(0).message));

        QTest::qWait(1000);  // several poll intervals: still stopped, never asked
        source.stop();
        QCOMPARE(source.connection(QStringLiteral("n0")).reachability, HOST_KEY_CHANGED);
        QCOMPARE(asked.count(), 0);
        QVERIFY2(!QFile::exists(log), fileContents(log).constData());
        QCOMPARE(fileContents(m_server->knownHostsPath()), poisoned);
        QVERIFY(verifyJournal(journal.path()).ok);
    }

    // An accepted unknown key is recorded in a known_hosts that only its owner can read or change.
    void acceptedHostKeyIsRecordedOwnerOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("fresh/.ssh/known_hosts"));
        QVERIFY(!QFile::exists(path));
        SshSettings settings = faultSettings(*m_server);
        settings.knownHostsPath = path;
        SshSource source(faultCluster(*m_server, {m_server->port()}, 300), settings);
        QSignalSpy asked(&source, &SshSource::hostKeyDecisionNeeded);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(asked.count(), 1, 10000);
        QVERIFY(asked.first().at(1).value<HostKeyQuestion>().fingerprint.startsWith(QLatin1String("SHA256:")));
        source.answerHostKey(asked.first().at(0).toULongLong(), true);
        QTRY_COMPARE_WITH_TIMEOUT(source.connection(QStringLiteral("n0")).reachability, REACHABLE, 5000);
        source.stop();
        QVERIFY(fileContents(path).contains(m_server->knownHostsLine().section(QLatin1Char(' '), 2).toLatin1()));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        QCOMPARE(QFileInfo(QFileInfo(path).absolutePath()).permissions() & (QFile::ReadOther | QFile::ExeOther), QFile::Permissions());
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestFaultConnectivity)
#include "tst_fault_connectivity.moc"
