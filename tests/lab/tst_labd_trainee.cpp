// SPDX-License-Identifier: GPL-3.0-or-later
// A trainee's console against the real mailha-labd: the database-crash
// scenario served over SSH on 127.0.0.1, watched with SshSource, answered
// with the planner's failover runbook over SshCommandRunner, and scored by
// labd as the instructor sees it (its score file, its report, its debrief).
#include "cluster/clusterfile.h"
#include "cluster/clusterstate.h"
#include "core/names.h"
#include "runbook/failoverplanner.h"
#include "runbook/runbookexecutor.h"
#include "scenario.pb.h"
#include "sshserver.h"
#include "testsupport.h"
#include "transport/sshcommandrunner.h"
#include "transport/sshsource.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <google/protobuf/util/json_util.h>

using namespace mailha;
using namespace mailha::test;

namespace {

constexpr int labdSpeed = 20;  // 600 simulated seconds in 30 s; the test needs about 6 of them

/// `count` consecutive ports on 127.0.0.1 that were free a moment ago (labd
/// serves node i at base + i).
quint16 freePortRun(int count)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        const quint16 base = freeLoopbackPort();
        if (base == 0 || base + count > 65535)
            continue;
        bool all = true;
        for (int i = 0; i < count && all; ++i) {
            QTcpServer probe;
            all = probe.listen(QHostAddress::LocalHost, quint16(base + i));
        }
        if (all)
            return base;
    }
    return 0;
}

const ServiceStatus *postgresOf(const ClusterSnapshot &snapshot, const char *nodeId)
{
    for (const NodeStatus &n : snapshot.nodes())
        if (n.node_id() == nodeId)
            for (const ServiceStatus &s : n.services())
                if (s.technology() == POSTGRES)
                    return &s;
    return nullptr;
}

bool servingPrimary(const ClusterSnapshot &snapshot, const char *nodeId)
{
    for (const NodeStatus &n : snapshot.nodes())
        if (n.node_id() == nodeId && (n.stale() || n.reachability() != REACHABLE))
            return false;
    const ServiceStatus *s = postgresOf(snapshot, nodeId);
    return s && s->role() == ACTIVE && s->health() == OK;
}

bool replicationBroken(const ClusterSnapshot &snapshot, const char *toNode)
{
    for (const LinkStatus &l : snapshot.links())
        if (l.to_node() == toNode)
            return l.broken();
    return false;
}

bool answerless(ClusterState &state, const char *nodeId)
{
    state.refresh();
    for (const NodeStatus &n : state.snapshot().nodes())
        if (n.node_id() == nodeId)
            return n.stale() || n.reachability() != REACHABLE;
    return false;
}

} // namespace

class TestLabdTrainee : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void traineeFailsOverTheCrashedPrimaryOverSsh()
    {
        qunsetenv("SSH_AUTH_SOCK");
        QElapsedTimer wall;
        wall.start();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString clientDir = dir.filePath(QStringLiteral("client"));
        QVERIFY(QDir().mkpath(clientDir));
        QString error;
        QVERIFY2(SshServer::generateKey(clientDir + QLatin1String("/id_ed25519"), {}, &error), qPrintable(error));
        QVERIFY2(SshServer::generateKey(dir.filePath(QStringLiteral("host_key")), {}, &error), qPrintable(error));
        QVERIFY(QFile::copy(clientDir + QLatin1String("/id_ed25519.pub"), dir.filePath(QStringLiteral("authorized_keys"))));
        QVERIFY(!writeFile(clientDir, QStringLiteral("config"), {}).isEmpty());

        constexpr int nodes = 12;
        const quint16 base = freePortRun(nodes);
        QVERIFY(base > 0);
        const QString clusterPath = dir.filePath(QStringLiteral("trainee-cluster.textproto"));
        const QString scorePath = dir.filePath(QStringLiteral("score.json"));
        const QString debriefPath = dir.filePath(QStringLiteral("debrief.md"));
        QProcess labd;
        labd.setProgram(QStringLiteral(MAILHA_LABD));
        labd.setArguments({QStringLiteral("db-primary-crash"), QStringLiteral("--listen"),
                           QStringLiteral("127.0.0.1:%1").arg(base), QStringLiteral("--host-key"),
                           dir.filePath(QStringLiteral("host_key")), QStringLiteral("--authorized-keys"),
                           dir.filePath(QStringLiteral("authorized_keys")), QStringLiteral("--speed"),
                           QString::number(labdSpeed), QStringLiteral("--write-cluster"), clusterPath,
                           QStringLiteral("--score-file"), scorePath, QStringLiteral("--debrief"), debriefPath});
        labd.start();
        QVERIFY2(labd.waitForStarted(10'000), qPrintable(labd.errorString()));
        auto stopLabd = qScopeGuard([&labd] {
            if (labd.state() != QProcess::NotRunning) {
                labd.kill();
                labd.waitForFinished(5000);
            }
        });
        QByteArray labdOut;
        QElapsedTimer startup;
        startup.start();
        while (!labdOut.contains("Serving the lab") && startup.elapsed() < 15'000 && labd.state() == QProcess::Running) {
            labd.waitForReadyRead(200);
            labdOut += labd.readAllStandardOutput();
        }
        QVERIFY2(labdOut.contains("Serving the lab"), labd.readAllStandardError().constData());

        // The trainee's side: the cluster file labd wrote, the host key it serves.
        const ClusterFileLoad cluster = loadClusterFile(clusterPath);
        QVERIFY2(cluster.ok(), qPrintable(cluster.errorText()));
        const ClusterSpec &spec = cluster.spec;
        QVERIFY(spec.training());
        QVERIFY(!spec.lab());
        QCOMPARE(spec.nodes_size(), nodes);
        const QByteArray hostKey = readWholeFile(dir.filePath(QStringLiteral("host_key.pub"))).trimmed();
        QVERIFY(!hostKey.isEmpty());
        QByteArray knownHosts;
        for (const Node &n : spec.nodes()) {
            QCOMPARE(n.host(), std::string("127.0.0.1"));
            knownHosts += "[127.0.0.1]:" + QByteArray::number(n.port()) + ' ' + hostKey.split(' ').mid(0, 2).join(' ') + '\n';
        }
        QVERIFY(!writeFile(dir.path(), QStringLiteral("known_hosts"), knownHosts).isEmpty());
        SshSettings settings;
        settings.sshDir = clientDir;
        settings.knownHostsPath = dir.filePath(QStringLiteral("known_hosts"));
        settings.sshConfigPath = clientDir + QLatin1String("/config");

        ClusterState state;
        state.setSpec(spec);
        SshPollOptions poll;
        poll.pollIntervalMs = 250;
        SshSource source(spec, settings, poll);
        connect(&source, &SampleSource::samplesReady, &state, &ClusterState::ingestBatch);
        source.start();
        auto stopSource = qScopeGuard([&source] { source.stop(); });

        // Healthy first, as the trainee's console opens on it ...
        QTRY_VERIFY_WITH_TIMEOUT(servingPrimary(state.snapshot(), "db-a"), 15'000);
        const double connectedAtS = wall.elapsed() / 1000.0;
        // ... then the hidden fault at t+45s shows: db-a stops answering, as a crashed host does.
        QTRY_VERIFY_WITH_TIMEOUT(!servingPrimary(state.snapshot(), "db-a"), 45'000 / labdSpeed + 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(answerless(state, "db-a"), 10'000);
        // The standbys report the loss on their next rounds: the trainee reads the whole picture.
        QTRY_VERIFY_WITH_TIMEOUT(replicationBroken(state.snapshot(), "db-b"), 10'000);
        const double detectedAtS = wall.elapsed() / 1000.0;

        // What the failover wizard does: rank, preflight, pick the runbook, plan.
        const ClusterSnapshot snapshot = state.snapshot();
        const QList<FailoverCandidate> candidates = rankCandidates(spec, snapshot, QStringLiteral("maildb"));
        QVERIFY(!candidates.isEmpty());
        QCOMPARE(candidates.constFirst().node, QStringLiteral("db-b"));
        // Its WAL receiver is down only because its primary is: the planner
        // still offers it, and names the crashed db-a as the node to replace.
        QVERIFY2(candidates.constFirst().eligible, qPrintable(candidates.constFirst().summary()));
        PreflightInput input;
        input.group = QStringLiteral("maildb");
        input.candidate = QStringLiteral("db-b");
        input.mode = FailoverMode::Failover;
        input.nowMs = state.now();
        input.oldPrimaryFenced = true;
        const QList<PreflightCheck> checks = runPreflight(spec, snapshot, input);
        QStringList blocking;
        QVERIFY2(preflightAllows(checks, {}, &blocking), qPrintable(blocking.join(QLatin1String("; "))));
        const QMap<QString, QString> overrides;
        const QString runbookId = runbookFor(spec, QStringLiteral("maildb"), FailoverMode::Failover);
        QCOMPARE(runbookId, QStringLiteral("postgres-failover"));
        const LoadedRunbook rb = findRunbook(runbookId);
        QVERIFY(rb.ok());
        const QMap<QString, QString> offered = failoverParameters(spec, snapshot, QStringLiteral("maildb"), QStringLiteral("db-b"));
        RunbookParams params;
        for (const Parameter &p : rb.runbook.parameters())
            if (offered.contains(qstr(p.name())) && !offered.value(qstr(p.name())).isEmpty())
                params.insert(qstr(p.name()), offered.value(qstr(p.name())));
        QCOMPARE(params.value(QStringLiteral("old_primary")), QStringLiteral("db-a"));
        QCOMPARE(params.value(QStringLiteral("replicas")), QStringLiteral("db-dr"));
        const RunbookPlan plan = planRunbook(rb.runbook, spec, params);
        QVERIFY2(plan.ok(), qPrintable(plan.errors.join(QLatin1Char('\n'))));

        SshCommandRunner runner(spec, settings);
        Journal journal(dir.filePath(QStringLiteral("journal-trainee.log")));
        QVERIFY2(journal.open(&error), qPrintable(error));
        auto run = std::make_unique<RunbookRun>(plan, &runner, &journal);
        run->setOverrides(overrides);
        RunbookExecutor executor(std::move(run));
        connect(&executor, &RunbookExecutor::manualStepWaiting, &executor,
                [&executor](int) { executor.confirmManual(QStringLiteral("db-a is powered off (the instructor confirms)")); });
        bool done = false;
        RunOutcome outcome = RunOutcome::Refused;
        QString message;
        connect(&executor, &RunbookExecutor::finished, this, [&](RunOutcome o, const QString &m) {
            done = true;
            outcome = o;
            message = m;
        });
        executor.start();
        QTRY_VERIFY_WITH_TIMEOUT(done, 30'000);
        QString steps;
        const QList<StepResult> results = executor.results();
        for (int i = 0; i < results.size(); ++i)
            steps += plan.steps.at(i).stepId + QLatin1Char(' ') + stepStateName(results.at(i).state) + QLatin1Char(' ')
                     + results.at(i).message + QLatin1Char('\n');
        QVERIFY2(outcome == RunOutcome::Completed, qPrintable(message + QLatin1Char('\n') + steps));
        const double runbookDoneAtS = wall.elapsed() / 1000.0;

        // The trainee's console sees the new primary; labd's score needs the
        // restore to hold for a simulated minute (3 s at 20x) before it stops.
        QTRY_VERIFY_WITH_TIMEOUT(servingPrimary(state.snapshot(), "db-b"), 10'000);
        QTest::qWait(60'000 / labdSpeed + 1000);
        source.stop();

        // The instructor stops the session: labd reports the score and writes its files.
        labd.terminate();
        QVERIFY(labd.waitForFinished(15'000));
        labdOut += labd.readAllStandardOutput();
        QCOMPARE(labd.exitStatus(), QProcess::NormalExit);
        QVERIFY2(labdOut.contains("RTO achieved"), labdOut.constData());

        ScenarioScore score;
        const QByteArray json = readWholeFile(scorePath);
        QVERIFY2(google::protobuf::util::JsonStringToMessage(json.toStdString(), &score).ok(), json.constData());
        const QString timeline = qstr(score.DebugString());
        QCOMPARE(score.scenario(), std::string("db-primary-crash"));
        QVERIFY2(score.detected(), qPrintable(timeline));
        QVERIFY2(score.restored(), qPrintable(timeline));
        QVERIFY2(score.rto_achieved_s() > 0 && score.rto_achieved_s() <= 180, qPrintable(timeline));
        QVERIFY2(score.rto_met(), qPrintable(timeline));
        QVERIFY2(score.rpo_met(), qPrintable(timeline));  // RPO 0: the synchronous standby had every write
        QCOMPARE(score.data_lost_bytes(), qint64(0));
        QVERIFY2(score.passed(), qPrintable(timeline));
        // The runbook's commands reached labd as operator actions, the promotion among them.
        QVERIFY2(score.actions() >= 4, qPrintable(timeline));
        QCOMPARE(score.actions_failed(), 0);
        bool promoted = false;
        for (const std::string &line : score.timeline())
            promoted = promoted || qstr(line).contains(QLatin1String("db-b promoted"));
        QVERIFY2(promoted, qPrintable(timeline));

        const QString debrief = QString::fromUtf8(readWholeFile(debriefPath));
        QVERIFY(debrief.contains(QLatin1String("Time to detection")));
        QVERIFY(debrief.contains(QLatin1String("fault node-crash on db-a")));
        QVERIFY(debrief.contains(QLatin1String("operator: db-b:")));

        qInfo("labd trainee drill at %dx: connected %.1f s, crash seen %.1f s, runbook done %.1f s, whole test %.1f s; "
              "scored RTO %.0f s (objective 180 s), detection %.0f s, %d actions",
              labdSpeed, connectedAtS, detectedAtS, runbookDoneAtS, wall.elapsed() / 1000.0, score.rto_achieved_s(),
              score.time_to_detection_s(), score.actions());
        QVERIFY(wall.elapsed() < 60'000);
    }
};

QTEST_GUILESS_MAIN(TestLabdTrainee)
#include "tst_labd_trainee.moc"
