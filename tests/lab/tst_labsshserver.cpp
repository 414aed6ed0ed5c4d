// SPDX-License-Identifier: GPL-3.0-or-later
// The lab's SSH server, reached with the real OpenSSH client.
#include "core/shellquote.h"
#include "lab/labsshserver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mailha;

namespace {
QString generateClientKey(const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(name);
    QProcess keygen;
    keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                                QStringLiteral("-N"), QString(), QStringLiteral("-f"), path});
    keygen.waitForFinished(30000);
    return keygen.exitCode() == 0 ? path : QString();
}
} // namespace

class TestLabSshServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_key;
    QString m_strangerKey;
    QString m_knownHosts;
    quint16 m_portA = 0, m_portB = 0;
    std::unique_ptr<LabSshServer> m_server;

    struct Result {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    Result ssh(quint16 port, const QString &key, const QString &command)
    {
        QProcess p;
        p.start(QStringLiteral("ssh"), {QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-p"),
                                        QString::number(port), QStringLiteral("-i"), key, QStringLiteral("-o"),
                                        QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                                        QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-o"),
                                        QStringLiteral("UserKnownHostsFile=") + m_knownHosts, QStringLiteral("-o"),
                                        QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("trainee@127.0.0.1"), command});
        p.waitForFinished(30000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!test::findProgram(QStringLiteral("ssh")).isEmpty(), "openssh-client is in installer/debian-packages.txt");
        m_key = generateClientKey(m_dir.path(), QStringLiteral("trainee"));
        m_strangerKey = generateClientKey(m_dir.path(), QStringLiteral("stranger"));
        QVERIFY(!m_key.isEmpty() && !m_strangerKey.isEmpty());
        QFile::copy(m_key + QLatin1String(".pub"), m_dir.filePath(QStringLiteral("authorized_keys")));

        m_server = std::make_unique<LabSshServer>([](const QString &node, const QStringList &argv) {
            CommandOutput out;
            out.exitStatus = argv.constFirst() == QLatin1String("false") ? 1 : 0;
            out.standardOutput = (node + QLatin1Char('|') + argv.join(QLatin1Char('|')) + QLatin1Char('\n')).toUtf8();
            return out;
        });
        m_portA = test::freeLoopbackPort();
        m_portB = test::freeLoopbackPort();
        while (m_portB == m_portA)
            m_portB = test::freeLoopbackPort();
        QString error;
        QVERIFY2(m_server->start(QStringLiteral("127.0.0.1"), {{QStringLiteral("db-a"), m_portA}, {QStringLiteral("mx1"), m_portB}},
                                 m_dir.filePath(QStringLiteral("host_key")), m_dir.filePath(QStringLiteral("authorized_keys")),
                                 &error),
                 qPrintable(error));
        QVERIFY(m_server->hostKeyFingerprint().startsWith(QLatin1String("SHA256:")));
        QCOMPARE(QFile(m_dir.filePath(QStringLiteral("host_key"))).permissions()
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions{});
        m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        QFile kh(m_knownHosts);
        QVERIFY(kh.open(QIODevice::WriteOnly));
        kh.write((m_server->knownHostsLine(QStringLiteral("127.0.0.1"), m_portA) + QLatin1Char('\n')
                  + m_server->knownHostsLine(QStringLiteral("127.0.0.1"), m_portB) + QLatin1Char('\n'))
                     .toUtf8());
    }

    void eachPortIsANode()
    {
        Result r = ssh(m_portA, m_key, QStringLiteral("postqueue -j"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("db-a|postqueue|-j\n"));
        r = ssh(m_portB, m_key, QStringLiteral("postqueue -j"));
        QCOMPARE(r.out, QByteArray("mx1|postqueue|-j\n"));
    }

    void quotedArgumentsArriveIntact()
    {
        const QStringList argv{QStringLiteral("psql"), QStringLiteral("-c"), QStringLiteral("SELECT 'a; b' AS \"x\"")};
        const Result r = ssh(m_portA, m_key, shellJoin(argv).text);
        QCOMPARE(r.out, QByteArray("db-a|psql|-c|SELECT 'a; b' AS \"x\"\n"));
    }

    void exitStatusTravels()
    {
        QCOMPARE(ssh(m_portA, m_key, QStringLiteral("false")).exitCode, 1);
    }

    void compoundCommandsAreRefusedNotRun()
    {
        const Result r = ssh(m_portA, m_key, QStringLiteral("postqueue -j; touch /tmp/pwned"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("only simple commands"));
    }

    void unknownKeysAreTurnedAway()
    {
        const Result r = ssh(m_portA, m_strangerKey, QStringLiteral("postqueue -j"));
        QCOMPARE(r.exitCode, 255);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("Permission denied"));
    }

    void cleanupTestCase()
    {
        m_server->stop();
        QVERIFY(m_server->connectionsServed() >= 5);
    }
};

QTEST_GUILESS_MAIN(TestLabSshServer)
#include "tst_labsshserver.moc"
