// SPDX-License-Identifier: GPL-3.0-or-later
// The Postfix probe on postqueue -j and -p output captured from the
// documented format (every queue, which a live instance cannot easily show at
// once; tst_postfixlive covers a real Postfix), empty queues, tens of
// thousands of messages, a stopped Postfix and bad records.
#include "probes/postfixprobe.h"
#include "probetestutil.h"

#include <QElapsedTimer>
#include <QtTest/QtTest>

using namespace mailha;
using namespace mailha::test;

namespace {
// 2026-01-05 09:00:00 UTC, a few seconds after the newest fixture message.
constexpr qint64 fixtureNow = 1767603600;

CommandOutputs withClock(const CommandOutput &queue, qint64 now = fixtureNow)
{
    return {{QStringLiteral("queue"), queue}, {QStringLiteral("clock"), outputOf(QByteArray::number(now) + "\n")}};
}
} // namespace

class TestPostfixProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commands()
    {
        const QList<ProbeCommand> plain = probe(POSTFIX).commands({});
        QCOMPARE(plain.first().argv, (QStringList{QStringLiteral("postqueue"), QStringLiteral("-j")}));
        const QList<ProbeCommand> old = probe(POSTFIX).commands(
            {{QStringLiteral("format"), QStringLiteral("text")}, {QStringLiteral("config_directory"), QStringLiteral("/etc/postfix-out")}});
        QCOMPARE(old.first().argv, (QStringList{QStringLiteral("postqueue"), QStringLiteral("-c"), QStringLiteral("/etc/postfix-out"),
                                                QStringLiteral("-p")}));
    }

    void jsonQueues()
    {
        const ProbeResult r = probe(POSTFIX).parse(withClock(outputOf(probeFixture(QStringLiteral("postqueue-j.jsonl")))), {});
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        const MtaQueues &q = r.sample.queues();
        QCOMPARE(q.deferred(), 3);
        QCOMPARE(q.active(), 1);
        QCOMPARE(q.incoming(), 1);
        QCOMPARE(q.hold(), 1);
        QCOMPARE(q.maildrop(), 1);
        QCOMPARE(q.total_bytes(), 48211 + 3120 + 10502 + 2048 + 1500 + 900 + 7777);
        // Arrival of the oldest message, not its next retry.
        QCOMPARE(q.oldest_age_s(), double(fixtureNow - 1767596400));
        QCOMPARE(q.top_deferral_reasons_size(), 2);
        QCOMPARE(QString::fromStdString(q.top_deferral_reasons(0).key()),
                 QStringLiteral("connect to mx.example.net[198.51.100.7]:25: Connection timed out"));
        QCOMPARE(q.top_deferral_reasons(0).count(), 3);  // per recipient, as qshape counts
        QCOMPARE(QString::fromStdString(q.top_recipient_domains(0).key()), QStringLiteral("example.net"));
        QCOMPARE(q.top_recipient_domains(0).count(), 3);
        QCOMPARE(QString::fromStdString(q.top_recipient_domains(1).key()), QStringLiteral("example.org"));
        QCOMPARE(q.top_recipient_domains(1).count(), 3);  // domains are case-insensitive
        QCOMPARE(r.sample.role(), ACTIVE);
        QCOMPARE(r.sample.health(), OK);
    }

    void textQueues()
    {
        const ProbeResult r = probe(POSTFIX).parse(withClock(outputOf(probeFixture(QStringLiteral("postqueue-p.txt")))),
                                                   {{QStringLiteral("format"), QStringLiteral("text")}});
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        const MtaQueues &q = r.sample.queues();
        QCOMPARE(q.active(), 1);
        QCOMPARE(q.hold(), 1);
        QCOMPARE(q.deferred(), 1);
        QCOMPARE(q.total_bytes(), 10502 + 1500 + 48211);
        QCOMPARE(q.oldest_age_s(), 2.0 * 3600);
        QCOMPARE(q.top_deferral_reasons(0).count(), 2);
        QCOMPARE(q.top_recipient_domains(0).count(), 2);
    }

    void emptyQueues_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("format");
        QTest::addRow("postqueue -j prints nothing") << QByteArray() << QString();
        QTest::addRow("postqueue -p says so") << probeFixture(QStringLiteral("postqueue-p-empty.txt")) << QStringLiteral("text");
    }

    void emptyQueues()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, format);
        const ProbeResult r = probe(POSTFIX).parse(withClock(outputOf(output)), {{QStringLiteral("format"), format}});
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.sample.queues().deferred() + r.sample.queues().active(), 0);
        QCOMPARE(r.sample.queues().oldest_age_s(), 0.0);
        QCOMPARE(r.sample.role(), ACTIVE);
    }

    void tensOfThousandsOfMessages()
    {
        const QList<QByteArray> records = probeFixture(QStringLiteral("postqueue-j.jsonl")).trimmed().split('\n');
        QByteArray big;
        constexpr int messages = 30'000;
        for (int i = 0; i < messages; ++i)
            big += records.at(i % records.size()) + '\n';
        const ProbeResult r = probe(POSTFIX).parse(withClock(outputOf(big)), {});
        QVERIFY(r.ok());
        const MtaQueues &q = r.sample.queues();
        QCOMPARE(q.incoming() + q.active() + q.deferred() + q.hold() + q.maildrop(), messages);
        QVERIFY(q.top_deferral_reasons_size() <= 10);

        QByteArray tenThousand;
        for (int i = 0; i < 10'000; ++i)
            tenThousand += records.at(i % records.size()) + '\n';
        QElapsedTimer timer;
        timer.start();
        constexpr int rounds = 5;
        for (int i = 0; i < rounds; ++i)
            probe(POSTFIX).parse(withClock(outputOf(tenThousand)), {});
        qInfo("10,000-message postqueue -j (%lld bytes): %.1f ms per parse", qlonglong(tenThousand.size()),
              double(timer.nsecsElapsed()) / 1e6 / rounds);
    }

    void postfixDownIsFailedNotAParseError()
    {
        const ProbeResult r = probe(POSTFIX).parse(
            withClock(outputOf({}, 69, "postqueue: fatal: Queue report unavailable - mail system is down\n")), {});
        QVERIFY(r.ok());
        QCOMPARE(r.sample.role(), FAILED);
        QCOMPARE(r.sample.health(), CRITICAL);
    }

    void badRecords_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<int>("line");
        QTest::addRow("truncated record") << QByteArray("{\"queue_name\": \"active\", \"queue_id\": \"X\", \"arrival_time\": 1, \"mess") << 1;
        QTest::addRow("second line garbage")
            << QByteArray("{\"queue_name\": \"active\", \"queue_id\": \"X\", \"arrival_time\": 1, \"message_size\": 2, \"recipients\": []}\n"
                          "{garbage\n")
            << 2;
        QTest::addRow("missing fields") << QByteArray("{\"queue_name\": \"active\"}\n") << 1;
        QTest::addRow("text without header") << QByteArray("postqueue: warning: something\n") << 1;
        // Found by fuzz_postfix: sizes and times beyond any real message overflowed.
        QTest::addRow("message size beyond 2^53")
            << QByteArray("{\"queue_name\": \"active\", \"queue_id\": \"X\", \"arrival_time\": 1, \"message_size\": 2, \"recipients\": []}\n"
                          "{\"queue_name\": \"deferred\", \"queue_id\": \"Y\", \"arrival_time\": 1, \"message_size\": 3e40, \"recipients\": []}\n")
            << 2;
        QTest::addRow("negative message size")
            << QByteArray("{\"queue_name\": \"active\", \"queue_id\": \"X\", \"arrival_time\": 1, \"message_size\": -5, \"recipients\": []}\n")
            << 1;
        QTest::addRow("arrival time far in the past")
            << QByteArray("{\"queue_name\": \"active\", \"queue_id\": \"X\", \"arrival_time\": -1e300, \"message_size\": 2, \"recipients\": []}\n")
            << 1;
        QTest::addRow("text cut before the summary")
            << QByteArray("-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n"
                          "A1B2C3D4E5*    10502 Mon Jan  5 08:59:50  bob@example.com\n")
            << 3;
    }

    void badRecords()
    {
        QFETCH(QByteArray, output);
        QFETCH(int, line);
        const ProbeResult r = probe(POSTFIX).parse(withClock(outputOf(output)), {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error->probe, QStringLiteral("postfix"));
        QCOMPARE(r.error->command, QStringLiteral("queue"));
        QCOMPARE(r.error->line, line);
        QCOMPARE(r.sample.role(), ROLE_UNKNOWN);
        QCOMPARE(r.sample.health(), HEALTH_UNKNOWN);
        QVERIFY(!r.sample.has_queues());
    }
};

QTEST_GUILESS_MAIN(TestPostfixProbe)
#include "tst_postfixprobe.moc"
