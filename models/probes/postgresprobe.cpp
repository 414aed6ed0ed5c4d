// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/postgresprobe.h"

#include "core/names.h"
#include "probes/probesupport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace mailha {

namespace {

const QString probeName = QStringLiteral("postgres");
const QString stateKey = QStringLiteral("state");
constexpr int minimumVersion = 100000;  // pg_current_wal_lsn() and friends: PostgreSQL 10

// One round trip answers both roles: a primary fills `replicas`, a standby
// `receiver` and the receive/replay positions. json_build_object keeps the
// output one line whatever psql's formatting settings are.
const char query[] =
    "SELECT json_build_object("
    "'server_version_num', current_setting('server_version_num')::int, "
    "'in_recovery', pg_is_in_recovery(), "
    "'now', extract(epoch FROM clock_timestamp()), "
    "'current_lsn', CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_current_wal_lsn() END, "
    "'receive_lsn', pg_last_wal_receive_lsn(), "
    "'replay_lsn', pg_last_wal_replay_lsn(), "
    "'replay_paused', CASE WHEN pg_is_in_recovery() THEN pg_is_wal_replay_paused() ELSE false END, "
    "'last_replay', extract(epoch FROM pg_last_xact_replay_timestamp()), "
    "'replicas', (SELECT coalesce(json_agg(json_build_object("
    "'name', application_name, 'address', client_addr, 'state', state, 'sync_state', sync_state, "
    "'sent_lsn', sent_lsn, 'write_lsn', write_lsn, 'flush_lsn', flush_lsn, 'replay_lsn', replay_lsn, "
    "'write_lag', extract(epoch FROM write_lag), 'flush_lag', extract(epoch FROM flush_lag), "
    "'replay_lag', extract(epoch FROM replay_lag)) ORDER BY application_name), '[]'::json) "
    "FROM pg_stat_replication), "
    "'receiver', (SELECT row_to_json(r) FROM pg_stat_wal_receiver r))";

double numberOr(const QJsonValue &v, double fallback)
{
    return v.isDouble() ? v.toDouble() : fallback;
}

std::optional<qint64> lsnOf(const QJsonObject &o, const char *key)
{
    return parseLsn(o.value(QLatin1String(key)).toString());
}

ProbeResult typeError(const char *field)
{
    return probeFailure(probeName, stateKey,
                        ProbeText::tr("field \"%1\" missing or of the wrong type").arg(QLatin1String(field)), 1);
}

} // namespace

QString PostgresProbe::stateQuery()
{
    return QString::fromLatin1(query);
}

QList<ProbeCommand> PostgresProbe::commands(const QHash<QString, QString> &params) const
{
    QStringList argv{QStringLiteral("psql"), QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"),
                     QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1")};
    // Unset parameters are left to psql, which honours PGHOST, PGPORT, PGUSER, ...
    const std::pair<const char *, const char *> options[] = {{"host", "-h"}, {"port", "-p"}, {"user", "-U"}, {"dbname", "-d"}};
    for (const auto &[key, option] : options) {
        const QString value = param(params, key);
        if (!value.isEmpty())
            argv << QLatin1String(option) << value;
    }
    argv << QStringLiteral("-c") << stateQuery();
    return {{stateKey, argv, {}}};
}

ProbeResult PostgresProbe::parse(const CommandOutputs &outputs, const QHash<QString, QString> &params) const
{
    if (std::optional<ProbeResult> down = serviceNotRunning(
            outputs, stateKey, {"Connection refused", "No such file or directory\n\tIs the server running", "the database system is shutting down"},
            QStringLiteral("PostgreSQL")))
        return *down;
    if (std::optional<ProbeResult> failed = checkOutput(probeName, stateKey, outputs))
        return *failed;
    const QByteArray text = outputs.value(stateKey).standardOutput.trimmed();
    if (text.isEmpty())
        return probeFailure(probeName, stateKey, ProbeText::tr("empty output"));
    QString what;
    int line = 0;
    const std::optional<QJsonDocument> doc = parseJson(text, &what, &line);
    if (!doc)
        return probeFailure(probeName, stateKey, what, line);
    if (!doc->isObject())
        return probeFailure(probeName, stateKey, ProbeText::tr("expected one JSON object"), 1);
    const QJsonObject o = doc->object();
    const QJsonValue version = o.value(QLatin1String("server_version_num"));
    if (!version.isDouble())
        return typeError("server_version_num");
    if (version.toInt() < minimumVersion)
        return probeFailure(probeName, stateKey,
                            ProbeText::tr("server version %1 is older than PostgreSQL 10").arg(version.toInt()), 1);
    const QJsonValue inRecovery = o.value(QLatin1String("in_recovery"));
    if (!inRecovery.isBool())
        return typeError("in_recovery");
    if (!o.value(QLatin1String("now")).isDouble())
        return typeError("now");
    const double now = o.value(QLatin1String("now")).toDouble();

    ProbeResult result;
    ServiceSample &s = result.sample;
    Replication *r = s.mutable_replication();
    s.set_health(OK);
    if (!inRecovery.toBool()) {
        const std::optional<qint64> current = lsnOf(o, "current_lsn");
        if (!current)
            return typeError("current_lsn");
        const QJsonValue replicas = o.value(QLatin1String("replicas"));
        if (!replicas.isArray())
            return typeError("replicas");
        s.set_role(ACTIVE);
        r->set_position(sstr(o.value(QLatin1String("current_lsn")).toString()));
        r->set_receiving(true);
        r->set_replaying(true);
        r->set_lag_bytes(0);
        r->set_lag_s(0);
        int streaming = 0;
        for (const QJsonValue &value : replicas.toArray()) {
            if (!value.isObject())
                return typeError("replicas");
            const QJsonObject rep = value.toObject();
            ReplicaView *v = r->add_replicas();
            v->set_name(sstr(rep.value(QLatin1String("name")).toString()));
            v->set_address(sstr(rep.value(QLatin1String("address")).toString()));
            v->set_state(sstr(rep.value(QLatin1String("state")).toString()));
            v->set_sync_state(sstr(rep.value(QLatin1String("sync_state")).toString()));
            v->set_sent_position(sstr(rep.value(QLatin1String("sent_lsn")).toString()));
            v->set_write_position(sstr(rep.value(QLatin1String("write_lsn")).toString()));
            v->set_flush_position(sstr(rep.value(QLatin1String("flush_lsn")).toString()));
            v->set_replay_position(sstr(rep.value(QLatin1String("replay_lsn")).toString()));
            const std::optional<qint64> replay = lsnOf(rep, "replay_lsn");
            v->set_lag_bytes(replay ? std::max<qint64>(0, *current - *replay) : -1);
            // NULL lag columns mean "nothing to wait for" on an idle link.
            v->set_write_lag_s(numberOr(rep.value(QLatin1String("write_lag")), 0));
            v->set_flush_lag_s(numberOr(rep.value(QLatin1String("flush_lag")), 0));
            v->set_replay_lag_s(numberOr(rep.value(QLatin1String("replay_lag")), 0));
            streaming += v->state() == "streaming";
        }
        s.set_detail(sstr(ProbeText::tr("primary at %1, %2 of %3 replicas streaming")
                              .arg(qstr(r->position()))
                              .arg(streaming)
                              .arg(r->replicas_size())));
        return result;
    }

    s.set_role(STANDBY);
    const std::optional<qint64> replay = lsnOf(o, "replay_lsn");
    const std::optional<qint64> received = lsnOf(o, "receive_lsn");
    const QJsonValue receiverValue = o.value(QLatin1String("receiver"));
    if (!receiverValue.isNull() && !receiverValue.isObject())
        return typeError("receiver");
    const QJsonObject receiver = receiverValue.toObject();
    const QString status = receiver.value(QLatin1String("status")).toString();
    r->set_receiving(status == QLatin1String("streaming"));
    r->set_receiver_state(sstr(status));
    r->set_replaying(!o.value(QLatin1String("replay_paused")).toBool());
    r->set_upstream(sstr(receiver.isEmpty() ? param(params, "upstream")
                                            : receiver.value(QLatin1String("sender_host")).toString()));
    r->set_position(sstr(o.value(QLatin1String("replay_lsn")).toString()));
    // The upstream's position as far as this standby knows it: the end of WAL
    // the sender last reported, or what has arrived. Lag is measured against
    // positions so an idle primary never shows lag.
    std::optional<qint64> head = received;
    if (const std::optional<qint64> latest = lsnOf(receiver, "latest_end_lsn"))
        head = std::max(head.value_or(0), *latest);
    if (const std::optional<qint64> written = lsnOf(receiver, "written_lsn"))
        head = std::max(head.value_or(0), *written);
    const QJsonValue lastReplay = o.value(QLatin1String("last_replay"));
    const double replayAge = lastReplay.isDouble() ? std::max(0.0, now - lastReplay.toDouble()) : -1.0;
    r->set_last_replay_age_s(replayAge);
    if (head && replay) {
        const qint64 lagBytes = std::max<qint64>(0, *head - *replay);
        r->set_lag_bytes(lagBytes);
        r->set_lag_s(lagBytes == 0 ? 0.0 : replayAge);
    } else {
        r->set_lag_bytes(-1);
        r->set_lag_s(-1);
    }
    if (!r->receiving() || !r->replaying())
        s.set_health(CRITICAL);
    QString state;
    if (receiver.isEmpty())
        state = ProbeText::tr("no WAL receiver");
    else if (!r->receiving())
        state = ProbeText::tr("WAL receiver %1").arg(status);
    else
        state = ProbeText::tr("streaming from %1").arg(qstr(r->upstream()));
    if (!r->replaying())
        state += ProbeText::tr(", replay paused");
    s.set_detail(sstr(ProbeText::tr("standby, %1, %2 behind").arg(state, formatBytes(r->lag_bytes()))));
    return result;
}

} // namespace mailha
