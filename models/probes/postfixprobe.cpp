// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/postfixprobe.h"

#include "core/names.h"
#include "probes/probesupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace mailha {

namespace {

const QString probeName = QStringLiteral("postfix");
const QString queueKey = QStringLiteral("queue");
const QString clockKey = QStringLiteral("clock");
constexpr int topLimit = 10;
constexpr qsizetype reasonChars = 120;

struct Tally {
    qint64 incoming = 0;
    qint64 active = 0;
    qint64 deferred = 0;
    qint64 hold = 0;
    qint64 maildrop = 0;
    qint64 bytes = 0;
    double oldestArrival = std::numeric_limits<double>::max();
    QHash<QString, qint64> reasons;
    QHash<QString, qint64> domains;

    /// Saturates: a hostile listing of huge sizes must not overflow the total.
    void addBytes(qint64 size)
    {
        bytes = size > std::numeric_limits<qint64>::max() - bytes ? std::numeric_limits<qint64>::max() : bytes + size;
    }

    void count(QStringView queue)
    {
        if (queue == u"active")
            ++active;
        else if (queue == u"deferred")
            ++deferred;
        else if (queue == u"hold")
            ++hold;
        else if (queue == u"incoming")
            ++incoming;
        else if (queue == u"maildrop")
            ++maildrop;
    }
    void recipient(const QString &address, const QString &reason)
    {
        const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
        domains[at >= 0 ? address.mid(at + 1).toLower() : QStringLiteral("(local)")] += 1;
        if (!reason.isEmpty())
            reasons[reason.simplified().left(reasonChars)] += 1;
    }
};

ProbeResult finish(const Tally &t, double nowS)
{
    ProbeResult result;
    ServiceSample &s = result.sample;
    MtaQueues *q = s.mutable_queues();
    q->set_incoming(t.incoming);
    q->set_active(t.active);
    q->set_deferred(t.deferred);
    q->set_hold(t.hold);
    q->set_maildrop(t.maildrop);
    q->set_total_bytes(t.bytes);
    q->set_oldest_age_s(t.oldestArrival == std::numeric_limits<double>::max() ? 0.0
                                                                                : std::max(0.0, nowS - t.oldestArrival));
    addTopCounts(t.reasons, topLimit, q->mutable_top_deferral_reasons());
    addTopCounts(t.domains, topLimit, q->mutable_top_recipient_domains());
    s.set_role(ACTIVE);
    s.set_health(OK);
    s.set_detail(sstr(ProbeText::tr("%1 active, %2 deferred, %3 hold, oldest %4")
                          .arg(t.active)
                          .arg(t.deferred)
                          .arg(t.hold)
                          .arg(formatDuration(q->oldest_age_s()))));
    return result;
}

// postqueue -j: one JSON object per message (Postfix >= 3.1).
ProbeResult parseJsonLines(const QByteArray &text, double nowS)
{
    Tally t;
    int lineNo = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        ++lineNo;
        const QByteArray line = text.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return probeFailure(probeName, queueKey,
                                ProbeText::tr("not a postqueue -j message record: %1")
                                    .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                                 : ProbeText::tr("not an object")),
                                lineNo);
        const QJsonObject m = doc.object();
        const QJsonValue queue = m.value(QLatin1String("queue_name"));
        const QJsonValue arrival = m.value(QLatin1String("arrival_time"));
        const QJsonValue size = m.value(QLatin1String("message_size"));
        const QJsonValue recipients = m.value(QLatin1String("recipients"));
        if (!queue.isString() || !m.value(QLatin1String("queue_id")).isString())
            return probeFailure(probeName, queueKey, ProbeText::tr("field \"queue_name\" or \"queue_id\" missing"), lineNo);
        if (!arrival.isDouble() || !size.isDouble() || !recipients.isArray())
            return probeFailure(probeName, queueKey,
                                ProbeText::tr("field \"arrival_time\", \"message_size\" or \"recipients\" missing or of the wrong type"),
                                lineNo);
        // JSON numbers are doubles: a size beyond 2^53 bytes or an arrival
        // outside 1970..5138 is no Postfix record (and would overflow below).
        const double bytes = size.toDouble(), arrived = arrival.toDouble();
        if (!(bytes >= 0 && bytes <= 9'007'199'254'740'992.0))
            return probeFailure(probeName, queueKey, ProbeText::tr("field \"%1\" out of range").arg(QStringLiteral("message_size")), lineNo);
        if (!(arrived >= 0 && arrived <= 1e11))
            return probeFailure(probeName, queueKey, ProbeText::tr("field \"%1\" out of range").arg(QStringLiteral("arrival_time")), lineNo);
        t.count(queue.toString());
        t.addBytes(qint64(bytes));
        t.oldestArrival = std::min(t.oldestArrival, arrived);
        for (const QJsonValue &r : recipients.toArray()) {
            const QJsonObject o = r.toObject();
            t.recipient(o.value(QLatin1String("address")).toString(), o.value(QLatin1String("delay_reason")).toString());
        }
    }
    return finish(t, nowS);
}

// "Mon Jul  4 12:34:56" has no year: take the one that puts it in the past.
std::optional<double> parseArrival(QStringView text, double nowS)
{
    const QString simplified = text.toString().simplified();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(qint64(nowS), QTimeZone::utc());
    for (int year : {now.date().year(), now.date().year() - 1}) {
        const QDateTime t = QDateTime::fromString(simplified + QLatin1Char(' ') + QString::number(year),
                                                  QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
        if (!t.isValid())
            return std::nullopt;
        QDateTime utc = t;
        utc.setTimeZone(QTimeZone::utc());
        if (double(utc.toSecsSinceEpoch()) <= nowS + 86400)
            return double(utc.toSecsSinceEpoch());
    }
    return std::nullopt;
}

// postqueue -p, the sendmail-style listing of Postfix before 3.1.
ProbeResult parseText(const QByteArray &bytes, double nowS)
{
    const QString text = QString::fromUtf8(bytes);
    const QStringList lines = text.split(QLatin1Char('\n'));
    Tally t;
    bool sawHeader = false;
    bool sawEnd = false;
    QString reason;
    bool inMessage = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const int lineNo = i + 1;
        if (line.trimmed().isEmpty()) {
            inMessage = false;
            reason.clear();
            continue;
        }
        if (line.startsWith(QLatin1String("Mail queue is empty")))
            return finish(t, nowS);
        if (line.startsWith(QLatin1String("-Queue ID-"))) {
            sawHeader = true;
            continue;
        }
        if (line.startsWith(QLatin1String("-- "))) {
            // "-- 59 Kbytes in 3 Requests.": complete only when the count agrees.
            const QStringList f = line.simplified().split(QLatin1Char(' '));
            const qint64 counted = t.incoming + t.active + t.deferred + t.hold + t.maildrop;
            if (f.size() != 6 || f.at(2) != QLatin1String("Kbytes") || !f.at(5).startsWith(QLatin1String("Request"))
                || !f.at(5).endsWith(QLatin1Char('.')) || f.at(4).toLongLong() != counted)
                return probeFailure(probeName, queueKey, ProbeText::tr("summary line does not match the %1 messages listed").arg(counted),
                                    lineNo);
            sawEnd = true;
            continue;
        }
        if (!sawHeader)
            return probeFailure(probeName, queueKey, ProbeText::tr("not postqueue -p output: no \"-Queue ID-\" header"), lineNo);
        if (!line.at(0).isSpace() && line.at(0) != QLatin1Char('(')) {
            // "A1B2C3D4E5*    1234 Mon Jul  4 12:34:56  sender@example.com"
            const QStringList f = line.simplified().split(QLatin1Char(' '));
            if (f.size() < 6)
                return probeFailure(probeName, queueKey, ProbeText::tr("message line has too few fields"), lineNo);
            QString id = f.at(0);
            const QChar mark = id.back();
            bool sizeOk = false;
            const qint64 size = f.at(1).toLongLong(&sizeOk);
            const std::optional<double> arrival =
                parseArrival(QStringList(f.mid(2, 4)).join(QLatin1Char(' ')), nowS);
            if (!sizeOk || size < 0 || !arrival)
                return probeFailure(probeName, queueKey, ProbeText::tr("message line: size or arrival time unreadable"), lineNo);
            t.count(mark == QLatin1Char('*') ? u"active" : mark == QLatin1Char('!') ? u"hold" : u"deferred");
            t.addBytes(size);
            t.oldestArrival = std::min(t.oldestArrival, *arrival);
            inMessage = true;
            continue;
        }
        if (!inMessage)
            return probeFailure(probeName, queueKey, ProbeText::tr("recipient line outside a message"), lineNo);
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1Char('(')) && trimmed.endsWith(QLatin1Char(')')))
            reason = trimmed.mid(1, trimmed.size() - 2);
        else
            t.recipient(trimmed, reason);
    }
    if (!sawEnd)
        return probeFailure(probeName, queueKey, ProbeText::tr("output ends before the \"-- N Kbytes in N Requests.\" line"),
                            int(lines.size()));
    return finish(t, nowS);
}

} // namespace

QList<ProbeCommand> PostfixProbe::commands(const QHash<QString, QString> &params) const
{
    QStringList argv{QStringLiteral("postqueue")};
    const QString config = param(params, "config_directory");
    if (!config.isEmpty())
        argv << QStringLiteral("-c") << config;
    // Postfix before 3.1 has no -j; the cluster file says so with format=text.
    argv << (param(params, "format") == QLatin1String("text") ? QStringLiteral("-p") : QStringLiteral("-j"));
    return {{queueKey, argv, {}}, {clockKey, {QStringLiteral("date"), QStringLiteral("+%s")}, {}}};
}

ProbeResult PostfixProbe::parse(const CommandOutputs &outputs, const QHash<QString, QString> &params) const
{
    const CommandOutput out = outputs.value(queueKey);
    if (out.exitStatus > 0 && out.transportError.isEmpty() && !out.timedOut
        && out.standardError.contains("mail system is down")) {
        // A stopped Postfix is a state to show, not a parse failure.
        ProbeResult down;
        down.sample.set_role(FAILED);
        down.sample.set_health(CRITICAL);
        down.sample.set_detail(sstr(ProbeText::tr("Postfix is not running: %1").arg(firstErrorLine(out))));
        return down;
    }
    if (std::optional<ProbeResult> failed = checkOutput(probeName, queueKey, outputs))
        return *failed;
    const double nowS = nodeClockS(outputs, clockKey);
    const QByteArray text = out.standardOutput;
    const qsizetype first = [&] {
        for (qsizetype i = 0; i < text.size(); ++i)
            if (!QChar::isSpace(uchar(text.at(i))))
                return i;
        return text.size();
    }();
    // An empty postqueue -j answer is an empty queue; -p says so in words.
    const bool json = first == text.size() ? param(params, "format") != QLatin1String("text") : text.at(first) == '{';
    if (!json && first == text.size())
        return probeFailure(probeName, queueKey, ProbeText::tr("empty output"));
    if (std::optional<ProbeResult> cut = checkComplete(probeName, queueKey, text))
        return *cut;
    ProbeResult result = json ? parseJsonLines(text, nowS) : parseText(text, nowS);
    // Postfix 3.x lets root read a stopped system's queue directly and says so on stderr.
    if (result.ok() && out.standardError.contains("Mail system is down")) {
        result.sample.set_role(FAILED);
        result.sample.set_health(CRITICAL);
        result.sample.set_detail(sstr(ProbeText::tr("Postfix is not running; queue read from disk: %1")
                                          .arg(qstr(result.sample.detail()))));
    }
    return result;
}

} // namespace mailha
