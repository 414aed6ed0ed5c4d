// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL switchover runbook end to end on real servers: a primary and
// a streaming standby (PostgreSQL 15) and a private sshd, all on 127.0.0.1.
#include "pgcluster.h"
#include "runbook/runbookrun.h"
#include "sshserver.h"
#include "testsupport.h"
#include "transport/sshcommandrunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest/QTest>

#include <csignal>
#include <unistd.h>

using namespace mailha;
using namespace mailha::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

void addNode(ClusterSpec &spec, const char *id, const SshServer &server, const QString &user, quint16 pgPort,
             const QString &dataDir, int priority)
{
    Node *n = spec.add_nodes();
    n->set_id(id);
    n->set_site("local");
    n->set_host("127.0.0.1");
    n->set_port(server.port());
    n->set_user(user.toStdString());
    n->set_identity_file(server.clientKeyPath().toStdString());
    ServiceSpec *s = n->add_services();
    s->set_id("postgres");
    s->set_group("maildb");
    s->set_technology(POSTGRES);
    s->set_priority(priority);
    auto &p = *s->mutable_params();
    p["port"] = std::to_string(pgPort);
    p["socket_dir"] = "127.0.0.1";
    p["user"] = "postgres";
    p["bindir"] = PgCluster::binDir().toStdString();
    p["pgdata"] = dataDir.toStdString();
    p["logfile"] = QString(QFileInfo(dataDir).absolutePath() + QStringLiteral("/%1-switchover.log").arg(QLatin1String(id))).toStdString();
}

} // namespace

class TestPgSwitchoverSsh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void switchoverOverSshSwapsTheRoles()
    {
        qunsetenv("SSH_AUTH_SOCK");
        PgCluster pg;
        QVERIFY2(pg.start(), qPrintable(pg.error()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        SshServer server(dir.path());
        QVERIFY2(server.start(), qPrintable(server.error()));

        // pg_ctl refuses to run as root, and the postgres account is locked
        // (no ssh login). As root, the test's sshd runs every command of the
        // session as postgres, the way a deployment would log in as the
        // database owner; the runbook and its quoting are unchanged.
        const QString sshUser = server.userName();
        const QString expectedUser = ::geteuid() == 0 ? QStringLiteral("postgres") : sshUser;
        if (::geteuid() == 0) {
            const QString config = dir.path() + QLatin1String("/server/sshd_config");
            QByteArray text = readAll(config);
            QVERIFY(!text.isEmpty());
            text += "ForceCommand runuser -u postgres -- /bin/sh -c \"$SSH_ORIGINAL_COMMAND\"\n";
            QVERIFY(writeAll(config, text));
            const pid_t pid = readAll(dir.path() + QLatin1String("/server/sshd.pid")).trimmed().toInt();
            QVERIFY(pid > 0);
            ::kill(pid, SIGHUP);  // sshd re-executes itself and rereads its configuration
            QTest::qWait(500);
        }
        QVERIFY(writeAll(server.knownHostsPath(), server.knownHostsLine().toUtf8() + '\n'));

        bool ok = false;
        const QString primaryDir = QString::fromUtf8(pg.sql(pg.primaryPort(), QStringLiteral("SHOW data_directory"), &ok)).trimmed();
        QVERIFY2(ok, qPrintable(pg.error()));
        const QString standbyDir = QString::fromUtf8(pg.sql(pg.standbyPort(), QStringLiteral("SHOW data_directory"), &ok)).trimmed();
        QVERIFY2(ok, qPrintable(pg.error()));

        ClusterSpec spec;
        spec.set_name("pgtest");
        ServiceGroup *g = spec.add_groups();
        g->set_id("maildb");
        g->set_technology(POSTGRES);
        g->set_pattern(ACTIVE_PASSIVE);
        addNode(spec, "pg1", server, sshUser, pg.primaryPort(), primaryDir, 100);
        addNode(spec, "pg2", server, sshUser, pg.standbyPort(), standbyDir, 90);

        QVERIFY(pg.write(200));
        QVERIFY(pg.waitForCatchUp());

        SshSettings settings;
        settings.sshDir = server.clientDir();
        settings.knownHostsPath = server.knownHostsPath();
        settings.sshConfigPath = server.clientDir() + QLatin1String("/config");
        SshCommandRunner runner(spec, settings);
        // The account answers before the run starts (sshd may still be re-executing).
        QElapsedTimer wait;
        wait.start();
        CommandOutput probe;
        do {
            probe = runner.run(QStringLiteral("pg1"), {QStringLiteral("id"), {QStringLiteral("id"), QStringLiteral("-un")}, {}}, 5000);
            if (probe.exitStatus == 0 && QString::fromUtf8(probe.standardOutput).trimmed() == expectedUser)
                break;
            QTest::qWait(200);
        } while (wait.elapsed() < 10'000);
        QVERIFY2(probe.exitStatus == 0, qPrintable(probe.transportError + QString::fromUtf8(probe.standardError)));
        QCOMPARE(QString::fromUtf8(probe.standardOutput).trimmed(), expectedUser);

        const LoadedRunbook rb = findRunbook(QStringLiteral("postgres-switchover"));
        QVERIFY(rb.ok());
        const RunbookPlan plan = planRunbook(rb.runbook, spec,
                                             {{QStringLiteral("group"), QStringLiteral("maildb")},
                                              {QStringLiteral("old_primary"), QStringLiteral("pg1")},
                                              {QStringLiteral("new_primary"), QStringLiteral("pg2")},
                                              {QStringLiteral("replication_user"), QStringLiteral("postgres")}});
        QVERIFY2(plan.ok(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
        Journal journal(dir.filePath(QStringLiteral("journal-pgtest.log")));
        QString error;
        QVERIFY2(journal.open(&error), qPrintable(error));
        RunbookRun run(plan, &runner, &journal);
        run.setManualHandler([](const PlannedStep &, QString *note) {
            *note = QStringLiteral("no VIP in this test");
            return true;
        });
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(run.start(), qPrintable(run.error()));
        const RunOutcome outcome = run.runAll();
        QString text;
        for (int i = 0; i < run.results().size(); ++i)
            text += plan.steps.at(i).stepId + QLatin1Char(' ') + stepStateName(run.results().at(i).state) + QLatin1Char(' ')
                    + run.results().at(i).message + QLatin1Char(' ') + QString::fromUtf8(run.results().at(i).standardError)
                    + QLatin1Char('\n');
        QVERIFY2(outcome == RunOutcome::Completed, qPrintable(text));
        qInfo("switchover over ssh: %.2f s end to end, %.2f s from the first change", clock.elapsed() / 1000.0,
              run.measuredFailoverS());

        // Roles swapped and verified from outside the runbook.
        QCOMPARE(pg.sql(pg.standbyPort(), QStringLiteral("SELECT pg_is_in_recovery()")).trimmed(), QByteArray("f"));
        QCOMPARE(pg.sql(pg.primaryPort(), QStringLiteral("SELECT pg_is_in_recovery()")).trimmed(), QByteArray("t"));
        QCOMPARE(pg.sql(pg.standbyPort(), QStringLiteral("SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'"))
                     .trimmed(),
                 QByteArray("1"));
        // Nothing lost, and the old primary follows the new one.
        QVERIFY(pg.sql(pg.standbyPort(), QStringLiteral("CREATE TABLE after_switch(x int); INSERT INTO after_switch VALUES (42)"), &ok)
                    .isEmpty()
                || ok);
        QVERIFY2(ok, qPrintable(pg.error()));
        QElapsedTimer follow;
        follow.start();
        QByteArray seen;
        while (follow.elapsed() < 20'000) {
            seen = pg.sql(pg.primaryPort(), QStringLiteral("SELECT x FROM after_switch"), &ok).trimmed();
            if (ok && seen == "42")
                break;
            QTest::qWait(200);
        }
        QCOMPARE(seen, QByteArray("42"));
        QVERIFY(verifyJournal(journal.path()).ok);
    }
};

QTEST_GUILESS_MAIN(TestPgSwitchoverSsh)
#include "tst_pgswitchover_ssh.moc"
