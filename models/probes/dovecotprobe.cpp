// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/dovecotprobe.h"

#include "core/names.h"
#include "probes/probesupport.h"

#include <algorithm>

namespace mailha {

namespace {

const QString probeName = QStringLiteral("dovecot");
const QString usersKey = QStringLiteral("users");
const QString overviewKey = QStringLiteral("overview");
const QString dsyncKey = QStringLiteral("dsync");
const QString addrKey = QStringLiteral("addresses");

// doveadm prints "time since" as H:MM:SS (hours unbounded), "-" for never.
std::optional<double> parseHms(QStringView text)
{
    const QList<QStringView> parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return std::nullopt;
    double total = 0;
    for (QStringView p : parts) {
        bool ok = false;
        const uint v = p.toUInt(&ok);
        if (!ok)
            return std::nullopt;
        total = total * 60 + v;
    }
    return total;
}

bool isPriority(QStringView p)
{
    return p == u"none" || p == u"low" || p == u"high" || p == u"sync";
}

} // namespace

QList<ProbeCommand> DovecotProbe::commands(const QHash<QString, QString> &params) const
{
    Q_UNUSED(params);
    const QString doveadm = QStringLiteral("doveadm");
    const QString replicator = QStringLiteral("replicator");
    return {{usersKey, {doveadm, replicator, QStringLiteral("status"), QStringLiteral("*")}, {}},
            {overviewKey, {doveadm, replicator, QStringLiteral("status")}, {}},
            {dsyncKey, {doveadm, replicator, QStringLiteral("dsync-status")}, {}},
            {addrKey, {QStringLiteral("ip"), QStringLiteral("-j"), QStringLiteral("addr"), QStringLiteral("show")}, {}}};
}

ProbeResult DovecotProbe::parse(const CommandOutputs &outputs, const QHash<QString, QString> &params) const
{
    if (std::optional<ProbeResult> down =
            serviceNotRunning(outputs, usersKey, {"Connection refused"}, QStringLiteral("Dovecot replicator")))
        return *down;
    if (std::optional<ProbeResult> failed = checkOutput(probeName, usersKey, outputs))
        return *failed;
    if (std::optional<ProbeResult> cut = checkComplete(probeName, usersKey, outputs.value(usersKey).standardOutput))
        return *cut;
    const QStringList lines = QString::fromUtf8(outputs.value(usersKey).standardOutput).split(QLatin1Char('\n'));
    bool sawHeader = false;
    qint64 users = 0;
    qint64 queued = 0;
    qint64 failedUsers = 0;
    double stalest = -1;
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList f = lines.at(i).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.isEmpty())
            continue;
        if (!sawHeader) {
            if (f.constFirst() != QLatin1String("username") || !f.contains(QLatin1String("priority")))
                return probeFailure(probeName, usersKey,
                                    ProbeText::tr("not doveadm replicator status output: no \"username priority\" header"),
                                    i + 1);
            sawHeader = true;
            continue;
        }
        // Newer releases may add columns at the end; the first six are fixed.
        if (f.size() < 6 || !isPriority(f.at(1)))
            return probeFailure(probeName, usersKey, ProbeText::tr("user line has %1 fields, expected 6").arg(f.size()), i + 1);
        ++users;
        queued += f.at(1) != QLatin1String("none");
        failedUsers += f.at(5) == QLatin1String("y");
        if (f.at(4) != QLatin1String("-")) {
            const std::optional<double> age = parseHms(f.at(4));
            if (!age)
                return probeFailure(probeName, usersKey, ProbeText::tr("\"success sync\" is not H:MM:SS"), i + 1);
            stalest = std::max(stalest, *age);
        }
    }
    if (!sawHeader)
        return probeFailure(probeName, usersKey, ProbeText::tr("empty output"));

    ProbeResult result;
    ServiceSample &s = result.sample;
    DovecotReplication *d = s.mutable_dovecot();
    d->set_users(users);
    d->set_queued_incremental(queued);
    d->set_failed_users(failedUsers);
    // The stalest user's last success: one stuck mailbox must not hide
    // behind thousands that synced a second ago.
    d->set_last_sync_age_s(stalest);

    // The overview, when it ran, has the replicator's own queue counters.
    const CommandOutput overview = outputs.value(overviewKey);
    if (overview.exitStatus == 0 && looksLikeText(overview.standardOutput)) {
        qint64 incremental = 0;
        bool any = false;
        for (const QString &line : QString::fromUtf8(overview.standardOutput).split(QLatin1Char('\n'))) {
            const QString simple = line.simplified();
            const qsizetype space = simple.lastIndexOf(QLatin1Char(' '));
            bool ok = false;
            const qint64 value = simple.mid(space + 1).toLongLong(&ok);
            if (space <= 0 || !ok)
                continue;
            const QString key = simple.left(space);
            any = true;
            if (key == QLatin1String("Queued 'full resync' requests"))
                d->set_queued_full(value);
            else if (key.startsWith(QLatin1String("Queued '")) && key != QLatin1String("Queued 'failed' requests"))
                incremental += value;
            else if (key == QLatin1String("Total number of known users"))
                d->set_users(value);
        }
        if (any)
            d->set_queued_incremental(incremental);
    }
    int running = 0;
    const CommandOutput dsync = outputs.value(dsyncKey);
    if (dsync.exitStatus == 0) {
        const QStringList dl = QString::fromUtf8(dsync.standardOutput).split(QLatin1Char('\n'));
        for (int i = 1; i < dl.size(); ++i) {
            const QString first = dl.at(i).simplified().section(QLatin1Char(' '), 0, 0);
            running += !first.isEmpty() && first != QLatin1String("-");
        }
    }

    QStringList addresses;
    const CommandOutput addr = outputs.value(addrKey);
    if (addr.exitStatus == 0) {
        QString what;
        int line = 0;
        if (const std::optional<QStringList> list = parseIpAddrJson(addr.standardOutput, &what, &line))
            addresses = *list;
        else
            return probeFailure(probeName, addrKey, what, line);
    }
    for (const QString &a : addresses)
        s.add_addresses(sstr(a));
    // Active/passive pairs put the IMAP address on the active member;
    // without one (active-active dsync) every member serves.
    const QString roleParam = param(params, "role");
    const QStringList vips = vipParam(params, groupVipsParam);
    bool active = true;
    if (roleParam == QLatin1String("passive"))
        active = false;
    else if (roleParam.isEmpty() && !vips.isEmpty() && outputs.value(addrKey).exitStatus == 0)
        active = std::any_of(addresses.cbegin(), addresses.cend(),
                             [&](const QString &a) { return vips.contains(a.section(QLatin1Char('/'), 0, 0)); });
    s.set_role(active ? ACTIVE : PASSIVE);
    if (!active) {
        Replication *r = s.mutable_replication();
        r->set_upstream(sstr(param(params, "upstream")));
        r->set_receiving(true);
        r->set_replaying(true);
        r->set_lag_s(stalest);
        r->set_lag_bytes(-1);
    }
    s.set_health(failedUsers > 0 ? WARNING : OK);
    s.set_detail(sstr(ProbeText::tr("%1 users, %2 queued (%3 full), %4 failed, %5 syncing, stalest sync %6 ago")
                          .arg(d->users())
                          .arg(d->queued_incremental() + d->queued_full())
                          .arg(d->queued_full())
                          .arg(failedUsers)
                          .arg(running)
                          .arg(formatDuration(stalest))));
    return result;
}

} // namespace mailha
