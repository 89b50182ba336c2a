#include "ReportChart.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace laatu {

namespace {
// The chart is drawn in points; the painter is scaled to the device.
constexpr double kHeight = 184.0;
constexpr double kAxisWidth = 22.0;
constexpr double kPlotTop = 14.0;
constexpr double kPlotHeight = 118.0;
constexpr double kNumberBand = 14.0; // criterion numbers under the bars
constexpr double kSectionBand = 16.0;
} // namespace

ReportChart::ReportChart(const ReportModel &model, const ReportStyle &style, double width,
                         QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_style(style)
    , m_width(width)
{ }

QSizeF ReportChart::intrinsicSize(QTextDocument *, int, const QTextFormat &)
{
    return QSizeF(m_width, m_style.px(kHeight));
}

void ReportChart::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                             const QTextFormat &)
{
    QPainter &p = *painter;
    p.save();
    p.translate(rect.topLeft());
    p.scale(m_style.pixelsPerPoint, m_style.pixelsPerPoint);
    p.setRenderHint(QPainter::Antialiasing);
    const double width = rect.width() / m_style.pixelsPerPoint;
    const double plotLeft = kAxisWidth;
    const double plotWidth = width - plotLeft;
    const int bars = static_cast<int>(m_model.chartBars.size());
    const int steps = std::max(1, m_model.ratingMax);
    const auto yFor
        = [steps](double value) { return kPlotTop + kPlotHeight * (1.0 - value / steps); };

    // Grid lines and the scale on the left.
    // The painter is scaled to points, so the font is sized in points of the scaled system.
    p.setFont(m_style.font(ReportStyle::kSmallSize / m_style.pixelsPerPoint));
    const QFontMetricsF metrics(p.font(), p.device());
    for (int value = 0; value <= steps; ++value) {
        const double y = yFor(value);
        p.setPen(QPen(value == 0 ? m_style.muted : m_style.rule, value == 0 ? 0.8 : 0.4));
        p.drawLine(QPointF(plotLeft, y), QPointF(width, y));
        p.setPen(m_style.muted);
        p.drawText(QRectF(0, y - 6, plotLeft - 5, 12), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(value));
    }
    if (bars == 0) {
        p.restore();
        return;
    }

    const double slot = plotWidth / bars;
    const double barWidth = slot * 0.62;
    for (int i = 0; i < bars; ++i) {
        const ReportModel::ChartBar &bar = m_model.chartBars.at(i);
        const double centre = plotLeft + slot * (i + 0.5);
        if (bar.rating) {
            const QRectF box(centre - barWidth / 2, yFor(*bar.rating), barWidth,
                             yFor(0) - yFor(*bar.rating));
            p.fillRect(box, m_style.section(bar.sectionIndex));
            p.setPen(m_style.ink);
            p.drawText(QRectF(centre - slot / 2, box.top() - 12, slot, 11),
                       Qt::AlignHCenter | Qt::AlignBottom, QString::number(*bar.rating));
        } else {
            p.setPen(m_style.muted);
            p.drawText(QRectF(centre - slot / 2, yFor(0) - 12, slot, 11),
                       Qt::AlignHCenter | Qt::AlignBottom, QStringLiteral("\u2013"));
        }
        if (bar.previous) {
            // The previous review's rating: a short dark tick across the slot.
            p.setPen(QPen(m_style.ink, 1.4, Qt::SolidLine, Qt::FlatCap));
            const double y = yFor(*bar.previous);
            p.drawLine(QPointF(centre - slot * 0.42, y), QPointF(centre + slot * 0.42, y));
        }
        p.setPen(m_style.muted);
        p.drawText(QRectF(centre - slot / 2, yFor(0) + 2, slot, kNumberBand - 2),
                   Qt::AlignHCenter | Qt::AlignTop, QString::number(bar.number));
    }

    // A bracket under each section's bars with the section's name.
    const double bracketY = yFor(0) + kNumberBand + 2;
    int first = 0;
    while (first < bars) {
        const int section = m_model.chartBars.at(first).sectionIndex;
        int last = first;
        while (last + 1 < bars && m_model.chartBars.at(last + 1).sectionIndex == section)
            ++last;
        const double left = plotLeft + slot * first + 2;
        const double right = plotLeft + slot * (last + 1) - 2;
        p.setPen(QPen(m_style.section(section), 1.2));
        p.drawLine(QPointF(left, bracketY), QPointF(right, bracketY));
        p.setPen(m_style.ink);
        const QString name = m_model.chartSectionNames.value(section);
        p.drawText(QRectF(left, bracketY + 2, right - left, kSectionBand - 2),
                   Qt::AlignHCenter | Qt::AlignTop,
                   metrics.elidedText(name, Qt::ElideRight, right - left));
        first = last + 1;
    }
    drawLegend(p, plotLeft, bracketY + kSectionBand + 6);
    p.restore();
}

void ReportChart::drawLegend(QPainter &p, double left, double top) const
{
    const QFontMetricsF metrics(p.font(), p.device());
    double x = left;
    p.setPen(m_style.muted);
    const QString caption = m_model.chartCaption;
    p.drawText(QRectF(x, top, metrics.horizontalAdvance(caption) + 2, 12),
               Qt::AlignLeft | Qt::AlignVCenter, caption);
    x += metrics.horizontalAdvance(caption) + 14;
    if (m_model.chartPreviousLabel.isEmpty())
        return;
    p.setPen(QPen(m_style.ink, 1.4, Qt::SolidLine, Qt::FlatCap));
    p.drawLine(QPointF(x, top + 6), QPointF(x + 12, top + 6));
    x += 16;
    p.setPen(m_style.muted);
    p.drawText(QRectF(x, top, metrics.horizontalAdvance(m_model.chartPreviousLabel) + 2, 12),
               Qt::AlignLeft | Qt::AlignVCenter, m_model.chartPreviousLabel);
}

} // namespace laatu
