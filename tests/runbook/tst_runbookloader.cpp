// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/shellquote.h"
#include "lab/labcluster.h"
#include "runbook/runbook.h"
#include "testsupport.h"

#include <QtTest/QTest>

using namespace mailha;

namespace {

const QByteArray tiny = R"(id: "tiny"
title: "Tiny"
technology: POSTGRES
parameters { name: "target" type: NODE technology: POSTGRES }
parameters { name: "resource" type: IDENTIFIER default_value: "r0" }
parameters { name: "note" type: TEXT optional: true }
steps {
  id: "one" kind: COMMAND node: "{{target}}"
  title: "Act on {{target}}"
  argv: ["drbdadm", "primary", "{{resource}}"]
}
steps {
  id: "two" kind: COMMAND node: "{{target}}"
  argv: ["logger", "-t", "mailha", "{{note}}"]
}
steps {
  id: "three" kind: COMMAND node: "{{target}}"
  argv: ["psql", "-c", "SELECT '{{resource}}'"]
}
)";

RunbookPlan planTiny(const RunbookParams &params)
{
    const LoadedRunbook rb = parseRunbook(tiny, QStringLiteral("tiny.textproto"));
    if (!rb.ok())
        qWarning() << rb.errors.constFirst().toString();
    return planRunbook(rb.runbook, LabCluster::referenceSpec(), params);
}

} // namespace

class TestRunbookLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBuiltinLoadsAndPlansItsDefaults()
    {
        const QList<LoadedRunbook> all = builtinRunbooks();
        QVERIFY2(all.size() >= 12, qPrintable(QString::number(all.size())));
        QStringList ids;
        for (const LoadedRunbook &rb : all) {
            QVERIFY2(rb.ok(), qPrintable(rb.errors.value(0).toString()));
            ids << QString::fromStdString(rb.runbook.id());
            QVERIFY2(rb.source.endsWith(QString::fromStdString(rb.runbook.id()) + QLatin1String(".textproto")),
                     qPrintable(rb.source));
        }
        for (const char *needed : {"postgres-switchover", "postgres-failover", "patroni-switchover", "patroni-failover",
                                   "pacemaker-resource-move", "pacemaker-resource-ban", "pacemaker-resource-clear",
                                   "pacemaker-node-standby", "keepalived-vip-move", "drbd-switchover", "drbd-failover",
                                   "postfix-drain", "postfix-flush", "dovecot-replicator-resync", "site-failover"})
            QVERIFY2(ids.contains(QLatin1String(needed)), needed);
    }

    void syntaxErrorsCarryFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("needle");
        QTest::newRow("unknown field") << QByteArray("id: \"x\"\n\nbogus: 1\n") << 3 << QStringLiteral("bogus");
        QTest::newRow("unknown parameter in argv")
            << QByteArray("id: \"x\"\nsteps {\n  id: \"a\" kind: COMMAND node: \"db-a\"\n  argv: [\"true\", \"{{nope}}\"]\n}\n")
            << 2 << QStringLiteral("unknown parameter 'nope'");
        QTest::newRow("text parameter inside an argument")
            << QByteArray("id: \"x\"\nparameters { name: \"t\" type: TEXT }\n\nsteps {\n  id: \"a\" kind: COMMAND node: \"db-a\"\n"
                          "  argv: [\"psql\", \"-c\", \"SELECT '{{t}}'\"]\n}\n")
            << 4 << QStringLiteral("only stand as a whole argument");
        QTest::newRow("command without node")
            << QByteArray("id: \"x\"\nsteps { id: \"a\" kind: COMMAND argv: [\"true\"] }\n") << 2 << QStringLiteral("names no node");
        QTest::newRow("duplicate step id")
            << QByteArray("id: \"x\"\nsteps { id: \"a\" kind: MANUAL instructions: \"x\" }\nsteps { id: \"a\" kind: MANUAL instructions: \"y\" }\n")
            << 3 << QStringLiteral("used twice");
        QTest::newRow("node list as an argument")
            << QByteArray("id: \"x\"\nparameters { name: \"l\" type: NODE_LIST }\nsteps {\n id: \"a\" kind: COMMAND node: \"db-a\" argv: [\"ping\", \"{{l}}\"]\n}\n")
            << 3 << QStringLiteral("node list");
    }

    void syntaxErrorsCarryFileAndLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, needle);
        const LoadedRunbook rb = parseRunbook(text, QStringLiteral("bad.textproto"));
        QVERIFY(!rb.ok());
        const RunbookError e = rb.errors.constFirst();
        QCOMPARE(e.line, line);
        QVERIFY2(e.toString().startsWith(QStringLiteral("bad.textproto:%1:").arg(line)), qPrintable(e.toString()));
        QVERIFY2(e.what.contains(needle), qPrintable(e.what));
    }

    void planSubstitutesEachValueAsOneArgument()
    {
        const RunbookPlan plan = planTiny({{QStringLiteral("target"), QStringLiteral("db-b")},
                                           {QStringLiteral("note"), QStringLiteral("it's $(reboot); rm -rf / `id`")}});
        QVERIFY2(plan.ok(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
        QCOMPARE(plan.steps.size(), 3);
        QCOMPARE(plan.steps.at(0).node, QStringLiteral("db-b"));
        QCOMPARE(plan.steps.at(0).title, QStringLiteral("Act on db-b"));
        QCOMPARE(plan.steps.at(0).argv, (QStringList{QStringLiteral("drbdadm"), QStringLiteral("primary"), QStringLiteral("r0")}));
        QCOMPARE(plan.steps.at(0).command, QStringLiteral("drbdadm primary r0"));
        // The hostile note is exactly one argv element and one quoted word.
        QCOMPARE(plan.steps.at(1).argv.size(), 4);
        QCOMPARE(plan.steps.at(1).argv.at(3), QStringLiteral("it's $(reboot); rm -rf / `id`"));
        QCOMPARE(plan.steps.at(1).command, QStringLiteral("logger -t mailha 'it'\\''s $(reboot); rm -rf / `id`'"));
        QCOMPARE(plan.steps.at(2).argv.at(2), QStringLiteral("SELECT 'r0'"));
    }

    void hostileValuesAreRefused_data()
    {
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("node that does not exist") << "target" << "db-z" << "is not a node";
        QTest::newRow("node of the wrong technology") << "target" << "mx1" << "runs no postgres";
        QTest::newRow("command substitution as node") << "target" << "$(reboot)" << "is not a node";
        QTest::newRow("option as identifier") << "resource" << "--force" << "starts with '-'";
        QTest::newRow("quote in identifier") << "resource" << "r0'; DROP TABLE users; --" << "not a valid identifier";
        QTest::newRow("space in identifier") << "resource" << "r0 all" << "not a valid identifier";
        QTest::newRow("newline in identifier") << "resource" << "r0\nreboot" << "NUL or newline";
        QTest::newRow("semicolon in identifier") << "resource" << "r0;reboot" << "not a valid identifier";
        QTest::newRow("option as text") << "note" << "-rf" << "starts with '-'";
        QTest::newRow("undeclared parameter") << "evil" << "x" << "has no parameter 'evil'";
    }

    void hostileValuesAreRefused()
    {
        QFETCH(QString, param);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        RunbookParams params{{QStringLiteral("target"), QStringLiteral("db-b")}};
        params.insert(param, value);
        const RunbookPlan plan = planTiny(params);
        QVERIFY(!plan.ok());
        QVERIFY(plan.steps.isEmpty());
        QVERIFY2(plan.errors.join(QLatin1Char('\n')).contains(reason), qPrintable(plan.errors.join(QLatin1Char('\n'))));
    }

    void hostileNodeAttributesCannotBreakOutOfAnEmbeddedArgument()
    {
        // A cluster file whose host name would close the SQL literal.
        ClusterSpec spec = LabCluster::referenceSpec();
        for (Node &n : *spec.mutable_nodes())
            if (n.id() == "db-b")
                n.set_host("db-b' host='evil");
        const LoadedRunbook rb = findRunbook(QStringLiteral("postgres-switchover"));
        QVERIFY(rb.ok());
        const RunbookPlan plan = planRunbook(rb.runbook, spec,
                                             {{QStringLiteral("old_primary"), QStringLiteral("db-a")},
                                              {QStringLiteral("new_primary"), QStringLiteral("db-b")},
                                              {QStringLiteral("replicas"), QStringLiteral("db-dr")}});
        QVERIFY(!plan.ok());
        QVERIFY2(plan.errors.join(QLatin1Char('\n')).contains(QLatin1String("not allowed inside an argument")),
                 qPrintable(plan.errors.join(QLatin1Char('\n'))));
        // With a sane host the same plan is fine and every command is one argv.
        const RunbookPlan good = planRunbook(rb.runbook, LabCluster::referenceSpec(),
                                             {{QStringLiteral("old_primary"), QStringLiteral("db-a")},
                                              {QStringLiteral("new_primary"), QStringLiteral("db-b")},
                                              {QStringLiteral("replicas"), QStringLiteral("db-dr")}});
        QVERIFY2(good.ok(), qPrintable(good.errors.join(QLatin1Char('\n'))));
        for (const PlannedStep &s : good.steps)
            if (s.hasCommand())
                QCOMPARE(s.command, shellJoin(s.argv).text);
    }

    void nodeListExpandsToOneStepPerNode()
    {
        const LoadedRunbook rb = findRunbook(QStringLiteral("postgres-switchover"));
        const RunbookPlan plan = planRunbook(rb.runbook, LabCluster::referenceSpec(),
                                             {{QStringLiteral("old_primary"), QStringLiteral("db-a")},
                                              {QStringLiteral("new_primary"), QStringLiteral("db-dr")},
                                              {QStringLiteral("replicas"), QStringLiteral("db-b")}});
        QVERIFY2(plan.ok(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
        QStringList ids;
        for (const PlannedStep &s : plan.steps)
            ids << s.stepId;
        QVERIFY2(ids.contains(QLatin1String("repoint@db-b")), qPrintable(ids.join(QLatin1Char(' '))));
        for (const PlannedStep &s : plan.steps)
            if (s.stepId == QLatin1String("repoint@db-b")) {
                QCOMPARE(s.node, QStringLiteral("db-b"));
                QVERIFY2(s.argv.constLast().contains(QLatin1String("host=db-dr.lab port=5432 user=replicator application_name=db-b")),
                         qPrintable(s.argv.constLast()));
            }
        // No replicas: the re-point steps disappear instead of running on nothing.
        const RunbookPlan none = planRunbook(rb.runbook, LabCluster::referenceSpec(),
                                             {{QStringLiteral("old_primary"), QStringLiteral("db-a")},
                                              {QStringLiteral("new_primary"), QStringLiteral("db-b")}});
        QVERIFY(none.ok());
        QCOMPARE(none.steps.size(), plan.steps.size() - 3);
    }

    void planTextShowsHostAndExactCommandInOrder()
    {
        const RunbookPlan plan = planTiny({{QStringLiteral("target"), QStringLiteral("db-dr")}});
        QVERIFY(plan.ok());
        const QString text = planText(plan);
        QVERIFY(text.contains(QLatin1String("Nothing has run yet")));
        const qsizetype first = text.indexOf(QLatin1String("on db-dr: drbdadm primary r0"));
        const qsizetype second = text.indexOf(QLatin1String("on db-dr: logger -t mailha ''"));
        QVERIFY2(first > 0 && second > first, qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestRunbookLoader)
#include "tst_runbookloader.moc"
