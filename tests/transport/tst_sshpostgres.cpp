// SPDX-License-Identifier: GPL-3.0-or-later
#include "cluster/clusterstate.h"
#include "core/names.h"
#include "pgcluster.h"
#include "sshserver.h"
#include "testsupport.h"
#include "transport/sshsource.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QTest>

using namespace mailha;
using namespace mailha::test;

/// PostgreSQL 15 primary and streaming standby under write load, read by the
/// real postgres probe over real SSH: what the console shows for roles and
/// lag must come from the servers.
class TestSshPostgres : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SshServer> m_ssh;
    std::unique_ptr<PgCluster> m_pg;

    ClusterSpec cluster() const
    {
        ClusterSpec spec;
        spec.set_name("pg-over-ssh");
        spec.set_poll_interval_ms(500);
        Site *site = spec.add_sites();
        site->set_id("a");
        ServiceGroup *group = spec.add_groups();
        group->set_id("maildb");
        group->set_technology(POSTGRES);
        group->set_pattern(ACTIVE_PASSIVE);
        auto addNode = [&](const char *id, quint16 pgPort) {
            Node *n = spec.add_nodes();
            n->set_id(id);
            n->set_site("a");
            n->set_host("127.0.0.1");
            n->set_port(m_ssh->port());
            n->set_user(sstr(m_ssh->userName()));
            ServiceSpec *svc = n->add_services();
            svc->set_id("postgres");
            svc->set_group("maildb");
            svc->set_technology(POSTGRES);
            (*svc->mutable_params())["host"] = sstr(m_pg->host());
            (*svc->mutable_params())["port"] = std::to_string(pgPort);
            (*svc->mutable_params())["user"] = sstr(m_pg->user());
            (*svc->mutable_params())["dbname"] = "postgres";
        };
        addNode("db-a", m_pg->primaryPort());
        addNode("db-b", m_pg->standbyPort());
        ReplicationLink *link = spec.add_links();
        link->set_id("db-a->db-b");
        link->set_group("maildb");
        link->set_from_node("db-a");
        link->set_to_node("db-b");
        link->set_mode(ASYNC);
        link->set_kind(DATABASE_STREAMING);
        return spec;
    }

    static const ServiceStatus *service(const ClusterSnapshot &snap, const char *node)
    {
        for (const NodeStatus &n : snap.nodes())
            if (n.node_id() == node && n.services_size() > 0)
                return &n.services(0);
        return nullptr;
    }

    static const LinkStatus *link(const ClusterSnapshot &snap)
    {
        return snap.links_size() > 0 ? &snap.links(0) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("SSH_AUTH_SOCK");
        QVERIFY(m_dir.isValid());
        m_ssh = std::make_unique<SshServer>(m_dir.path());
        QVERIFY2(m_ssh->start(), qPrintable(m_ssh->error()));
        QFile known(m_ssh->knownHostsPath());
        QVERIFY(known.open(QIODevice::WriteOnly | QIODevice::Truncate));
        known.write(m_ssh->knownHostsLine().toUtf8() + '\n');
        known.close();
        m_pg = std::make_unique<PgCluster>();
        QVERIFY2(m_pg->start(), qPrintable(m_pg->error()));
        QVERIFY2(m_pg->startWriteLoad(120), qPrintable(m_pg->error()));
    }

    void rolesAndLagComeFromTheServersOverSsh()
    {
        SshSettings settings;
        settings.sshDir = m_ssh->clientDir();
        settings.knownHostsPath = m_ssh->knownHostsPath();
        settings.sshConfigPath = m_ssh->clientDir() + QLatin1String("/config");
        SshSource source(cluster(), settings);
        ClusterState state;
        state.setSpec(source.spec());
        connect(&source, &SampleSource::samplesReady, &state, &ClusterState::ingestBatch);
        source.start();

        auto ready = [&] {
            const ClusterSnapshot &snap = state.snapshot();
            const ServiceStatus *a = service(snap, "db-a");
            const ServiceStatus *b = service(snap, "db-b");
            const LinkStatus *l = link(snap);
            return a && b && l && a->role() == ACTIVE && b->role() == STANDBY && l->lag_bytes() >= 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(ready(), 20000);
        const ClusterSnapshot snap = state.snapshot();
        QCOMPARE(service(snap, "db-a")->role(), ACTIVE);
        QCOMPARE(service(snap, "db-b")->role(), STANDBY);
        QVERIFY2(service(snap, "db-a")->error().empty(), service(snap, "db-a")->error().c_str());
        QVERIFY(link(snap)->lag_s() >= 0);
        QVERIFY(!link(snap)->broken());
        const NodeSample *primary = state.lastSample(QStringLiteral("db-a"));
        QVERIFY(primary);
        QVERIFY(primary->raw().count("postgres/state") == 1);  // the psql output, read over SSH
        qInfo("over SSH: db-a %s, db-b %s, link lag %.3f s / %lld B, round %.1f ms", qPrintable(roleName(service(snap, "db-a")->role())),
              qPrintable(roleName(service(snap, "db-b")->role())), link(snap)->lag_s(), qlonglong(link(snap)->lag_bytes()),
              primary->round_trip_ms());

        // The standby stops replaying: the lag read over SSH must grow.
        QVERIFY(m_pg->pauseReplay(true));
        QTRY_VERIFY_WITH_TIMEOUT(link(state.snapshot()) && link(state.snapshot())->lag_bytes() > 0, 20000);
        QVERIFY(m_pg->pauseReplay(false));
        source.stop();
    }

    void cleanupTestCase()
    {
        if (m_pg) {
            m_pg->stopWriteLoad();
            m_pg->stop();
        }
        m_ssh.reset();
    }
};

QTEST_GUILESS_MAIN(TestSshPostgres)
#include "tst_sshpostgres.moc"
