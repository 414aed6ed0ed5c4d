// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events.pb.h"
#include "journal.pb.h"

#include <QList>
#include <QPair>
#include <QString>

namespace mailha {

/// The incident timeline: cluster events, alerts, operator actions and notes
/// in one list of ClusterEvents ordered by time, for the post-mortem.

/// Operator actions and notes from journal entries: runs started, finished
/// or abandoned, each step with its command, target and exit status, every
/// override with its reason, notes. Each event's actor is the OS user.
QList<ClusterEvent> timelineFromJournal(const QList<JournalEntry> &entries);

/// Merges sources into one list ordered by time; events at the same
/// millisecond keep the order of their source (stable).
QList<ClusterEvent> mergeTimeline(const QList<QList<ClusterEvent>> &sources);

/// Reads cluster events written one per line in the Protobuf JSON mapping
/// (what a recording or the console's event log exports); `error` names the
/// first bad line.
QList<ClusterEvent> readEventLines(const QByteArray &data, QString *error);

/// "Operator", "Note", "Alert", "Cluster" for the timeline's source column.
QString timelineSource(const ClusterEvent &event);

QString timelineMarkdown(const QString &title, const QList<ClusterEvent> &events);
/// A complete, self-contained HTML page (no scripts, no external resources).
QString timelineHtml(const QString &title, const QList<ClusterEvent> &events);

/// Rows of (measure, value) shown between the title and the events: a
/// training debrief's score, an incident's key numbers.
using TimelineSummary = QList<QPair<QString, QString>>;
/// The same report with a summary table first (same escaping, same layout).
QString timelineMarkdown(const QString &title, const TimelineSummary &summary, const QList<ClusterEvent> &events);
QString timelineHtml(const QString &title, const TimelineSummary &summary, const QList<ClusterEvent> &events);

} // namespace mailha
