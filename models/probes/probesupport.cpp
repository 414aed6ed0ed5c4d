// SPDX-License-Identifier: GPL-3.0-or-later
#include "probes/probesupport.h"

#include "core/names.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

#include <algorithm>

namespace mailha {

ProbeResult probeFailure(const QString &probe, const QString &command, const QString &what, int line)
{
    ProbeResult result;
    ProbeError error;
    error.probe = probe;
    error.command = command;
    error.what = what;
    error.line = line;
    result.sample.set_role(ROLE_UNKNOWN);
    result.sample.set_health(HEALTH_UNKNOWN);
    result.sample.set_error(sstr(error.toString()));
    result.error = error;
    return result;
}

QString firstErrorLine(const CommandOutput &output)
{
    const QString text = QString::fromUtf8(output.standardError).trimmed();
    return text.section(QLatin1Char('\n'), 0, 0).left(200);
}

std::optional<ProbeResult> checkOutput(const QString &probe, const QString &key, const CommandOutputs &outputs,
                                       bool allowNonZeroExit)
{
    const auto it = outputs.constFind(key);
    if (it == outputs.constEnd())
        return probeFailure(probe, key, ProbeText::tr("no output: the command was not run"));
    const CommandOutput &out = *it;
    if (!out.transportError.isEmpty())
        return probeFailure(probe, key, ProbeText::tr("could not run: %1").arg(out.transportError));
    if (out.timedOut)
        return probeFailure(probe, key, ProbeText::tr("timed out"));
    if (out.truncated)
        return probeFailure(probe, key, ProbeText::tr("output cut at the transport's size limit"));
    if (out.exitStatus < 0)
        return probeFailure(probe, key, ProbeText::tr("no output: the command was not run"));
    if (out.exitStatus != 0 && !allowNonZeroExit) {
        const QString err = firstErrorLine(out);
        return probeFailure(probe, key,
                            err.isEmpty() ? ProbeText::tr("exited with status %1").arg(out.exitStatus)
                                          : ProbeText::tr("exited with status %1: %2").arg(out.exitStatus).arg(err));
    }
    if (!looksLikeText(out.standardOutput))
        return probeFailure(probe, key, ProbeText::tr("output is binary, not text"));
    return std::nullopt;
}

std::optional<ProbeResult> serviceNotRunning(const CommandOutputs &outputs, const QString &key,
                                             std::initializer_list<const char *> markers, const QString &service)
{
    const CommandOutput out = outputs.value(key);
    if (out.exitStatus <= 0 || out.timedOut || !out.transportError.isEmpty())
        return std::nullopt;
    const QByteArray text = out.standardError + '\n' + out.standardOutput;
    for (const char *marker : markers) {
        if (!text.contains(marker))
            continue;
        ProbeResult down;
        down.sample.set_role(FAILED);
        down.sample.set_health(CRITICAL);
        const QString reason = firstErrorLine(out).isEmpty() ? QString::fromUtf8(out.standardOutput).trimmed().left(200)
                                                            : firstErrorLine(out);
        down.sample.set_detail(sstr(ProbeText::tr("%1 is not running: %2").arg(service, reason)));
        return down;
    }
    return std::nullopt;
}

std::optional<ProbeResult> checkComplete(const QString &probe, const QString &key, const QByteArray &text)
{
    if (text.isEmpty() || text.endsWith('\n'))
        return std::nullopt;
    return probeFailure(probe, key, ProbeText::tr("output ends inside a line: cut short"), lineOfOffset(text, text.size()));
}

int lineOfOffset(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    return int(std::count(text.constBegin(), text.constBegin() + offset, '\n')) + 1;
}

std::optional<QJsonDocument> parseJson(const QByteArray &text, QString *what, int *line)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        *what = ProbeText::tr("not valid JSON: %1").arg(error.errorString());
        *line = lineOfOffset(text, error.offset);
        return std::nullopt;
    }
    return doc;
}

std::optional<qint64> parseLsn(QStringView text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash > 8 || text.size() - slash - 1 < 1 || text.size() - slash - 1 > 8)
        return std::nullopt;
    bool okHigh = false;
    bool okLow = false;
    const quint64 high = text.left(slash).toULongLong(&okHigh, 16);
    const quint64 low = text.mid(slash + 1).toULongLong(&okLow, 16);
    if (!okHigh || !okLow || high > 0x7FFFFFFFu)
        return std::nullopt;
    return qint64((high << 32) | low);
}

double nodeClockS(const CommandOutputs &outputs, const QString &key)
{
    const CommandOutput out = outputs.value(key);
    if (out.exitStatus == 0) {
        bool ok = false;
        const double s = QString::fromLatin1(out.standardOutput).trimmed().toDouble(&ok);
        if (ok && s > 0)
            return s;
    }
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

void addTopCounts(const QHash<QString, qint64> &counts, int limit,
                  google::protobuf::RepeatedPtrField<CountedItem> *out)
{
    QList<std::pair<QString, qint64>> items;
    items.reserve(counts.size());
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        items.append({it.key(), it.value()});
    const qsizetype n = std::min<qsizetype>(limit, items.size());
    std::partial_sort(items.begin(), items.begin() + n, items.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    for (qsizetype i = 0; i < n; ++i) {
        CountedItem *item = out->Add();
        item->set_key(sstr(items.at(i).first));
        item->set_count(items.at(i).second);
    }
}

bool looksLikeText(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    return !decoder.hasError();
}

QString param(const QHash<QString, QString> &params, const char *key, const QString &fallback)
{
    const QString value = params.value(QLatin1String(key)).trimmed();
    return value.isEmpty() ? fallback : value;
}

QStringList vipParam(const QHash<QString, QString> &params, const char *key)
{
    QStringList out;
    for (const QString &part : params.value(QLatin1String(key)).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString address = part.section(QLatin1Char('/'), 0, 0).trimmed();
        if (!address.isEmpty())
            out.append(address);
    }
    return out;
}

std::optional<QStringList> parseIpAddrJson(const QByteArray &text, QString *what, int *line)
{
    const std::optional<QJsonDocument> doc = parseJson(text, what, line);
    if (!doc)
        return std::nullopt;
    if (!doc->isArray()) {
        *what = ProbeText::tr("expected a JSON array of interfaces");
        *line = 1;
        return std::nullopt;
    }
    QStringList addresses;
    for (const QJsonValue &ifc : doc->array()) {
        const QJsonObject o = ifc.toObject();
        if (!o.contains(QLatin1String("ifname"))) {
            *what = ProbeText::tr("interface without \"ifname\"");
            *line = 1;
            return std::nullopt;
        }
        for (const QJsonValue &info : o.value(QLatin1String("addr_info")).toArray()) {
            const QJsonObject a = info.toObject();
            const QString local = a.value(QLatin1String("local")).toString();
            if (local.isEmpty())
                continue;
            addresses.append(local + QLatin1Char('/') + QString::number(a.value(QLatin1String("prefixlen")).toInt()));
        }
    }
    return addresses;
}

} // namespace mailha
