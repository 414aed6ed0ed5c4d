// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QPolygonF>
#include <QPointer>
#include <QStaticText>
#include <QTimer>
#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace mailha {

class ClusterState;

/// A time chart of some of the store's history series. Every QtCharts detail
/// of the console lives in this class, so the chart back end can change
/// (Qt Charts is deprecated from Qt 6.10) without touching anything else.
///
/// Each refresh decimates each series to the plot's pixel width (M4, from the
/// store's ring buffers); refreshes are coalesced to at most one per
/// `coalesceMs`. QtCharts draws the frame: the value axis, the legend (one
/// empty QLineSeries per series carries its name, colour and toggle). The
/// lines, the grid and the time labels are painted by a layer in the plot
/// area: QtCharts would re-stroke every series' hover shape on each update and
/// draw segment by segment, which was most of a 200-node tick, and its time
/// axis re-creates every label on each range change, i.e. on every tick.
/// The layer's time labels sit at round times (every minute over 5 min) and
/// scroll with the data; a label's text is shaped once.
class HistoryChart final : public QWidget
{
    Q_OBJECT

public:
    struct SeriesSpec {
        QString key;    ///< ClusterState history key
        QString label;  ///< legend text
        QColor color;
        Qt::PenStyle style = Qt::SolidLine;
    };

    explicit HistoryChart(const QString &title, const QString &unit, QWidget *parent = nullptr);
    ~HistoryChart() override;

    void setHistory(const ClusterState *state);
    void setSeries(const QList<SeriesSpec> &series);

    /// 5 min, 1 h or 24 h (the selector's choices), in ms.
    void setWindowMs(qint64 windowMs);
    qint64 windowMs() const { return m_windowMs; }
    static QList<qint64> windowChoices();

    /// The right edge of the chart: the store's clock when live, or a moment
    /// in the past for the timeline.
    void setEndTime(std::optional<qint64> timeMs);

    /// Asks for a redraw; several requests within the coalescing interval make one.
    void requestRefresh();
    /// Redraws now (tests, and the coalescing timer).
    void refreshNow();

    int seriesCount() const;
    QString seriesLabel(int i) const;
    int pointCount(int i) const;
    bool isSeriesVisible(int i) const;
    /// As a click on the legend marker does.
    void setSeriesVisible(int i, bool visible);
    int refreshCount() const { return m_refreshCount; }
    /// The hover readout: "db-a->db-dr: 3.2 s at 12:01:07".
    QString readout() const;
    /// The position in the chart view's viewport of a value of series i, or
    /// nothing when it is outside the plot or the series is not drawn.
    std::optional<QPoint> viewportPosition(int i, qint64 timeMs, double value) const;
    /// The time axis as drawn: label texts, left to right, at round local
    /// times ("12:31", "12:32", ...), as many as fit the plot's width.
    QStringList timeLabels() const;
    /// Milliseconds between two time labels (and vertical grid lines).
    qint64 timeStepMs() const { return m_timeStepMs; }

    static constexpr int coalesceMs = 250;
    /// Most points drawn per refresh over all series (four per decimation
    /// column). Stroking is much of a chart frame's cost, so the budget is
    /// what one frame can afford, not what the screen could show.
    static constexpr int pointBudget = 8'000;
    /// Most lines drawn at once. Beyond this a chart is unreadable and
    /// stroking dominates the frame (200 nodes: 332 queue lines, 0.8 s per
    /// repaint with QtCharts' own series); the visible series with the highest
    /// current values are drawn, the others keep their legend entry out until
    /// they rank.
    static constexpr int maxDrawnSeries = 16;
    /// Whether series i is among those drawn at the last refresh.
    bool isSeriesDrawn(int i) const { return i >= 0 && i < m_drawn.size() && m_drawn.at(i); }

Q_SIGNALS:
    void windowChanged(qint64 windowMs);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    class SeriesLayer;
    friend class SeriesLayer;

    void applyPalette();
    /// Chart (item) coordinates of a value, from the plot area and axis ranges.
    QPointF toChart(const QPointF &value) const;
    /// Picks the time labels' step for the window and the plot's width, and
    /// their times within [m_t0, m_t1].
    void layOutTimeAxis();
    /// Height of the time labels' row under the plot.
    double timeLabelRowHeight() const;
    void paintSeries(QPainter *painter) const;
    void hoverAt(const QPointF &chartPos);

    QPointer<const ClusterState> m_state;
    QString m_unit;
    QChart *m_chart;
    QChartView *m_view;
    QValueAxis *m_axisX;  ///< fixed range, invisible labels: reserves the time labels' row
    QValueAxis *m_axisY;
    QComboBox *m_window;
    QLabel *m_readout;
    QLabel *m_capNote;  ///< says so when not every series is drawn
    QList<SeriesSpec> m_specs;
    QList<QLineSeries *> m_series;
    QList<QList<QPointF>> m_points;  ///< per series, (ms, value), reused between refreshes
    mutable QPolygonF m_polyline;    ///< paint scratch
    QList<bool> m_drawn;
    SeriesLayer *m_layer = nullptr;  ///< owned by m_chart
    bool m_smooth = true;            ///< antialiased, 2 px lines (few series)
    qint64 m_t0 = 0;
    qint64 m_t1 = 0;
    qint64 m_timeStepMs = 60'000;
    struct TimeTick {
        qint64 timeMs;
        bool labelled;  ///< its label fits the plot's width
    };
    QList<TimeTick> m_timeTicks;  ///< round times within [m_t0, m_t1]
    QString m_timeFormat;
    /// Shaped label texts by time; kept while on screen.
    mutable QHash<qint64, QStaticText> m_timeText;
    int m_hoverSeries = -1;
    QPointF m_hoverPoint;
    QTimer m_coalesce;
    qint64 m_windowMs = 5 * 60 * 1000;
    std::optional<qint64> m_endTime;
    int m_refreshCount = 0;
};

} // namespace mailha
