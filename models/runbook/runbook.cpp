// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/runbook.h"

#include "core/names.h"
#include "core/shellquote.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/text_format.h>

#include <algorithm>
#include <optional>

static void initRunbookResources()
{
    Q_INIT_RESOURCE(runbooks);
}

namespace mailha {

namespace {

// lupdate reads RunbookText::tr() calls under the context "mailha::Runbook".
struct RunbookText {
    Q_DECLARE_TR_FUNCTIONS(mailha::Runbook)
};

class Collector final : public google::protobuf::io::ErrorCollector
{
public:
    explicit Collector(QString source) : m_source(std::move(source)) {}
    void AddError(int line, google::protobuf::io::ColumnNumber column, const std::string &message) override
    {
        errors.append({m_source, line + 1, column + 1, qstr(message)});
    }
    void AddWarning(int, google::protobuf::io::ColumnNumber, const std::string &) override {}
    QList<RunbookError> errors;

private:
    QString m_source;
};

/// One {{...}} in a template.
struct Token {
    qsizetype start = 0;
    qsizetype length = 0;
    QString name;
    QString attribute;  ///< "", "host", "site", "id", "param"
    QString key;        ///< for "param"
    std::optional<QString> fallback;
};

struct Parsed {
    QList<Token> tokens;
    QString error;
};

Parsed parseTemplate(const QString &text)
{
    static const QRegularExpression expr(QStringLiteral(
        R"(^([a-z][a-z0-9_]*)(?:\.(host|site|id|param\.([A-Za-z0-9_]+)))?(?:\|(.*))?$)"));
    Parsed parsed;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), from);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0) {
            parsed.error = RunbookText::tr("unterminated '{{' in \"%1\"").arg(text);
            return parsed;
        }
        const QString inner = text.mid(open + 2, close - open - 2).trimmed();
        const QRegularExpressionMatch m = expr.match(inner);
        if (!m.hasMatch()) {
            parsed.error = RunbookText::tr("bad placeholder '{{%1}}'").arg(inner);
            return parsed;
        }
        Token t;
        t.start = open;
        t.length = close + 2 - open;
        t.name = m.captured(1);
        const QString attr = m.captured(2);
        t.attribute = attr.startsWith(QLatin1String("param.")) ? QStringLiteral("param") : attr;
        t.key = m.captured(3);
        if (m.capturedStart(4) >= 0)
            t.fallback = m.captured(4);
        parsed.tokens.append(t);
        from = close + 2;
    }
    if (text.indexOf(QLatin1String("}}"), from) >= 0 && parsed.tokens.isEmpty())
        parsed.error = RunbookText::tr("stray '}}' in \"%1\"").arg(text);
    return parsed;
}

const Parameter *parameterNamed(const Runbook &rb, const QString &name)
{
    for (const Parameter &p : rb.parameters())
        if (qstr(p.name()) == name)
            return &p;
    return nullptr;
}

bool isWholeToken(const QString &text, const Parsed &parsed)
{
    return parsed.tokens.size() == 1 && parsed.tokens.constFirst().start == 0
           && parsed.tokens.constFirst().length == text.size();
}

/// Characters a value may have when it is embedded inside a larger argument:
/// nothing a shell, a conninfo string or an SQL literal treats specially.
bool embeddable(const QString &value)
{
    static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z0-9_.:/+@-]*$)"));
    return re.match(value).hasMatch();
}

RunbookError errorAt(const QString &source, const google::protobuf::TextFormat::ParseInfoTree &tree,
                     const google::protobuf::FieldDescriptor *field, int index, const QString &what)
{
    const auto loc = tree.GetLocation(field, index);
    return {source, loc.line + 1, loc.column + 1, what};
}

void validate(LoadedRunbook &loaded, const google::protobuf::TextFormat::ParseInfoTree &tree)
{
    const Runbook &rb = loaded.runbook;
    const auto *rbDesc = Runbook::descriptor();
    const auto *stepsField = rbDesc->FindFieldByName("steps");
    const auto *paramsField = rbDesc->FindFieldByName("parameters");
    auto fail = [&](const auto *field, int index, const QString &what) {
        loaded.errors.append(errorAt(loaded.source, tree, field, index, what));
    };
    if (rb.id().empty())
        loaded.errors.append({loaded.source, 1, 1, RunbookText::tr("the runbook has no id")});
    if (rb.steps_size() == 0)
        loaded.errors.append({loaded.source, 1, 1, RunbookText::tr("the runbook has no steps")});

    static const QRegularExpression paramName(QStringLiteral("^[a-z][a-z0-9_]*$"));
    QStringList names;
    for (int i = 0; i < rb.parameters_size(); ++i) {
        const Parameter &p = rb.parameters(i);
        const QString name = qstr(p.name());
        if (!paramName.match(name).hasMatch())
            fail(paramsField, i, RunbookText::tr("parameter name '%1' must match [a-z][a-z0-9_]*").arg(name));
        if (name == QLatin1String("node") || name == QLatin1String("cluster"))
            fail(paramsField, i, RunbookText::tr("parameter name '%1' is reserved").arg(name));
        if (names.contains(name))
            fail(paramsField, i, RunbookText::tr("parameter '%1' is declared twice").arg(name));
        if (p.type() == PARAMETER_TYPE_UNSPECIFIED)
            fail(paramsField, i, RunbookText::tr("parameter '%1' has no type").arg(name));
        names.append(name);
    }

    // Checks every placeholder of one template; `argument` is true for an
    // argv element, where the quoting rule applies.
    auto checkTemplate = [&](int stepIndex, const QString &text, bool argument) {
        const Parsed parsed = parseTemplate(text);
        if (!parsed.error.isEmpty()) {
            fail(stepsField, stepIndex, parsed.error);
            return;
        }
        const bool whole = isWholeToken(text, parsed);
        for (const Token &t : parsed.tokens) {
            if (t.name == QLatin1String("node") || t.name == QLatin1String("cluster")) {
                if (t.name == QLatin1String("cluster") && argument && !whole)
                    fail(stepsField, stepIndex, RunbookText::tr("{{cluster}} may only stand as a whole argument"));
                continue;
            }
            const Parameter *p = parameterNamed(rb, t.name);
            if (!p) {
                fail(stepsField, stepIndex, RunbookText::tr("unknown parameter '%1'").arg(t.name));
                continue;
            }
            const bool nodeLike = p->type() == NODE || p->type() == NODE_LIST;
            if (!t.attribute.isEmpty() && !nodeLike)
                fail(stepsField, stepIndex, RunbookText::tr("'.%1' needs a node parameter, '%2' is not one").arg(t.attribute, t.name));
            if (argument && p->type() == NODE_LIST)
                fail(stepsField, stepIndex,
                     RunbookText::tr("node list '%1' cannot be an argument; target the step at it instead").arg(t.name));
            else if (argument && !whole && p->type() == TEXT)
                fail(stepsField, stepIndex,
                     RunbookText::tr("text parameter '%1' may only stand as a whole argument, never inside one").arg(t.name));
        }
    };

    QStringList ids;
    for (int i = 0; i < rb.steps_size(); ++i) {
        const Step &s = rb.steps(i);
        const QString id = qstr(s.id());
        if (id.isEmpty())
            fail(stepsField, i, RunbookText::tr("step %1 has no id").arg(i + 1));
        else if (ids.contains(id))
            fail(stepsField, i, RunbookText::tr("step id '%1' is used twice").arg(id));
        ids.append(id);
        if (s.kind() == STEP_KIND_UNSPECIFIED)
            fail(stepsField, i, RunbookText::tr("step '%1' has no kind").arg(id));
        const bool hasArgv = s.argv_size() > 0;
        const bool hasCondition = !s.condition().node().empty();
        switch (s.kind()) {
        case COMMAND:
            if (!hasArgv)
                fail(stepsField, i, RunbookText::tr("COMMAND step '%1' has no argv").arg(id));
            break;
        case CHECK:
        case WAIT:
        case VERIFY:
            if (!hasArgv && !hasCondition)
                fail(stepsField, i, RunbookText::tr("step '%1' needs argv or a condition").arg(id));
            break;
        case MANUAL:
            if (hasArgv)
                fail(stepsField, i, RunbookText::tr("MANUAL step '%1' cannot run a command").arg(id));
            if (s.instructions().empty())
                fail(stepsField, i, RunbookText::tr("MANUAL step '%1' has no instructions").arg(id));
            break;
        default:
            break;
        }
        if (hasArgv && s.node().empty())
            fail(stepsField, i, RunbookText::tr("step '%1' runs a command but names no node").arg(id));
        if (!s.node().empty()) {
            const QString node = qstr(s.node());
            const Parsed parsed = parseTemplate(node);
            if (!parsed.error.isEmpty() || (!parsed.tokens.isEmpty() && !isWholeToken(node, parsed))
                || (!parsed.tokens.isEmpty() && !parsed.tokens.constFirst().attribute.isEmpty()))
                fail(stepsField, i, RunbookText::tr("step '%1': node must be a node id or one {{parameter}}").arg(id));
            else if (!parsed.tokens.isEmpty()) {
                const Parameter *p = parameterNamed(rb, parsed.tokens.constFirst().name);
                if (!p || (p->type() != NODE && p->type() != NODE_LIST))
                    fail(stepsField, i, RunbookText::tr("step '%1': '%2' is not a node parameter").arg(id, parsed.tokens.constFirst().name));
            }
        }
        for (const std::string &a : s.argv())
            checkTemplate(i, qstr(a), true);
        for (const std::string *t : {&s.title(), &s.rollback_hint(), &s.instructions(), &s.expect().stdout_contains(),
                                     &s.expect().stdout_equals(), &s.condition().node()})
            checkTemplate(i, qstr(*t), false);
    }
}

/// Validates a value against its declared type; returns why not, or empty.
QString checkValue(const Parameter &p, const QString &value, const ClusterSpec &spec)
{
    static const QRegularExpression identifier(QStringLiteral(R"(^[A-Za-z0-9_][A-Za-z0-9_.-]*$)"));
    static const QRegularExpression integer(QStringLiteral(R"(^[0-9]{1,18}$)"));
    static const QRegularExpression host(QStringLiteral(R"(^[A-Za-z0-9_][A-Za-z0-9_.:-]*$)"));
    static const QRegularExpression path(QStringLiteral(R"(^/[A-Za-z0-9_./+-]*$)"));
    const QString name = qstr(p.name());
    if (value.startsWith(QLatin1Char('-')))
        return RunbookText::tr("value of '%1' starts with '-' and could pass for an option").arg(name);
    if (value.contains(QChar(u'\0')) || value.contains(QLatin1Char('\n')))
        return RunbookText::tr("value of '%1' contains a NUL or newline").arg(name);
    auto nodeCheck = [&](const QString &id) -> QString {
        for (const Node &n : spec.nodes()) {
            if (qstr(n.id()) != id)
                continue;
            if (p.technology() == TECHNOLOGY_UNSPECIFIED)
                return {};
            for (const ServiceSpec &s : n.services())
                if (s.technology() == p.technology())
                    return {};
            return RunbookText::tr("node '%1' (for '%2') runs no %3").arg(id, name, technologyName(p.technology()));
        }
        return RunbookText::tr("'%1' (for '%2') is not a node of cluster %3").arg(id, name, qstr(spec.name()));
    };
    switch (p.type()) {
    case NODE:
        return nodeCheck(value);
    case NODE_LIST:
        for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (const QString why = nodeCheck(id.trimmed()); !why.isEmpty())
                return why;
        return {};
    case GROUP:
        for (const ServiceGroup &g : spec.groups())
            if (qstr(g.id()) == value)
                return {};
        return RunbookText::tr("'%1' (for '%2') is not a service group of cluster %3").arg(value, name, qstr(spec.name()));
    case IDENTIFIER:
        return identifier.match(value).hasMatch() ? QString() : RunbookText::tr("'%1' is not a valid identifier for '%2' ([A-Za-z0-9_.-])").arg(value, name);
    case INTEGER:
        return integer.match(value).hasMatch() ? QString() : RunbookText::tr("'%1' is not a whole number for '%2'").arg(value, name);
    case HOSTNAME:
        return host.match(value).hasMatch() ? QString() : RunbookText::tr("'%1' is not a host name or address for '%2'").arg(value, name);
    case PATH:
        if (!path.match(value).hasMatch() || value.contains(QLatin1String("/../")) || value.endsWith(QLatin1String("/..")))
            return RunbookText::tr("'%1' is not a plain absolute path for '%2'").arg(value, name);
        return {};
    case TEXT:
        return {};
    default:
        return RunbookText::tr("parameter '%1' has no type").arg(name);
    }
}

const Node *nodeById(const ClusterSpec &spec, const QString &id)
{
    for (const Node &n : spec.nodes())
        if (qstr(n.id()) == id)
            return &n;
    return nullptr;
}

struct Context {
    const Runbook &runbook;
    const ClusterSpec &spec;
    const RunbookParams &params;
    QString node;  ///< the step's target
};

/// Resolves one placeholder to its value; `error` set when it cannot.
QString resolve(const Token &t, const Context &ctx, QString *error)
{
    QString base;
    bool isNode = false;
    if (t.name == QLatin1String("cluster")) {
        base = qstr(ctx.spec.name());
    } else if (t.name == QLatin1String("node")) {
        base = ctx.node;
        isNode = true;
    } else {
        base = ctx.params.value(t.name);
        const Parameter *p = parameterNamed(ctx.runbook, t.name);
        isNode = p && p->type() == NODE;
    }
    QString value = base;
    if (!t.attribute.isEmpty()) {
        const Node *n = isNode ? nodeById(ctx.spec, base) : nullptr;
        if (!n) {
            *error = RunbookText::tr("'{{%1.%2}}': '%3' is not a node").arg(t.name, t.attribute, base);
            return {};
        }
        if (t.attribute == QLatin1String("host"))
            value = n->host().empty() ? base : qstr(n->host());
        else if (t.attribute == QLatin1String("site"))
            value = qstr(n->site());
        else if (t.attribute == QLatin1String("id"))
            value = qstr(n->id());
        else {
            value.clear();
            for (const ServiceSpec &s : n->services()) {
                const auto it = s.params().find(sstr(t.key));
                if (it != s.params().end() && (ctx.runbook.technology() == TECHNOLOGY_UNSPECIFIED
                                               || s.technology() == ctx.runbook.technology() || value.isEmpty()))
                    value = qstr(it->second);
            }
        }
    }
    if (value.isEmpty() && t.fallback)
        value = *t.fallback;
    return value;
}

/// Substitutes a template. For an argv element, a value standing inside a
/// larger argument must be embeddable; a whole-argument value is one element
/// whatever it holds.
QString substitute(const QString &text, const Context &ctx, bool argument, QString *error)
{
    const Parsed parsed = parseTemplate(text);
    if (!parsed.error.isEmpty()) {
        *error = parsed.error;
        return {};
    }
    const bool whole = isWholeToken(text, parsed);
    QString out;
    qsizetype at = 0;
    for (const Token &t : parsed.tokens) {
        out += text.mid(at, t.start - at);
        const QString value = resolve(t, ctx, error);
        if (!error->isEmpty())
            return {};
        if (argument && !whole && !embeddable(value)) {
            *error = RunbookText::tr("value \"%1\" of {{%2}} has characters that are not allowed inside an argument")
                         .arg(value, t.name + (t.attribute.isEmpty() ? QString() : QLatin1Char('.') + t.attribute));
            return {};
        }
        if (argument && value.startsWith(QLatin1Char('-')) && t.start == 0) {
            *error = RunbookText::tr("value \"%1\" of {{%2}} starts with '-' and could pass for an option").arg(value, t.name);
            return {};
        }
        out += value;
        at = t.start + t.length;
    }
    out += text.mid(at);
    return out;
}

} // namespace

QString RunbookError::toString() const
{
    if (line <= 0)
        return source + QLatin1String(": ") + what;
    return QStringLiteral("%1:%2:%3: %4").arg(source).arg(line).arg(column).arg(what);
}

LoadedRunbook parseRunbook(const QByteArray &text, const QString &source)
{
    LoadedRunbook loaded;
    loaded.source = source;
    google::protobuf::TextFormat::Parser parser;
    Collector collector(source);
    google::protobuf::TextFormat::ParseInfoTree tree;
    parser.RecordErrorsTo(&collector);
    parser.WriteLocationsTo(&tree);
    if (!parser.ParseFromString(text.toStdString(), &loaded.runbook)) {
        loaded.errors = collector.errors;
        if (loaded.errors.isEmpty())
            loaded.errors.append({source, 0, 0, RunbookText::tr("not a runbook in Protobuf text format")});
        return loaded;
    }
    validate(loaded, tree);
    return loaded;
}

LoadedRunbook loadRunbookFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LoadedRunbook failed;
        failed.source = path;
        failed.errors.append({path, 0, 0, RunbookText::tr("cannot read: %1").arg(file.errorString())});
        return failed;
    }
    return parseRunbook(file.readAll(), path);
}

QList<LoadedRunbook> builtinRunbooks()
{
    static const bool initialised = [] {
        initRunbookResources();
        return true;
    }();
    Q_UNUSED(initialised)
    QList<LoadedRunbook> all;
    const QDir dir(QStringLiteral(":/runbooks"));
    for (const QString &name : dir.entryList({QStringLiteral("*.textproto")}, QDir::Files, QDir::Name))
        all.append(loadRunbookFile(dir.filePath(name)));
    return all;
}

QList<LoadedRunbook> loadRunbooks(const QStringList &dirs)
{
    QList<LoadedRunbook> all = builtinRunbooks();
    for (const QString &d : dirs) {
        const QDir dir(d);
        for (const QString &name : dir.entryList({QStringLiteral("*.textproto")}, QDir::Files, QDir::Name)) {
            LoadedRunbook rb = loadRunbookFile(dir.filePath(name));
            all.erase(std::remove_if(all.begin(), all.end(),
                                     [&](const LoadedRunbook &o) { return !rb.runbook.id().empty() && o.runbook.id() == rb.runbook.id(); }),
                      all.end());
            all.append(rb);
        }
    }
    std::sort(all.begin(), all.end(), [](const LoadedRunbook &a, const LoadedRunbook &b) { return a.runbook.id() < b.runbook.id(); });
    return all;
}

LoadedRunbook findRunbook(const QString &id, const QStringList &dirs)
{
    for (const LoadedRunbook &rb : loadRunbooks(dirs))
        if (qstr(rb.runbook.id()) == id)
            return rb;
    LoadedRunbook missing;
    missing.source = id;
    missing.errors.append({id, 0, 0, RunbookText::tr("no runbook with id '%1'").arg(id)});
    return missing;
}

RunbookPlan planRunbook(const Runbook &runbook, const ClusterSpec &spec, const RunbookParams &params)
{
    RunbookPlan plan;
    plan.runbook = runbook;
    plan.cluster = qstr(spec.name());
    plan.lab = spec.lab();
    for (auto it = params.begin(); it != params.end(); ++it)
        if (!parameterNamed(runbook, it.key()))
            plan.errors << RunbookText::tr("runbook %1 has no parameter '%2'").arg(qstr(runbook.id()), it.key());
    for (const Parameter &p : runbook.parameters()) {
        const QString name = qstr(p.name());
        QString value = params.contains(name) ? params.value(name) : qstr(p.default_value());
        plan.params.insert(name, value);
        if (value.isEmpty()) {
            if (!p.optional())
                plan.errors << RunbookText::tr("parameter '%1' is required (%2)").arg(name, qstr(p.description()));
            continue;
        }
        if (const QString why = checkValue(p, value, spec); !why.isEmpty())
            plan.errors << why;
    }
    if (!plan.errors.isEmpty())
        return plan;

    for (const Step &s : runbook.steps()) {
        QStringList targets;
        bool perNode = false;
        const QString nodeTemplate = qstr(s.node());
        if (!nodeTemplate.isEmpty()) {
            const Parsed parsed = parseTemplate(nodeTemplate);
            const Parameter *p = parsed.tokens.isEmpty() ? nullptr : parameterNamed(runbook, parsed.tokens.constFirst().name);
            const QString raw = p ? plan.params.value(qstr(p->name())) : nodeTemplate;
            perNode = p && p->type() == NODE_LIST;
            for (const QString &t : raw.split(QLatin1Char(','), Qt::SkipEmptyParts))
                targets << t.trimmed();
            if (targets.isEmpty())
                continue;  // an empty optional node list: the step has nothing to do
            for (const QString &t : targets)
                if (!nodeById(spec, t))
                    plan.errors << RunbookText::tr("step '%1': '%2' is not a node of cluster %3").arg(qstr(s.id()), t, plan.cluster);
        } else {
            targets << QString();
        }
        for (const QString &target : targets) {
            Context ctx{runbook, spec, plan.params, target};
            QString error;
            PlannedStep ps;
            ps.index = int(plan.steps.size());
            ps.stepId = qstr(s.id()) + (perNode ? QLatin1Char('@') + target : QString());
            ps.kind = s.kind();
            ps.node = target;
            auto sub = [&](const std::string &text, bool argument) {
                if (!error.isEmpty())
                    return QString();
                return substitute(qstr(text), ctx, argument, &error);
            };
            ps.title = sub(s.title(), false);
            for (const std::string &a : s.argv())
                ps.argv << sub(a, true);
            ps.expectExit = s.expect().exit_status();
            ps.expectContains = sub(s.expect().stdout_contains(), false);
            ps.expectEquals = sub(s.expect().stdout_equals(), false);
            ps.rollbackHint = sub(s.rollback_hint(), false);
            ps.instructions = sub(s.instructions(), false);
            ps.condition = s.condition();
            ps.condition.set_node(sstr(sub(s.condition().node(), false)));
            ps.advisory = s.advisory();
            ps.timeoutMs = (s.timeout_s() > 0 ? s.timeout_s() : 60) * 1000;
            ps.intervalMs = (s.interval_s() > 0 ? s.interval_s() : 2) * 1000;
            if (!error.isEmpty()) {
                plan.errors << RunbookText::tr("step '%1': %2").arg(qstr(s.id()), error);
                continue;
            }
            if (ps.hasCommand()) {
                const ShellCommand joined = shellJoin(ps.argv);
                if (!joined.ok()) {
                    plan.errors << RunbookText::tr("step '%1': %2").arg(qstr(s.id()), joined.error);
                    continue;
                }
                ps.command = joined.text;
            }
            plan.steps.append(ps);
        }
    }
    return plan;
}

QString planText(const RunbookPlan &plan)
{
    QString text;
    text += RunbookText::tr("Runbook %1 — %2 on cluster %3%4").arg(qstr(plan.runbook.id()), qstr(plan.runbook.title()), plan.cluster,
                                                     plan.lab ? RunbookText::tr(" (LAB, simulated)") : QString())
            + QLatin1Char('\n');
    for (auto it = plan.params.begin(); it != plan.params.end(); ++it)
        text += QStringLiteral("  %1 = %2\n").arg(it.key(), shellQuote(it.value()));
    if (plan.runbook.data_loss_risk())
        text += RunbookText::tr("WARNING: this runbook can lose data (forced failover).") + QLatin1Char('\n');
    text += RunbookText::tr("Nothing has run yet.") + QLatin1Char('\n');
    for (const PlannedStep &s : plan.steps) {
        text += QStringLiteral("%1. %2 %3 [%4]").arg(s.index + 1).arg(stepKindName(s.kind), s.stepId, s.title);
        text += QLatin1Char('\n');
        if (s.hasCommand())
            text += QStringLiteral("   on %1: %2\n").arg(s.node, s.command);
        else if (!s.condition.node().empty())
            text += QStringLiteral("   state: %1 %2 is %3\n")
                        .arg(qstr(s.condition.node()), qstr(s.condition.service()), roleName(s.condition.role()));
        if (!s.instructions.isEmpty())
            text += QStringLiteral("   do: %1\n").arg(s.instructions);
        if (!s.rollbackHint.isEmpty())
            text += QStringLiteral("   rollback: %1\n").arg(s.rollbackHint);
    }
    return text;
}

QString stepKindName(StepKind kind)
{
    return qstr(StepKind_Name(kind));
}

QString parameterTypeName(ParameterType type)
{
    return qstr(ParameterType_Name(type));
}

} // namespace mailha
