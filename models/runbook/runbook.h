// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster.pb.h"
#include "runbook.pb.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mailha {

/// A problem in a runbook file, located like a compiler error.
struct RunbookError {
    QString source;  ///< file path or resource name
    int line = 0;    ///< 1-based; 0 when not known
    int column = 0;
    QString what;
    QString toString() const;  ///< "file:line:column: what"
};

struct LoadedRunbook {
    Runbook runbook;
    QString source;
    QList<RunbookError> errors;
    bool ok() const { return errors.isEmpty(); }
};

/// Parses and validates one runbook (Protobuf text format). Beyond the syntax
/// it checks what would make a run unsafe or meaningless: unique step ids,
/// known parameters in every template, commands only with a target node, and
/// the quoting rule: a TEXT parameter or a NODE_LIST may only ever stand as a
/// whole argument, never inside one.
LoadedRunbook parseRunbook(const QByteArray &text, const QString &source);
LoadedRunbook loadRunbookFile(const QString &path);

/// The built-in runbooks (compiled-in resources), sorted by id.
QList<LoadedRunbook> builtinRunbooks();
/// Built-ins plus every *.textproto in `dirs` (a cluster's own folder); a
/// file there with a built-in's id replaces it.
QList<LoadedRunbook> loadRunbooks(const QStringList &dirs = {});
/// The runbook with this id, or an invalid one (errors set) when there is none.
LoadedRunbook findRunbook(const QString &id, const QStringList &dirs = {});

/// Parameter values by name. A NODE_LIST value is comma separated.
using RunbookParams = QMap<QString, QString>;

/// One step made concrete: target node, argv and texts with every parameter
/// substituted. `command` is shellJoin(argv), exactly what will be sent.
struct PlannedStep {
    int index = 0;
    QString stepId;   ///< the runbook step id, "id@node" when expanded per node
    QString title;
    StepKind kind = STEP_KIND_UNSPECIFIED;
    QString node;
    QStringList argv;
    QString command;
    int expectExit = 0;
    QString expectContains;
    QString expectEquals;
    int timeoutMs = 0;
    int intervalMs = 0;
    QString rollbackHint;
    QString instructions;
    StateCondition condition;  ///< node substituted
    bool advisory = false;

    bool hasCommand() const { return !argv.isEmpty(); }
    bool changesCluster() const { return kind == COMMAND; }
};

struct RunbookPlan {
    Runbook runbook;
    QString cluster;
    bool lab = false;
    RunbookParams params;  ///< with defaults filled in
    QList<PlannedStep> steps;
    QStringList errors;
    bool ok() const { return errors.isEmpty(); }
};

/// Substitutes `params` into the runbook for `spec`. Every value is checked
/// against its declared type (a NODE must exist and run the runbook's
/// technology, an IDENTIFIER is [A-Za-z0-9_.-] and so on; no value may start
/// with '-', so none can pass for an option). Templates: {{name}},
/// {{name.host}}, {{name.site}}, {{name.param.KEY}} (the node's service
/// parameter), each with an optional |default; {{node}} is the step's target
/// and {{cluster}} the cluster name.
RunbookPlan planRunbook(const Runbook &runbook, const ClusterSpec &spec, const RunbookParams &params);

/// The dry run as text: one line per step with its order, kind, host and the
/// exact command.
QString planText(const RunbookPlan &plan);

QString stepKindName(StepKind kind);  ///< "CHECK", "COMMAND", ... (a contract, not translated)
QString parameterTypeName(ParameterType type);

} // namespace mailha
