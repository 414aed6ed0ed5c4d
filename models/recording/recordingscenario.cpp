// SPDX-License-Identifier: GPL-3.0-or-later
#include "recording/recordingscenario.h"

#include "cluster/clusterstate.h"
#include "core/names.h"
#include "lab/labcluster.h"
#include "recording/replaysource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <google/protobuf/text_format.h>

#include <cmath>

namespace mailha {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(mailha::RecordingScenario)
};

QString at(double seconds)
{
    return QStringLiteral("t+%1s").arg(qint64(seconds));
}

Technology mainTechnology(const Node &node)
{
    for (const ServiceSpec &s : node.services())
        if (s.technology() != HOST)
            return s.technology();
    return HOST;
}

QString groupOf(const Node &node)
{
    for (const ServiceSpec &s : node.services())
        if (s.technology() == mainTechnology(node))
            return qstr(s.group());
    return {};
}

const Node *findNode(const ClusterSpec &spec, const QString &id)
{
    for (const Node &n : spec.nodes())
        if (qstr(n.id()) == id)
            return &n;
    return nullptr;
}

const ServiceGroup *findGroup(const ClusterSpec &spec, const QString &id)
{
    for (const ServiceGroup &g : spec.groups())
        if (qstr(g.id()) == id)
            return &g;
    return nullptr;
}

Technology groupTechnology(const ClusterSpec &spec, const std::string &group)
{
    const ServiceGroup *g = findGroup(spec, qstr(group));
    return g ? g->technology() : TECHNOLOGY_UNSPECIFIED;
}

/// What a node is, for finding its stand-in on the lab.
struct Signature {
    Technology technology = HOST;
    Role role = ROLE_UNKNOWN;
    bool synchronous = false;
    int site = 0;
};

Signature signatureOf(const ClusterSpec &spec, const ClusterSnapshot &snapshot, const Node &node)
{
    Signature sig;
    sig.technology = mainTechnology(node);
    for (const NodeStatus &n : snapshot.nodes())
        if (n.node_id() == node.id())
            for (const ServiceStatus &s : n.services())
                if (s.technology() == sig.technology)
                    sig.role = s.role();
    for (const ReplicationLink &l : spec.links())
        sig.synchronous = sig.synchronous || (l.to_node() == node.id() && l.mode() == SYNC);
    QStringList sites;
    for (const Node &n : spec.nodes())
        if (!sites.contains(qstr(n.site())))
            sites << qstr(n.site());
    sig.site = int(sites.indexOf(qstr(node.site())));
    return sig;
}

ClusterSnapshot labReferenceSnapshot()
{
    LabCluster lab(1);
    lab.advance(10'000);
    ClusterState state;
    state.setClock([&lab] { return lab.timeMs(); });
    state.setSpec(lab.spec());
    state.ingestRound(lab.sampleAll());
    return state.snapshot();
}

/// Recorded node id -> lab node id; unmatched nodes are named in `notes`.
QMap<QString, QString> mapNodes(const ClusterSpec &recorded, const ClusterSnapshot &first, QStringList *notes)
{
    const ClusterSpec lab = LabCluster::referenceSpec();
    QMap<QString, QString> map;
    bool allLab = recorded.nodes_size() > 0;
    for (const Node &n : recorded.nodes())
        allLab = allLab && findNode(lab, qstr(n.id())) && mainTechnology(*findNode(lab, qstr(n.id()))) == mainTechnology(n);
    if (allLab) {
        for (const Node &n : recorded.nodes())
            map.insert(qstr(n.id()), qstr(n.id()));
        return map;
    }
    const ClusterSnapshot labSnapshot = labReferenceSnapshot();
    QSet<QString> used;
    for (const Node &n : recorded.nodes()) {
        const Signature want = signatureOf(recorded, first, n);
        int bestScore = -1;
        QString best;
        for (const Node &candidate : lab.nodes()) {
            if (used.contains(qstr(candidate.id())))
                continue;
            const Signature have = signatureOf(lab, labSnapshot, candidate);
            if (have.technology != want.technology)
                continue;
            const int score = (have.role == want.role ? 4 : 0) + (have.synchronous == want.synchronous ? 2 : 0)
                              + (have.site == want.site ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = qstr(candidate.id());
            }
        }
        if (best.isEmpty()) {
            notes->append(Text::tr("node %1 has no counterpart on the lab (nothing left of its technology); what happened to it "
                                   "is kept as notes")
                              .arg(qstr(n.id())));
            continue;
        }
        used.insert(best);
        map.insert(qstr(n.id()), best);
    }
    return map;
}

quint64 derivedSeed(const RecordingHeader &header)
{
    // FNV-1a: stable across runs and platforms, unlike qHash.
    quint64 h = 1469598103934665603ULL;
    const QByteArray key = QByteArray::fromStdString(header.spec().name()) + QByteArray::number(header.started_ms());
    for (const char c : key) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return (h % 2'000'000'000ULL) + 1;
}

QString sanitizedId(const QString &text)
{
    static const QRegularExpression bad(QStringLiteral("[^a-z0-9]+"));
    QString id = text.toLower();
    id.replace(bad, QStringLiteral("-"));
    while (id.startsWith(QLatin1Char('-')))
        id.remove(0, 1);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("recorded-incident") : id;
}

/// Watches the replayed rounds and turns what it sees into faults and notes.
class Inference
{
public:
    Inference(const ClusterSpec &spec, const QMap<QString, QString> &nodeMap, double firstOffsetS)
        : m_spec(spec)
        , m_map(nodeMap)
        , m_previousS(firstOffsetS)
    {
    }

    void round(const ClusterSnapshot &snap, const QList<ClusterEvent> &newEvents, double nowS);
    void finish();

    QList<ScheduledFault> faults;
    QStringList notes;
    QString firstFaultRecordedNode;

private:
    void open(const QString &key, const QString &fault, const QString &recordedNode, double atS, const QString &note);
    void close(const QString &key, double atS);
    void note(const QString &key, const QString &text);
    bool isOpen(const QString &key) const { return m_open.contains(key); }

    ClusterSpec m_spec;
    QMap<QString, QString> m_map;
    double m_previousS;
    QSet<QString> m_down;
    QHash<QString, qsizetype> m_open;  // key -> index in faults
    QSet<QString> m_noted;
    QSet<QString> m_splitGroups;
    QList<double> m_vipMoves;
    double m_lastVipMoveS = -1;
};

void Inference::open(const QString &key, const QString &fault, const QString &recordedNode, double atS, const QString &note)
{
    if (m_open.contains(key))
        return;
    QString labNode;
    if (!recordedNode.isEmpty()) {
        labNode = m_map.value(recordedNode);
        if (labNode.isEmpty()) {
            this->note(key + QLatin1String("|unmapped"),
                       Text::tr("%1 %2 on %3, a node with no lab counterpart: not reproduced").arg(at(atS), fault, recordedNode));
            return;
        }
    }
    ScheduledFault f;
    f.set_fault(sstr(fault));
    f.set_node(sstr(labNode));
    f.set_at_s(std::floor(atS));
    QString text = Text::tr("inferred from the recording: %1").arg(note);
    if (!recordedNode.isEmpty() && recordedNode != labNode)
        text += Text::tr(" (recorded node %1)").arg(recordedNode);
    f.set_note(sstr(text));
    if (faults.isEmpty())
        firstFaultRecordedNode = recordedNode;
    m_open.insert(key, faults.size());
    faults.append(f);
}

void Inference::close(const QString &key, double atS)
{
    const auto it = m_open.constFind(key);
    if (it == m_open.constEnd())
        return;
    ScheduledFault &f = faults[*it];
    f.set_duration_s(std::max(1.0, std::floor(atS) - f.at_s()));
    m_open.erase(it);
}

void Inference::note(const QString &key, const QString &text)
{
    if (m_noted.contains(key))
        return;
    m_noted.insert(key);
    notes.append(text);
}

void Inference::round(const ClusterSnapshot &snap, const QList<ClusterEvent> &newEvents, double nowS)
{
    // The fault began after the last round that still looked well.
    const double faultS = m_previousS;

    QSet<QString> down;
    for (const NodeStatus &n : snap.nodes())
        if (n.stale() || (n.reachability() != REACHABLE && n.reachability() != REACHABILITY_UNKNOWN))
            down.insert(qstr(n.node_id()));
    const QSet<QString> newlyDown = down - m_down;

    // A whole site going dark in one round is a site loss.
    QMap<QString, QStringList> siteNodes;
    for (const Node &n : m_spec.nodes())
        siteNodes[qstr(n.site())] << qstr(n.id());
    for (auto it = siteNodes.cbegin(); it != siteNodes.cend(); ++it) {
        bool all = it->size() > 1;
        int fresh = 0;
        for (const QString &id : *it) {
            all = all && down.contains(id);
            fresh += newlyDown.contains(id);
        }
        if (all && fresh > 1)
            note(QLatin1String("site|") + it.key(),
                 Text::tr("%1 every node of site %2 stopped answering at once: a site loss, reproduced as a crash of each node")
                     .arg(at(faultS), it.key()));
    }
    for (const QString &id : newlyDown) {
        const NodeStatus *status = nullptr;
        for (const NodeStatus &n : snap.nodes())
            if (qstr(n.node_id()) == id)
                status = &n;
        open(QLatin1String("node-crash|") + id, QStringLiteral("node-crash"), id, faultS,
             Text::tr("%1 stopped answering (%2)").arg(id, status ? qstr(status->reachability_detail()) : QString()));
    }
    for (const QString &id : m_down - down)
        close(QLatin1String("node-crash|") + id, nowS);

    // Probes that fail on a node that answers: its services crashed.
    for (const NodeStatus &n : snap.nodes()) {
        const QString id = qstr(n.node_id());
        if (down.contains(id))
            continue;
        QString failing;
        for (const ServiceStatus &s : n.services())
            if (!s.error().empty() && s.technology() != HOST)
                failing = qstr(s.service_id()) + QLatin1String(": ") + qstr(s.error());
        const QString key = QLatin1String("service-crash|") + id;
        if (!failing.isEmpty())
            open(key, QStringLiteral("service-crash"), id, faultS, failing.left(160));
        else
            close(key, nowS);
    }

    // Replication links whose two ends both answer.
    int crossSiteBroken = 0;
    QStringList brokenStandbys;
    bool drbdBroken = false;
    for (const LinkStatus &l : snap.links()) {
        const QString from = qstr(l.from_node()), to = qstr(l.to_node());
        if (down.contains(from) || down.contains(to))
            continue;
        const Technology tech = groupTechnology(m_spec, l.group());
        const Node *a = findNode(m_spec, from);
        const Node *b = findNode(m_spec, to);
        const bool crossSite = a && b && a->site() != b->site();
        if (tech == DRBD) {
            drbdBroken = drbdBroken || l.broken();
            continue;
        }
        if (l.broken()) {
            crossSiteBroken += crossSite;
            if (tech == POSTGRES || tech == MYSQL)
                brokenStandbys << to;
            continue;
        }
        const QString lagKey = QLatin1String("slow-disk|") + to;
        if ((tech == POSTGRES || tech == MYSQL) && (l.health() == WARNING || l.health() == CRITICAL))
            open(lagKey, QStringLiteral("slow-disk"), to, faultS,
                 Text::tr("%1 fell %2 behind %3 while both answered").arg(to, formatDuration(l.lag_s()), from));
        else if (l.health() == OK)
            close(lagKey, nowS);
    }
    if (crossSiteBroken >= 2) {
        open(QStringLiteral("site-partition"), QStringLiteral("site-partition"), {}, faultS,
             Text::tr("%1 replication links between the sites broke at once").arg(crossSiteBroken));
    } else {
        for (const QString &to : brokenStandbys)
            open(QLatin1String("standby-stops-replaying|") + to, QStringLiteral("standby-stops-replaying"), to, faultS,
                 Text::tr("%1 stopped replicating while it and its upstream answered").arg(to));
    }
    if (crossSiteBroken == 0 && !isOpen(QStringLiteral("site-partition|vrrp")))
        close(QStringLiteral("site-partition"), nowS);
    for (const NodeStatus &n : snap.nodes())
        if (!brokenStandbys.contains(qstr(n.node_id())))
            close(QLatin1String("standby-stops-replaying|") + qstr(n.node_id()), nowS);

    // Split brain and DRBD.
    bool drbdSplit = false;
    for (const GroupStatus &g : snap.groups()) {
        const QString group = qstr(g.group());
        if (g.split_brain() && !m_splitGroups.contains(group)) {
            if (g.technology() == DRBD)
                open(QStringLiteral("drbd-split-brain"), QStringLiteral("drbd-split-brain"), {}, faultS,
                     Text::tr("both DRBD peers of %1 became Primary").arg(group));
            else if (g.technology() == KEEPALIVED || g.technology() == HAPROXY)
                open(QStringLiteral("site-partition|vrrp"), QStringLiteral("site-partition"), {}, faultS,
                     Text::tr("two VRRP masters in %1: the sites lost each other").arg(group));
            else
                note(QLatin1String("split|") + group,
                     Text::tr("%1 split brain in %2 (%3): no lab fault reproduces it on its own")
                         .arg(at(faultS), group, technologyName(g.technology())));
        }
        drbdSplit = drbdSplit || (g.technology() == DRBD && g.split_brain());
        if (!g.split_brain()) {
            if (g.technology() == DRBD)
                close(QStringLiteral("drbd-split-brain"), nowS);
            if (g.technology() == KEEPALIVED || g.technology() == HAPROXY)
                close(QStringLiteral("site-partition|vrrp"), nowS);
        }
        if (g.split_brain())
            m_splitGroups.insert(group);
        else
            m_splitGroups.remove(group);

        bool memberDown = false;
        for (const Node &n : m_spec.nodes())
            memberDown = memberDown || (groupOf(n) == group && down.contains(qstr(n.id())));
        if (g.down() && !memberDown)
            note(QLatin1String("down|") + group,
                 Text::tr("%1 %2 had no active member although its nodes answered").arg(at(faultS), group));
    }
    if (drbdBroken && !drbdSplit)
        open(QStringLiteral("drbd-disconnect"), QStringLiteral("drbd-disconnect"), {}, faultS,
             Text::tr("the DRBD link went down with both peers answering"));
    else if (!drbdBroken)
        close(QStringLiteral("drbd-disconnect"), nowS);

    // Mail queues over their thresholds.
    bool queues = false;
    QString worst;
    for (const NodeStatus &n : snap.nodes()) {
        if (down.contains(qstr(n.node_id())))
            continue;
        for (const ServiceStatus &s : n.services())
            if (s.technology() == POSTFIX && s.error().empty() && (s.health() == WARNING || s.health() == CRITICAL)) {
                queues = true;
                worst = qstr(n.node_id()) + QLatin1String(": ") + qstr(s.detail());
            }
    }
    if (queues)
        open(QStringLiteral("downstream-outage"), QStringLiteral("downstream-outage"), {}, faultS,
             Text::tr("mail queues built up (%1)").arg(worst.left(120)));
    else
        close(QStringLiteral("downstream-outage"), nowS);

    // VIP moves: four within a minute is flapping; one on its own is noted.
    for (const ClusterEvent &e : newEvents) {
        const double eventS = nowS;
        if (e.kind() == ROLE_CHANGED) {
            const Technology tech = groupTechnology(m_spec, e.group());
            if (tech != KEEPALIVED && tech != HAPROXY)
                continue;
            m_vipMoves.append(eventS);
            m_lastVipMoveS = eventS;
            while (!m_vipMoves.isEmpty() && m_vipMoves.constFirst() < eventS - 60)
                m_vipMoves.removeFirst();
            if (m_vipMoves.size() >= 4)
                open(QStringLiteral("vip-flapping"), QStringLiteral("vip-flapping"), {}, std::max(0.0, m_vipMoves.constFirst() - 1),
                     Text::tr("the VRRP master changed %1 times within a minute").arg(m_vipMoves.size()));
        }
    }
    if (isOpen(QStringLiteral("vip-flapping")) && m_lastVipMoveS >= 0 && nowS - m_lastVipMoveS > 60)
        close(QStringLiteral("vip-flapping"), m_lastVipMoveS + 1);

    m_down = down;
    m_previousS = nowS;
}

void Inference::finish()
{
    // Faults still open at the end last to the end of the scenario (duration 0).
    if (!m_vipMoves.isEmpty() && !isOpen(QStringLiteral("vip-flapping"))) {
        bool flapped = false;
        for (const ScheduledFault &f : faults)
            flapped = flapped || f.fault() == "vip-flapping";
        if (!flapped)
            note(QStringLiteral("vip-moves"),
                 Text::tr("the VIP moved %n time(s) without flapping: not reproduced (an operator's move is the trainee's job)",
                          nullptr, int(m_vipMoves.size())));
    }
}

QString scenarioFileText(const Scenario &scenario)
{
    QString head = Text::tr("# Made by 'mailhactl record to-scenario' from the recording %1.\n").arg(qstr(scenario.source().recording()));
    head += Text::tr("# Recorded cluster: %1, starting %2.\n")
                .arg(qstr(scenario.source().spec().name()),
                     QDateTime::fromMSecsSinceEpoch(scenario.source().recorded_started_ms(), Qt::UTC).toString(Qt::ISODate));
    QStringList mapped;
    for (const auto &[from, to] : scenario.source().node_map())
        if (from != to)
            mapped << qstr(from) + QLatin1String(" -> ") + qstr(to);
    if (!mapped.isEmpty()) {
        std::sort(mapped.begin(), mapped.end());
        head += Text::tr("# Lab stand-ins: %1.\n").arg(mapped.join(QLatin1String(", ")));
    }
    if (scenario.source().notes_size() > 0) {
        head += Text::tr("# Seen in the recording and not turned into a lab fault:\n");
        for (const std::string &n : scenario.source().notes())
            head += QLatin1String("#   ") + qstr(n).replace(QLatin1Char('\n'), QLatin1Char(' ')) + QLatin1Char('\n');
    }
    std::string body;
    google::protobuf::TextFormat::PrintToString(scenario, &body);
    return head + QLatin1Char('\n') + QString::fromStdString(body);
}

} // namespace

RecordingScenario scenarioFromRounds(const RecordingHeader &header, const QList<QList<NodeSample>> &rounds,
                                     const QList<ClusterEvent> &events, const QString &sourceName, const QString &id,
                                     const QString &title)
{
    RecordingScenario out;
    if (rounds.isEmpty()) {
        out.error = Text::tr("%1 holds no samples to make a scenario from").arg(sourceName);
        return out;
    }
    const ClusterSpec &spec = header.spec();
    const qint64 startMs = header.started_ms() > 0 ? header.started_ms() : rounds.constFirst().constFirst().time_ms();
    auto offsetS = [startMs](qint64 ms) { return double(ms - startMs) / 1000.0; };

    ClusterState state;
    qint64 clock = rounds.constFirst().constFirst().time_ms();
    state.setClock([&clock] { return clock; });
    state.setSpec(spec);

    QStringList notes;
    QMap<QString, QString> nodeMap;
    std::unique_ptr<Inference> inference;
    qsizetype nextEvent = 0;
    for (const QList<NodeSample> &round : rounds) {
        clock = round.constFirst().time_ms();
        const qsizetype eventsBefore = state.events().size();
        state.ingestRound(round);
        if (!inference) {
            nodeMap = mapNodes(spec, state.snapshot(), &notes);
            inference = std::make_unique<Inference>(spec, nodeMap, offsetS(clock));
        }
        const QList<ClusterEvent> fresh = state.events().mid(eventsBefore);
        inference->round(state.snapshot(), fresh, offsetS(clock));
        for (; nextEvent < events.size() && events.at(nextEvent).time_ms() <= clock; ++nextEvent) {
            const ClusterEvent &e = events.at(nextEvent);
            if (e.kind() == OPERATOR_ACTION || e.kind() == NOTE)
                notes << Text::tr("%1 %2: %3")
                             .arg(at(offsetS(e.time_ms())),
                                  e.kind() == NOTE ? Text::tr("note") : Text::tr("operator"), qstr(e.message()));
        }
    }
    const double endS = offsetS(rounds.constLast().constFirst().time_ms());
    inference->finish();

    const ClusterSpec lab = LabCluster::referenceSpec();
    Scenario &s = out.scenario;
    const QString base = QFileInfo(sourceName).completeBaseName();
    s.set_id(sstr(id.isEmpty() ? sanitizedId(QLatin1String("recorded-") + base) : id));
    const QString when = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    s.set_title(sstr(title.isEmpty() ? Text::tr("Recorded incident on %1, %2").arg(qstr(spec.name()), when) : title));
    s.set_seed(header.lab() && header.lab_seed() ? header.lab_seed() : derivedSeed(header));
    // The lab warms up to its start time, so t+0 is the recording's first moment.
    s.set_start_time(sstr(QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC).toString(Qt::ISODate)));
    double lastFaultS = 0;
    for (const ScheduledFault &f : inference->faults)
        lastFaultS = std::max(lastFaultS, f.at_s());
    s.set_duration_s(std::max(std::ceil(endS), lastFaultS + 60));
    for (const ScheduledFault &f : inference->faults)
        *s.add_faults() = f;
    s.mutable_load()->set_factor(1.0);

    // The objective: the group the first fault hit, with the recorded RTO/RPO.
    QString labGroup;
    QString recordedGroup;
    if (!inference->faults.isEmpty() && !inference->faults.constFirst().node().empty()) {
        if (const Node *n = findNode(lab, qstr(inference->faults.constFirst().node())))
            labGroup = groupOf(*n);
        if (const Node *n = findNode(spec, inference->firstFaultRecordedNode))
            recordedGroup = groupOf(*n);
    }
    if (labGroup.isEmpty()) {
        const Technology wanted = inference->faults.isEmpty() ? POSTGRES : [&] {
            const QString f = qstr(inference->faults.constFirst().fault());
            if (f.startsWith(QLatin1String("drbd")))
                return DRBD;
            if (f == QLatin1String("downstream-outage"))
                return POSTFIX;
            if (f == QLatin1String("vip-flapping") || f == QLatin1String("site-partition"))
                return KEEPALIVED;
            return POSTGRES;
        }();
        for (const ServiceGroup &g : lab.groups())
            if (labGroup.isEmpty() && g.technology() == wanted)
                labGroup = qstr(g.id());
        for (const ServiceGroup &g : spec.groups())
            if (recordedGroup.isEmpty() && g.technology() == wanted)
                recordedGroup = qstr(g.id());
    }
    if (labGroup.isEmpty())
        labGroup = qstr(lab.groups(0).id());
    const ServiceGroup *recorded = findGroup(spec, recordedGroup);
    const ServiceGroup *labDefault = findGroup(lab, labGroup);
    ScenarioObjectives *o = s.mutable_objectives();
    o->set_group(sstr(labGroup));
    // The recorded cluster's own objectives when it states them, else the lab group's.
    const Objectives &objectives = recorded && recorded->has_objectives() ? recorded->objectives()
                                   : labDefault                            ? labDefault->objectives()
                                                                           : Objectives::default_instance();
    o->set_rto_s(objectives.rto_s() > 0 ? objectives.rto_s() : 300);
    o->set_rpo_s(objectives.rpo_s());
    o->set_rpo_bytes(objectives.rpo_bytes());

    s.set_briefing(sstr(Text::tr("A replay of a real incident on %1 (%2), on the lab. You are on call for the mail platform.")
                            .arg(qstr(spec.name()), when)));
    QStringList happened;
    for (const ScheduledFault &f : s.faults())
        happened << at(f.at_s()) + QLatin1Char(' ') + qstr(f.fault()) + (f.node().empty() ? QString() : QLatin1String(" on ") + qstr(f.node()));
    s.set_debrief(sstr(Text::tr("What the recording showed: %1. Compare the trainee's response with what the operators did "
                                "then (the notes at the top of the scenario file).")
                           .arg(happened.isEmpty() ? Text::tr("no fault the lab can reproduce") : happened.join(QLatin1String("; ")))));

    ScenarioSource *src = s.mutable_source();
    src->set_recording(sstr(QFileInfo(sourceName).fileName()));
    src->set_recorded_started_ms(startMs);
    *src->mutable_spec() = spec;
    for (auto it = nodeMap.cbegin(); it != nodeMap.cend(); ++it)
        (*src->mutable_node_map())[sstr(it.key())] = sstr(it.value());
    for (const QString &n : notes + inference->notes)
        src->add_notes(sstr(n));
    out.text = scenarioFileText(s);
    return out;
}

RecordingScenario scenarioFromRecording(const QString &path, const QString &id, const QString &title)
{
    ReplaySource replay;
    const RecordingReadResult result = replay.loadNow(path);
    if (!result.ok()) {
        RecordingScenario out;
        out.error = result.error;
        return out;
    }
    RecordingScenario out = scenarioFromRounds(replay.header(), replay.rounds(), replay.events(), path, id, title);
    if (out.ok() && result.truncated) {
        out.scenario.mutable_source()->add_notes(sstr(Text::tr("the recording is cut off: %1").arg(result.error)));
        out.text = scenarioFileText(out.scenario);
    }
    return out;
}

} // namespace mailha
