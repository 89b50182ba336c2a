#pragma once

#include <QDate>
#include <QRectF>

class QFontMetricsF;

namespace laatu::gui {

struct FidelityTrendData;

// Where the fidelity trend chart draws: the plot area inside the title, axes and legend, and
// the scales from visit dates to x and from totals and employment rates to y.
struct FidelityTrendGeometry
{
    // `rect`: the chart without its outer margin. `rateAxis`: room for the percent axis.
    static FidelityTrendGeometry compute(const FidelityTrendData &data, const QRectF &rect,
                                         const QFontMetricsF &metrics,
                                         const QFontMetricsF &smallMetrics, bool showSections,
                                         bool rateAxis);

    double x(const QDate &date) const
    {
        return dataLeft
            + (plot.right() - dataLeft) * double(date.toJulianDay() - firstDay)
            / double(lastDay - firstDay);
    }
    double y(double total) const
    {
        return plot.bottom() - plot.height() * (total - minTotal) / (maxTotal - minTotal);
    }
    double yRate(double share) const { return plot.bottom() - plot.height() * share; }

    QRectF plot;
    double dataLeft = 0; // right of the level names, so no point or line covers them
    qint64 firstDay = 0;
    qint64 lastDay = 1;
    double minTotal = 25;
    double maxTotal = 125;
};

} // namespace laatu::gui
