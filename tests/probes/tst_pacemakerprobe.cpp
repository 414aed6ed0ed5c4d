// SPDX-License-Identifier: GPL-3.0-or-later
// The Pacemaker probe against real crm_mon output: the test builds a CIB with
// cibadmin, lets crm_simulate run transitions (promotion, injected failures,
// node failure, standby, maintenance, lost quorum) and reads each resulting
// CIB through the probe's own crm_mon command with CIB_file.
#include "probes/pacemakerprobe.h"
#include "probetestutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace mailha;
using namespace mailha::test;

class TestPacemakerProbe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_healthy;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool tool(const QString &cib, const QStringList &argv, QByteArray *out = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CIB_file"), cib);
        p.setProcessEnvironment(env);
        p.start(argv.constFirst(), argv.mid(1));
        if (!p.waitForStarted(10000) || !p.waitForFinished(120000)) {
            qWarning("%s did not run", qPrintable(argv.constFirst()));
            return false;
        }
        if (out)
            *out = p.readAllStandardOutput();
        if (p.exitCode() != 0)
            qWarning("%s: %s", qPrintable(argv.join(QLatin1Char(' '))), p.readAllStandardError().constData());
        return p.exitCode() == 0;
    }

    // crm_simulate: runs a transition on `from` with extra options, saves `to`.
    bool simulate(const QString &from, const QString &to, const QStringList &options = {})
    {
        return tool(from, QStringList{QStringLiteral("crm_simulate"), QStringLiteral("-x"), from} + options
                              + QStringList{QStringLiteral("-S"), QStringLiteral("-Q"), QStringLiteral("-O"), to});
    }

    ProbeResult probeState(const QString &cib, const QString &node, const QString &resource = {}, QByteArray *xml = nullptr)
    {
        QHash<QString, QString> params{{QStringLiteral("cib_file"), cib}, {QStringLiteral("node"), node}};
        if (!resource.isEmpty())
            params.insert(QStringLiteral("resource"), resource);
        CommandOutputs outputs;
        for (const ProbeCommand &c : probe(PACEMAKER).commands(params))
            outputs.insert(c.key, runLocally(c));
        if (xml)
            *xml = outputs.value(QStringLiteral("status")).standardOutput;
        return probe(PACEMAKER).parse(outputs, params);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!findProgram(QStringLiteral("crm_simulate")).isEmpty(), "crm_simulate missing: install pacemaker-cli-utils");
        const QString cib = path(QStringLiteral("empty.xml"));
        QByteArray empty;
        QVERIFY(tool(cib, {QStringLiteral("cibadmin"), QStringLiteral("--empty")}, &empty));
        QFile f(cib);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(empty);
        f.close();
        const QStringList creates{
            QStringLiteral("nodes|<node id=\"1\" uname=\"node1\"/>"),
            QStringLiteral("nodes|<node id=\"2\" uname=\"node2\"/>"),
            QStringLiteral("resources|<primitive id=\"vip\" class=\"ocf\" provider=\"heartbeat\" type=\"IPaddr2\">"
                           "<instance_attributes id=\"vip-ia\"><nvpair id=\"vip-ip\" name=\"ip\" value=\"192.0.2.25\"/>"
                           "</instance_attributes><operations><op id=\"vip-mon\" name=\"monitor\" interval=\"10s\"/>"
                           "</operations></primitive>"),
            QStringLiteral("resources|<clone id=\"pg-clone\"><meta_attributes id=\"pg-clone-meta\">"
                           "<nvpair id=\"pg-clone-promotable\" name=\"promotable\" value=\"true\"/></meta_attributes>"
                           "<primitive id=\"pg\" class=\"ocf\" provider=\"pacemaker\" type=\"Stateful\"><operations>"
                           "<op id=\"pg-mon\" name=\"monitor\" interval=\"10s\" role=\"Unpromoted\"/>"
                           "<op id=\"pg-mon2\" name=\"monitor\" interval=\"11s\" role=\"Promoted\"/></operations>"
                           "</primitive></clone>"),
        };
        for (const QString &c : creates)
            QVERIFY(tool(cib, {QStringLiteral("cibadmin"), QStringLiteral("-C"), QStringLiteral("-o"), c.section(QLatin1Char('|'), 0, 0),
                               QStringLiteral("-X"), c.section(QLatin1Char('|'), 1)}));
        QVERIFY(tool(cib, {QStringLiteral("crm_attribute"), QStringLiteral("-n"), QStringLiteral("stonith-enabled"), QStringLiteral("-v"),
                           QStringLiteral("false")}));
        const QString started = path(QStringLiteral("started.xml"));
        QVERIFY(simulate(cib, started, {QStringLiteral("-u"), QStringLiteral("node1"), QStringLiteral("-u"), QStringLiteral("node2"),
                                        QStringLiteral("--quorum"), QStringLiteral("true")}));
        // A DC and quorum as a live cluster would record them; promotion scores
        // as the Stateful agent would set them.
        QVERIFY(tool(started, {QStringLiteral("cibadmin"), QStringLiteral("--modify"), QStringLiteral("--xml-text"),
                               QStringLiteral("<cib dc-uuid=\"1\" have-quorum=\"1\"/>")}));
        QVERIFY(tool(started, {QStringLiteral("crm_attribute"), QStringLiteral("-N"), QStringLiteral("node1"), QStringLiteral("-n"),
                               QStringLiteral("master-pg"), QStringLiteral("-l"), QStringLiteral("reboot"), QStringLiteral("-v"),
                               QStringLiteral("10")}));
        QVERIFY(tool(started, {QStringLiteral("crm_attribute"), QStringLiteral("-N"), QStringLiteral("node2"), QStringLiteral("-n"),
                               QStringLiteral("master-pg"), QStringLiteral("-l"), QStringLiteral("reboot"), QStringLiteral("-v"),
                               QStringLiteral("5")}));
        m_healthy = path(QStringLiteral("healthy.xml"));
        QVERIFY(simulate(started, m_healthy));
    }

    void promotedClusterRolesPerNode()
    {
        QByteArray xml;
        const ProbeResult one = probeState(m_healthy, QStringLiteral("node1"), {}, &xml);
        QVERIFY2(one.ok(), qPrintable(one.error ? one.error->toString() : QString()));
        if (!qEnvironmentVariableIsEmpty("MAILHA_CAPTURE_DIR")) {
            QFile f(qEnvironmentVariable("MAILHA_CAPTURE_DIR") + QStringLiteral("/crm_mon-promoted.xml"));
            if (f.open(QIODevice::WriteOnly))
                f.write(xml);
        }
        QCOMPARE(one.sample.role(), ACTIVE);
        QCOMPARE(one.sample.health(), OK);
        const PacemakerState &st = one.sample.pacemaker();
        QVERIFY(st.quorum());
        QCOMPARE(QString::fromStdString(st.dc()), QStringLiteral("node1"));
        QCOMPARE(st.nodes_size(), 2);
        QVERIFY(st.nodes(0).online() && st.nodes(0).is_dc());
        QCOMPARE(st.resources_size(), 3);
        QCOMPARE(QString::fromStdString(st.resources(0).id()), QStringLiteral("vip"));
        QCOMPARE(QString::fromStdString(st.resources(0).agent()), QStringLiteral("ocf:heartbeat:IPaddr2"));
        QCOMPARE(QString::fromStdString(st.resources(0).role()), QStringLiteral("Started"));
        QCOMPARE(QString::fromStdString(st.resources(0).nodes(0)), QStringLiteral("node1"));
        QStringList roles;
        for (const PacemakerResource &r : st.resources())
            if (r.id() == "pg")
                roles << QString::fromStdString(r.role() + "@" + r.nodes(0));
        roles.sort();
        QCOMPARE(roles, (QStringList{QStringLiteral("Promoted@node1"), QStringLiteral("Unpromoted@node2")}));
        QCOMPARE(st.failed_actions_size(), 0);

        QCOMPARE(probeState(m_healthy, QStringLiteral("node2")).sample.role(), STANDBY);
        // With a marker resource, only where it runs is active.
        QCOMPARE(probeState(m_healthy, QStringLiteral("node2"), QStringLiteral("vip")).sample.role(), PASSIVE);
        QCOMPARE(probeState(m_healthy, QStringLiteral("node1"), QStringLiteral("vip")).sample.role(), ACTIVE);
        // A node that is not in the cluster cannot have a role.
        const ProbeResult stranger = probeState(m_healthy, QStringLiteral("node9"));
        QCOMPARE(stranger.sample.role(), ROLE_UNKNOWN);
        QCOMPARE(stranger.sample.health(), WARNING);
    }

    void failedMonitorsAreFailedActions()
    {
        const QString cib = path(QStringLiteral("failed-monitor.xml"));
        QVERIFY(simulate(m_healthy, cib, {QStringLiteral("-i"), QStringLiteral("pg_monitor_11000@node1=7"), QStringLiteral("-i"),
                                          QStringLiteral("vip_monitor_10000@node1=1")}));
        QByteArray xml;
        const ProbeResult r = probeState(cib, QStringLiteral("node1"), {}, &xml);
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        if (!qEnvironmentVariableIsEmpty("MAILHA_CAPTURE_DIR")) {
            QFile f(qEnvironmentVariable("MAILHA_CAPTURE_DIR") + QStringLiteral("/crm_mon-failed-actions.xml"));
            if (f.open(QIODevice::WriteOnly))
                f.write(xml);
        }
        const PacemakerState &st = r.sample.pacemaker();
        QCOMPARE(st.failed_actions_size(), 2);
        QStringList seen;
        for (const PacemakerFailedAction &f : st.failed_actions())
            seen << QStringLiteral("%1 %2 %3 %4").arg(QString::fromStdString(f.resource()), QString::fromStdString(f.operation()),
                                                      QString::fromStdString(f.node()))
                        .arg(f.exit_code());
        seen.sort();
        QCOMPARE(seen, (QStringList{QStringLiteral("pg monitor node1 7"), QStringLiteral("vip monitor node1 1")}));
        QCOMPARE(r.sample.health(), WARNING);
    }

    void failedStopLeavesAFailedResource()
    {
        const QString standby = path(QStringLiteral("standby-input.xml"));
        QVERIFY(QFile::copy(m_healthy, standby));
        QVERIFY(tool(standby, {QStringLiteral("crm_attribute"), QStringLiteral("-N"), QStringLiteral("node1"), QStringLiteral("-n"),
                               QStringLiteral("standby"), QStringLiteral("-v"), QStringLiteral("on")}));
        const QString cib = path(QStringLiteral("failed-stop.xml"));
        QVERIFY(simulate(standby, cib, {QStringLiteral("-i"), QStringLiteral("vip_stop_0@node1=1")}));
        const ProbeResult r = probeState(cib, QStringLiteral("node1"));
        QVERIFY(r.ok());
        bool vipFailed = false;
        for (const PacemakerResource &res : r.sample.pacemaker().resources())
            vipFailed = vipFailed || (res.id() == "vip" && res.failed() && !res.managed());
        QVERIFY(vipFailed);
        QCOMPARE(r.sample.health(), CRITICAL);
        QVERIFY(r.sample.pacemaker().nodes(0).standby());
    }

    void nodeStates_data()
    {
        QTest::addColumn<QStringList>("attribute");  // crm_attribute arguments, empty: none
        QTest::addColumn<QStringList>("simulate");   // crm_simulate options
        QTest::addColumn<int>("node2Role");
        QTest::addRow("node2 fails") << QStringList{} << QStringList{QStringLiteral("-f"), QStringLiteral("node2")} << int(FAILED);
        QTest::addRow("node2 standby") << QStringList{QStringLiteral("-N"), QStringLiteral("node2"), QStringLiteral("-n"),
                                                      QStringLiteral("standby"), QStringLiteral("-v"), QStringLiteral("on")}
                                       << QStringList{} << int(PASSIVE);
        QTest::addRow("node2 maintenance") << QStringList{QStringLiteral("-N"), QStringLiteral("node2"), QStringLiteral("-n"),
                                                          QStringLiteral("maintenance"), QStringLiteral("-v"), QStringLiteral("true")}
                                           << QStringList{} << int(MAINTENANCE);
    }

    void nodeStates()
    {
        QFETCH(QStringList, attribute);
        QFETCH(QStringList, simulate);
        QFETCH(int, node2Role);
        const QString input = path(QStringLiteral("input-%1.xml").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        QFile::remove(input);
        QVERIFY(QFile::copy(m_healthy, input));
        if (!attribute.isEmpty())
            QVERIFY(tool(input, QStringList{QStringLiteral("crm_attribute")} + attribute));
        const QString cib = input + QStringLiteral(".out");
        QVERIFY(this->simulate(input, cib, simulate));
        const ProbeResult r = probeState(cib, QStringLiteral("node2"));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.sample.role(), Role(node2Role));
    }

    void lostQuorumIsCritical()
    {
        const QString cib = path(QStringLiteral("no-quorum.xml"));
        QVERIFY(QFile::copy(m_healthy, cib));
        QVERIFY(tool(cib, {QStringLiteral("cibadmin"), QStringLiteral("--modify"), QStringLiteral("--xml-text"),
                           QStringLiteral("<cib have-quorum=\"0\"/>")}));
        const ProbeResult r = probeState(cib, QStringLiteral("node1"));
        QVERIFY(r.ok());
        QVERIFY(!r.sample.pacemaker().quorum());
        QCOMPARE(r.sample.health(), CRITICAL);
    }

    void thousandResources()
    {
        QString resources = QStringLiteral("<resources>");
        for (int i = 0; i < 1000; ++i)
            resources += QStringLiteral("<primitive id=\"dummy%1\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\"/>").arg(i);
        resources += QStringLiteral("</resources>");
        const QString input = path(QStringLiteral("thousand-input.xml"));
        QVERIFY(QFile::copy(m_healthy, input));
        QVERIFY(tool(input, {QStringLiteral("cibadmin"), QStringLiteral("-R"), QStringLiteral("-o"), QStringLiteral("resources"),
                             QStringLiteral("-X"), resources}));
        // crm_simulate needs minutes for 1000 starts; crm_mon reads the CIB as is
        // (every new resource Stopped), which is the same XML shape.
        QByteArray xml;
        const ProbeResult r = probeState(input, QStringLiteral("node1"), {}, &xml);
        QVERIFY(r.ok());
        QVERIFY(r.sample.pacemaker().resources_size() >= 1000);  // plus the old ones, now orphaned
        QElapsedTimer timer;
        timer.start();
        constexpr int rounds = 20;
        for (int i = 0; i < rounds; ++i)
            probe(PACEMAKER).parse({{QStringLiteral("status"), outputOf(xml)}}, {{QStringLiteral("node"), QStringLiteral("node1")}});
        qInfo("1000-resource crm_mon XML (%lld bytes): %.2f ms per parse", qlonglong(xml.size()),
              double(timer.nsecsElapsed()) / 1e6 / rounds);
    }

    void capturedOlderFormat()
    {
        // Pacemaker 1.1's crm_mon --as-xml: Master/Slave role names.
        const ProbeResult r = probe(PACEMAKER).parse({{QStringLiteral("status"), outputOf(probeFixture(QStringLiteral("crm_mon-1.1.xml")))}},
                                                     {{QStringLiteral("node"), QStringLiteral("db-b")}});
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->toString() : QString()));
        QCOMPARE(r.sample.role(), STANDBY);
        bool promoted = false;
        for (const PacemakerResource &res : r.sample.pacemaker().resources())
            promoted = promoted || res.role() == "Promoted";
        QVERIFY(promoted);
        QCOMPARE(r.sample.pacemaker().failed_actions_size(), 1);
    }

    void errorStatus()
    {
        const QByteArray xml = "<pacemaker-result api-version=\"2.25\" request=\"crm_mon -1 --output-as=xml\">\n"
                               "  <status code=\"102\" message=\"Not connected\">\n"
                               "    <errors><error>crm_mon: Error: cluster is not available on this node</error></errors>\n"
                               "  </status>\n</pacemaker-result>\n";
        const ProbeResult r = probe(PACEMAKER).parse({{QStringLiteral("status"), outputOf(xml, 102)}}, {});
        QVERIFY(!r.ok());
        QVERIFY2(r.error->what.contains(QStringLiteral("102")), qPrintable(r.error->what));
        QCOMPARE(r.sample.role(), ROLE_UNKNOWN);
    }
};

QTEST_GUILESS_MAIN(TestPacemakerProbe)
#include "tst_pacemakerprobe.moc"
