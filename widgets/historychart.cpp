// SPDX-License-Identifier: GPL-3.0-or-later
#include "historychart.h"

#include "cluster/clusterstate.h"
#include "core/names.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace mailha {

namespace {

/// The smallest round top (1, 2, 2.5 or 5 × 10^k per step) at or above `top`
/// for an axis from 0 in `steps` equal steps.
double niceCeiling(double top, int steps)
{
    const double raw = top / std::max(1, steps);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= raw)
            return m * magnitude * steps;
    }
    return 10.0 * magnitude * steps;
}

/// Steps between time labels, shortest first: each a divisor of the next
/// larger unit, so labels land on round local times.
constexpr qint64 timeSteps[] = {
    1'000, 2'000, 5'000, 10'000, 15'000, 30'000,
    60'000, 2 * 60'000, 5 * 60'000, 10 * 60'000, 15 * 60'000, 30 * 60'000,
    3'600'000, 2 * 3'600'000, 3 * 3'600'000, 6 * 3'600'000, 12 * 3'600'000, 24 * 3'600'000,
};

} // namespace

/// The series lines, drawn over QtCharts' plot area. A child of the chart, so
/// it scrolls, scales and stacks with it; above the grid, below the legend.
class HistoryChart::SeriesLayer final : public QGraphicsItem
{
public:
    SeriesLayer(HistoryChart *owner, QChart *chart)
        : QGraphicsItem(chart)
        , m_owner(owner)
        , m_chart(chart)
    {
        setZValue(5);  // QtCharts' series level (ChartPresenter::SeriesZValue)
        setAcceptedMouseButtons(Qt::NoButton);
    }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override { m_owner->paintSeries(painter); }
    /// The plot area moved or resized: axis labels got wider, the window was resized.
    void follow()
    {
        // Room for the hover marker, which may sit on the plot's edge, and
        // for the time labels' row under the plot.
        const QRectF bounds = m_chart->plotArea().adjusted(-6, -6, 6, 6 + m_owner->timeLabelRowHeight());
        if (bounds != m_bounds) {
            prepareGeometryChange();
            m_bounds = bounds;
        }
        update();
    }

private:
    HistoryChart *m_owner;
    QChart *m_chart;
    QRectF m_bounds;
};

HistoryChart::HistoryChart(const QString &title, const QString &unit, QWidget *parent)
    : QWidget(parent)
    , m_unit(unit)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_axisX(new QValueAxis(this))
    , m_axisY(new QValueAxis(this))
    , m_window(new QComboBox(this))
    , m_readout(new QLabel(this))
    , m_capNote(new QLabel(this))
{
    setAccessibleName(title);
    auto *titleLabel = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    m_window->setAccessibleName(tr("Time window of %1").arg(title));
    m_window->addItem(tr("5 min"), qlonglong(windowChoices().at(0)));
    m_window->addItem(tr("1 h"), qlonglong(windowChoices().at(1)));
    m_window->addItem(tr("24 h"), qlonglong(windowChoices().at(2)));
    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this](int index) { setWindowMs(m_window->itemData(index).toLongLong()); });
    m_readout->setObjectName(QStringLiteral("readout"));
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_capNote->setObjectName(QStringLiteral("capNote"));
    m_capNote->setTextFormat(Qt::PlainText);
    m_capNote->setToolTip(tr("Only the series whose current values are highest are drawn and listed in the legend; "
                             "the others appear as soon as they rank among them."));
    m_capNote->hide();

    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setShowToolTips(true);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // The time axis's labels are the layer's; QtCharts' axis keeps a fixed
    // range, so it never relabels, and its labels, never shown, keep the row.
    m_axisX->setRange(0, 1);
    m_axisX->setTickCount(2);
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));
    m_axisY->setLabelFormat(QStringLiteral("%.3g"));
    m_axisY->setTitleText(unit);
    m_axisY->setRange(0, 1);
    // The layer draws the grid: opaque 1 px rectangles are the raster
    // engine's cheapest fill, QtCharts' translucent line items its dearest.
    m_axisX->setGridLineVisible(false);
    m_axisY->setGridLineVisible(false);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    // Crisp axes and grid; the series layer sets its own hint.
    m_view->setRenderHint(QPainter::Antialiasing, false);
    // One fill of the background per frame, the view's: not also the
    // viewport's automatic one and the chart's own.
    m_view->viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    m_chart->setBackgroundVisible(false);
    m_view->setMinimumHeight(160);
    m_layer = new SeriesLayer(this, m_chart);
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        layOutTimeAxis();
        m_layer->follow();
    });
    // The hover readout follows the pointer, no click needed.
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);

    auto *header = new QHBoxLayout;
    header->addWidget(titleLabel, 1);
    header->addWidget(m_capNote);
    header->addWidget(m_window);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_readout);

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(coalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &HistoryChart::refreshNow);
    applyPalette();
}

HistoryChart::~HistoryChart() = default;

QList<qint64> HistoryChart::windowChoices()
{
    return {5 * 60 * 1000, 60 * 60 * 1000, 24 * 60 * 60 * 1000};
}

void HistoryChart::setHistory(const ClusterState *state)
{
    m_state = state;
    requestRefresh();
}

void HistoryChart::setSeries(const QList<SeriesSpec> &series)
{
    for (QLineSeries *s : std::as_const(m_series)) {
        m_chart->removeSeries(s);
        delete s;
    }
    m_series.clear();
    m_specs = series;
    m_points.clear();
    m_drawn.clear();
    m_hoverSeries = -1;
    for (const SeriesSpec &spec : series) {
        // Holds no points: its legend marker names the line the layer draws.
        auto *line = new QLineSeries(this);
        line->setName(spec.label);
        line->setPen(QPen(spec.color, 2, spec.style));
        m_chart->addSeries(line);
        line->attachAxis(m_axisX);
        line->attachAxis(m_axisY);
        m_series.append(line);
    }
    m_points.resize(m_series.size());
    // The legend toggles series: a click hides or shows one, the marker stays and dims.
    const QList<QLegendMarker *> markers = m_chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        connect(marker, &QLegendMarker::clicked, this, [this, marker] {
            const int i = int(m_series.indexOf(static_cast<QLineSeries *>(marker->series())));
            if (i >= 0)
                setSeriesVisible(i, !m_series.at(i)->isVisible());
        });
    }
    applyPalette();
    requestRefresh();
}

void HistoryChart::setWindowMs(qint64 windowMs)
{
    if (windowMs == m_windowMs)
        return;
    m_windowMs = windowMs;
    const int index = int(windowChoices().indexOf(windowMs));
    if (index >= 0 && m_window->currentIndex() != index)
        m_window->setCurrentIndex(index);
    refreshNow();
    Q_EMIT windowChanged(windowMs);
}

void HistoryChart::setEndTime(std::optional<qint64> timeMs)
{
    m_endTime = timeMs;
    refreshNow();
}

void HistoryChart::requestRefresh()
{
    // A hidden chart catches up in showEvent().
    if (!isVisible())
        return;
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void HistoryChart::refreshNow()
{
    m_coalesce.stop();
    if (!m_state)
        return;
    ++m_refreshCount;
    const qint64 t1 = m_endTime.value_or(m_state->now());
    const qint64 t0 = t1 - m_windowMs;
    // A budget of drawn points over all visible series: each point is stroked,
    // so many series share the plot's width instead of each taking it all.
    QList<std::pair<double, int>> ranked;  // current value, series
    for (int i = 0; i < m_series.size(); ++i) {
        if (!m_series.at(i)->isVisible())
            continue;
        const TimeSeries *history = m_state->series(m_specs.at(i).key);
        ranked.append({history && !history->isEmpty() ? history->lastValue() : -1.0, i});
    }
    QList<bool> drawn(m_series.size(), false);
    if (ranked.size() > maxDrawnSeries)
        std::partial_sort(ranked.begin(), ranked.begin() + maxDrawnSeries, ranked.end(),
                          [](const auto &a, const auto &b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    for (qsizetype r = 0; r < std::min<qsizetype>(ranked.size(), maxDrawnSeries); ++r)
        drawn[ranked.at(r).second] = true;
    if (drawn != m_drawn) {
        const bool capped = ranked.size() > maxDrawnSeries;
        for (int i = 0; i < m_series.size(); ++i) {
            const QList<QLegendMarker *> markers = m_chart->legend()->markers(m_series.at(i));
            for (QLegendMarker *marker : markers)
                marker->setVisible(!capped || drawn.at(i) || !m_series.at(i)->isVisible());
        }
        m_drawn = drawn;
        m_capNote->setVisible(capped);
        m_capNote->setText(tr("top %1 of %2 series", "chart: only the series with the highest current values are drawn")
                               .arg(maxDrawnSeries)
                               .arg(ranked.size()));
    }
    const int visible = int(std::min<qsizetype>(ranked.size(), maxDrawnSeries));
    // Antialiased 2 px strokes cost several times aliased 1 px ones: a busy
    // chart (many lines) gives up the smoothing; the lab's charts keep it.
    m_smooth = visible <= 8;
    const int width = std::max(50, int(m_chart->plotArea().width()));
    const int columns = std::clamp(pointBudget / (4 * std::max(1, visible)), 50, width);
    double top = 0;
    for (int i = 0; i < m_series.size(); ++i) {
        QList<QPointF> &points = m_points[i];
        const TimeSeries *history = m_state->series(m_specs.at(i).key);
        if (history && drawn.at(i))
            history->decimate(t0, t1, columns, points);
        else
            points.clear();
        for (const QPointF &p : std::as_const(points))
            if (std::isfinite(p.y()))
                top = std::max(top, p.y());
    }
    m_t0 = t0;
    m_t1 = t1;
    // Round tick values, so the axis does not twitch with every sample.
    // As many ticks as fit: on a short chart five labels would overlap and be elided.
    // Each change re-lays out the axis labels: set only what changed, once.
    const int ticks = std::clamp(int(m_chart->plotArea().height() / 36) + 1, 3, 6);
    const double yMax = niceCeiling(top > 0 ? top * 1.05 : 1.0, ticks - 1);
    if (m_axisY->tickCount() != ticks)
        m_axisY->setTickCount(ticks);
    if (m_axisY->min() != 0 || m_axisY->max() != yMax)
        m_axisY->setRange(0, yMax);
    if (m_hoverSeries >= 0 && !isSeriesDrawn(m_hoverSeries))
        m_hoverSeries = -1;
    // New axis labels re-lay out the chart. Now, not from the event loop:
    // otherwise the frame is painted, laid out, and painted again.
    m_chart->layout()->activate();
    layOutTimeAxis();
    m_layer->follow();
}

double HistoryChart::timeLabelRowHeight() const
{
    return QFontMetricsF(m_axisX->labelsFont()).height() + 4;
}

void HistoryChart::layOutTimeAxis()
{
    m_timeTicks.clear();
    const QRectF plot = m_chart->plotArea();
    const qint64 span = m_t1 - m_t0;
    if (plot.width() < 1 || span <= 0)
        return;
    // The shortest step whose labels, a label's width apart, fit the width.
    const QFontMetricsF metrics(m_axisX->labelsFont());
    qint64 step = std::end(timeSteps)[-1];
    for (const qint64 candidate : timeSteps) {
        const double labelWidth = metrics.horizontalAdvance(candidate < 60'000 ? QStringLiteral("00:00:00") : QStringLiteral("00:00"));
        if (double(span) / double(candidate) * labelWidth * 2 <= plot.width()) {
            step = candidate;
            break;
        }
    }
    const QString format = step < 60'000 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    if (format != m_timeFormat) {
        m_timeFormat = format;
        m_timeText.clear();
    }
    m_timeStepMs = step;
    // Round in local time: the hours a reader's clock shows.
    const qint64 offsetMs = qint64(QDateTime::fromMSecsSinceEpoch(m_t1).offsetFromUtc()) * 1000;
    const qint64 local0 = m_t0 + offsetMs;
    const qint64 first = (local0 / step + (local0 % step > 0 ? 1 : 0)) * step - offsetMs;
    for (qint64 t = first; t <= m_t1; t += step) {
        auto text = m_timeText.find(t);
        if (text == m_timeText.end()) {
            QStaticText shaped(QDateTime::fromMSecsSinceEpoch(t).toString(format));
            shaped.setTextFormat(Qt::PlainText);
            shaped.prepare(QTransform(), m_axisX->labelsFont());
            text = m_timeText.insert(t, shaped);
        }
        const double x = toChart(QPointF(double(t), 0)).x();
        const double half = text->size().width() / 2;
        // Not under the value axis's labels, nor past the chart's right edge.
        m_timeTicks.append({t, x - half >= plot.left() - 2 && x + half <= plot.right() + 4});
    }
    // Labels that scrolled out are shaped again if they ever return.
    for (auto it = m_timeText.begin(); it != m_timeText.end();)
        it = it.key() < m_t0 - step ? m_timeText.erase(it) : std::next(it);
}

QStringList HistoryChart::timeLabels() const
{
    QStringList labels;
    for (const TimeTick &tick : m_timeTicks)
        if (tick.labelled)
            labels.append(m_timeText.value(tick.timeMs).text());
    return labels;
}

QPointF HistoryChart::toChart(const QPointF &value) const
{
    const QRectF plot = m_chart->plotArea();
    const double span = double(std::max<qint64>(1, m_t1 - m_t0));
    const double yMin = m_axisY->min();
    const double yRange = std::max(1e-12, m_axisY->max() - yMin);
    return {plot.left() + (value.x() - double(m_t0)) * plot.width() / span,
            plot.bottom() - (value.y() - yMin) * plot.height() / yRange};
}

void HistoryChart::paintSeries(QPainter *painter) const
{
    const QRectF plot = m_chart->plotArea();
    if (plot.isEmpty() || m_t1 <= m_t0)
        return;
    painter->save();
    painter->setClipRect(plot);
    // Grid at the axes' ticks (both are evenly spaced from min to max).
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base), text = pal.color(QPalette::Text);
    const auto mix = [](int a, int b) { return a + (b - a) * 15 / 100; };
    const QColor grid(mix(base.red(), text.red()), mix(base.green(), text.green()), mix(base.blue(), text.blue()));
    const QRect px = plot.toRect();
    for (const TimeTick &tick : m_timeTicks) {
        const int x = int(std::lround(toChart(QPointF(double(tick.timeMs), 0)).x()));
        painter->fillRect(QRect(std::min(x, px.right()), px.top(), 1, px.height()), grid);
    }
    const int rows = m_axisY->tickCount();
    for (int i = 0; rows > 1 && i < rows; ++i) {
        const int y = px.top() + int(std::lround(double(i) * (px.height() - 1) / (rows - 1)));
        painter->fillRect(QRect(px.left(), y, px.width(), 1), grid);
    }
    painter->setRenderHint(QPainter::Antialiasing, m_smooth);
    painter->setBrush(Qt::NoBrush);
    for (int i = 0; i < m_series.size(); ++i) {
        const QList<QPointF> &points = m_points.at(i);
        if (points.isEmpty() || !m_series.at(i)->isVisible())
            continue;
        // A 1 px aliased pen takes the raster engine's fast line path.
        painter->setPen(QPen(m_specs.at(i).color, m_smooth ? 2 : 1, m_specs.at(i).style));
        m_polyline.clear();
        for (const QPointF &p : points) {
            if (!std::isfinite(p.y())) {  // a gap: draw what came before
                if (m_polyline.size() > 1)
                    painter->drawPolyline(m_polyline);
                m_polyline.clear();
                continue;
            }
            m_polyline.append(toChart(p));
        }
        if (m_polyline.size() > 1)
            painter->drawPolyline(m_polyline);
        else if (m_polyline.size() == 1)
            painter->drawPoint(m_polyline.first());
    }
    painter->setClipping(false);
    painter->setPen(text);
    painter->setFont(m_axisX->labelsFont());
    for (const TimeTick &tick : m_timeTicks) {
        const auto shaped = m_timeText.constFind(tick.timeMs);
        if (!tick.labelled || shaped == m_timeText.cend())
            continue;
        const double x = toChart(QPointF(double(tick.timeMs), 0)).x();
        painter->drawStaticText(QPointF(x - shaped->size().width() / 2, plot.bottom() + 4), *shaped);
    }
    if (m_hoverSeries >= 0 && m_hoverSeries < m_series.size() && m_series.at(m_hoverSeries)->isVisible()) {
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(QPen(palette().color(QPalette::Text), 1.5));
        painter->setBrush(m_specs.at(m_hoverSeries).color);
        painter->drawEllipse(toChart(m_hoverPoint), 4, 4);
    }
    painter->restore();
}

std::optional<QPoint> HistoryChart::viewportPosition(int i, qint64 timeMs, double value) const
{
    if (!isSeriesDrawn(i) || !m_series.at(i)->isVisible())
        return std::nullopt;
    const QPointF chartPos = toChart(QPointF(double(timeMs), value));
    if (!m_chart->plotArea().contains(chartPos))
        return std::nullopt;
    return m_view->mapFromScene(m_chart->mapToScene(chartPos));
}

bool HistoryChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseMove) {
        const auto *move = static_cast<QMouseEvent *>(event);
        hoverAt(m_chart->mapFromScene(m_view->mapToScene(move->position().toPoint())));
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryChart::hoverAt(const QPointF &chartPos)
{
    const QRectF plot = m_chart->plotArea();
    if (!plot.contains(chartPos) || m_t1 <= m_t0)
        return;
    // The drawn point nearest the pointer, horizontally first (the moment
    // under it), then the closest line there.
    const double time = double(m_t0) + (chartPos.x() - plot.left()) * double(m_t1 - m_t0) / plot.width();
    constexpr double reachPx = 12;
    int best = -1;
    QPointF bestPoint;
    double bestDistance = reachPx;
    for (int i = 0; i < m_series.size(); ++i) {
        const QList<QPointF> &points = m_points.at(i);
        if (points.isEmpty() || !m_series.at(i)->isVisible())
            continue;
        auto it = std::lower_bound(points.cbegin(), points.cend(), time,
                                   [](const QPointF &p, double t) { return p.x() < t; });
        for (auto candidate : {it, it == points.cbegin() ? it : std::prev(it)}) {
            if (candidate == points.cend() || !std::isfinite(candidate->y()))
                continue;
            const QPointF at = toChart(*candidate);
            const double distance = std::hypot(at.x() - chartPos.x(), at.y() - chartPos.y());
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
                bestPoint = *candidate;
            }
        }
    }
    if (best < 0)
        return;
    const bool moved = best != m_hoverSeries || bestPoint != m_hoverPoint;
    m_hoverSeries = best;
    m_hoverPoint = bestPoint;
    const QString when = QDateTime::fromMSecsSinceEpoch(qint64(bestPoint.x())).toString(QStringLiteral("HH:mm:ss"));
    const QString value = m_unit == QLatin1String("s")
                              ? formatDuration(bestPoint.y())
                              : QString::number(bestPoint.y(), 'f', 0) + QLatin1Char(' ') + m_unit;
    m_readout->setText(tr("%1: %2 at %3").arg(m_specs.at(best).label, value, when));
    if (moved)
        m_layer->update();
}

int HistoryChart::seriesCount() const
{
    return int(m_series.size());
}

QString HistoryChart::seriesLabel(int i) const
{
    return m_specs.value(i).label;
}

int HistoryChart::pointCount(int i) const
{
    return i >= 0 && i < m_points.size() ? int(m_points.at(i).size()) : 0;
}

bool HistoryChart::isSeriesVisible(int i) const
{
    return i >= 0 && i < m_series.size() && m_series.at(i)->isVisible();
}

void HistoryChart::setSeriesVisible(int i, bool visible)
{
    if (i < 0 || i >= m_series.size())
        return;
    QLineSeries *series = m_series.at(i);
    series->setVisible(visible);
    const QList<QLegendMarker *> markers = m_chart->legend()->markers(series);
    for (QLegendMarker *marker : markers) {
        marker->setVisible(true);
        QColor label = palette().color(QPalette::WindowText);
        label.setAlphaF(visible ? 1.0 : 0.4);
        marker->setLabelBrush(label);
        QBrush brush = marker->brush();
        QColor c = brush.color();
        c.setAlphaF(visible ? 1.0 : 0.25);
        brush.setColor(c);
        marker->setBrush(brush);
    }
    refreshNow();
}

QString HistoryChart::readout() const
{
    return m_readout->text();
}

void HistoryChart::applyPalette()
{
    const QPalette pal = palette();
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->legend()->setLabelColor(pal.color(QPalette::WindowText));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_axisX), static_cast<QAbstractAxis *>(m_axisY)}) {
        axis->setLabelsBrush(axis == m_axisX ? QBrush(Qt::transparent) : pal.brush(QPalette::Text));
        axis->setTitleBrush(pal.brush(QPalette::Text));
        QColor grid = pal.color(QPalette::Text);
        grid.setAlphaF(0.15);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(pal.color(QPalette::Mid));
    }
    m_view->setBackgroundBrush(pal.brush(QPalette::Base));
    if (m_layer)
        m_layer->update();
}

void HistoryChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    if (event->type() == QEvent::FontChange) {
        m_timeText.clear();
        layOutTimeAxis();
    }
}

void HistoryChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshNow();
}

} // namespace mailha
