// SPDX-License-Identifier: GPL-3.0-or-later
// The lab through the real parsers: every lab node's probe commands answered
// in the real formats and parsed by the probes must give the same roles and
// the same lag and queue numbers (within rounding) as LabCluster::sample().
#include "core/names.h"
#include "lab/labformats.h"
#include "probetestutil.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace mailha;
using namespace mailha::test;

namespace {

const ServiceSample *serviceOf(const NodeSample &s, const std::string &id)
{
    for (const ServiceSample &svc : s.services())
        if (svc.service_id() == id)
            return &svc;
    return nullptr;
}

QStringList vipsOf(const NodeSample &s)
{
    QStringList v;
    for (const std::string &id : s.vips_held())
        v << QString::fromStdString(id);
    v.sort();
    return v;
}

// Compares one node; `numbers` also compares lag and queue figures (off when a
// fault makes the lab report what a real standby cannot know, e.g. the
// primary's position across a partition).
void compareNode(const LabCluster &lab, const QString &nodeId, bool numbers)
{
    const NodeSample truth = lab.sample(nodeId);
    QList<ProbeError> errors;
    const NodeSample probed = labSampleViaProbes(lab, nodeId, &errors);
    for (const ProbeError &e : errors)
        QFAIL(qPrintable(e.toString()));
    QCOMPARE(probed.reachability(), truth.reachability());
    QCOMPARE(probed.services_size(), truth.services_size());
    QCOMPARE(vipsOf(probed), vipsOf(truth));
    for (const ServiceSample &t : truth.services()) {
        const ServiceSample *p = serviceOf(probed, t.service_id());
        QVERIFY2(p, t.service_id().c_str());
        const QString where = nodeId + QLatin1Char('/') + QString::fromStdString(t.service_id());
        QVERIFY2(p->error().empty(), qPrintable(where + QLatin1String(": ") + QString::fromStdString(p->error())));
        if (p->role() != t.role())
            QFAIL(qPrintable(QStringLiteral("%1: role %2 via probes, %3 in the lab").arg(where, roleName(p->role()), roleName(t.role()))));
        if (!numbers || t.role() == FAILED)
            continue;
        switch (t.technology()) {
        case POSTFIX: {
            const MtaQueues &a = p->queues();
            const MtaQueues &b = t.queues();
            QCOMPARE(a.active(), b.active());
            QCOMPARE(a.deferred(), b.deferred());
            QCOMPARE(a.hold(), b.hold());
            QCOMPARE(a.incoming(), b.incoming());
            QCOMPARE(a.total_bytes(), b.total_bytes());
            // Both paths report the oldest message by arrival, whatever the
            // order of the deferral cohorts.
            QVERIFY2(std::abs(a.oldest_age_s() - b.oldest_age_s()) <= 1.0,
                     qPrintable(QStringLiteral("%1 oldest %2 (probes) vs %3 (lab sample)")
                                    .arg(where)
                                    .arg(a.oldest_age_s())
                                    .arg(b.oldest_age_s())));
            QCOMPARE(a.top_deferral_reasons_size(), b.top_deferral_reasons_size());
            if (b.top_deferral_reasons_size() > 0) {
                QCOMPARE(a.top_deferral_reasons(0).count(), b.top_deferral_reasons(0).count());
                QCOMPARE(a.top_recipient_domains(0).key(), b.top_recipient_domains(0).key());
            }
            break;
        }
        case POSTGRES:
        case DRBD: {
            const Replication &a = p->replication();
            const Replication &b = t.replication();
            QCOMPARE(a.lag_bytes(), b.lag_bytes());
            QVERIFY2(std::abs(a.lag_s() - b.lag_s()) < 0.01,
                     qPrintable(QStringLiteral("%1 lag %2 s vs %3 s").arg(where).arg(a.lag_s()).arg(b.lag_s())));
            QCOMPARE(a.receiving(), b.receiving());
            QCOMPARE(a.replaying(), b.replaying());
            QCOMPARE(a.replicas_size(), b.replicas_size());
            for (int i = 0; i < b.replicas_size(); ++i) {
                QCOMPARE(a.replicas(i).name(), b.replicas(i).name());
                QCOMPARE(a.replicas(i).lag_bytes(), b.replicas(i).lag_bytes());
                QCOMPARE(a.replicas(i).sync_state(), b.replicas(i).sync_state());
            }
            // A DRBD node cannot see a split brain by itself (DRBD only logs it
            // and drops the link); the cluster derivation finds two Primaries.
            if (!(t.drbd_size() > 0 && t.drbd(0).split_brain()))
                QCOMPARE(p->health(), t.health());
            break;
        }
        case DOVECOT:
            QCOMPARE(p->dovecot().queued_incremental(), t.dovecot().queued_incremental());
            QCOMPARE(p->dovecot().failed_users(), t.dovecot().failed_users());
            QCOMPARE(p->dovecot().users(), t.dovecot().users());
            QVERIFY(std::abs(p->dovecot().last_sync_age_s() - t.dovecot().last_sync_age_s()) <= 1.0);
            break;
        case HAPROXY:
            QCOMPARE(p->haproxy_size(), t.haproxy_size());
            for (int i = 0; i < t.haproxy_size(); ++i) {
                QCOMPARE(p->haproxy(i).server(), t.haproxy(i).server());
                QCOMPARE(p->haproxy(i).status(), t.haproxy(i).status());
                QCOMPARE(p->haproxy(i).sessions(), t.haproxy(i).sessions());
            }
            break;
        default:
            break;
        }
    }
}

} // namespace

class TestLabFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyNodeMatchesTheLab_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("seconds");
        QTest::addRow("seed 1, warm") << quint64(1) << 0;
        QTest::addRow("seed 7, ten minutes") << quint64(7) << 600;
        QTest::addRow("seed 42, two hours") << quint64(42) << 7200;
    }

    void everyNodeMatchesTheLab()
    {
        QFETCH(quint64, seed);
        QFETCH(int, seconds);
        LabCluster lab(seed);
        lab.advance(qint64(seconds) * 1000);
        for (const LabNode &n : lab.nodes()) {
            compareNode(lab, n.id, true);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void underFaults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("node");
        QTest::addColumn<bool>("numbers");
        QTest::addRow("standby stops replaying") << "standby-stops-replaying" << "db-b" << true;
        QTest::addRow("downstream outage") << "downstream-outage" << "" << true;
        QTest::addRow("slow disk on the DR replica") << "slow-disk" << "db-dr" << true;
        QTest::addRow("DRBD split brain") << "drbd-split-brain" << "" << true;
        QTest::addRow("DRBD disconnect") << "drbd-disconnect" << "" << true;
        QTest::addRow("database service crash") << "service-crash" << "db-a" << false;
        QTest::addRow("balancer service crash") << "service-crash" << "lb-a" << true;
        QTest::addRow("MTA node crash") << "node-crash" << "mx1" << true;
        QTest::addRow("site partition") << "site-partition" << "" << false;
        QTest::addRow("VIP flapping") << "vip-flapping" << "" << true;
    }

    void underFaults()
    {
        QFETCH(QString, fault);
        QFETCH(QString, node);
        QFETCH(bool, numbers);
        LabCluster lab(3);
        QString error;
        QVERIFY2(lab.setFault(*labFaultFromName(fault), node, true, &error), qPrintable(error));
        for (int round = 0; round < 3; ++round) {
            lab.advance(45'000);
            for (const LabNode &n : lab.nodes()) {
                compareNode(lab, n.id, numbers);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    void rawOutputIsKeptForTheDetailsPanel()
    {
        LabCluster lab(1);
        const NodeSample s = labSampleViaProbes(lab, QStringLiteral("db-a"));
        const auto it = s.raw().find("postgres/state");
        QVERIFY(it != s.raw().end());
        QVERIFY(it->second.find("\"in_recovery\":false") != std::string::npos);
    }

    // The lab's own samples (LabSource) carry the same outputs the probe
    // path sees, so the details panel shows a trainee the real answers; a
    // crashed node answers nothing.
    void labSamplesCarryTheProbeOutputs()
    {
        LabCluster lab(2);
        QVERIFY(lab.setFault(LabFault::NodeCrash, QStringLiteral("mx1"), true));
        lab.advance(5'000);
        for (NodeSample sample : lab.sampleAll()) {
            attachLabRawOutputs(lab, sample);
            const NodeSample probed = labSampleViaProbes(lab, qstr(sample.node_id()));
            if (sample.node_id() == "mx1") {
                QVERIFY(sample.raw().empty());
                continue;
            }
            QVERIFY2(!sample.raw().empty(), sample.node_id().c_str());
            QCOMPARE(sample.raw().size(), probed.raw().size());
            for (const auto &[key, text] : probed.raw()) {
                const auto it = sample.raw().find(key);
                QVERIFY2(it != sample.raw().end(), key.c_str());
                QVERIFY2(it->second == text, key.c_str());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestLabFormats)
#include "tst_labformats.moc"
