// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "ctlrun.h"
#include "runbook/journal.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mailha;

namespace {
using Run = test::CtlRun;
using test::mailhactl;

QString journalWithEvents(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("journal-lab.log"));
    Journal j(path);
    QString error;
    if (!j.open(&error))
        qFatal("%s", qPrintable(error));
    const char *texts[] = {"first note", "second note", "third note"};
    qint64 t = 1'767'600'000'000;
    for (const char *text : texts) {
        JournalEntry e;
        e.set_phase(OPERATOR_NOTE);
        e.set_cluster("lab");
        e.set_time_ms(t += 60'000);
        e.set_message(text);
        j.append(e, &error);
    }
    return path;
}
} // namespace

class TestMailhactlRunbook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listShowsEveryBuiltin()
    {
        const Run run = mailhactl({QStringLiteral("runbook"), QStringLiteral("list")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QLatin1String("postgres-switchover")));
        QVERIFY(run.out.contains(QLatin1String("site-failover")));
        QVERIFY(run.out.contains(QLatin1String("[data-loss-risk]")));
    }

    void dryRunPrintsHostArgvAndOrder()
    {
        const Run run = mailhactl({QStringLiteral("runbook"), QStringLiteral("dry-run"), QStringLiteral("postgres-switchover"),
                                   QStringLiteral("--param"), QStringLiteral("old_primary=db-a"), QStringLiteral("--param"),
                                   QStringLiteral("new_primary=db-b"), QStringLiteral("--param"), QStringLiteral("replicas=db-dr"),
                                   QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray steps = doc.value(QLatin1String("steps")).toArray();
        QVERIFY(steps.size() >= 15);
        QJsonObject promote;
        int order = 0;
        for (const QJsonValue &v : steps) {
            QCOMPARE(v.toObject().value(QLatin1String("order")).toInt(), ++order);
            if (v.toObject().value(QLatin1String("step")).toString() == QLatin1String("promote"))
                promote = v.toObject();
        }
        QCOMPARE(promote.value(QLatin1String("host")).toString(), QStringLiteral("db-b.lab"));
        QCOMPARE(promote.value(QLatin1String("argv")).toArray().first().toString(),
                 QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"));
        QCOMPARE(promote.value(QLatin1String("command")).toString(),
                 QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl -D /var/lib/postgresql/15/main promote -w"));

        const Run text = mailhactl({QStringLiteral("runbook"), QStringLiteral("dry-run"), QStringLiteral("postfix-flush"),
                                    QStringLiteral("--param"), QStringLiteral("mta=mx1")});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains(QLatin1String("1. COMMAND flush [postqueue -f on mx1]\n   on mx1 (mx1.lab): postqueue -f")),
                 qPrintable(text.out));
    }

    void dryRunRefusesHostileParameters()
    {
        const Run run = mailhactl({QStringLiteral("runbook"), QStringLiteral("dry-run"), QStringLiteral("drbd-switchover"),
                                   QStringLiteral("--param"), QStringLiteral("old_primary=store-a"), QStringLiteral("--param"),
                                   QStringLiteral("new_primary=store-b"), QStringLiteral("--param"),
                                   QStringLiteral("resource=r0; reboot")});
        QCOMPARE(run.code, int(ctl::ExitDataError));
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QLatin1String("not a valid identifier")), qPrintable(run.err));
        const Run unknown = mailhactl({QStringLiteral("runbook"), QStringLiteral("dry-run"), QStringLiteral("no-such")});
        QCOMPARE(unknown.code, int(ctl::ExitNoInput));
    }

    void journalVerifyExitsNonZeroOnTampering()
    {
        QTemporaryDir dir;
        const QString path = journalWithEvents(dir);
        Run run = mailhactl({QStringLiteral("journal"), QStringLiteral("verify"), path});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QLatin1String("3 entries, chain intact")));
        run = mailhactl({QStringLiteral("journal"), QStringLiteral("show"), path});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QLatin1String("second note")));

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray data = f.readAll();
        f.close();
        data.replace("second note", "edited note");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
        f.close();
        run = mailhactl({QStringLiteral("journal"), QStringLiteral("verify"), path});
        QCOMPARE(run.code, int(ctl::ExitProblem));
        QVERIFY2(run.out.contains(QLatin1String("TAMPERED: line 2")), qPrintable(run.out));
    }

    void timelineExportsThreeFormatsInOrder()
    {
        QTemporaryDir dir;
        const QString path = journalWithEvents(dir);
        // A cluster event between the first and second note.
        QFile events(dir.filePath(QStringLiteral("events.jsonl")));
        QVERIFY(events.open(QIODevice::WriteOnly));
        events.write(R"({"timeMs":"1767600090000","kind":"ROLE_CHANGED","severity":"WARN","nodeId":"db-b","message":"db-b became ACTIVE"})"
                     "\n");
        events.close();
        const QStringList base{QStringLiteral("timeline"), QStringLiteral("export"), QStringLiteral("--journal"), path,
                               QStringLiteral("--events"), events.fileName(), QStringLiteral("--format")};
        const Run md = mailhactl(base + QStringList{QStringLiteral("md")});
        QCOMPARE(md.code, 0);
        const qsizetype a = md.out.indexOf(QLatin1String("first note"));
        const qsizetype b = md.out.indexOf(QLatin1String("db-b became ACTIVE"));
        const qsizetype c = md.out.indexOf(QLatin1String("second note"));
        const qsizetype d = md.out.indexOf(QLatin1String("third note"));
        QVERIFY2(a > 0 && a < b && b < c && c < d, qPrintable(md.out));
        QVERIFY(md.out.startsWith(QLatin1String("# Incident timeline")));

        const Run html = mailhactl(base + QStringList{QStringLiteral("html")});
        QCOMPARE(html.code, 0);
        QVERIFY(html.out.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.out.indexOf(QLatin1String("first note")) < html.out.indexOf(QLatin1String("db-b became ACTIVE")));
        QVERIFY(html.out.indexOf(QLatin1String("db-b became ACTIVE")) < html.out.indexOf(QLatin1String("third note")));

        const QString pdfPath = dir.filePath(QStringLiteral("timeline.pdf"));
        const Run pdf = mailhactl(base + QStringList{QStringLiteral("pdf"), QStringLiteral("--output"), pdfPath});
        QVERIFY2(pdf.code == 0, qPrintable(pdf.err));
        QFile out(pdfPath);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray bytes = out.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 1000);
    }
};

QTEST_MAIN(TestMailhactlRunbook)
#include "tst_mailhactl_runbook.moc"
