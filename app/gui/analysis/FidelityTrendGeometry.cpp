#include "FidelityTrendGeometry.h"

#include "gui/analysis/AnalysisText.h"
#include "gui/analysis/FidelityTrendData.h"

#include <QFontMetricsF>

#include <algorithm>

namespace laatu::gui {

FidelityTrendGeometry FidelityTrendGeometry::compute(const FidelityTrendData &data,
                                                     const QRectF &rect,
                                                     const QFontMetricsF &metrics,
                                                     const QFontMetricsF &smallMetrics,
                                                     bool showSections, bool rateAxis)
{
    FidelityTrendGeometry geometry;
    geometry.minTotal = data.minTotal;
    geometry.maxTotal = data.maxTotal;
    const double line = metrics.height();
    const double left
        = rect.left() + metrics.horizontalAdvance(QString::number(data.maxTotal)) + line * 1.2;
    const double right = rect.right()
        - (rateAxis ? metrics.horizontalAdvance(AnalysisText::percent(1.0)) + line * 1.2
                    : line * 1.0);
    const double top = rect.top() + line * 2.6; // the title and a gap
    const double legendHeight = line * (showSections ? 3.8 : 1.8);
    const double bottom = rect.bottom() - legendHeight - line * 1.8; // date labels
    geometry.plot = QRectF(QPointF(left, top), QPointF(right, std::max(bottom, top + line)));
    // The level names sit in a gutter at the left of the bands, at most a quarter of the width.
    double gutter = 0;
    for (int i = 0; i < data.levels.size(); ++i)
        gutter = std::max(gutter, smallMetrics.horizontalAdvance(data.bandLabel(i)) + 16);
    geometry.dataLeft = geometry.plot.left() + std::min(gutter, geometry.plot.width() / 4);

    QList<QDate> dates;
    for (const FidelityTrendData::Point &point : data.points)
        dates << point.date;
    if (rateAxis) {
        for (const FidelityTrendData::OutcomePeriod &period : data.outcomes)
            dates << period.start << period.end;
    }
    if (data.nextDue)
        dates << *data.nextDue;
    if (dates.isEmpty())
        dates << QDate::currentDate();
    qint64 first = std::min_element(dates.cbegin(), dates.cend())->toJulianDay();
    qint64 last = std::max_element(dates.cbegin(), dates.cend())->toJulianDay();
    if (last - first < 60) {
        first -= 90;
        last += 90;
    }
    // Room at both ends so the first and the last point are not on the axes.
    const qint64 pad = std::max<qint64>(20, (last - first) / 20);
    geometry.firstDay = first - pad;
    geometry.lastDay = last + pad;
    return geometry;
}

} // namespace laatu::gui
