// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "cluster/clusterfile.h"
#include "core/names.h"
#include "lab/labcluster.h"
#include "runbook/runbook.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mailha::ctl {

namespace {

// lupdate reads CtlText::tr() calls under the context "mailhactl".
struct CtlText {
    Q_DECLARE_TR_FUNCTIONS(mailhactl)
};

int usage(Io &io)
{
    io.err << "Usage: mailhactl runbook list [--dir DIR]...\n"
              "       mailhactl runbook show RUNBOOK [--dir DIR]...\n"
              "       mailhactl runbook dry-run RUNBOOK [--cluster FILE] [--param KEY=VALUE]... [--dir DIR]... [--json]\n";
    return ExitUsage;
}

QString hostOf(const ClusterSpec &spec, const QString &node)
{
    for (const Node &n : spec.nodes())
        if (qstr(n.id()) == node)
            return n.host().empty() ? node : qstr(n.host());
    return node;
}

} // namespace

int runRunbook(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CtlText::tr("List, show and dry-run runbooks. A dry run prints every command, on which host, "
                                        "in order, exactly as it would run; nothing runs."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("list | show | dry-run"));
    const QCommandLineOption dir(QStringLiteral("dir"), CtlText::tr("Also read the runbooks in DIR (e.g. the cluster's folder)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption cluster(QStringLiteral("cluster"), CtlText::tr("Cluster file (default: the built-in lab cluster)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption param(QStringLiteral("param"), CtlText::tr("Runbook parameter; repeat for several."),
                                   QStringLiteral("KEY=VALUE"));
    const QCommandLineOption json(QStringLiteral("json"), CtlText::tr("Print the plan as JSON."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, CtlText::tr("Show this help."));
    parser.addOptions({dir, cluster, param, json, help});
    if (!parser.parse(QStringList{QStringLiteral("mailhactl runbook")} + args)) {
        io.err << "mailhactl runbook: " << parser.errorText() << "\n";
        return usage(io);
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return ExitOk;
    }
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const QStringList dirs = parser.values(dir);

    if (action == QLatin1String("list") && pos.size() == 1) {
        int bad = 0;
        for (const LoadedRunbook &rb : loadRunbooks(dirs)) {
            if (!rb.ok()) {
                ++bad;
                for (const RunbookError &e : rb.errors)
                    io.err << e.toString() << "\n";
                continue;
            }
            QStringList flags;
            if (rb.runbook.data_loss_risk())
                flags << QStringLiteral("data-loss-risk");
            if (rb.runbook.patroni())
                flags << QStringLiteral("patroni");
            io.out << qstr(rb.runbook.id()).leftJustified(28) << qstr(rb.runbook.title())
                   << (flags.isEmpty() ? QString() : QLatin1String("  [") + flags.join(QLatin1Char(',')) + QLatin1Char(']')) << "\n";
        }
        return bad > 0 ? ExitDataError : ExitOk;
    }
    if ((action != QLatin1String("show") && action != QLatin1String("dry-run")) || pos.size() != 2)
        return usage(io);

    const LoadedRunbook rb = findRunbook(pos.at(1), dirs);
    if (!rb.ok()) {
        for (const RunbookError &e : rb.errors)
            io.err << "mailhactl runbook: " << e.toString() << "\n";
        return rb.runbook.id().empty() && rb.errors.size() == 1 && rb.errors.constFirst().line == 0 ? ExitNoInput : ExitDataError;
    }
    const Runbook &runbook = rb.runbook;
    if (action == QLatin1String("show")) {
        io.out << qstr(runbook.id()) << " — " << qstr(runbook.title()) << "\n" << qstr(runbook.description()) << "\n";
        if (runbook.data_loss_risk())
            io.out << CtlText::tr("WARNING: this runbook can lose data (forced failover).") << "\n";
        io.out << "\n" << CtlText::tr("Parameters:") << "\n";
        for (const Parameter &p : runbook.parameters())
            io.out << "  " << qstr(p.name()).leftJustified(18) << parameterTypeName(p.type()).leftJustified(11)
                   << (p.optional() ? CtlText::tr("optional ") : QString())
                   << (p.default_value().empty() ? QString() : CtlText::tr("default %1 ").arg(qstr(p.default_value())))
                   << qstr(p.description()) << "\n";
        io.out << "\n" << CtlText::tr("Steps:") << "\n";
        int i = 0;
        for (const Step &s : runbook.steps()) {
            io.out << "  " << ++i << ". " << stepKindName(s.kind()) << " " << qstr(s.id()) << ": " << qstr(s.title()) << "\n";
            if (s.argv_size() > 0) {
                QStringList argv;
                for (const std::string &a : s.argv())
                    argv << qstr(a);
                io.out << "     on " << qstr(s.node()) << ": " << argv.join(QLatin1Char(' ')) << "\n";
            }
        }
        return ExitOk;
    }

    ClusterSpec spec;
    if (parser.isSet(cluster)) {
        const ClusterFileLoad load = loadClusterFile(parser.value(cluster));
        if (!load.ok()) {
            io.err << load.errorText() << "\n";
            return load.errors.constFirst().line == 0 ? ExitNoInput : ExitDataError;
        }
        spec = load.spec;
    } else {
        spec = LabCluster::referenceSpec();
    }
    RunbookParams params;
    for (const QString &kv : parser.values(param)) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            io.err << "mailhactl runbook: " << CtlText::tr("--param takes KEY=VALUE, not '%1'").arg(kv) << "\n";
            return ExitUsage;
        }
        params.insert(kv.left(eq), kv.mid(eq + 1));
    }
    const RunbookPlan plan = planRunbook(runbook, spec, params);
    if (!plan.ok()) {
        for (const QString &e : plan.errors)
            io.err << "mailhactl runbook: " << e << "\n";
        return ExitDataError;
    }
    if (parser.isSet(json)) {
        QJsonArray steps;
        for (const PlannedStep &s : plan.steps) {
            QJsonObject o{{QStringLiteral("order"), s.index + 1},
                          {QStringLiteral("step"), s.stepId},
                          {QStringLiteral("kind"), stepKindName(s.kind)},
                          {QStringLiteral("title"), s.title}};
            if (!s.node.isEmpty()) {
                o.insert(QStringLiteral("node"), s.node);
                o.insert(QStringLiteral("host"), hostOf(spec, s.node));
            }
            if (s.hasCommand()) {
                o.insert(QStringLiteral("argv"), QJsonArray::fromStringList(s.argv));
                o.insert(QStringLiteral("command"), s.command);
            }
            if (!s.instructions.isEmpty())
                o.insert(QStringLiteral("instructions"), s.instructions);
            if (!s.rollbackHint.isEmpty())
                o.insert(QStringLiteral("rollback"), s.rollbackHint);
            steps.append(o);
        }
        QJsonObject values;
        for (auto it = plan.params.begin(); it != plan.params.end(); ++it)
            values.insert(it.key(), it.value());
        const QJsonObject doc{{QStringLiteral("runbook"), qstr(runbook.id())},
                              {QStringLiteral("cluster"), plan.cluster},
                              {QStringLiteral("lab"), plan.lab},
                              {QStringLiteral("data_loss_risk"), runbook.data_loss_risk()},
                              {QStringLiteral("parameters"), values},
                              {QStringLiteral("steps"), steps}};
        io.out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    QString text = planText(plan);
    // The host each node id reaches, next to the id.
    for (const PlannedStep &s : plan.steps)
        if (s.hasCommand())
            text.replace(QStringLiteral("   on %1: ").arg(s.node),
                         QStringLiteral("   on %1 (%2): ").arg(s.node, hostOf(spec, s.node)));
    io.out << text;
    return ExitOk;
}

} // namespace mailha::ctl
