// SPDX-License-Identifier: GPL-3.0-or-later
// Fault matrix (issue #10): sshd killed in the middle of a runbook step, and a
// journal on a full or read-only file system. Real sshd on 127.0.0.1; the
// file system is a tmpfs the test mounts (root) or a file-size limit (not root).
#include "faultfixture.h"
#include "runbook/runbookexecutor.h"
#include "transport/sshcommandrunner.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace mailha;
using namespace mailha::test;

namespace {

/// Counts what reaches the real runner: "refused before the first command" is
/// then a number, not a belief.
class CountingRunner final : public CommandRunner
{
public:
    explicit CountingRunner(CommandRunner *inner)
        : m_inner(inner)
    {
    }
    CommandOutput run(const QString &nodeId, const ProbeCommand &command, int timeoutMs) override
    {
        ++calls;
        return m_inner->run(nodeId, command, timeoutMs);
    }
    bool isLab() const override { return m_inner->isLab(); }
    int calls = 0;

private:
    CommandRunner *m_inner;
};

bool runTool(const QString &program, const QStringList &args, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const bool ok = p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    *output = QString::fromLocal8Bit(p.readAll()).trimmed() + p.errorString();
    return ok;
}

/// A complete one-step run (`true` on n0), journalled.
void runOneStep(CommandRunner *runner, Journal *journal)
{
    RunbookRun run(commandPlan(QStringLiteral("n0"), {{QStringLiteral("true")}}), runner, journal);
    QVERIFY2(run.start(), qPrintable(run.error()));
    QCOMPARE(run.runAll(), RunOutcome::Completed);
}

/// The real runner, counted, and an open journal at `path` that already
/// holds one complete run: "intact" then has something to lose.
struct JournalBench {
    JournalBench(const ClusterSpec &spec, const SshSettings &settings, const QString &path)
        : ssh(spec, settings)
        , runner(&ssh)
        , journal(path)
    {
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        runOneStep(&runner, &journal);
    }
    SshCommandRunner ssh;
    CountingRunner runner;
    Journal journal;
};

int countPhase(const QList<JournalEntry> &entries, JournalPhase phase)
{
    int n = 0;
    for (const JournalEntry &e : entries)
        n += e.phase() == phase;
    return n;
}

} // namespace

class TestFaultRunbook : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SshServer> m_server;
    QString m_mount;  // a tmpfs of this test, unmounted in cleanup()

    ClusterSpec spec() const { return faultCluster(*m_server, {m_server->port()}, 1000); }

    /// A small file system for the journal. Root: a 128 KiB tmpfs; otherwise
    /// an ordinary directory (the callers then use a file-size limit).
    QString smallFileSystem()
    {
        const QString dir = m_dir.filePath(QStringLiteral("fs"));
        QDir().mkpath(dir);
        if (::geteuid() != 0)
            return dir;
        QString out;
        if (!runTool(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                               QStringLiteral("size=128k,mode=0700"), QStringLiteral("tmpfs"), dir},
                     &out))
            qWarning("cannot mount a tmpfs (%s); using a file-size limit instead", qPrintable(out));
        else
            m_mount = dir;
        return dir;
    }

    /// Fills the tmpfs to the last byte; without one, caps file sizes at what
    /// the journal holds now, so its next append fails (EFBIG).
    void fillFileSystem(const QString &dir, const QString &journalPath)
    {
        if (!m_mount.isEmpty()) {
            QFile filler(dir + QLatin1String("/filler"));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
            const QByteArray byte(1, 'x');
            while (filler.write(byte) == 1 && filler.flush()) {
            }
            return;
        }
        ::signal(SIGXFSZ, SIG_IGN);
        rlimit tight{};
        tight.rlim_cur = rlim_t(QFileInfo(journalPath).size());
        tight.rlim_max = RLIM_INFINITY;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &tight), 0);
    }

    void freeFileSystem(const QString &dir)
    {
        if (!m_mount.isEmpty()) {
            QVERIFY(QFile::remove(dir + QLatin1String("/filler")));
            return;
        }
        rlimit open{RLIM_INFINITY, RLIM_INFINITY};
        ::setrlimit(RLIMIT_FSIZE, &open);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<SshServer>(m_dir.path());
    }

    void init() { ensureTrustedServer(*m_server); }

    void cleanup()
    {
        if (!m_mount.isEmpty()) {
            QString out;
            if (!runTool(QStringLiteral("umount"), {m_mount}, &out))
                qWarning("umount %s: %s", qPrintable(m_mount), qPrintable(out));
            m_mount.clear();
        }
    }

    // Row "sshd killed mid-runbook step": the step ends failed-unknown, never
    // done; the run stops there; the next command reconnects.
    void sshdKilledMidStepEndsFailedUnknownNeverDone()
    {
        const QString started = m_dir.filePath(QStringLiteral("step2-started"));
        QFile::remove(started);
        SshCommandRunner runner(spec(), faultSettings(*m_server));
        const RunbookPlan plan = commandPlan(QStringLiteral("n0"),
                                             {{QStringLiteral("true")},
                                              {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("touch \"$0\"; sleep 30"), started},
                                              {QStringLiteral("true")}},
                                             60000);
        Journal journal(m_dir.filePath(QStringLiteral("journal-killed.log")));
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        RunbookExecutor executor(std::make_unique<RunbookRun>(plan, &runner, &journal));
        QSignalSpy finished(&executor, &RunbookExecutor::finished);
        executor.start();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(started), 10000);
        m_server->kill();
        QElapsedTimer sinceKill;
        sinceKill.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        qInfo("run ended %lld ms after sshd was killed mid-step", sinceKill.elapsed());
        QVERIFY2(sinceKill.elapsed() < 5000, "a dead server must not hold the run for the step's whole timeout");
        QCOMPARE(finished.first().at(0).value<RunOutcome>(), RunOutcome::Failed);

        const QList<StepResult> results = executor.results();
        QCOMPARE(results.at(0).state, StepState::Succeeded);
        QCOMPARE(stepStateName(results.at(1).state), QStringLiteral("failed-unknown"));
        QVERIFY2(results.at(1).message.contains(QLatin1String("may have run")), qPrintable(results.at(1).message));
        QCOMPARE(results.at(2).state, StepState::NotStarted);
        QVERIFY(finished.first().at(1).toString().contains(QLatin1String("may have run")));

        const JournalContents contents = readJournal(journal.path());
        bool sawFinished = false;
        for (const JournalEntry &e : contents.entries) {
            if (e.step_index() == 1 && e.phase() == STEP_FINISHED) {
                sawFinished = true;
                QCOMPARE(QString::fromStdString(e.step_state()), QStringLiteral("failed-unknown"));
                QVERIFY(!e.ok());
            }
            QVERIFY2(!(e.step_index() == 1 && e.step_state() == "done"), "a step whose result was lost is never done");
            QVERIFY(e.step_index() != 2);  // nothing ran after it
        }
        QVERIFY(sawFinished);
        QCOMPARE(contents.entries.constLast().phase(), RUN_FINISHED);
        QVERIFY(!contents.entries.constLast().ok());
        QVERIFY(verifyJournal(journal.path()).ok);

        // The journal read back (as the console does after a restart) keeps the distinction.
        JournalContents reread = readJournal(journal.path());
        reread.entries.removeLast();  // as if the console had died before closing the run
        const QList<InterruptedRun> runs = findInterruptedRuns(reread.entries);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().states.at(1), StepState::Unknown);  // the operator must decide it before a resume
        QCOMPARE(runs.first().results.at(1).state, StepState::FailedUnknown);

        QVERIFY2(m_server->start(m_server->port()), qPrintable(m_server->error()));
        const CommandOutput again = runner.run(QStringLiteral("n0"), {QStringLiteral("e"), {QStringLiteral("echo"), QStringLiteral("back")}, {}}, 5000);
        QCOMPARE(again.transportError, QString());
        QCOMPARE(again.standardOutput, QByteArray("back\n"));
    }

    // The contrast: a node that was down before the step was sent gives a
    // plain failure; nothing can have happened there.
    void nodeDownBeforeTheStepIsAPlainFailure()
    {
        m_server->kill();
        SshCommandRunner runner(spec(), faultSettings(*m_server));
        Journal journal(m_dir.filePath(QStringLiteral("journal-down.log")));
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        RunbookRun run(commandPlan(QStringLiteral("n0"), {{QStringLiteral("true")}}), &runner, &journal);
        QVERIFY(run.start());
        QCOMPARE(run.runAll(), RunOutcome::Failed);
        QCOMPARE(run.results().at(0).state, StepState::Failed);
        QVERIFY2(run.results().at(0).message.contains(QLatin1String("refused")), qPrintable(run.results().at(0).message));
    }

    // Row "disk full while writing the journal": refused before the first
    // command, with an error naming the journal; the journal stays intact.
    void fullDiskRefusesTheRunBeforeItsFirstCommand()
    {
        const QString dir = smallFileSystem();
        const QString path = dir + QLatin1String("/journal-faults.log");
        JournalBench bench(spec(), faultSettings(*m_server), path);
        CountingRunner &runner = bench.runner;
        Journal &journal = bench.journal;
        QCOMPARE(runner.calls, 1);
        const QList<JournalEntry> before = readJournal(path).entries;

        fillFileSystem(dir, path);
        RunbookRun refused(commandPlan(QStringLiteral("n0"), {{QStringLiteral("touch"), m_dir.filePath(QStringLiteral("ran"))}}),
                           &runner, &journal);
        const bool startedAnyway = refused.start();
        freeFileSystem(dir);
        QVERIFY(!startedAnyway);
        qInfo("refusal: %s", qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(path), qPrintable(refused.error()));
        QCOMPARE(refused.runAll(), RunOutcome::Refused);
        QCOMPARE(runner.calls, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("ran"))));

        const JournalVerification v = verifyJournal(path);
        QVERIFY2(v.ok, qPrintable(v.problems.join(QLatin1Char('\n'))));
        QCOMPARE(readJournal(path).entries.size(), before.size());
        QVERIFY(findInterruptedRuns(readJournal(path).entries).isEmpty());

        // Space again: the chain continues where it was.
        runOneStep(&runner, &journal);
        QVERIFY(verifyJournal(path).ok);
        QCOMPARE(countPhase(readJournal(path).entries, RUN_STARTED), 2);
    }

    // Row "read-only while writing the journal": the same refusal.
    void readOnlyJournalRefusesTheRunBeforeItsFirstCommand()
    {
        const QString dir = smallFileSystem();
        const QString path = dir + QLatin1String("/journal-faults.log");
        JournalBench bench(spec(), faultSettings(*m_server), path);
        CountingRunner &runner = bench.runner;
        Journal &journal = bench.journal;
        const qsizetype entries = readJournal(path).entries.size();
        QString out;
        if (!m_mount.isEmpty())
            QVERIFY2(runTool(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_mount}, &out),
                     qPrintable(out));
        else
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));

        RunbookRun refused(commandPlan(QStringLiteral("n0"), {{QStringLiteral("true")}}), &runner, &journal);
        QVERIFY(!refused.start());
        qInfo("refusal: %s", qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(path), qPrintable(refused.error()));
        QCOMPARE(runner.calls, 1);
        const JournalVerification v = verifyJournal(path);
        QVERIFY2(v.ok, qPrintable(v.problems.join(QLatin1Char('\n'))));
        QCOMPARE(readJournal(path).entries.size(), entries);
        if (!m_mount.isEmpty())
            QVERIFY2(runTool(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,rw"), m_mount}, &out),
                     qPrintable(out));
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestFaultRunbook)
#include "tst_fault_runbook.moc"
