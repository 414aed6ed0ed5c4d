// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/clusterstate.h"
#include "core/names.h"
#include "itemmodels/eventlogmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest/QTest>

using namespace mailha;

namespace {
ClusterEvent note(int i)
{
    ClusterEvent e;
    e.set_time_ms(1'000'000 + i * 1000);
    e.set_kind(NOTE);
    e.set_severity(i % 3 == 0 ? CRIT : INFO);
    e.set_node_id("n" + std::to_string(i));
    e.set_message("event " + std::to_string(i));
    return e;
}
} // namespace

class TestEventLogModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capsAndDropsTheOldestFirst_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("batch");
        QTest::newRow("under capacity") << 10 << 7 << 1;
        QTest::newRow("exactly full") << 10 << 10 << 1;
        QTest::newRow("overflow one by one") << 10 << 25 << 1;
        QTest::newRow("overflow in batches") << 10 << 25 << 4;
        QTest::newRow("batch larger than capacity") << 5 << 12 << 12;
        QTest::newRow("capacity one") << 1 << 3 << 2;
    }

    void capsAndDropsTheOldestFirst()
    {
        QFETCH(int, capacity);
        QFETCH(int, events);
        QFETCH(int, batch);
        EventLogModel model(capacity);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        for (int i = 0; i < events; i += batch) {
            QList<ClusterEvent> b;
            for (int j = i; j < std::min(events, i + batch); ++j)
                b.append(note(j));
            model.appendBatch(b);
        }
        const int expected = std::min(capacity, events);
        QCOMPARE(model.rowCount(), expected);
        QCOMPARE(reset.count(), 0);
        for (const QList<QVariant> &args : removed)
            QCOMPARE(args.at(1).toInt(), 0);  // always from the top: the oldest
        const int firstKept = events - expected;
        QCOMPARE(model.index(0, EventLogModel::MessageColumn).data().toString(),
                 QStringLiteral("event %1").arg(firstKept));
        QCOMPARE(model.index(expected - 1, EventLogModel::MessageColumn).data().toString(),
                 QStringLiteral("event %1").arg(events - 1));
    }

    void followsTheStore()
    {
        ClusterState state;
        qint64 now = 5'000'000;
        state.setClock([&] { return now; });
        ClusterSpec spec;
        spec.set_name("empty");
        state.setSpec(spec);
        state.addEvent(note(1));
        EventLogModel model(100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.attach(&state);
        QCOMPARE(model.rowCount(), 1);
        state.addEvent(note(3));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex sev = model.index(1, EventLogModel::SeverityColumn);
        QCOMPARE(sev.data().toString(), severityName(CRIT));
        QCOMPARE(sev.data(EventLogModel::SeverityEnumRole).toInt(), int(CRIT));
        QCOMPARE(model.index(1, EventLogModel::TimeColumn).data(EventLogModel::SortRole).toLongLong(), 1'003'000);
        state.setSpec(spec);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
