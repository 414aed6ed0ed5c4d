// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab/scenariorunner.h"

#include "core/names.h"
#include "core/shellquote.h"
#include "core/textproto.h"
#include "runbook/timeline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

static void initScenarioResources()
{
    Q_INIT_RESOURCE(scenarios);
}

namespace mailha {

namespace {

struct Scenarios {
    Q_DECLARE_TR_FUNCTIONS(mailha::Scenarios)
};

constexpr qint64 defaultStartMs = 1'767'603'600'000;  // 2026-01-05T09:00:00Z, a Monday morning

qint64 startOf(const Scenario &s)
{
    if (s.start_time().empty())
        return defaultStartMs;
    const QDateTime t = QDateTime::fromString(qstr(s.start_time()), Qt::ISODate);
    return t.isValid() ? t.toMSecsSinceEpoch() : defaultStartMs;
}

QString at(double seconds)
{
    return QStringLiteral("t+%1s").arg(qint64(seconds));
}

} // namespace

ScenarioLoad parseScenario(const QByteArray &text, const QString &fileName)
{
    ScenarioLoad load;
    if (!parseTextProto(text, fileName, &load.scenario, &load.error))
        return load;
    const Scenario &s = load.scenario;
    const ClusterSpec spec = LabCluster::referenceSpec();
    QStringList problems;
    if (s.id().empty())
        problems << Scenarios::tr("the scenario has no id");
    if (s.duration_s() <= 0)
        problems << Scenarios::tr("duration_s must be positive");
    bool groupKnown = false;
    for (const ServiceGroup &g : spec.groups())
        groupKnown = groupKnown || g.id() == s.objectives().group();
    if (!groupKnown)
        problems << Scenarios::tr("objectives.group '%1' is not a service group of the lab").arg(qstr(s.objectives().group()));
    for (int i = 0; i < s.faults_size(); ++i) {
        const ScheduledFault &f = s.faults(i);
        const auto kind = labFaultFromName(qstr(f.fault()));
        if (!kind) {
            problems << Scenarios::tr("fault %1: unknown fault '%2'").arg(i + 1).arg(qstr(f.fault()));
            continue;
        }
        LabCluster probe(1);
        QString error;
        if (!probe.setFault(*kind, qstr(f.node()), true, &error))
            problems << Scenarios::tr("fault %1: %2").arg(i + 1).arg(error);
        if (f.at_s() < 0 || f.at_s() >= s.duration_s())
            problems << Scenarios::tr("fault %1: at_s %2 is outside the scenario").arg(i + 1).arg(f.at_s());
    }
    if (!problems.isEmpty())
        load.error = fileName + QLatin1String(": ") + problems.join(QLatin1String("; "));
    return load;
}

ScenarioLoad loadScenario(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ScenarioLoad load;
        load.error = Scenarios::tr("cannot open %1: %2").arg(path, file.errorString());
        return load;
    }
    return parseScenario(file.readAll(), path);
}

QStringList builtinScenarios()
{
    initScenarioResources();
    QStringList ids;
    for (const QString &f : QDir(QStringLiteral(":/scenarios")).entryList({QStringLiteral("*.textproto")}, QDir::Files,
                                                                         QDir::Name))
        ids << f.chopped(10);
    return ids;
}

ScenarioLoad findScenario(const QString &nameOrPath)
{
    if (QFileInfo::exists(nameOrPath))
        return loadScenario(nameOrPath);
    initScenarioResources();
    const QString builtin = QStringLiteral(":/scenarios/%1.textproto").arg(nameOrPath);
    if (QFileInfo::exists(builtin))
        return loadScenario(builtin);
    ScenarioLoad load;
    load.error = Scenarios::tr("no scenario file or built-in scenario named '%1' (built in: %2)")
                     .arg(nameOrPath, builtinScenarios().join(QLatin1String(", ")));
    return load;
}

bool builtinModelAnswer(const QString &scenarioId, ActionScript *script)
{
    initScenarioResources();
    const QString path = QStringLiteral(":/scenarios/solutions/%1.actions.textproto").arg(scenarioId);
    return QFileInfo::exists(path) && loadActionScript(path, script, nullptr);
}

bool loadActionScript(const QString &path, ActionScript *script, QString *error)
{
    if (!loadTextProto(path, script, error))
        return false;
    const ClusterSpec spec = LabCluster::referenceSpec();
    for (int i = 0; i < script->actions_size(); ++i) {
        const ScriptedAction &a = script->actions(i);
        bool known = false;
        for (const Node &n : spec.nodes())
            known = known || n.id() == a.node();
        if (!known && a.heals_fault().empty()) {
            if (error)
                *error = Scenarios::tr("%1: action %2: unknown node '%3'").arg(path).arg(i + 1).arg(qstr(a.node()));
            return false;
        }
        if (!a.heals_fault().empty() && !labFaultFromName(qstr(a.heals_fault()))) {
            if (error)
                *error = Scenarios::tr("%1: action %2: unknown fault '%3'").arg(path).arg(i + 1).arg(qstr(a.heals_fault()));
            return false;
        }
    }
    return true;
}

class ScenarioRun::ScoringRunner final : public CommandRunner
{
public:
    explicit ScoringRunner(ScenarioRun *run)
        : m_run(run)
    {
    }
    CommandOutput run(const QString &nodeId, const ProbeCommand &command, int timeoutMs) override
    {
        return m_run->performCommand(nodeId, command, timeoutMs);
    }
    bool isLab() const override { return true; }

private:
    ScenarioRun *m_run;
};

ScenarioRun::ScenarioRun(const Scenario &scenario)
    : m_scenario(scenario)
    , m_lab(scenario.seed() ? scenario.seed() : 1, startOf(scenario) - 120'000)
    , m_startMs(0)
{
    m_runner = std::make_unique<LabCommandRunner>(&m_lab, &m_mutex);
    m_scoringRunner = std::make_unique<ScoringRunner>(this);
    m_lab.setLoadFactor(scenario.load().factor() > 0 ? scenario.load().factor() : 1.0);
    m_startMs = m_lab.timeMs();
    m_faultOn = QList<bool>(scenario.faults_size(), false);
    m_faultDone = QList<bool>(scenario.faults_size(), false);
    m_state.setClock([this] { return m_lab.timeMs(); });
    m_state.setSpec(m_lab.spec());
    m_state.ingestRound(m_lab.sampleAll());
}

ScenarioRun::~ScenarioRun() = default;

void ScenarioRun::log(const QString &line, EventKind kind, Severity severity, const QString &node)
{
    m_timeline.append(at(elapsedS()) + QLatin1Char(' ') + line);
    ClusterEvent event;
    event.set_time_ms(m_lab.timeMs());
    event.set_kind(kind);
    event.set_severity(severity);
    event.set_node_id(sstr(node));
    event.set_group(m_scenario.objectives().group());
    event.set_message(sstr(line));
    m_events.append(event);
}

void ScenarioRun::applyDueFaults()
{
    const double t = elapsedS();
    const LoadProfile &load = m_scenario.load();
    if (load.burst_at_s() > 0) {
        const bool inBurst = t >= load.burst_at_s() && t < load.burst_at_s() + load.burst_duration_s();
        const double base = load.factor() > 0 ? load.factor() : 1.0;
        m_lab.setLoadFactor(inBurst ? base * std::max(1.0, load.burst_factor()) : base);
    }
    for (int i = 0; i < m_scenario.faults_size(); ++i) {
        const ScheduledFault &f = m_scenario.faults(i);
        const auto kind = labFaultFromName(qstr(f.fault()));
        if (!kind)
            continue;
        if (!m_faultOn[i] && !m_faultDone[i] && t >= f.at_s()) {
            m_lab.setFault(*kind, qstr(f.node()), true);
            m_faultOn[i] = true;
            if (m_firstFaultS < 0)
                m_firstFaultS = t;
            log(Scenarios::tr("fault %1%2").arg(qstr(f.fault()),
                                                f.node().empty() ? QString() : QLatin1String(" on ") + qstr(f.node())),
                FAULT_INJECTED, WARN, qstr(f.node()));
        } else if (m_faultOn[i] && f.duration_s() > 0 && t >= f.at_s() + f.duration_s()) {
            m_lab.setFault(*kind, qstr(f.node()), false);
            m_faultOn[i] = false;
            m_faultDone[i] = true;
            log(Scenarios::tr("fault %1 ends").arg(qstr(f.fault())), NOTE, INFO, qstr(f.node()));
        }
    }
}

QHash<QString, qint64> ScenarioRun::dbPositions() const
{
    QHash<QString, qint64> positions;
    for (const LabNode &n : m_lab.nodes()) {
        if (n.db)
            positions.insert(n.id, n.db->primary ? n.db->walPosition : n.db->receivedPosition);
        if (n.drbd)
            positions.insert(n.id, n.drbd->outOfSyncKib * 1024);
    }
    return positions;
}

QString ScenarioRun::activeDbNode() const
{
    for (const LabNode &n : m_lab.nodes())
        if (n.db && n.db->primary && n.up && !n.crashedServices.contains(QLatin1String("postgres")))
            return n.id;
    return {};
}

void ScenarioRun::observe()
{
    m_state.ingestRound(m_lab.sampleAll());
    for (const LabNode &n : m_lab.nodes())
        if (n.db && n.db->primary && n.db->writeBytesPerS > 0)
            m_lastWriteRate = n.db->writeBytesPerS;

    const ClusterSnapshot &snap = m_state.snapshot();
    const std::string group = m_scenario.objectives().group();
    bool impaired = false;
    for (const GroupStatus &g : snap.groups())
        if (g.group() == group)
            impaired = g.down() || g.split_brain() || g.redundancy_lost();
    for (const NodeStatus &n : snap.nodes()) {
        if (n.stale())
            continue;
        for (const ServiceStatus &s : n.services())
            impaired = impaired || (s.group() == group && s.health() == CRITICAL);
    }
    for (const LinkStatus &l : snap.links())
        impaired = impaired || (l.group() == group && (l.broken() || l.health() == CRITICAL));
    // A role that keeps moving is an outage too, even if someone always serves:
    // four or more role changes in the group within a minute is flapping.
    int recentChanges = 0;
    for (auto it = m_state.events().crbegin(); it != m_state.events().crend(); ++it) {
        if (it->time_ms() < m_lab.timeMs() - 60'000)
            break;
        recentChanges += it->kind() == ROLE_CHANGED && it->group() == group;
    }
    impaired = impaired || recentChanges >= 4;

    const double t = elapsedS();
    if (m_firstFaultS < 0)
        return;
    if (impaired && m_impairedS < 0) {
        m_impairedS = t;
        log(Scenarios::tr("%1 impaired: %2").arg(qstr(group), qstr(snap.summary())), NOTE, CRIT);
    }
    if (impaired && m_restoredS >= 0 && !m_restoreHeld) {
        m_restoredS = -1;  // it broke again before it held: the clock runs on
        log(Scenarios::tr("%1 impaired again").arg(qstr(group)), NOTE, CRIT);
    }
    // A restore counts once it has held for a minute; later noise around a
    // threshold is the normal life of a cluster, not the same outage.
    if (!impaired && m_restoredS >= 0 && t - m_restoredS >= 60)
        m_restoreHeld = true;
    if (!impaired && m_impairedS >= 0 && m_restoredS < 0) {
        m_restoredS = t;
        log(Scenarios::tr("%1 restored").arg(qstr(group)));
    }
}

void ScenarioRun::step()
{
    QMutexLocker lock(&m_mutex);
    applyDueFaults();
    m_lab.advance(1000);
    observe();
}

void ScenarioRun::noteOperatorAction(const QString &what)
{
    QMutexLocker lock(&m_mutex);
    noteActionLocked(what, {});
}

void ScenarioRun::noteActionLocked(const QString &what, const QString &node)
{
    ++m_actions;
    if (m_firstActionS < 0 && m_firstFaultS >= 0 && elapsedS() >= m_firstFaultS)
        m_firstActionS = elapsedS();
    log(Scenarios::tr("operator: %1").arg(what), OPERATOR_ACTION, INFO, node);
}

CommandOutput ScenarioRun::perform(const ScriptedAction &action)
{
    CommandOutput output;
    if (!action.heals_fault().empty()) {
        QMutexLocker lock(&m_mutex);
        if (const auto kind = labFaultFromName(qstr(action.heals_fault()))) {
            m_lab.setFault(*kind, qstr(action.node()), false);
            for (int i = 0; i < m_scenario.faults_size(); ++i) {
                if (m_scenario.faults(i).fault() == action.heals_fault()) {
                    m_faultOn[i] = false;
                    m_faultDone[i] = true;
                }
            }
        }
        output.exitStatus = 0;
        noteActionLocked(Scenarios::tr("repaired %1").arg(qstr(action.heals_fault())), qstr(action.node()));
        return output;
    }

    QStringList argv;
    for (const std::string &a : action.argv())
        argv << qstr(a);
    return performCommand(qstr(action.node()), ProbeCommand{QStringLiteral("action"), argv, {}}, 60'000);
}

CommandOutput ScenarioRun::performCommand(const QString &node, const ProbeCommand &command, int timeoutMs)
{
    const QStringList &argv = command.argv;
    QHash<QString, qint64> before;
    QHash<QString, bool> drbdPrimaryBefore;
    QString primaryBefore;
    {
        QMutexLocker lock(&m_mutex);
        before = dbPositions();
        primaryBefore = activeDbNode();
        for (const LabNode &n : m_lab.nodes())
            if (n.drbd)
                drbdPrimaryBefore.insert(n.id, n.drbd->primary);
    }
    // A crashed primary no longer writes: what it had is its last position.
    const QString lastPrimary = primaryBefore;
    const CommandOutput output = m_runner->run(node, command, timeoutMs);

    QMutexLocker lock(&m_mutex);
    const QString text = node + QLatin1String(": ") + shellJoin(argv).text;
    // A runbook's WAIT step polls with the same command: one step, one action.
    if (text != m_lastActionText || output.exitStatus != 0) {
        noteActionLocked(text, node);
        if (output.exitStatus != 0) {
            ++m_actionsFailed;
            log(Scenarios::tr("  exit %1: %2").arg(output.exitStatus).arg(QString::fromUtf8(output.standardError).trimmed()),
                OPERATOR_ACTION, WARN, node);
        }
    }
    m_lastActionText = text;

    const QString primaryAfter = activeDbNode();
    if (!primaryAfter.isEmpty() && primaryAfter != primaryBefore) {
        // The promoted node has what it had received; the rest is lost.
        qint64 oldEnd = 0;
        for (const LabNode &n : m_lab.nodes())
            if (n.db && (n.id == lastPrimary || (lastPrimary.isEmpty() && n.db->walPosition > oldEnd)))
                oldEnd = std::max(oldEnd, n.db->walPosition);
        const qint64 had = m_lab.node(primaryAfter)->db->walPosition;
        const qint64 lost = std::max<qint64>(0, oldEnd - had);
        m_dataLostBytes += lost;
        m_dataLostS += double(lost) / std::max(1.0, m_lastWriteRate);
        log(Scenarios::tr("%1 promoted; %2 of writes it never had").arg(primaryAfter, formatBytes(lost)), NOTE,
            lost > 0 ? WARN : INFO, primaryAfter);
    }
    for (const LabNode &n : m_lab.nodes()) {
        // A DRBD secondary promoted while its peer held unsynced blocks loses them.
        if (n.drbd && n.drbd->primary && !drbdPrimaryBefore.value(n.id, true)) {
            const qint64 lost = before.value(n.drbd->peer);
            m_dataLostBytes += lost;
            m_dataLostS += double(lost) / std::max(1.0, m_lastWriteRate);
            log(Scenarios::tr("%1 became DRBD Primary; %2 out of sync on its peer lost").arg(n.id, formatBytes(lost)), NOTE,
                lost > 0 ? WARN : INFO, n.id);
        }
    }
    return output;
}

ScenarioScore ScenarioRun::runToEnd(const ActionScript &script)
{
    QList<ScriptedAction> pending(script.actions().begin(), script.actions().end());
    std::stable_sort(pending.begin(), pending.end(),
                     [](const ScriptedAction &a, const ScriptedAction &b) { return a.at_s() < b.at_s(); });
    qsizetype next = 0;
    while (!finished()) {
        while (next < pending.size() && pending.at(next).at_s() <= elapsedS())
            perform(pending.at(next++));
        step();
    }
    return score();
}

ScenarioScore ScenarioRun::score() const
{
    QMutexLocker lock(&m_mutex);
    ScenarioScore s;
    s.set_scenario(m_scenario.id());
    s.set_actions(m_actions);
    s.set_actions_failed(m_actionsFailed);
    s.set_steps_followed(m_actions - m_actionsFailed);
    s.set_detected(m_firstActionS >= 0);
    s.set_time_to_detection_s(m_firstActionS >= 0 ? m_firstActionS - m_firstFaultS : -1);
    const ScenarioObjectives &o = m_scenario.objectives();
    if (m_impairedS < 0) {
        // The fault never impaired the objective's service: nothing to restore.
        s.set_restored(true);
        s.set_rto_achieved_s(0);
    } else {
        s.set_restored(m_restoredS >= 0);
        s.set_rto_achieved_s(m_restoredS >= 0 ? m_restoredS - m_firstFaultS : -1);
    }
    s.set_rto_met(s.restored() && (o.rto_s() <= 0 || s.rto_achieved_s() <= o.rto_s()));
    s.set_data_lost_bytes(m_dataLostBytes);
    s.set_data_lost_s(m_dataLostS);
    s.set_rpo_met(m_dataLostS <= o.rpo_s() + 1e-9 && (o.rpo_bytes() <= 0 || m_dataLostBytes <= o.rpo_bytes()));
    // Waiting for a fault to pass by itself is not a response.
    s.set_passed(s.restored() && s.rto_met() && s.rpo_met() && (m_impairedS < 0 || s.detected()));
    for (const QString &line : m_timeline)
        s.add_timeline(sstr(line));
    return s;
}

QList<ClusterEvent> ScenarioRun::debriefEvents() const
{
    QMutexLocker lock(&m_mutex);
    QList<ClusterEvent> cluster;
    // The first round's "read for the first time" is the console starting, not the drill.
    for (const ClusterEvent &e : m_state.events())
        if (e.time_ms() > m_startMs)
            cluster.append(e);
    // Same-millisecond ties: what the scenario did comes before what the cluster showed.
    return mergeTimeline({m_events, cluster});
}

QStringList ScenarioRun::plan() const
{
    QStringList lines;
    for (const ScheduledFault &f : m_scenario.faults()) {
        QString line = at(f.at_s()) + QLatin1Char(' ') + qstr(f.fault());
        if (!f.node().empty())
            line += QLatin1String(" on ") + qstr(f.node());
        if (f.duration_s() > 0)
            line += Scenarios::tr(" for %1").arg(formatDuration(f.duration_s()));
        if (!f.note().empty())
            line += QLatin1String(" — ") + qstr(f.note());
        lines << line;
    }
    return lines;
}

} // namespace mailha
