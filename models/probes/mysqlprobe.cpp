// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/mysqlprobe.h"

#include "core/names.h"
#include "probes/probesupport.h"

#include <algorithm>
#include <initializer_list>

namespace mailha {

namespace {

const QString probeName = QStringLiteral("mysql");
const QString varsKey = QStringLiteral("variables");
const QString replicaKey = QStringLiteral("replica");

using Row = QHash<QString, QString>;

// MySQL 8.0.22 renamed Master/Slave to Source/Replica; MariaDB and older
// MySQL still answer with the old names, so every field is looked up by both.
QString field(const Row &row, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const auto it = row.constFind(QLatin1String(name));
        if (it != row.constEnd())
            return *it;
    }
    return {};
}

bool hasField(const Row &row, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(), [&](const char *n) { return row.contains(QLatin1String(n)); });
}

// `mysql -E` (vertical) output: "****** 1. row ******" then "   Name: value".
std::optional<ProbeResult> parseVertical(const QByteArray &bytes, QList<Row> *rows)
{
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("***"))) {
            if (!line.contains(QLatin1String(". row ")))
                return probeFailure(probeName, replicaKey, ProbeText::tr("unexpected row separator"), i + 1);
            rows->append(Row());
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (rows->isEmpty() || colon <= 0)
            return probeFailure(probeName, replicaKey, ProbeText::tr("not a \"Name: value\" line of SHOW REPLICA STATUS\\G"),
                                i + 1);
        const QString name = line.left(colon);
        if (name.contains(QLatin1Char(' ')))
            return probeFailure(probeName, replicaKey, ProbeText::tr("field name \"%1\" is not a column name").arg(name.left(40)),
                                i + 1);
        rows->last().insert(name, line.mid(colon + 1).trimmed());
    }
    return std::nullopt;
}

} // namespace

QList<ProbeCommand> MysqlProbe::commands(const QHash<QString, QString> &params) const
{
    QStringList base{QStringLiteral("mysql")};
    // --defaults-extra-file must come first; it keeps the password off argv.
    const QString defaults = param(params, "defaults_file");
    if (!defaults.isEmpty())
        base << QStringLiteral("--defaults-extra-file=") + defaults;
    const std::pair<const char *, const char *> options[] = {
        {"host", "--host="}, {"port", "--port="}, {"user", "--user="}, {"socket", "--socket="}};
    for (const auto &[key, option] : options) {
        const QString value = param(params, key);
        if (!value.isEmpty())
            base << QLatin1String(option) + value;
    }
    const QStringList vars = base + QStringList{
        QStringLiteral("-N"), QStringLiteral("-B"), QStringLiteral("-e"),
        QStringLiteral("SHOW GLOBAL VARIABLES WHERE Variable_name IN ('version', 'read_only', 'super_read_only', "
                       "'gtid_executed', 'gtid_current_pos', 'server_id')")};
    // MySQL before 8.0.22 and MariaDB before 10.5.1 only know SHOW SLAVE STATUS.
    const bool legacy = param(params, "legacy") == QLatin1String("1") || param(params, "legacy") == QLatin1String("true");
    const QStringList replica = base + QStringList{
        QStringLiteral("-E"), QStringLiteral("-e"),
        legacy ? QStringLiteral("SHOW SLAVE STATUS") : QStringLiteral("SHOW REPLICA STATUS")};
    return {{varsKey, vars, {}}, {replicaKey, replica, {}}};
}

ProbeResult MysqlProbe::parse(const CommandOutputs &outputs, const QHash<QString, QString> &params) const
{
    Q_UNUSED(params);
    if (std::optional<ProbeResult> down = serviceNotRunning(outputs, varsKey, {"Can't connect to"}, QStringLiteral("MySQL")))
        return *down;
    if (std::optional<ProbeResult> failed = checkOutput(probeName, varsKey, outputs))
        return *failed;
    if (std::optional<ProbeResult> failed = checkOutput(probeName, replicaKey, outputs))
        return *failed;
    for (const QString &key : {varsKey, replicaKey})
        if (std::optional<ProbeResult> cut = checkComplete(probeName, key, outputs.value(key).standardOutput))
            return *cut;
    Row vars;
    const QStringList varLines = QString::fromUtf8(outputs.value(varsKey).standardOutput).split(QLatin1Char('\n'));
    for (int i = 0; i < varLines.size(); ++i) {
        const QString &line = varLines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab <= 0)
            return probeFailure(probeName, varsKey, ProbeText::tr("not a \"name<TAB>value\" line"), i + 1);
        vars.insert(line.left(tab), line.mid(tab + 1).trimmed());
    }
    const QString readOnly = vars.value(QStringLiteral("read_only"));
    if (readOnly != QLatin1String("ON") && readOnly != QLatin1String("OFF"))
        return probeFailure(probeName, varsKey, ProbeText::tr("variable \"read_only\" missing or not ON/OFF"));
    if (!vars.contains(QStringLiteral("version")))
        return probeFailure(probeName, varsKey, ProbeText::tr("variable \"version\" missing"));

    QList<Row> rows;
    if (std::optional<ProbeResult> failed = parseVertical(outputs.value(replicaKey).standardOutput, &rows))
        return *failed;

    ProbeResult result;
    ServiceSample &s = result.sample;
    Replication *r = s.mutable_replication();
    s.set_health(OK);
    const QString gtid = vars.value(QStringLiteral("gtid_executed"), vars.value(QStringLiteral("gtid_current_pos")));
    if (rows.isEmpty()) {
        // No replication configured: a writable server is the source.
        s.set_role(readOnly == QLatin1String("OFF") ? ACTIVE : PASSIVE);
        r->set_position(sstr(gtid.simplified()));
        r->set_receiving(true);
        r->set_replaying(true);
        r->set_lag_bytes(0);
        r->set_lag_s(0);
        s.set_detail(sstr(readOnly == QLatin1String("OFF") ? ProbeText::tr("source, writable")
                                                           : ProbeText::tr("read-only, no replication configured")));
        return result;
    }
    const Row &row = rows.constFirst();
    if (!hasField(row, {"Replica_IO_Running", "Slave_IO_Running"}) || !hasField(row, {"Replica_SQL_Running", "Slave_SQL_Running"}))
        return probeFailure(probeName, replicaKey, ProbeText::tr("field \"Replica_IO_Running\"/\"Replica_SQL_Running\" missing"));
    s.set_role(STANDBY);
    const QString io = field(row, {"Replica_IO_Running", "Slave_IO_Running"});
    const QString sql = field(row, {"Replica_SQL_Running", "Slave_SQL_Running"});
    r->set_receiving(io == QLatin1String("Yes"));
    r->set_replaying(sql == QLatin1String("Yes"));
    r->set_receiver_state(sstr(field(row, {"Replica_IO_State", "Slave_IO_State"})));
    r->set_replayer_state(sstr(field(row, {"Replica_SQL_Running_State", "Slave_SQL_Running_State"})));
    r->set_upstream(sstr(field(row, {"Source_Host", "Master_Host"})));
    bool ok = false;
    const double behind = field(row, {"Seconds_Behind_Source", "Seconds_Behind_Master"}).toDouble(&ok);
    r->set_lag_s(ok ? behind : -1);
    const QString readFile = field(row, {"Source_Log_File", "Master_Log_File"});
    const QString execFile = field(row, {"Relay_Source_Log_File", "Relay_Master_Log_File"});
    bool readOk = false;
    bool execOk = false;
    const qint64 readPos = field(row, {"Read_Source_Log_Pos", "Read_Master_Log_Pos"}).toLongLong(&readOk);
    const qint64 execPos = field(row, {"Exec_Source_Log_Pos", "Exec_Master_Log_Pos"}).toLongLong(&execOk);
    r->set_lag_bytes(readOk && execOk && readFile == execFile ? std::max<qint64>(0, readPos - execPos) : -1);
    const QString replicaGtid = field(row, {"Executed_Gtid_Set", "Gtid_IO_Pos"}).simplified();
    r->set_position(sstr(!replicaGtid.isEmpty() ? replicaGtid
                                                : execFile + QLatin1Char(':') + QString::number(execPos)));
    for (const char *name : {"Last_IO_Error", "Last_SQL_Error", "Last_Error"}) {
        const QString error = row.value(QLatin1String(name));
        if (!error.isEmpty()) {
            r->set_last_error(sstr(error));
            break;
        }
    }
    if (!r->receiving() || !r->replaying())
        s.set_health(CRITICAL);
    s.set_detail(sstr(ProbeText::tr("replica of %1, IO %2, SQL %3, %4 behind")
                          .arg(qstr(r->upstream()), io, sql, formatDuration(r->lag_s()))));
    return result;
}

} // namespace mailha
