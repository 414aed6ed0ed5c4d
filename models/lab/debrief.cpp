// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab/debrief.h"

#include "core/names.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace mailha {

namespace {
struct DebriefText {
    Q_DECLARE_TR_FUNCTIONS(mailha::Debrief)
};

QString verdict(bool met)
{
    return met ? DebriefText::tr("met") : DebriefText::tr("NOT met");
}
} // namespace

QString debriefTitle(const Scenario &scenario)
{
    return DebriefText::tr("Debrief: %1 (%2)").arg(qstr(scenario.title()), qstr(scenario.id()));
}

TimelineSummary debriefSummary(const Scenario &scenario, const ScenarioScore &score)
{
    const ScenarioObjectives &o = scenario.objectives();
    TimelineSummary rows;
    rows.append({DebriefText::tr("Result"), score.passed() ? DebriefText::tr("PASSED") : DebriefText::tr("NOT PASSED")});
    rows.append({DebriefText::tr("Time to detection"),
                 score.detected() ? DebriefText::tr("%1 after the first fault").arg(formatDuration(score.time_to_detection_s()))
                                  : DebriefText::tr("never (nobody acted)")});
    rows.append({DebriefText::tr("RTO achieved"),
                 (score.restored() ? formatDuration(score.rto_achieved_s()) : DebriefText::tr("not restored"))
                     + DebriefText::tr(" (objective %1: %2)").arg(formatDuration(o.rto_s()), verdict(score.rto_met()))});
    QString rpo = formatDuration(o.rpo_s());
    if (o.rpo_bytes() > 0)
        rpo += QLatin1String(", ") + formatBytes(o.rpo_bytes());
    rows.append({DebriefText::tr("Data lost"), DebriefText::tr("%1 (%2 of writes; objective %3: %4)")
                                                   .arg(formatBytes(score.data_lost_bytes()), formatDuration(score.data_lost_s()),
                                                        rpo, verdict(score.rpo_met()))});
    rows.append({DebriefText::tr("Runbook steps"), DebriefText::tr("%1 followed, %2 skipped, %3 overridden")
                                                       .arg(score.steps_followed())
                                                       .arg(score.steps_skipped())
                                                       .arg(score.steps_overridden())});
    rows.append({DebriefText::tr("Operator actions"),
                 DebriefText::tr("%1 (%2 failed)").arg(score.actions()).arg(score.actions_failed())});
    if (!scenario.briefing().empty())
        rows.append({DebriefText::tr("Briefing"), qstr(scenario.briefing())});
    if (!scenario.debrief().empty())
        rows.append({DebriefText::tr("What a good response looks like"), qstr(scenario.debrief())});
    return rows;
}

void addJournalSteps(const QList<JournalEntry> &entries, qint64 sinceMs, ScenarioScore *score)
{
    QSet<QString> runs;
    int followed = 0, skipped = 0, overridden = 0;
    for (const JournalEntry &e : entries) {
        if (e.phase() == RUN_STARTED && e.time_ms() >= sinceMs) {
            runs.insert(qstr(e.run_id()));
            overridden += e.overrides_size();
        }
        if (!runs.contains(qstr(e.run_id())))
            continue;
        followed += e.phase() == STEP_FINISHED && e.ok();
        skipped += e.phase() == STEP_SKIPPED;
        overridden += e.phase() == OVERRIDE;
    }
    if (runs.isEmpty())
        return;
    score->set_steps_followed(followed);
    score->set_steps_skipped(skipped);
    score->set_steps_overridden(overridden);
}

QString debriefFormat(const QString &path, const QString &format)
{
    const QString f = format.isEmpty() ? QFileInfo(path).suffix().toLower() : format.toLower();
    if (f == QLatin1String("md") || f == QLatin1String("markdown"))
        return QStringLiteral("md");
    if (f == QLatin1String("html") || f == QLatin1String("htm"))
        return QStringLiteral("html");
    if (f == QLatin1String("pdf"))
        return QStringLiteral("pdf");
    return {};
}

QString debriefText(const QString &format, const Scenario &scenario, const ScenarioScore &score,
                    const QList<ClusterEvent> &events)
{
    const TimelineSummary summary = debriefSummary(scenario, score);
    return format == QLatin1String("md") ? timelineMarkdown(debriefTitle(scenario), summary, events)
                                         : timelineHtml(debriefTitle(scenario), summary, events);
}

bool writeDebrief(const QString &path, const QString &format, const Scenario &scenario, const ScenarioScore &score,
                  const QList<ClusterEvent> &events, QString *error)
{
    if (format != QLatin1String("md") && format != QLatin1String("html")) {
        *error = DebriefText::tr("%1: a debrief is written as md or html here, not '%2'").arg(path, format);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(debriefText(format, scenario, score, events).toUtf8()) < 0) {
        *error = DebriefText::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace mailha
