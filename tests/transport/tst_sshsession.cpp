// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/names.h"
#include "sshserver.h"
#include "testsupport.h"
#include "transport/sshcommandrunner.h"
#include "transport/sshsession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest/QTest>

#include <atomic>
#include <thread>

using namespace mailha;
using namespace mailha::test;

namespace {

/// Answers questions the way a test tells it to and counts them.
class ScriptedPrompter final : public SshPrompter
{
public:
    bool acceptKeys = false;
    std::optional<QByteArray> passphraseAnswer;
    std::atomic<int> hostKeyQuestions{0};
    std::atomic<int> passphraseQuestions{0};
    HostKeyQuestion lastQuestion;

    bool acceptUnknownHostKey(const HostKeyQuestion &question) override
    {
        ++hostKeyQuestions;
        lastQuestion = question;
        return acceptKeys;
    }
    std::optional<QByteArray> passphrase(const PassphraseQuestion &) override
    {
        ++passphraseQuestions;
        return passphraseAnswer;
    }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

} // namespace

class TestSshSession : public QObject
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
        s.connectTimeoutMs = 5000;
        return s;
    }

    SshTarget target() const
    {
        SshTarget t;
        t.nodeId = QStringLiteral("n1");
        t.host = QStringLiteral("127.0.0.1");
        t.port = m_server->port();
        t.user = m_server->userName();
        return t;
    }

    void trustServer() { writeAll(m_server->knownHostsPath(), m_server->knownHostsLine().toUtf8() + '\n'); }

private Q_SLOTS:
    void initTestCase()
    {
        // The test's keys only: never the developer's agent or ~/.ssh.
        qunsetenv("SSH_AUTH_SOCK");
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<SshServer>(m_dir.path());
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }

    void init() { trustServer(); }

    void runsCommandsWithExitStatusAndStreams()
    {
        SshSession session(target(), settings());
        const SshSession::Status status = session.connect();
        QVERIFY2(status.ok(), qPrintable(status.detail));
        CommandOutput out = session.run({QStringLiteral("x"), {QStringLiteral("sh"), QStringLiteral("-c"),
                                                               QStringLiteral("echo out; echo err >&2; exit 3")}, {}},
                                        5000);
        QCOMPARE(out.transportError, QString());
        QCOMPARE(out.exitStatus, 3);
        QCOMPARE(out.standardOutput, QByteArray("out\n"));
        QCOMPARE(out.standardError, QByteArray("err\n"));
        out = session.run({QStringLiteral("env"), {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("printf %s \"$MAILHA_X\"")},
                           {{QStringLiteral("MAILHA_X"), QStringLiteral("a b'c")}}},
                          5000);
        QCOMPARE(out.standardOutput, QByteArray("a b'c"));
        QCOMPARE(out.exitStatus, 0);
    }

    void hostileArgumentsNeverReachTheShellUnquoted()
    {
        SshSession session(target(), settings());
        QVERIFY(session.connect().ok());
        const QString marker = m_dir.filePath(QStringLiteral("pwned"));
        const QStringList hostile{QStringLiteral("a'b"), QStringLiteral("x; touch ") + marker,
                                  QStringLiteral("$(touch ") + marker + QLatin1Char(')'),
                                  QStringLiteral("`touch ") + marker + QLatin1Char('`'),
                                  QStringLiteral("line1\ntouch ") + marker, QStringLiteral("*"), QStringLiteral("-n")};
        for (const QString &arg : hostile) {
            const CommandOutput out = session.run({QStringLiteral("p"), {QStringLiteral("printf"), QStringLiteral("%s"), arg}, {}}, 5000);
            QCOMPARE(QString::fromUtf8(out.standardOutput), arg);
            QCOMPARE(out.exitStatus, 0);
        }
        QVERIFY(!QFile::exists(marker));
    }

    void streamedCommandsGiveWhatPolledCommandsGive()
    {
        SshSession session(target(), settings());
        QVERIFY(session.connect().ok());
        const QString sh = QStringLiteral("sh");
        const QString c = QStringLiteral("-c");
        const QList<ProbeCommand> commands{
            {QStringLiteral("a"), {sh, c, QStringLiteral("echo out; echo err >&2; exit 3")}, {}},
            {QStringLiteral("b"), {QStringLiteral("printf"), QStringLiteral("%s"), QStringLiteral("no newline")}, {}},
            {QStringLiteral("c"), {QStringLiteral("printf"), QStringLiteral("%s\n"), QStringLiteral("$(touch x) 'q' ;\n`id`")}, {}},
            // Output that looks like a marker must not end the command early.
            {QStringLiteral("d"), {QStringLiteral("printf"), QStringLiteral("\n__mailha_0__ 0\nafter\n")}, {}},
            {QStringLiteral("e"), {sh, c, QStringLiteral("printf %s \"$MAILHA_X\"")}, {{QStringLiteral("MAILHA_X"), QStringLiteral("a b'c")}}},
            {QStringLiteral("f"), {sh, c, QStringLiteral("read line; echo \"stdin:$line\"")}, {}},  // stdin is /dev/null
            {QStringLiteral("g"), {sh, c, QStringLiteral("seq 1 20000")}, {}},
        };
        for (const ProbeCommand &command : commands) {
            const CommandOutput polled = session.run(command, 5000);
            const CommandOutput streamed = session.runStreamed(command, 5000);
            QCOMPARE(streamed.transportError, QString());
            QCOMPARE(streamed.standardOutput, polled.standardOutput);
            QCOMPARE(streamed.standardError, polled.standardError);
            QCOMPARE(streamed.exitStatus, polled.exitStatus);
        }
        // A stuck command times out; the next one gets a fresh shell.
        QVERIFY(session.runStreamed({QStringLiteral("s"), {QStringLiteral("sleep"), QStringLiteral("5")}, {}}, 300).timedOut);
        const CommandOutput after = session.runStreamed({QStringLiteral("t"), {QStringLiteral("echo"), QStringLiteral("ok")}, {}}, 5000);
        QCOMPARE(after.standardOutput, QByteArray("ok\n"));
        QCOMPARE(after.exitStatus, 0);

        QElapsedTimer clock;
        clock.start();
        constexpr int rounds = 50;
        for (int i = 0; i < rounds; ++i)
            QCOMPARE(session.runStreamed({QStringLiteral("t"), {QStringLiteral("true")}, {}}, 5000).exitStatus, 0);
        qInfo("streamed command on one long-lived shell: %.2f ms", double(clock.nsecsElapsed()) / 1e6 / rounds);
    }

    void timesOutALongCommandAndKeepsTheSession()
    {
        SshSession session(target(), settings());
        QVERIFY(session.connect().ok());
        QElapsedTimer clock;
        clock.start();
        const CommandOutput out = session.run({QStringLiteral("s"), {QStringLiteral("sleep"), QStringLiteral("5")}, {}}, 300);
        QVERIFY(out.timedOut);
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(session.status().reachability, TIMED_OUT);
        QVERIFY(session.isConnected());
        QCOMPARE(session.run({QStringLiteral("t"), {QStringLiteral("true")}, {}}, 5000).exitStatus, 0);
    }

    void unknownHostKeyIsRefusedUntilAccepted()
    {
        writeAll(m_server->knownHostsPath(), "");
        ScriptedPrompter prompter;
        {
            SshSession session(target(), settings(), &prompter);
            const SshSession::Status status = session.connect();
            QCOMPARE(status.reachability, HOST_KEY_UNKNOWN);
            QVERIFY(status.detail.contains(QLatin1String("SHA256:")));
            QCOMPARE(prompter.hostKeyQuestions.load(), 1);
            QVERIFY(prompter.lastQuestion.fingerprint.startsWith(QLatin1String("SHA256:")));
            QCOMPARE(prompter.lastQuestion.keyType, QStringLiteral("ssh-ed25519"));
            QCOMPARE(prompter.lastQuestion.port, m_server->port());
            QVERIFY(readAll(m_server->knownHostsPath()).isEmpty());
        }
        {
            SshSession session(target(), settings());  // nobody to ask: refused
            QCOMPARE(session.connect().reachability, HOST_KEY_UNKNOWN);
        }
        prompter.acceptKeys = true;
        {
            SshSession session(target(), settings(), &prompter);
            const SshSession::Status status = session.connect();
            QVERIFY2(status.ok(), qPrintable(status.detail));
            QCOMPARE(prompter.hostKeyQuestions.load(), 2);
            QVERIFY(readAll(m_server->knownHostsPath()).contains(m_server->knownHostsLine().section(QLatin1Char(' '), 2).toLatin1()));
        }
        prompter.acceptKeys = false;
        SshSession again(target(), settings(), &prompter);
        QVERIFY(again.connect().ok());
        QCOMPARE(prompter.hostKeyQuestions.load(), 2);  // recorded: not asked again
    }

    void changedHostKeyIsAlwaysRefused()
    {
        const QString otherKey = m_dir.filePath(QStringLiteral("impostor"));
        QVERIFY(SshServer::generateKey(otherKey));
        const QList<QByteArray> pub = readAll(otherKey + QLatin1String(".pub")).split(' ');
        const QByteArray line = QStringLiteral("[127.0.0.1]:%1 ").arg(m_server->port()).toUtf8() + pub.at(0) + ' ' + pub.at(1) + '\n';
        writeAll(m_server->knownHostsPath(), line);
        ScriptedPrompter prompter;
        prompter.acceptKeys = true;  // even a person who would accept anything is not asked
        for (int attempt = 0; attempt < 2; ++attempt) {
            SshSession session(target(), settings(), &prompter);
            const SshSession::Status status = session.connect();
            QCOMPARE(status.reachability, HOST_KEY_CHANGED);
            QVERIFY(status.detail.contains(QLatin1String("HOST KEY CHANGED")));
            QVERIFY(status.detail.contains(session.hostKeyFingerprint()));
            QVERIFY(!session.isConnected());
        }
        QCOMPARE(prompter.hostKeyQuestions.load(), 0);
        QCOMPARE(readAll(m_server->knownHostsPath()), line);
    }

    void authenticationFailureSaysWhy()
    {
        const QString strangerDir = m_dir.filePath(QStringLiteral("stranger"));
        QVERIFY(QDir().mkpath(strangerDir));
        QVERIFY(SshServer::generateKey(strangerDir + QLatin1String("/id_ed25519")));
        SshSettings s = settings();
        s.sshDir = strangerDir;
        SshSession session(target(), s);
        const SshSession::Status status = session.connect();
        QCOMPARE(status.reachability, AUTH_FAILED);
        QVERIFY2(status.detail.contains(QLatin1String("publickey")), qPrintable(status.detail));
    }

    void passphraseIsAskedAndNeverStored()
    {
        const QString keyDir = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(keyDir));
        const QString key = keyDir + QLatin1String("/id_ed25519");
        QVERIFY(SshServer::generateKey(key, QStringLiteral("correct horse")));
        QVERIFY(m_server->authorize(key + QLatin1String(".pub")));
        SshSettings s = settings();
        s.sshDir = keyDir;
        ScriptedPrompter prompter;
        {
            SshSession session(target(), s, &prompter);
            QCOMPARE(session.connect().reachability, AUTH_FAILED);  // skipped: no passphrase given
            QVERIFY(prompter.passphraseQuestions.load() >= 1);
        }
        prompter.passphraseAnswer = QByteArray("correct horse");
        SshSession session(target(), s, &prompter);
        const SshSession::Status status = session.connect();
        QVERIFY2(status.ok(), qPrintable(status.detail));
        // Nothing under the key directory or the known_hosts learnt the passphrase.
        for (const QString &f : QDir(keyDir).entryList(QDir::Files))
            QVERIFY(!readAll(keyDir + QLatin1Char('/') + f).contains("correct horse"));
    }

    void sshConfigAliasIsHonoured()
    {
        const QString config = m_dir.filePath(QStringLiteral("alias_config"));
        writeAll(config, QStringLiteral("Host mailnode\n  HostName 127.0.0.1\n  Port %1\n  User %2\n  IdentityFile %3\n")
                             .arg(m_server->port())
                             .arg(m_server->userName(), m_server->clientKeyPath())
                             .toUtf8());
        SshSettings s = settings();
        s.sshConfigPath = config;
        s.sshDir = m_dir.filePath(QStringLiteral("empty"));  // the key must come from IdentityFile
        QVERIFY(QDir().mkpath(s.sshDir));
        SshTarget t;
        t.nodeId = QStringLiteral("alias");
        t.host = QStringLiteral("mailnode");
        SshSession session(t, s);
        const SshSession::Status status = session.connect();
        QVERIFY2(status.ok(), qPrintable(status.detail));
        QCOMPARE(session.resolvedAddress(), QStringLiteral("%1@127.0.0.1:%2").arg(m_server->userName()).arg(m_server->port()));
    }

    void jumpHostIsUsed()
    {
        const QString ssh = findProgram(QStringLiteral("ssh"));
        QVERIFY2(!ssh.isEmpty(), "ssh (openssh-client) is needed for ProxyJump");
        // The hop is the test server itself; its ssh reads only the test's config.
        const QString config = m_dir.filePath(QStringLiteral("jump_config"));
        writeAll(config, QStringLiteral("Host *\n  IdentityFile %1\n  IdentitiesOnly yes\n").arg(m_server->clientKeyPath()).toUtf8());
        SshSettings s = settings();
        s.sshConfigPath = config;
        s.sshProgram = ssh;
        SshTarget t = target();
        t.jumpHost = QStringLiteral("%1@127.0.0.1:%2").arg(m_server->userName()).arg(m_server->port());
        SshSession session(t, s);
        const SshSession::Status status = session.connect();
        QVERIFY2(status.ok(), qPrintable(status.detail));
        const CommandOutput out = session.run({QStringLiteral("e"), {QStringLiteral("echo"), QStringLiteral("via jump")}, {}}, 5000);
        QCOMPARE(out.standardOutput, QByteArray("via jump\n"));
    }

    void hangingServerTimesOut()
    {
        QTcpServer silent;  // the kernel accepts; nobody ever answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SshTarget t = target();
        t.port = silent.serverPort();
        SshSettings s = settings();
        s.connectTimeoutMs = 600;
        SshSession session(t, s);
        QElapsedTimer clock;
        clock.start();
        const SshSession::Status status = session.connect();
        QCOMPARE(status.reachability, TIMED_OUT);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(status.detail.contains(QLatin1String("did not answer")));
    }

    void refusedPortIsUnreachable()
    {
        SshTarget t = target();
        t.port = freeLoopbackPort();
        SshSession session(t, settings());
        const SshSession::Status status = session.connect();
        QCOMPARE(status.reachability, UNREACHABLE);
        QVERIFY(status.detail.contains(QLatin1String("refused")));
    }

    void interruptCutsAHungConnectShort()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        SshTarget t = target();
        t.port = silent.serverPort();
        SshSettings s = settings();
        s.connectTimeoutMs = 20000;
        SshSession session(t, s);
        std::thread stopper([&] {
            QThread::msleep(200);
            session.interrupt();
        });
        QElapsedTimer clock;
        clock.start();
        const SshSession::Status status = session.connect();
        stopper.join();
        QVERIFY(!status.ok());
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
    }

    void hostileHostNamesAreRefusedBeforeAnyConnect()
    {
        SshTarget t = target();
        t.host = QStringLiteral("127.0.0.1;touch /tmp/x");
        SshSession session(t, settings());
        const SshSession::Status status = session.connect();
        QCOMPARE(status.reachability, UNREACHABLE);
        QVERIFY(status.detail.contains(QLatin1String("refusing")));
    }

    void commandRunnerReusesOneSessionPerNode()
    {
        ClusterSpec spec;
        spec.set_name("t");
        Node *n = spec.add_nodes();
        n->set_id("n1");
        n->set_host("127.0.0.1");
        n->set_port(m_server->port());
        n->set_user(sstr(m_server->userName()));
        SshCommandRunner runner(spec, settings());
        QVERIFY(!runner.isLab());
        const ProbeCommand pid{QStringLiteral("ppid"), {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $PPID")}, {}};
        const CommandOutput first = runner.run(QStringLiteral("n1"), pid, 5000);
        QCOMPARE(first.exitStatus, 0);
        QVERIFY(!runner.run(QStringLiteral("nope"), pid, 5000).transportError.isEmpty());

        // Per-channel cost on an open session (loopback, TCP_NODELAY on).
        QElapsedTimer clock;
        clock.start();
        constexpr int rounds = 50;
        for (int i = 0; i < rounds; ++i)
            QCOMPARE(runner.run(QStringLiteral("n1"), {QStringLiteral("t"), {QStringLiteral("true")}, {}}, 5000).exitStatus, 0);
        const double perChannelMs = double(clock.nsecsElapsed()) / 1e6 / rounds;
        qInfo("channel open+exec+read+close on one session: %.2f ms", perChannelMs);
        // Loose: the machine is shared; a stuck read or Nagle would show as seconds.
        QVERIFY2(perChannelMs < 250, "a channel takes far too long");

        ClusterSpec lab = spec;
        lab.set_lab(true);
        SshCommandRunner labRunner(lab, settings());
        QVERIFY(labRunner.run(QStringLiteral("n1"), pid, 5000).transportError.contains(QLatin1String("lab")));
    }

    void sshdKilledMidCommandEndsTheCallPromptly()
    {
        SshSession session(target(), settings());
        QVERIFY(session.connect().ok());
        // The session works on its own thread, as in the console; the server
        // (a QProcess of this thread) dies under it.
        CommandOutput out;
        qint64 tookMs = 0;
        std::thread worker([&] {
            QElapsedTimer clock;
            clock.start();
            out = session.run({QStringLiteral("s"), {QStringLiteral("sleep"), QStringLiteral("20")}, {}}, 15000);
            tookMs = clock.elapsed();
        });
        QThread::msleep(300);
        m_server->kill();
        worker.join();
        QVERIFY2(tookMs < 3000, qPrintable(QString::number(tookMs)));
        QVERIFY(!out.transportError.isEmpty() || out.exitStatus != 0);
        QVERIFY(!session.isConnected());
        QCOMPARE(session.status().reachability, UNREACHABLE);
        QCOMPARE(session.connect().reachability, UNREACHABLE);  // nothing listens any more
        QVERIFY2(m_server->start(m_server->port()), qPrintable(m_server->error()));
        QVERIFY(session.connect().ok());  // and back
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_sshsession.moc"
