#include "FidelityTrendPainter.h"

#include "gui/analysis/AnalysisText.h"
#include "gui/analysis/ChartPalette.h"
#include "gui/analysis/FidelityTrendData.h"
#include "gui/analysis/FidelityTrendGeometry.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace laatu::gui {

namespace {
QFont scaled(const QFont &font, double factor, bool bold = false)
{
    QFont result = font;
    result.setPointSizeF(font.pointSizeF() * factor);
    result.setBold(bold);
    return result;
}
} // namespace

// What every part of the chart paints with: the whole rectangle, the scales, and the fonts.
struct FidelityTrendPainter::Canvas
{
    QRectF rect;
    FidelityTrendGeometry g;
    QFont base;
    QFont small;
    QFontMetricsF smallMetrics;
    double line;
};

FidelityTrendPainter::FidelityTrendPainter(const FidelityTrendData &data, const Options &options)
    : m_data(data)
    , m_options(options)
{ }

QList<QPointF> FidelityTrendPainter::paint(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect, Qt::white);
    const QFont base = m_options.font;
    const QFont small = scaled(base, 0.88);
    painter.setFont(base);
    const QFontMetricsF metrics(base, painter.device());
    const QFontMetricsF smallMetrics(small, painter.device());
    const double line = metrics.height();
    const Canvas canvas {
        rect,
        FidelityTrendGeometry::compute(
            m_data, rect.adjusted(line * 0.6, line * 0.4, -line * 0.6, -line * 0.4), metrics,
            smallMetrics, m_options.showSections, m_data.hasRateAxis(m_options.showOutcomes)),
        base,
        small,
        smallMetrics,
        line};

    // Behind the data first, so no band or grid line covers a point.
    drawTitle(painter, canvas);
    drawLevelBands(painter, canvas);
    drawTotalAxis(painter, canvas);
    drawNextDue(painter, canvas);
    drawEmploymentRate(painter, canvas);
    drawSections(painter, canvas);
    const QList<QPointF> points = drawTotals(painter, canvas);
    drawVisitDates(painter, canvas);
    const QRectF &plot = canvas.g.plot;
    drawLegend(painter,
               QRectF(QPointF(plot.left(), plot.bottom() + line * 1.7),
                      QPointF(rect.right() - line * 0.6, rect.bottom())));
    painter.restore();
    return points;
}

void FidelityTrendPainter::drawTitle(QPainter &painter, const Canvas &canvas) const
{
    const QRectF &rect = canvas.rect;
    const double line = canvas.line;
    painter.setFont(scaled(canvas.base, 1.12, true));
    painter.setPen(ChartPalette::ink());
    painter.drawText(QRectF(rect.left() + line * 0.6, rect.top() + line * 0.4,
                            rect.width() - line * 1.2, line * 1.6),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     m_options.title.isEmpty() ? tr("Fidelity over time") : m_options.title);
}

void FidelityTrendPainter::drawLevelBands(QPainter &painter, const Canvas &canvas) const
{
    // Each band with its name at the left inside it.
    const FidelityTrendGeometry &g = canvas.g;
    const QList<Level> &levels = m_data.levels;
    for (int i = 0; i < levels.size(); ++i) {
        const Level &level = levels.at(i);
        const double from = std::max<double>(level.minTotal, m_data.minTotal);
        const double to = i == 0 ? m_data.maxTotal : levels.at(i - 1).minTotal;
        if (to <= from)
            continue;
        const QRectF band(QPointF(g.plot.left(), g.y(to)), QPointF(g.plot.right(), g.y(from)));
        painter.fillRect(band, ChartPalette::levelBand(levels, level.key));
        if (band.height() >= canvas.smallMetrics.height() + 4) {
            painter.setFont(canvas.small);
            painter.setPen(ChartPalette::level(levels, level.key).darker(170));
            painter.drawText(QRectF(band.left() + 6, band.top() + 2, g.dataLeft - band.left() - 8,
                                    band.height() - 4),
                             Qt::AlignLeft | Qt::AlignTop,
                             canvas.smallMetrics.elidedText(m_data.bandLabel(i), Qt::ElideRight,
                                                            g.dataLeft - band.left() - 8));
        }
    }
}

void FidelityTrendPainter::drawTotalAxis(QPainter &painter, const Canvas &canvas) const
{
    // Horizontal grid at the level thresholds, labelled on the left axis.
    const QRectF &rect = canvas.rect;
    const QRectF &plot = canvas.g.plot;
    const double line = canvas.line;
    painter.setFont(canvas.small);
    QList<int> ticks {m_data.minTotal, m_data.maxTotal};
    for (const Level &level : m_data.levels) {
        if (level.minTotal > m_data.minTotal && level.minTotal < m_data.maxTotal)
            ticks << level.minTotal;
    }
    for (int tick : ticks) {
        const double y = canvas.g.y(tick);
        painter.setPen(QPen(ChartPalette::grid(), 1.0));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(ChartPalette::muted());
        painter.drawText(
            QRectF(rect.left(), y - line, plot.left() - rect.left() - line * 0.4, line * 2),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(tick));
    }
    painter.setPen(QPen(ChartPalette::muted(), 1.0));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
}

void FidelityTrendPainter::drawNextDue(QPainter &painter, const Canvas &canvas) const
{
    // A dashed line where the next review is due.
    if (!m_data.nextDue)
        return;
    const QRectF &plot = canvas.g.plot;
    const double x = canvas.g.x(*m_data.nextDue);
    painter.setPen(QPen(ChartPalette::accent(), 1.2, Qt::DashLine));
    painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    painter.setFont(canvas.small);
    const QString text = tr("Next review due");
    const double width = canvas.smallMetrics.horizontalAdvance(text) + 8;
    const QRectF label = x + width + 4 > plot.right()
        ? QRectF(x - width - 4, plot.top() + 2, width, canvas.line)
        : QRectF(x + 4, plot.top() + 2, width, canvas.line);
    painter.setPen(ChartPalette::accent());
    painter.drawText(label, Qt::AlignVCenter | Qt::AlignHCenter, text);
}

void FidelityTrendPainter::drawEmploymentRate(QPainter &painter, const Canvas &canvas) const
{
    // Each period as a bar at its rate, the periods joined at their middles.
    if (!m_data.hasRateAxis(m_options.showOutcomes))
        return;
    const FidelityTrendGeometry &g = canvas.g;
    const QRectF &plot = g.plot;
    const double line = canvas.line;
    painter.setFont(canvas.small);
    for (int tick = 0; tick <= 100; tick += 25) {
        const double y = g.yRate(tick / 100.0);
        painter.setPen(ChartPalette::outcome());
        painter.drawText(QRectF(plot.right() + line * 0.4, y - line,
                                canvas.rect.right() - plot.right(), line * 2),
                         Qt::AlignLeft | Qt::AlignVCenter, AnalysisText::percent(tick / 100.0));
    }
    painter.setPen(QPen(ChartPalette::outcome(), 1.0));
    painter.drawLine(plot.bottomRight(), plot.topRight());
    QPolygonF middles;
    for (const FidelityTrendData::OutcomePeriod &period : m_data.outcomes) {
        const double y = g.yRate(period.rate);
        QColor fill = ChartPalette::outcome();
        fill.setAlphaF(0.35f);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawRect(
            QRectF(QPointF(g.x(period.start), y - 2.5), QPointF(g.x(period.end), y + 2.5)));
        const QDate middle = period.start.addDays(period.start.daysTo(period.end) / 2);
        middles << QPointF(g.x(middle), y);
    }
    painter.setPen(QPen(ChartPalette::outcome(), 1.6, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(middles);
    painter.setBrush(ChartPalette::outcome());
    painter.setPen(QPen(Qt::white, 1.0));
    for (const QPointF &point : middles)
        painter.drawRect(QRectF(point.x() - 3.5, point.y() - 3.5, 7, 7));
}

void FidelityTrendPainter::drawSections(QPainter &painter, const Canvas &canvas) const
{
    // Thin lines, under the total.
    if (!m_options.showSections)
        return;
    for (int s = 0; s < m_data.sectionNames.size(); ++s) {
        QPainterPath path;
        bool open = false;
        for (const FidelityTrendData::Point &point : m_data.points) {
            const std::optional<double> share
                = s < point.sectionShares.size() ? point.sectionShares.at(s) : std::nullopt;
            if (!share) {
                open = false;
                continue;
            }
            // The section's mean rating on the total's scale: a share of its maximum.
            const QPointF at(canvas.g.x(point.date), canvas.g.y(*share * m_data.maxTotal));
            if (open)
                path.lineTo(at);
            else
                path.moveTo(at);
            open = true;
        }
        painter.setPen(QPen(ChartPalette::section(s), 1.4, Qt::SolidLine, Qt::RoundCap));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }
}

QList<QPointF> FidelityTrendPainter::drawTotals(QPainter &painter, const Canvas &canvas) const
{
    // A line through the complete reviews, a point with its value at each.
    const FidelityTrendGeometry &g = canvas.g;
    const QRectF &plot = g.plot;
    QPolygonF totals;
    QList<QPointF> points;
    for (const FidelityTrendData::Point &point : m_data.points) {
        const QPointF at(g.x(point.date), point.total ? g.y(*point.total) : plot.bottom() - 1);
        points << at;
        if (point.total)
            totals << at;
    }
    painter.setPen(QPen(ChartPalette::ink(), 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(totals);
    const QFont bold = scaled(canvas.base, 0.95, true);
    const QFontMetricsF boldMetrics(bold, painter.device());
    for (int i = 0; i < m_data.points.size(); ++i) {
        const FidelityTrendData::Point &point = m_data.points.at(i);
        const QPointF at = points.at(i);
        if (!point.total) {
            painter.setPen(QPen(ChartPalette::muted(), 1.5));
            painter.setBrush(Qt::white);
            painter.drawEllipse(at, 4.5, 4.5);
            continue;
        }
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(ChartPalette::level(m_data.levels, point.levelKey).darker(115));
        painter.drawEllipse(at, 5.5, 5.5);
        painter.setFont(bold);
        painter.setPen(ChartPalette::ink());
        const QString value = QString::number(*point.total);
        const double width = boldMetrics.horizontalAdvance(value) + 6;
        const double above = at.y() - 8 - boldMetrics.height();
        const double y = above >= plot.top() ? above : at.y() + 8;
        painter.drawText(QRectF(at.x() - width / 2, y, width, boldMetrics.height()),
                         Qt::AlignCenter, value);
    }
    return points;
}

void FidelityTrendPainter::drawVisitDates(QPainter &painter, const Canvas &canvas) const
{
    // Under the axis, leaving out any that would overlap the last.
    const QRectF &rect = canvas.rect;
    const QRectF &plot = canvas.g.plot;
    painter.setFont(canvas.small);
    painter.setPen(ChartPalette::muted());
    double lastRight = -1e9;
    for (const FidelityTrendData::Point &point : m_data.points) {
        const QString text = AnalysisText::date(point.date);
        const double width = canvas.smallMetrics.horizontalAdvance(text) + 4;
        const double x
            = std::clamp(canvas.g.x(point.date) - width / 2, rect.left(), rect.right() - width);
        if (x < lastRight + 6)
            continue;
        painter.drawText(QRectF(x, plot.bottom() + 4, width, canvas.line), Qt::AlignCenter, text);
        lastRight = x + width;
    }
    if (m_data.points.isEmpty()) {
        painter.setFont(canvas.base);
        painter.drawText(plot, Qt::AlignCenter, tr("No reviews to show."));
    }
}

void FidelityTrendPainter::drawLegend(QPainter &painter, const QRectF &area) const
{
    struct Item
    {
        QString text;
        QColor colour;
        Qt::PenStyle style;
        double width;
    };
    QList<Item> items {{tr("Total"), ChartPalette::ink(), Qt::SolidLine, 2.4}};
    if (m_data.hasRateAxis(m_options.showOutcomes))
        items << Item {tr("Employment rate (right axis)"), ChartPalette::outcome(), Qt::DashLine,
                       1.6};
    if (m_data.nextDue)
        items << Item {tr("Next review due"), ChartPalette::accent(), Qt::DashLine, 1.2};
    if (m_options.showSections) {
        for (int s = 0; s < m_data.sectionNames.size(); ++s)
            items << Item {m_data.sectionNames.at(s), ChartPalette::section(s), Qt::SolidLine, 1.4};
    }
    const QFont small = scaled(m_options.font, 0.88);
    painter.setFont(small);
    const QFontMetricsF metrics(small, painter.device());
    const double line = metrics.height();
    double x = area.left();
    double y = area.top();
    for (const Item &item : items) {
        const double width = 24 + 6 + metrics.horizontalAdvance(item.text) + 18;
        if (x + width > area.right() && x > area.left()) {
            x = area.left();
            y += line * 1.15;
        }
        painter.setPen(QPen(item.colour, item.width, item.style, Qt::FlatCap));
        painter.drawLine(QPointF(x, y + line / 2), QPointF(x + 24, y + line / 2));
        painter.setPen(ChartPalette::ink());
        painter.drawText(QRectF(x + 30, y, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                         item.text);
        x += width;
    }
    if (m_options.showSections) {
        painter.setPen(ChartPalette::muted());
        const QString note = tr("Sections: their mean rating on the total's scale (mean × %1).")
                                 .arg(m_data.criterionCount);
        if (x + metrics.horizontalAdvance(note) > area.right()) {
            x = area.left();
            y += line * 1.15;
        }
        painter.drawText(QRectF(x, y, area.right() - x, line), Qt::AlignLeft | Qt::AlignVCenter,
                         note);
    }
}

} // namespace laatu::gui
