// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook/timeline.h"

#include "core/names.h"

#include <QCoreApplication>
#include <QDateTime>

#include <google/protobuf/util/json_util.h>

#include <algorithm>

namespace mailha {

namespace {

// lupdate reads TimelineText::tr() calls under the context "mailha::Timeline".
struct TimelineText {
    Q_DECLARE_TR_FUNCTIONS(mailha::Timeline)
};

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz 'UTC'"));
}

QString markdownCell(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('|'), QLatin1String("\\|"));
    text.replace(QLatin1Char('`'), QLatin1String("\\`"));
    text.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    text.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return text;
}

} // namespace

QList<ClusterEvent> timelineFromJournal(const QList<JournalEntry> &entries)
{
    QList<ClusterEvent> out;
    for (const JournalEntry &e : entries) {
        ClusterEvent ev;
        ev.set_time_ms(e.time_ms());
        ev.set_kind(OPERATOR_ACTION);
        ev.set_severity(INFO);
        ev.set_actor(e.operator_());
        ev.set_node_id(e.target());
        const auto group = e.parameters().find("group");
        if (group != e.parameters().end())
            ev.set_group(group->second);
        const QString runbook = qstr(e.runbook());
        QString text;
        switch (e.phase()) {
        case RUN_STARTED:
            text = TimelineText::tr("started runbook %1 (%2 steps)").arg(runbook).arg(e.plan_size());
            if (e.overrides_size() > 0) {
                text += QLatin1String("; ") + TimelineText::tr("overrides: %1").arg(qstr(e.reason()));
                ev.set_severity(WARN);
            }
            break;
        case STEP_STARTED:
            continue;  // the finished entry says everything a reader needs
        case STEP_FINISHED:
            text = TimelineText::tr("step %1 %2").arg(qstr(e.step_id()), qstr(e.step_state()));
            if (!e.command().empty())
                text += QStringLiteral(": `%1` exit %2").arg(qstr(e.command())).arg(e.exit_status());
            if (!e.message().empty())
                text += QLatin1String(" — ") + qstr(e.message());
            if (!e.ok())
                ev.set_severity(e.step_state() == "warning" ? WARN : CRIT);
            break;
        case STEP_SKIPPED:
            text = TimelineText::tr("step %1 skipped: %2").arg(qstr(e.step_id()), qstr(e.reason()));
            ev.set_severity(WARN);
            break;
        case OVERRIDE:
            text = TimelineText::tr("override of %1: %2").arg(qstr(e.overrides(0)), qstr(e.reason()));
            ev.set_severity(WARN);
            break;
        case OPERATOR_NOTE:
            ev.set_kind(NOTE);
            text = qstr(e.message());
            break;
        case RUN_FINISHED:
            text = TimelineText::tr("runbook %1 %2: %3").arg(runbook, qstr(e.step_state()), qstr(e.message()));
            ev.set_severity(e.ok() ? INFO : CRIT);
            break;
        case RUN_ABANDONED:
            text = TimelineText::tr("interrupted run of %1 abandoned: %2").arg(runbook, qstr(e.reason()));
            ev.set_severity(WARN);
            break;
        case RUN_RESUMED:
            text = TimelineText::tr("interrupted run of %1 resumed: %2").arg(runbook, qstr(e.reason()));
            break;
        default:
            continue;
        }
        ev.set_message(sstr(text));
        out.append(ev);
    }
    return out;
}

QList<ClusterEvent> mergeTimeline(const QList<QList<ClusterEvent>> &sources)
{
    QList<ClusterEvent> all;
    for (const QList<ClusterEvent> &s : sources)
        all.append(s);
    std::stable_sort(all.begin(), all.end(), [](const ClusterEvent &a, const ClusterEvent &b) { return a.time_ms() < b.time_ms(); });
    return all;
}

QList<ClusterEvent> readEventLines(const QByteArray &data, QString *error)
{
    QList<ClusterEvent> out;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        ClusterEvent ev;
        if (!google::protobuf::util::JsonStringToMessage(line.toStdString(), &ev).ok()) {
            *error = TimelineText::tr("line %1: not a cluster event").arg(i + 1);
            return {};
        }
        out.append(ev);
    }
    return out;
}

QString timelineSource(const ClusterEvent &event)
{
    switch (event.kind()) {
    case OPERATOR_ACTION: return TimelineText::tr("Operator");
    case NOTE: return TimelineText::tr("Note");
    case ALERT_RAISED:
    case ALERT_CLEARED: return TimelineText::tr("Alert");
    default: return TimelineText::tr("Cluster");
    }
}

QString timelineMarkdown(const QString &title, const QList<ClusterEvent> &events)
{
    QString md = QLatin1String("# ") + markdownCell(title) + QLatin1String("\n\n");
    if (!events.isEmpty())
        md += TimelineText::tr("%1 events from %2 to %3.").arg(events.size()).arg(timeText(events.constFirst().time_ms()),
                                                                     timeText(events.constLast().time_ms()))
              + QLatin1String("\n\n");
    md += QLatin1String("| Time | Source | Severity | Who / where | Event |\n|---|---|---|---|---|\n");
    for (const ClusterEvent &e : events) {
        QStringList where;
        if (!e.actor().empty())
            where << qstr(e.actor());
        if (!e.node_id().empty())
            where << qstr(e.node_id());
        if (!e.group().empty())
            where << qstr(e.group());
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                  .arg(timeText(e.time_ms()), timelineSource(e), severityName(e.severity()),
                       markdownCell(where.join(QLatin1String(", "))), markdownCell(qstr(e.message())));
    }
    return md;
}

QString timelineHtml(const QString &title, const QList<ClusterEvent> &events)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                                  "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
                                  "td,th{border:1px solid #999;padding:3px 6px;text-align:left;vertical-align:top}"
                                  ".warning{background:#fff3cd}.critical{background:#f8d7da}</style></head><body>\n"
                                  "<h1>%1</h1>\n")
                       .arg(title.toHtmlEscaped());
    html += QStringLiteral("<table>\n<tr><th>Time</th><th>Source</th><th>Severity</th><th>Who / where</th><th>Event</th></tr>\n");
    for (const ClusterEvent &e : events) {
        QStringList where;
        for (const std::string *s : {&e.actor(), &e.node_id(), &e.group()})
            if (!s->empty())
                where << qstr(*s);
        const QString severity = severityName(e.severity());
        html += QStringLiteral("<tr class=\"%1\"><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>\n")
                    .arg(severity.toHtmlEscaped(), timeText(e.time_ms()), timelineSource(e).toHtmlEscaped(), severity.toHtmlEscaped(),
                         where.join(QLatin1String(", ")).toHtmlEscaped(), qstr(e.message()).toHtmlEscaped());
    }
    html += QStringLiteral("</table>\n</body></html>\n");
    return html;
}

QString timelineMarkdown(const QString &title, const TimelineSummary &summary, const QList<ClusterEvent> &events)
{
    QString md = timelineMarkdown(title, events);
    QString table = QLatin1String("| %1 | %2 |\n|---|---|\n").arg(TimelineText::tr("Measure"), TimelineText::tr("Value"));
    for (const auto &[measure, value] : summary)
        table += QStringLiteral("| %1 | %2 |\n").arg(markdownCell(measure), markdownCell(value));
    // After the "# title" line and its blank line.
    md.insert(md.indexOf(QLatin1String("\n\n")) + 2, table + QLatin1Char('\n'));
    return md;
}

QString timelineHtml(const QString &title, const TimelineSummary &summary, const QList<ClusterEvent> &events)
{
    QString html = timelineHtml(title, events);
    QString table = QStringLiteral("<table class=\"summary\">\n<tr><th>%1</th><th>%2</th></tr>\n")
                        .arg(TimelineText::tr("Measure").toHtmlEscaped(), TimelineText::tr("Value").toHtmlEscaped());
    for (const auto &[measure, value] : summary)
        table += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>\n").arg(measure.toHtmlEscaped(), value.toHtmlEscaped());
    table += QLatin1String("</table>\n<h2>") + TimelineText::tr("Timeline").toHtmlEscaped() + QLatin1String("</h2>\n");
    const QLatin1String afterTitle("</h1>\n");
    html.insert(html.indexOf(afterTitle) + afterTitle.size(), table);
    return html;
}

} // namespace mailha
