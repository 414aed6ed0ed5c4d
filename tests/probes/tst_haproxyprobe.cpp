// SPDX-License-Identifier: GPL-3.0-or-later
// The HAProxy probe against a real haproxy started on loopback with a stats
// socket: servers UP (a listener the test owns), DOWN (a closed port), MAINT
// (disabled) and DRAIN (set over the socket), read through the probe's own
// command (socat on the socket).
#include "probes/haproxyprobe.h"
#include "probes/probesupport.h"
#include "probetestutil.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QLocalSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest/QtTest>

using namespace mailha;
using namespace mailha::test;

class TestHaproxyProbe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTcpServer m_upServer;
    QProcess m_haproxy;
    QString m_socket;

    QByteArray adminCommand(const QByteArray &command)
    {
        QLocalSocket socket;
        socket.connectToServer(m_socket);
        if (!socket.waitForConnected(3000))
            return {};
        socket.write(command + "\n");
        socket.waitForBytesWritten(3000);
        QByteArray answer;
        while (socket.state() == QLocalSocket::ConnectedState && socket.waitForReadyRead(3000))
            answer += socket.readAll();
        return answer + socket.readAll();
    }

    ProbeResult probeLive(QByteArray *csv = nullptr, const QHash<QString, QString> &extra = {})
    {
        QHash<QString, QString> params = extra;
        params.insert(QStringLiteral("socket"), m_socket);
        CommandOutputs outputs;
        for (const ProbeCommand &c : probe(HAPROXY).commands(params))
            outputs.insert(c.key, runLocally(c));
        if (csv)
            *csv = outputs.value(QStringLiteral("stat")).standardOutput;
        return probe(HAPROXY).parse(outputs, params);
    }

    static QString statusOf(const ServiceSample &s, const char *server)
    {
        for (const HaproxyServer &h : s.haproxy())
            if (h.server() == server)
                return QString::fromStdString(h.status());
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString haproxy = findProgram(QStringLiteral("haproxy"));
        QVERIFY2(!haproxy.isEmpty(), "haproxy missing (installer/debian-packages.txt lists it)");
        QVERIFY2(!findProgram(QStringLiteral("socat")).isEmpty(), "socat missing (installer/debian-packages.txt lists it)");
        QVERIFY(m_upServer.listen(QHostAddress::LocalHost, 0));
        const quint16 down = freeLoopbackPort();
        m_socket = m_dir.filePath(QStringLiteral("admin.sock"));
        const QString config = QStringLiteral(
                                   "global\n"
                                   "    stats socket %1 mode 600 level admin\n"
                                   "defaults\n"
                                   "    mode tcp\n"
                                   "    timeout connect 1s\n"
                                   "    timeout client 5s\n"
                                   "    timeout server 5s\n"
                                   "frontend smtp_fe\n"
                                   "    bind 127.0.0.1:%2\n"
                                   "    default_backend smtp_in\n"
                                   "backend smtp_in\n"
                                   "    server mx1 127.0.0.1:%3 check inter 200ms fall 1 rise 1\n"
                                   "    server mx2 127.0.0.1:%4 check inter 200ms fall 1 rise 1\n"
                                   "    server mx3 127.0.0.1:%3 disabled\n"
                                   "    server mx4 127.0.0.1:%3 check inter 200ms fall 1 rise 1\n"
                                   "backend imap\n"
                                   "    server imap-a 127.0.0.1:%4 check inter 200ms fall 1 rise 1\n")
                                   .arg(m_socket)
                                   .arg(freeLoopbackPort())
                                   .arg(m_upServer.serverPort())
                                   .arg(down);
        QFile f(m_dir.filePath(QStringLiteral("haproxy.cfg")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(config.toUtf8());
        f.close();
        m_haproxy.setProcessChannelMode(QProcess::MergedChannels);
        m_haproxy.start(haproxy, {QStringLiteral("-db"), QStringLiteral("-f"), f.fileName()});
        QVERIFY2(m_haproxy.waitForStarted(10000), qPrintable(m_haproxy.errorString()));
        QDeadlineTimer deadline(15000);
        while (!QFile::exists(m_socket) && !deadline.hasExpired())
            QThread::msleep(50);
        QVERIFY2(QFile::exists(m_socket), m_haproxy.readAll().constData());
        // The admin socket answers a successful command with an empty line.
        QCOMPARE(adminCommand("set server smtp_in/mx4 state drain").trimmed(), QByteArray());
        // Health checks need a few rounds to mark the closed port DOWN.
        ProbeResult r;
        do {
            QThread::msleep(200);
            r = probeLive();
        } while ((statusOf(r.sample, "mx2") != QLatin1String("DOWN") || statusOf(r.sample, "imap-a") != QLatin1String("DOWN"))
                 && !deadline.hasExpired());
    }

    void cleanupTestCase()
    {
        m_haproxy.terminate();
        if (!m_haproxy.waitForFinished(5000)) {
            m_haproxy.kill();
            m_haproxy.waitForFinished(5000);
        }
    }

    void everyServerWithItsState()
    {
        QByteArray csv;
        const ProbeResult r = probeLive(&csv);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        if (!qEnvironmentVariableIsEmpty("MAILHA_CAPTURE_DIR")) {
            QFile f(qEnvironmentVariable("MAILHA_CAPTURE_DIR") + QStringLiteral("/haproxy-show-stat.csv"));
            if (f.open(QIODevice::WriteOnly))
                f.write(csv);
        }
        QCOMPARE(r.sample.haproxy_size(), 5);
        QCOMPARE(statusOf(r.sample, "mx1"), QStringLiteral("UP"));
        QCOMPARE(statusOf(r.sample, "mx2"), QStringLiteral("DOWN"));
        QCOMPARE(statusOf(r.sample, "mx3"), QStringLiteral("MAINT"));
        QCOMPARE(statusOf(r.sample, "mx4"), QStringLiteral("DRAIN"));
        QCOMPARE(statusOf(r.sample, "imap-a"), QStringLiteral("DOWN"));
        QCOMPARE(QString::fromStdString(r.sample.haproxy(0).backend()), QStringLiteral("smtp_in"));
        // The imap backend has no server left: the balancer cannot serve it.
        QCOMPARE(r.sample.health(), CRITICAL);
        // No virtual IP known: a lone balancer serves.
        QCOMPARE(r.sample.role(), ACTIVE);
        QVERIFY(r.sample.addresses_size() > 0);
    }

    void roleFollowsTheVirtualIp()
    {
        // 127.0.0.1 is on this machine's lo: holding it makes this balancer the active one.
        ProbeResult r = probeLive(nullptr, {{QLatin1String(floatingIpsParam), QStringLiteral("127.0.0.1/8")}});
        QCOMPARE(r.sample.role(), ACTIVE);
        r = probeLive(nullptr, {{QLatin1String(floatingIpsParam), QStringLiteral("192.0.2.25/24")}});
        QCOMPARE(r.sample.role(), PASSIVE);
    }

    void sessionsAndQueueAreRead()
    {
        // A client through the frontend would need a real server behind it;
        // the counters must at least be numbers read from the right columns.
        const ProbeResult r = probeLive();
        for (const HaproxyServer &s : r.sample.haproxy()) {
            QVERIFY(s.sessions() >= 0);
            QVERIFY(s.queue() >= 0);
        }
    }

    void newerColumnsAndReorderedHeader()
    {
        const ProbeResult r = probe(HAPROXY).parse({{QStringLiteral("stat"), outputOf(probeFixture(QStringLiteral("haproxy-newer-columns.csv")))}}, {});
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.sample.haproxy_size(), 2);
        QCOMPARE(statusOf(r.sample, "web1"), QStringLiteral("UP"));
        QCOMPARE(r.sample.haproxy(0).sessions(), 7);
        QCOMPARE(r.sample.haproxy(0).queue(), 3);
        QCOMPARE(statusOf(r.sample, "web2"), QStringLiteral("NOLB"));
    }

    void socketMissingIsATypedError()
    {
        QHash<QString, QString> params{{QStringLiteral("socket"), m_dir.filePath(QStringLiteral("nope.sock"))}};
        CommandOutputs outputs;
        for (const ProbeCommand &c : probe(HAPROXY).commands(params))
            outputs.insert(c.key, runLocally(c));
        const ProbeResult r = probe(HAPROXY).parse(outputs, params);
        QVERIFY(!r.ok());
        QCOMPARE(r.error->probe, QStringLiteral("haproxy"));
        QCOMPARE(r.error->command, QStringLiteral("stat"));
        QCOMPARE(r.sample.role(), ROLE_UNKNOWN);
    }
};

QTEST_GUILESS_MAIN(TestHaproxyProbe)
#include "tst_haproxyprobe.moc"
