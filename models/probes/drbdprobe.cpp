// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/drbdprobe.h"

#include "core/names.h"
#include "probes/probesupport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mailha {

namespace {

const QString probeName = QStringLiteral("drbd");
const QString statusKey = QStringLiteral("status");

bool isConnected(const std::string &connection)
{
    return connection == "Connected";
}

// DRBD reports a split brain only in the kernel log and then drops the
// connection; what the status shows is two Primaries, or a StandAlone
// Primary whose peer was last seen Primary too.
void markSplitBrain(DrbdResource *res)
{
    for (const DrbdPeer &peer : res->peers())
        if (res->role() == "Primary" && peer.role() == "Primary")
            res->set_split_brain(true);
}

std::optional<ProbeResult> parseJsonStatus(const QByteArray &text, QList<DrbdResource> *out)
{
    QString what;
    int line = 0;
    const std::optional<QJsonDocument> doc = parseJson(text, &what, &line);
    if (!doc)
        return probeFailure(probeName, statusKey, what, line);
    if (!doc->isArray())
        return probeFailure(probeName, statusKey, ProbeText::tr("expected a JSON array of resources"), 1);
    for (const QJsonValue &value : doc->array()) {
        const QJsonObject o = value.toObject();
        if (!o.value(QLatin1String("name")).isString() || !o.value(QLatin1String("role")).isString())
            return probeFailure(probeName, statusKey, ProbeText::tr("resource without \"name\" or \"role\""), 1);
        DrbdResource res;
        res.set_name(sstr(o.value(QLatin1String("name")).toString()));
        res.set_role(sstr(o.value(QLatin1String("role")).toString()));
        // Several volumes: the worst disk state is the resource's.
        QString disk;
        for (const QJsonValue &d : o.value(QLatin1String("devices")).toArray()) {
            const QString state = d.toObject().value(QLatin1String("disk-state")).toString();
            if (disk.isEmpty() || state != QLatin1String("UpToDate"))
                disk = state;
        }
        if (disk.isEmpty())
            return probeFailure(probeName, statusKey, ProbeText::tr("resource %1 has no device with a \"disk-state\"")
                                                          .arg(qstr(res.name())), 1);
        res.set_disk(sstr(disk));
        for (const QJsonValue &c : o.value(QLatin1String("connections")).toArray()) {
            const QJsonObject co = c.toObject();
            DrbdPeer *peer = res.add_peers();
            peer->set_name(sstr(co.value(QLatin1String("name")).toString()));
            peer->set_connection(sstr(co.value(QLatin1String("connection-state")).toString()));
            peer->set_role(sstr(co.value(QLatin1String("peer-role")).toString()));
            qint64 outOfSync = 0;
            QString peerDisk;
            QString replication;
            for (const QJsonValue &pd : co.value(QLatin1String("peer_devices")).toArray()) {
                const QJsonObject p = pd.toObject();
                outOfSync += qint64(p.value(QLatin1String("out-of-sync")).toDouble());
                const QString state = p.value(QLatin1String("peer-disk-state")).toString();
                if (peerDisk.isEmpty() || state != QLatin1String("UpToDate"))
                    peerDisk = state;
                const QString rs = p.value(QLatin1String("replication-state")).toString();
                if (replication.isEmpty() || rs != QLatin1String("Established"))
                    replication = rs;
            }
            peer->set_disk(sstr(peerDisk));
            peer->set_out_of_sync_kib(outOfSync);
            peer->set_replication(sstr(replication));
            if (peer->connection().empty())
                return probeFailure(probeName, statusKey,
                                    ProbeText::tr("connection of %1 without \"connection-state\"").arg(qstr(res.name())), 1);
        }
        markSplitBrain(&res);
        out->append(res);
    }
    return std::nullopt;
}

// `drbdadm status` / `drbdsetup status --verbose --statistics`: an indented
// tree of "key:value" words, resource at column 0, its peers at two spaces.
std::optional<ProbeResult> parseTextStatus(const QByteArray &bytes, QList<DrbdResource> *out)
{
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    DrbdPeer *peer = nullptr;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty()) {
            peer = nullptr;
            continue;
        }
        qsizetype depth = 0;
        while (depth < line.size() && line.at(depth).isSpace())
            ++depth;
        const QStringList words = line.simplified().split(QLatin1Char(' '));
        if (depth == 0) {
            DrbdResource res;
            res.set_name(sstr(words.first()));
            out->append(res);
            peer = nullptr;
        } else if (out->isEmpty()) {
            return probeFailure(probeName, statusKey, ProbeText::tr("indented line before any resource"), i + 1);
        } else if (depth == 2 && !words.first().contains(QLatin1Char(':'))) {
            peer = out->last().add_peers();
            peer->set_name(sstr(words.first()));
            peer->set_connection("Connected");
        }
        DrbdResource &res = out->last();
        for (const QString &word : words) {
            const qsizetype colon = word.indexOf(QLatin1Char(':'));
            if (colon <= 0)
                continue;
            const QString key = word.left(colon);
            const std::string value = sstr(word.mid(colon + 1));
            if (key == QLatin1String("role"))
                peer ? peer->set_role(value) : res.set_role(value);
            else if (key == QLatin1String("disk"))
                res.set_disk(value);
            else if (key == QLatin1String("connection") && peer)
                peer->set_connection(value);
            else if (key == QLatin1String("peer-disk") && peer)
                peer->set_disk(value);
            else if (key == QLatin1String("replication") && peer)
                peer->set_replication(value);
            else if (key == QLatin1String("out-of-sync") && peer)
                peer->set_out_of_sync_kib(peer->out_of_sync_kib() + word.mid(colon + 1).toLongLong());
        }
    }
    for (DrbdResource &res : *out) {
        if (res.role().empty() || res.disk().empty())
            return probeFailure(probeName, statusKey,
                                ProbeText::tr("resource %1 without role: or disk:").arg(qstr(res.name())));
        for (DrbdPeer &p : *res.mutable_peers())
            if (p.replication().empty() && isConnected(p.connection()))
                p.set_replication("Established");
        markSplitBrain(&res);
    }
    return std::nullopt;
}

} // namespace

QList<ProbeCommand> DrbdProbe::commands(const QHash<QString, QString> &params) const
{
    QStringList argv{QStringLiteral("drbdsetup"), QStringLiteral("status"), QStringLiteral("--json")};
    const QString resource = param(params, "resource");
    if (!resource.isEmpty())
        argv << resource;
    return {{statusKey, argv, {}}};
}

ProbeResult DrbdProbe::parse(const CommandOutputs &outputs, const QHash<QString, QString> &params) const
{
    Q_UNUSED(params);
    if (std::optional<ProbeResult> down =
            serviceNotRunning(outputs, statusKey, {"No currently configured DRBD found", "Module drbd not found"}, QStringLiteral("DRBD")))
        return *down;
    if (std::optional<ProbeResult> failed = checkOutput(probeName, statusKey, outputs))
        return *failed;
    const QByteArray text = outputs.value(statusKey).standardOutput;
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return probeFailure(probeName, statusKey, ProbeText::tr("empty output: no DRBD resource is configured"));
    QList<DrbdResource> resources;
    const bool json = trimmed.startsWith('[') || trimmed.startsWith('{');
    if (!json)
        if (std::optional<ProbeResult> cut = checkComplete(probeName, statusKey, text))
            return *cut;
    const std::optional<ProbeResult> failed = json ? parseJsonStatus(text, &resources) : parseTextStatus(text, &resources);
    if (failed)
        return *failed;
    if (resources.isEmpty())
        return probeFailure(probeName, statusKey, ProbeText::tr("no DRBD resource in the output"));

    ProbeResult result;
    ServiceSample &s = result.sample;
    bool anyPrimary = false;
    bool critical = false;
    bool degraded = false;
    const DrbdPeer *upstreamPeer = nullptr;
    qint64 outOfSync = 0;
    bool allConnected = true;
    for (const DrbdResource &res : resources) {
        *s.add_drbd() = res;
        anyPrimary = anyPrimary || res.role() == "Primary";
        critical = critical || res.split_brain() || res.disk() != "UpToDate";
        for (const DrbdPeer &peer : res.peers()) {
            outOfSync += peer.out_of_sync_kib();
            allConnected = allConnected && isConnected(peer.connection());
            degraded = degraded || !isConnected(peer.connection()) || peer.disk() != "UpToDate";
            if (!upstreamPeer || peer.role() == "Primary")
                upstreamPeer = &peer;
        }
    }
    s.set_role(anyPrimary ? ACTIVE : STANDBY);
    s.set_health(critical ? CRITICAL : degraded ? WARNING : OK);
    if (!anyPrimary) {
        Replication *r = s.mutable_replication();
        if (upstreamPeer)
            r->set_upstream(upstreamPeer->name());
        r->set_receiving(upstreamPeer && allConnected);
        r->set_replaying(true);
        r->set_lag_bytes(outOfSync * 1024);
        r->set_lag_s(outOfSync > 0 ? -1 : 0);
        r->set_sync_state("sync");
    }
    const DrbdResource &first = resources.constFirst();
    QString peers;
    for (const DrbdPeer &peer : first.peers())
        peers += QLatin1String(", ") + qstr(peer.name()) + QLatin1Char(' ') + qstr(peer.connection());
    s.set_detail(sstr(qstr(first.name()) + QLatin1String(": ") + qstr(first.role()) + QLatin1String(", ")
                      + qstr(first.disk()) + peers
                      + (first.split_brain() ? ProbeText::tr(", split brain") : QString())));
    return result;
}

} // namespace mailha
