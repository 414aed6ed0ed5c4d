// SPDX-License-Identifier: GPL-3.0-or-later
// `mailhactl probe`: live on this machine, on captured output, JSON output,
// and a one-line typed error with exit status 65 for output it cannot parse.
#include "command.h"
#include "ctlrun.h"
#include "probetestutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace mailha;
using namespace mailha::test;

using Run = test::CtlRun;
using test::mailhactl;

class TestMailhactlProbe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Fixtures without their provenance header, as an admin's capture would be.
    QString capture(const QString &fixture)
    {
        const QString path = m_dir.filePath(fixture);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(probeFixture(fixture));
        return path;
    }

private Q_SLOTS:
    void listedInTheCommandTable()
    {
        const Run run = mailhactl({QStringLiteral("--help")});
        QVERIFY(run.out.contains(QLatin1String("probe")));
    }

    void liveHostProbe()
    {
        const Run run = mailhactl({QStringLiteral("probe"), QStringLiteral("host")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.startsWith(QLatin1String("ACTIVE")), qPrintable(run.out.left(200)));
        QVERIFY(run.out.contains(QLatin1String("mem_total_bytes")));
    }

    void capturedOutputAsJson()
    {
        const Run run = mailhactl({QStringLiteral("probe"), QStringLiteral("postgres"), QStringLiteral("--input"),
                                   capture(QStringLiteral("postgres-standby-paused.json")), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.isEmpty());
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(o.value(QLatin1String("role")).toString(), QStringLiteral("STANDBY"));
        QCOMPARE(o.value(QLatin1String("health")).toString(), QStringLiteral("CRITICAL"));
        QCOMPARE(o.value(QLatin1String("technology")).toString(), QStringLiteral("POSTGRES"));
        QVERIFY(o.value(QLatin1String("replication")).toObject().value(QLatin1String("lagBytes")).toString().toLongLong() > 0);
    }

    void inputsByKeyAndParams()
    {
        const QString clock = m_dir.filePath(QStringLiteral("clock"));
        QFile f(clock);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("1767603600\n");
        f.close();
        const Run run = mailhactl({QStringLiteral("probe"), QStringLiteral("postfix"), QStringLiteral("--input"),
                                   capture(QStringLiteral("postqueue-p.txt")), QStringLiteral("--input"), QStringLiteral("clock=") + clock,
                                   QStringLiteral("--param"), QStringLiteral("format=text"), QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const QJsonObject q = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("queues")).toObject();
        QCOMPARE(q.value(QLatin1String("deferred")).toString(), QStringLiteral("1"));
        QCOMPARE(q.value(QLatin1String("oldestAgeS")).toDouble(), 7200.0);
    }

    void unparseableIsOneLineOnStderr()
    {
        const QString garbage = m_dir.filePath(QStringLiteral("garbage"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<html>502 Bad Gateway</html>\n");
        f.close();
        const Run run = mailhactl({QStringLiteral("probe"), QStringLiteral("haproxy"), QStringLiteral("--input"), garbage});
        QCOMPARE(run.code, int(ctl::ExitDataError));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(QLatin1String("haproxy (stat), line 1:")), qPrintable(run.err));
    }

    void usageErrors()
    {
        QCOMPARE(mailhactl({QStringLiteral("probe"), QStringLiteral("exchange")}).code, int(ctl::ExitUsage));
        QCOMPARE(mailhactl({QStringLiteral("probe")}).code, int(ctl::ExitUsage));
        QCOMPARE(mailhactl({QStringLiteral("probe"), QStringLiteral("host"), QStringLiteral("--param"), QStringLiteral("novalue")}).code,
                 int(ctl::ExitUsage));
        QCOMPARE(mailhactl({QStringLiteral("probe"), QStringLiteral("drbd"), QStringLiteral("--input"), m_dir.filePath(QStringLiteral("missing"))})
                     .code,
                 int(ctl::ExitNoInput));
        const Run list = mailhactl({QStringLiteral("probe"), QStringLiteral("pacemaker"), QStringLiteral("--commands")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(QLatin1String("status: crm_mon -1 --output-as=xml")));
    }
};

QTEST_GUILESS_MAIN(TestMailhactlProbe)
#include "tst_mailhactl_probe.moc"
