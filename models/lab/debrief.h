// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal.pb.h"
#include "runbook/timeline.h"
#include "scenario.pb.h"

#include <QString>

namespace mailha {

/// A training debrief: the score against the scenario's objectives (time to
/// detection, RTO achieved, data lost, steps followed, skipped and
/// overridden, the verdict) above the timeline of what happened (faults as
/// they were revealed, operator actions, alerts), rendered by the incident
/// timeline's exporter so a drill and a real incident read the same.

/// The score as (measure, value) rows.
TimelineSummary debriefSummary(const Scenario &scenario, const ScenarioScore &score);
QString debriefTitle(const Scenario &scenario);

/// Runbook steps from the operator journal, which the lab cannot see: the
/// steps done, the steps the operator skipped and the preflight checks
/// overridden, in runs started at or after `sinceMs` (the journal's clock).
/// Leaves the score's own count (commands that reached the lab) when no run
/// was journalled since.
void addJournalSteps(const QList<JournalEntry> &entries, qint64 sinceMs, ScenarioScore *score);

/// "md", "html" or "pdf": `format` if given, else from the file's extension;
/// empty when neither says.
QString debriefFormat(const QString &path, const QString &format = {});

/// The debrief as Markdown or HTML (`format` "md" or "html").
QString debriefText(const QString &format, const Scenario &scenario, const ScenarioScore &score,
                    const QList<ClusterEvent> &events);
/// Writes the Markdown or HTML debrief to `path`. PDF needs a text layout
/// (QtGui), which the applications do with debriefText("html", ...).
bool writeDebrief(const QString &path, const QString &format, const Scenario &scenario, const ScenarioScore &score,
                  const QList<ClusterEvent> &events, QString *error);

} // namespace mailha
