// SPDX-License-Identifier: GPL-3.0-or-later
// Every parser against empty, truncated (every prefix of a real fixture),
// binary and garbage output: never a crash, always a typed error naming the
// probe and what was wrong, and never a healthy ACTIVE sample from a broken
// output.
#include "core/names.h"
#include "probes/nodepoller.h"
#include "probetestutil.h"

#include <QRandomGenerator>
#include <QtTest/QtTest>

using namespace mailha;
using namespace mailha::test;

namespace {

struct Case {
    Technology technology;
    QString key;        // the command whose output is mangled
    QString fixture;    // its good output
    CommandOutputs others;
    QHash<QString, QString> params;
    bool lineFormat;    // a cut at a line end can be a complete, smaller answer
};

QList<Case> cases()
{
    const QHash<QString, QString> none;
    return {
        {POSTFIX, QStringLiteral("queue"), QStringLiteral("postqueue-j.jsonl"),
         {{QStringLiteral("clock"), outputOf("1767603600\n")}}, none, true},
        {POSTFIX, QStringLiteral("queue"), QStringLiteral("postqueue-p.txt"),
         {{QStringLiteral("clock"), outputOf("1767603600\n")}}, {{QStringLiteral("format"), QStringLiteral("text")}}, false},
        {POSTFIX, QStringLiteral("queue"), QStringLiteral("postqueue-j-live.jsonl"),
         {{QStringLiteral("clock"), outputOf("1767603600\n")}}, none, true},
        {POSTFIX, QStringLiteral("queue"), QStringLiteral("postqueue-p-live.txt"),
         {{QStringLiteral("clock"), outputOf("1795600000\n")}}, {{QStringLiteral("format"), QStringLiteral("text")}}, false},
        {POSTGRES, QStringLiteral("state"), QStringLiteral("postgres-primary-load.json"), {}, none, false},
        {POSTGRES, QStringLiteral("state"), QStringLiteral("postgres-standby-load.json"), {}, none, false},
        {MYSQL, QStringLiteral("replica"), QStringLiteral("mysql-replica-status.txt"),
         {{QStringLiteral("variables"), outputOf(probeFixture(QStringLiteral("mysql-variables-replica.tsv")))}}, none, true},
        {MYSQL, QStringLiteral("variables"), QStringLiteral("mysql-variables-source.tsv"),
         {{QStringLiteral("replica"), outputOf({})}}, none, true},
        {DRBD, QStringLiteral("status"), QStringLiteral("drbdsetup-status-primary.json"), {}, none, false},
        {DRBD, QStringLiteral("status"), QStringLiteral("drbdadm-status.txt"), {}, none, true},
        {PACEMAKER, QStringLiteral("status"), QStringLiteral("crm_mon-promoted.xml"), {},
         {{QStringLiteral("node"), QStringLiteral("node1")}}, false},
        {KEEPALIVED, QStringLiteral("addresses"), QStringLiteral("ip-addr-vip.json"), {},
         {{QStringLiteral("vips"), QStringLiteral("192.0.2.25")}}, false},
        {DOVECOT, QStringLiteral("users"), QStringLiteral("doveadm-replicator-users.txt"), {}, none, true},
        {HAPROXY, QStringLiteral("stat"), QStringLiteral("haproxy-show-stat.csv"), {}, none, true},
    };
}

QString label(const Case &c)
{
    return technologyName(c.technology) + QLatin1Char(' ') + c.fixture;
}

ProbeResult parseWith(const Case &c, const CommandOutput &mangled)
{
    CommandOutputs outputs = c.others;
    outputs.insert(c.key, mangled);
    return probe(c.technology).parse(outputs, c.params);
}

// A failed parse must say which probe, which command and what; its sample
// must not look like anything.
void checkError(const Case &c, const ProbeResult &r, const QString &context)
{
    const QString where = label(c) + QLatin1String(", ") + context;
    QVERIFY2(r.error.has_value(), qPrintable(where + QLatin1String(": accepted")));
    QCOMPARE(r.error->probe, technologyName(c.technology));
    QVERIFY2(!r.error->command.isEmpty() && !r.error->what.isEmpty(), qPrintable(where));
    QVERIFY2(r.sample.role() == ROLE_UNKNOWN && r.sample.health() == HEALTH_UNKNOWN, qPrintable(where));
    QVERIFY2(!r.sample.error().empty(), qPrintable(where));
}

} // namespace

class TestProbeBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodFixturesParse()
    {
        for (const Case &c : cases()) {
            const ProbeResult r = parseWith(c, outputOf(probeFixture(c.fixture)));
            QVERIFY2(r.ok(), qPrintable(label(c) + QLatin1String(": ") + (r.error ? r.error->toString() : QString())));
        }
    }

    void emptyOutput()
    {
        for (const Case &c : cases()) {
            const ProbeResult r = parseWith(c, outputOf({}));
            // postqueue -j prints nothing for an empty queue, a MySQL source has
            // no replica row: for those, empty is an answer.
            const bool emptyIsAnAnswer = (c.technology == POSTFIX && c.params.isEmpty())
                                      || (c.technology == MYSQL && c.key == QLatin1String("replica"));
            if (emptyIsAnAnswer)
                QVERIFY2(r.ok(), qPrintable(label(c)));
            else
                checkError(c, r, QStringLiteral("empty"));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void commandNotRunTimedOutOrCut()
    {
        for (const Case &c : cases()) {
            CommandOutput notRun;
            checkError(c, parseWith(c, notRun), QStringLiteral("not run"));
            CommandOutput timedOut = outputOf(probeFixture(c.fixture));
            timedOut.timedOut = true;
            checkError(c, parseWith(c, timedOut), QStringLiteral("timed out"));
            CommandOutput cut = outputOf(probeFixture(c.fixture));
            cut.truncated = true;
            checkError(c, parseWith(c, cut), QStringLiteral("cut by the transport"));
            CommandOutput transport;
            transport.transportError = QStringLiteral("channel closed");
            checkError(c, parseWith(c, transport), QStringLiteral("transport error"));
            checkError(c, parseWith(c, outputOf({}, 1, "permission denied\n")), QStringLiteral("exit 1"));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void everyPrefix()
    {
        for (const Case &c : cases()) {
            const QByteArray full = probeFixture(c.fixture);
            // Every prefix of the small fixtures, a stride through the big ones.
            const qsizetype step = std::max<qsizetype>(1, full.size() / 1500);
            int accepted = 0;
            for (qsizetype n = 0; n < full.size(); n += step) {
                const QByteArray prefix = full.left(n);
                if (prefix.trimmed() == full.trimmed())
                    continue;
                const ProbeResult r = parseWith(c, outputOf(prefix));
                if (r.ok()) {
                    ++accepted;
                    // Only line formats may read a cut at a line end as a smaller
                    // complete answer, and never a cut inside a line as healthy.
                    const QString where = label(c) + QStringLiteral(", prefix %1 accepted").arg(n);
                    QVERIFY2(c.lineFormat || prefix.trimmed().isEmpty(), qPrintable(where));
                    if (!prefix.endsWith('\n'))
                        QVERIFY2(!(r.sample.role() == ACTIVE && r.sample.health() == OK && c.technology != POSTFIX
                                   && c.technology != HAPROXY),
                                 qPrintable(where));
                } else {
                    checkError(c, r, QStringLiteral("prefix %1").arg(n));
                }
                if (QTest::currentTestFailed())
                    return;
            }
            qInfo("%s: %d of %lld prefixes parsed as complete answers", qPrintable(label(c)), accepted,
                  qlonglong(full.size() / step));
        }
    }

    void binaryAndGarbage()
    {
        QRandomGenerator random(20260105);
        QList<QByteArray> inputs{
            QByteArray("\x00\x01\x02\xff\xfe binary\x00", 14),
            QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, '\x7f'),
            QByteArray("<html><body>502 Bad Gateway</body></html>\n"),
            QByteArray("Segmentation fault (core dumped)\n"),
            QByteArray("{\"unexpected\": \"version\", \"format\": 99}\n"),
            QByteArray("[1, 2, 3]\n"),
            QByteArray("<?xml version=\"1.0\"?><other-tool/>\n"),
            QByteArray(100'000, 'A'),
        };
        for (int i = 0; i < 50; ++i) {
            QByteArray noise(int(random.bounded(1, 600)), Qt::Uninitialized);
            for (char &ch : noise)
                ch = char(random.bounded(256));
            inputs.append(noise);
        }
        for (const Case &c : cases()) {
            for (const QByteArray &input : inputs) {
                const ProbeResult r = parseWith(c, outputOf(input));
                QVERIFY2(!r.ok(), qPrintable(label(c) + QLatin1String(": accepted ") + QString::fromLatin1(input.left(40).toHex())));
                checkError(c, r, QStringLiteral("garbage"));
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    void errorsNameTheNodeThroughThePoller()
    {
        ClusterSpec spec;
        Node *node = spec.add_nodes();
        node->set_id("db-x");
        ServiceSpec *svc = node->add_services();
        svc->set_id("postgres");
        svc->set_technology(POSTGRES);
        CommandOutputs outputs;
        for (const PlannedCommand &p : planNodePoll(*node))
            outputs.insert(p.outputKey, outputOf("garbage\n"));
        QList<ProbeError> errors;
        const NodeSample s = assembleNodeSample(spec, *node, outputs, 1000, &errors);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().node, QStringLiteral("db-x"));
        const QString text = QString::fromStdString(s.services(0).error());
        QVERIFY2(text.startsWith(QLatin1String("postgres on db-x (state), line 1: ")), qPrintable(text));
        QCOMPARE(s.services(0).role(), ROLE_UNKNOWN);
    }
};

QTEST_GUILESS_MAIN(TestProbeBadInput)
#include "tst_probe_badinput.moc"
