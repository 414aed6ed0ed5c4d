// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probes/probe.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <initializer_list>
#include <optional>

namespace mailha {

/// Helpers every parser shares, so that failures read alike and a parser
/// never returns a healthy-looking sample by accident.
struct ProbeText {
    Q_DECLARE_TR_FUNCTIONS(mailha::Probe)
};

/// A failed parse: role and health UNKNOWN, `error` set from the typed error.
ProbeResult probeFailure(const QString &probe, const QString &command, const QString &what, int line = 0);

/// The output of `key`, or a failure when the command did not run, timed out,
/// was cut by the transport or exited non-zero (unless `allowNonZeroExit`).
std::optional<ProbeResult> checkOutput(const QString &probe, const QString &key, const CommandOutputs &outputs,
                                       bool allowNonZeroExit = false);

/// A command that failed because the service is not running (its socket
/// refuses, its module has nothing configured) is a state, not a parse error:
/// role FAILED, health CRITICAL. Returns that sample when the output's stderr
/// (or stdout) contains one of `markers` and the command exited non-zero.
std::optional<ProbeResult> serviceNotRunning(const CommandOutputs &outputs, const QString &key,
                                             std::initializer_list<const char *> markers, const QString &service);

/// The first line of the command's stderr (or a generic text), for errors.
QString firstErrorLine(const CommandOutput &output);

/// 1-based line of a byte offset.
int lineOfOffset(const QByteArray &text, qsizetype offset);

/// Parses JSON; on failure returns the error text and line in `what`/`line`.
std::optional<QJsonDocument> parseJson(const QByteArray &text, QString *what, int *line);

/// "16/B374D848" -> byte position; nullopt for anything else.
std::optional<qint64> parseLsn(QStringView text);

/// Seconds since the epoch as the node's `date +%s` reported it, or the
/// local clock when that command was not run (a capture given to mailhactl).
double nodeClockS(const CommandOutputs &outputs, const QString &key);

/// The `limit` largest counts, largest first, ties by key.
void addTopCounts(const QHash<QString, qint64> &counts, int limit,
                  google::protobuf::RepeatedPtrField<CountedItem> *out);

/// A failure when non-empty line output does not end with a newline: the
/// programs whose lines carry no end marker always finish the last line, so
/// a missing newline means the output was cut.
std::optional<ProbeResult> checkComplete(const QString &probe, const QString &key, const QByteArray &text);

/// True when the bytes look like text a parser may read (no NUL, valid UTF-8).
bool looksLikeText(const QByteArray &bytes);

/// Param with a default.
QString param(const QHash<QString, QString> &params, const char *key, const QString &fallback = {});

/// Addresses the poller passes to parsers as `mailha.group_vips` /
/// `mailha.floating_ips` (comma separated, without prefix length).
QStringList vipParam(const QHash<QString, QString> &params, const char *key);

/// Addresses ("192.0.2.25/24") from `ip -j addr` output; nullopt with `what`
/// set when it is not that format.
std::optional<QStringList> parseIpAddrJson(const QByteArray &text, QString *what, int *line);

/// Keys the poller adds to a probe's params (never in a cluster file).
inline constexpr char groupVipsParam[] = "mailha.group_vips";
inline constexpr char floatingIpsParam[] = "mailha.floating_ips";

} // namespace mailha
