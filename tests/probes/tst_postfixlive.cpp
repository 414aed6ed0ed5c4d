// SPDX-License-Identifier: GPL-3.0-or-later
// The Postfix probe against a real Postfix: a private instance (its own
// config and queue directories in a temporary directory, no SMTP listener,
// relaying to a closed loopback port so mail defers), started by the test,
// fed with sendmail, held with postsuper, and finally stopped.
#include "probes/postfixprobe.h"
#include "probetestutil.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest/QtTest>

#include <pwd.h>
#include <unistd.h>

using namespace mailha;
using namespace mailha::test;

class TestPostfixLive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_master;
    QString m_config;

    QHash<QString, QString> params(bool text = false) const
    {
        QHash<QString, QString> p{{QStringLiteral("config_directory"), m_config}};
        if (text)
            p.insert(QStringLiteral("format"), QStringLiteral("text"));
        return p;
    }

    ProbeResult probeQueue(bool text = false, const QString &captureAs = {})
    {
        CommandOutputs outputs;
        for (const ProbeCommand &c : probe(POSTFIX).commands(params(text)))
            outputs.insert(c.key, runLocally(c));
        if (!captureAs.isEmpty() && !qEnvironmentVariableIsEmpty("MAILHA_CAPTURE_DIR")) {
            QFile f(QDir(qEnvironmentVariable("MAILHA_CAPTURE_DIR")).filePath(captureAs));
            if (f.open(QIODevice::WriteOnly))
                f.write(outputs.value(QStringLiteral("queue")).standardOutput);
        }
        return probe(POSTFIX).parse(outputs, params(text));
    }

    bool run(const QStringList &argv, const QByteArray &input = {})
    {
        QProcess p;
        p.start(argv.constFirst(), argv.mid(1));
        if (!p.waitForStarted(10000))
            return false;
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            qWarning("%s: %s", qPrintable(argv.join(QLatin1Char(' '))), p.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    bool send(const QString &from, const QStringList &to)
    {
        return run(QStringList{QStringLiteral("sendmail"), QStringLiteral("-C"), m_config, QStringLiteral("-f"), from} + to,
                   "Subject: probe test\n\nA message the test defers on purpose.\n");
    }

    ProbeResult waitForDeferred(qint64 count)
    {
        ProbeResult r;
        QDeadlineTimer deadline(30000);
        do {
            QThread::msleep(200);
            r = probeQueue();
        } while (!(r.ok() && r.sample.queues().deferred() == count) && !deadline.hasExpired());
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("a private Postfix master must run as root");
        const QString postfix = findProgram(QStringLiteral("postfix"));
        QVERIFY2(!postfix.isEmpty(), "postfix missing (installer/debian-packages.txt lists it)");
        // Postfix's unprivileged daemons must reach the queue under this directory.
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                        | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        m_config = m_dir.filePath(QStringLiteral("conf"));
        const QString queue = m_dir.filePath(QStringLiteral("queue"));
        const QString data = m_dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(m_config) && QDir().mkpath(queue) && QDir().mkpath(data));
        const passwd *pw = ::getpwnam("postfix");
        QVERIFY2(pw, "no postfix user");
        QCOMPARE(::chown(QFile::encodeName(data).constData(), pw->pw_uid, pw->pw_gid), 0);
        QFile main(QDir(m_config).filePath(QStringLiteral("main.cf")));
        QVERIFY(main.open(QIODevice::WriteOnly));
        main.write(QStringLiteral("compatibility_level = 3.6\nqueue_directory = %1\ndata_directory = %2\n"
                                  "mail_owner = postfix\nsetgid_group = postdrop\nmyhostname = mx-test.localdomain\n"
                                  "mydomain = localdomain\nmyorigin = $myhostname\ninet_interfaces = loopback-only\n"
                                  "inet_protocols = ipv4\nmydestination =\nrelayhost = [127.0.0.1]:%3\n"
                                  "smtp_connect_timeout = 1s\nmaillog_file = %4\nmaillog_file_prefixes = %5\n")
                       .arg(queue, data)
                       .arg(freeLoopbackPort())
                       .arg(m_dir.filePath(QStringLiteral("maillog")), m_dir.path())
                       .toUtf8());
        main.close();
        // Debian's master.cf without the SMTP listener: nothing listens on the network.
        QFile master(QStringLiteral("/etc/postfix/master.cf"));
        QVERIFY(master.open(QIODevice::ReadOnly));
        QByteArray services;
        for (const QByteArray &line : master.readAll().split('\n'))
            if (!line.startsWith("smtp ") || !line.contains(" inet "))
                services += line + '\n';
        QFile own(QDir(m_config).filePath(QStringLiteral("master.cf")));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write(services);
        own.close();

        m_master.setProcessChannelMode(QProcess::MergedChannels);
        m_master.start(postfix, {QStringLiteral("-c"), m_config, QStringLiteral("start-fg")});
        QVERIFY(m_master.waitForStarted(10000));
        QDeadlineTimer deadline(20000);
        while (!QFile::exists(queue + QStringLiteral("/public/showq")) && !deadline.hasExpired())
            QThread::msleep(100);
        QThread::msleep(500);
        QFile log(m_dir.filePath(QStringLiteral("maillog")));
        log.open(QIODevice::ReadOnly);
        QVERIFY2(m_master.state() == QProcess::Running, QByteArray(m_master.readAll() + log.readAll()).constData());
    }

    void cleanupTestCase()
    {
        if (m_master.state() != QProcess::NotRunning) {
            run({QStringLiteral("postfix"), QStringLiteral("-c"), m_config, QStringLiteral("stop")});
            if (!m_master.waitForFinished(15000)) {
                m_master.kill();
                m_master.waitForFinished(5000);
            }
        }
    }

    void emptyQueue()
    {
        const ProbeResult r = probeQueue();
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.sample.role(), ACTIVE);
        QCOMPARE(r.sample.queues().deferred() + r.sample.queues().active() + r.sample.queues().incoming(), 0);
        const ProbeResult text = probeQueue(true);
        QVERIFY2(text.ok(), qPrintable(text.error ? text.error->toString() : QString()));
    }

    void deferredMailWithReasonsAndDomains()
    {
        QVERIFY(send(QStringLiteral("alice@example.com"), {QStringLiteral("bob@example.net"), QStringLiteral("carol@example.org")}));
        QVERIFY(send(QStringLiteral("alice@example.com"), {QStringLiteral("dave@example.net")}));
        QVERIFY(send(QStringLiteral("erin@example.com"), {QStringLiteral("frank@example.net")}));
        const ProbeResult r = waitForDeferred(3);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        probeQueue(false, QStringLiteral("postqueue-j-live.jsonl"));
        probeQueue(true, QStringLiteral("postqueue-p-live.txt"));
        const MtaQueues &q = r.sample.queues();
        QCOMPARE(q.deferred(), 3);
        QVERIFY(q.total_bytes() > 3 * 100);
        QVERIFY(q.oldest_age_s() >= 0 && q.oldest_age_s() < 120);
        QCOMPARE(q.top_recipient_domains(0).key(), std::string("example.net"));
        QCOMPARE(q.top_recipient_domains(0).count(), 3);
        QVERIFY2(QString::fromStdString(q.top_deferral_reasons(0).key()).contains(QLatin1String("Connection refused")),
                 q.top_deferral_reasons(0).key().c_str());
        QCOMPARE(q.top_deferral_reasons(0).count(), 4);

        const ProbeResult text = probeQueue(true);
        QVERIFY2(text.ok(), qPrintable(text.error ? text.error->toString() : QString()));
        QCOMPARE(text.sample.queues().deferred(), 3);
        QCOMPARE(text.sample.queues().total_bytes(), q.total_bytes());
        QCOMPARE(text.sample.queues().top_deferral_reasons(0).count(), 4);
    }

    void heldMail()
    {
        QVERIFY(run({QStringLiteral("postsuper"), QStringLiteral("-c"), m_config, QStringLiteral("-h"), QStringLiteral("ALL"),
                     QStringLiteral("deferred")}));
        const ProbeResult r = probeQueue();
        QVERIFY(r.ok());
        QCOMPARE(r.sample.queues().hold(), 3);
        QCOMPARE(r.sample.queues().deferred(), 0);
        const ProbeResult text = probeQueue(true);
        QVERIFY(text.ok());
        QCOMPARE(text.sample.queues().hold(), 3);
    }

    void stoppedPostfixIsFailed()
    {
        QVERIFY(run({QStringLiteral("postfix"), QStringLiteral("-c"), m_config, QStringLiteral("stop")}));
        QVERIFY(m_master.waitForFinished(15000));
        const ProbeResult r = probeQueue();
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.sample.role(), FAILED);
        QCOMPARE(r.sample.health(), CRITICAL);
        QCOMPARE(r.sample.queues().hold(), 3);  // still read from disk
    }
};

QTEST_GUILESS_MAIN(TestPostfixLive)
#include "tst_postfixlive.moc"
