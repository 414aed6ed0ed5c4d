// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "ctlrun.h"
#include "events.pb.h"
#include "sshserver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <google/protobuf/util/json_util.h>

using namespace mailha;
using namespace mailha::test;

using Run = test::CtlRun;
using test::mailhactl;

class TestMailhactlSsh : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SshServer> m_server;

    QString writeCluster(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(text.toUtf8());
        return path;
    }

    QString nodeText(const QString &id, quint16 port) const
    {
        return QStringLiteral("nodes { id: \"%1\" site: \"a\" host: \"127.0.0.1\" port: %2 user: \"%3\"\n"
                              "  services { id: \"host\" technology: HOST } }\n")
            .arg(id)
            .arg(port)
            .arg(m_server->userName());
    }

    QStringList sshArgs() const
    {
        return {QStringLiteral("--ssh-config"), m_server->clientDir() + QLatin1String("/config"), QStringLiteral("--known-hosts"),
                m_server->knownHostsPath(), QStringLiteral("--ssh-dir"), m_server->clientDir(), QStringLiteral("--timeout"),
                QStringLiteral("2000")};
    }

    void trust(bool yes)
    {
        QFile f(m_server->knownHostsPath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        if (yes)
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

    void readsEveryNodeOnceAndNamesTheUnreadable()
    {
        trust(true);
        const quint16 closed = freeLoopbackPort();
        const QString file = writeCluster(QStringLiteral("two.textproto"),
                                          QStringLiteral("name: \"loop\"\nsites { id: \"a\" }\n") + nodeText(QStringLiteral("up"), m_server->port())
                                              + nodeText(QStringLiteral("down"), closed));
        const Run run = mailhactl(QStringList{QStringLiteral("status"), file} + sshArgs());
        QCOMPARE(run.code, 1);  // a node could not be read
        QVERIFY2(run.err.contains(QLatin1String("down: ")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("refused")));
        QVERIFY(!run.err.contains(QLatin1String("up: ")));
        bool upLive = false, downStale = false;
        for (const QString &line : run.out.split(QLatin1Char('\n'))) {
            const QStringList cols = line.simplified().split(QLatin1Char(' '));
            if (cols.size() > 2 && cols.at(1) == QLatin1String("up"))
                upLive = line.contains(QLatin1String("live"));
            if (cols.size() > 2 && cols.at(1) == QLatin1String("down"))
                downStale = line.contains(QLatin1String("STALE"));
        }
        QVERIFY2(upLive && downStale, qPrintable(run.out));
    }

    void allNodesReadExitsZeroAndPrintsJson()
    {
        trust(true);
        const QString file = writeCluster(QStringLiteral("one.textproto"), QStringLiteral("name: \"loop\"\nsites { id: \"a\" }\n")
                                                                                + nodeText(QStringLiteral("n1"), m_server->port())
                                                                                + nodeText(QStringLiteral("n2"), m_server->port()));
        const Run run = mailhactl(QStringList{QStringLiteral("status"), file, QStringLiteral("--json")} + sshArgs());
        QVERIFY2(run.code == 0, qPrintable(run.err));
        ClusterSnapshot snap;
        QVERIFY(google::protobuf::util::JsonStringToMessage(run.out.toStdString(), &snap).ok());
        QCOMPARE(snap.nodes_size(), 2);
        for (const NodeStatus &n : snap.nodes()) {
            QVERIFY(!n.stale());
            QCOMPARE(n.reachability(), REACHABLE);
        }
    }

    void unknownHostKeyIsRefusedWithItsFingerprint()
    {
        trust(false);
        const QString file = writeCluster(QStringLiteral("new.textproto"), QStringLiteral("name: \"loop\"\nsites { id: \"a\" }\n")
                                                                                + nodeText(QStringLiteral("n1"), m_server->port()));
        const Run run = mailhactl(QStringList{QStringLiteral("status"), file} + sshArgs());
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("SHA256:")), qPrintable(run.err));
        QCOMPARE(QFile(m_server->knownHostsPath()).size(), 0);
    }

    void badFilesAreReportedWithTheirPlace()
    {
        const QString broken = writeCluster(QStringLiteral("broken.textproto"), QStringLiteral("name: \"x\"\nnodes { id: \"n\" hots: \"h\" }\n"));
        Run run = mailhactl({QStringLiteral("status"), broken});
        QCOMPARE(run.code, 65);
        QVERIFY2(run.err.contains(broken + QLatin1String(":2:")), qPrintable(run.err));
        run = mailhactl({QStringLiteral("status"), m_dir.filePath(QStringLiteral("missing.textproto"))});
        QCOMPARE(run.code, 66);
        run = mailhactl({QStringLiteral("status"), QDir(QStringLiteral(MAILHA_TEST_SOURCE_DIR)).filePath(QStringLiteral("resources/clusters/lab.textproto"))});
        QCOMPARE(run.code, 65);
        QVERIFY(run.err.contains(QLatin1String("lab: true")));
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestMailhactlSsh)
#include "tst_mailhactl_ssh.moc"
