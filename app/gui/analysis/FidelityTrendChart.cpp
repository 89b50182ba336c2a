#include "FidelityTrendChart.h"

#include "gui/analysis/ChartPalette.h"

#include "analysis/SiteHistory.h"
#include "instrument/Instrument.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace laatu::gui {

namespace {
QFont scaled(const QFont &font, double factor, bool bold = false)
{
    QFont result = font;
    result.setPointSizeF(font.pointSizeF() * factor);
    result.setBold(bold);
    return result;
}

QString percentText(double share)
{
    return QLocale().toString(share * 100.0, 'f', 0) + QStringLiteral(" %");
}
} // namespace

struct FidelityTrendChart::Geometry
{
    QRectF plot;
    double dataLeft = 0; // right of the level names, so no point or line covers them
    qint64 firstDay = 0;
    qint64 lastDay = 1;
    double minTotal = 25;
    double maxTotal = 125;

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
};

FidelityTrendChart::FidelityTrendChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("fidelityTrendChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setFocusPolicy(Qt::TabFocus); // reachable, so a screen reader reads its description
    updateAccessibleText();
}

QSize FidelityTrendChart::sizeHint() const
{
    return {720, 360};
}

QSize FidelityTrendChart::minimumSizeHint() const
{
    return {360, 220};
}

void FidelityTrendChart::setHistory(const SiteHistory &history, const Instrument &instrument,
                                    const QString &language)
{
    m_language = language;
    m_levels = instrument.levels();
    m_minTotal = instrument.minTotal();
    m_maxTotal = std::max(instrument.maxTotal(), m_minTotal + 1);
    m_criterionCount = int(instrument.criteria().size());
    m_sectionNames.clear();
    QStringList sectionIds;
    for (const Section &section : instrument.sections()) {
        sectionIds << section.id;
        m_sectionNames << section.name.text(language);
    }
    m_points.clear();
    for (const SiteHistory::Entry &entry : history.entries()) {
        Point point;
        point.date = entry.review.visitStart;
        point.total = entry.total;
        point.levelKey = entry.levelKey;
        for (const QString &id : sectionIds) {
            std::optional<double> share;
            for (const ScoreCard::SectionScore &score : entry.sections) {
                // Only a fully rated section has a comparable score.
                if (score.sectionId == id && score.isComplete() && score.maximum > 0)
                    share = double(score.subtotal) / score.maximum;
            }
            point.sectionShares << share;
        }
        m_points << point;
    }
    m_outcomes.clear();
    for (const SiteOutcome &outcome : history.outcomes()) {
        if (const std::optional<double> rate = outcome.employmentRate())
            m_outcomes << OutcomePeriod {outcome.periodStart, outcome.periodEnd, *rate,
                                         outcome.coached, outcome.employed};
    }
    m_nextDue = history.nextDue();
    updateAccessibleText();
    update();
}

void FidelityTrendChart::clear()
{
    m_points.clear();
    m_outcomes.clear();
    m_nextDue.reset();
    updateAccessibleText();
    update();
}

void FidelityTrendChart::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void FidelityTrendChart::setShowSections(bool show)
{
    m_showSections = show;
    update();
}

void FidelityTrendChart::setShowOutcomes(bool show)
{
    m_showOutcomes = show;
    update();
}

int FidelityTrendChart::totalPointCount() const
{
    return int(std::count_if(m_points.cbegin(), m_points.cend(),
                             [](const Point &point) { return point.total.has_value(); }));
}

int FidelityTrendChart::outcomePointCount() const
{
    return int(m_outcomes.size());
}

QString FidelityTrendChart::levelName(const QString &key) const
{
    for (const Level &level : m_levels) {
        if (level.key == key)
            return level.name.text(m_language);
    }
    return tr("incomplete");
}

QString FidelityTrendChart::pointText(const Point &point) const
{
    const QString date = QLocale().toString(point.date, QLocale::ShortFormat);
    if (!point.total)
        return tr("%1: incomplete review, no total").arg(date);
    return tr("%1: total %2, %3").arg(date).arg(*point.total).arg(levelName(point.levelKey));
}

QString FidelityTrendChart::summary() const
{
    if (m_points.isEmpty())
        return tr("No reviews to show.");
    QStringList parts;
    for (const Point &point : m_points)
        parts << pointText(point);
    QString text = parts.join(QStringLiteral("; "));
    if (!m_outcomes.isEmpty()) {
        QStringList rates;
        for (const OutcomePeriod &period : m_outcomes)
            rates << tr("%1–%2: %3 in work")
                         .arg(QLocale().toString(period.start, QLocale::ShortFormat),
                              QLocale().toString(period.end, QLocale::ShortFormat),
                              percentText(period.rate));
        text += QStringLiteral(". ")
            + tr("Employment rate: %1").arg(rates.join(QStringLiteral("; ")));
    }
    return text;
}

void FidelityTrendChart::updateAccessibleText()
{
    setAccessibleName(tr("Fidelity trend chart"));
    setAccessibleDescription(summary());
}

bool FidelityTrendChart::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateAccessibleText();
        update();
    } else if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (int i = 0; i < m_screenPoints.size() && i < m_points.size(); ++i) {
            if (QLineF(m_screenPoints.at(i), help->pos()).length() <= 12.0) {
                QToolTip::showText(help->globalPos(), pointText(m_points.at(i)), this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void FidelityTrendChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(painter, rect());
}

QString FidelityTrendChart::bandLabel(int levelIndex) const
{
    const Level &level = m_levels.at(levelIndex);
    const int from = std::max(level.minTotal, m_minTotal);
    const int to = levelIndex == 0 ? m_maxTotal : m_levels.at(levelIndex - 1).minTotal - 1;
    return tr("%1 (%2–%3)").arg(level.name.text(m_language)).arg(from).arg(to);
}

FidelityTrendChart::Geometry FidelityTrendChart::geometry(const QRectF &rect,
                                                          const QFontMetricsF &metrics,
                                                          const QFontMetricsF &smallMetrics) const
{
    Geometry geometry;
    geometry.minTotal = m_minTotal;
    geometry.maxTotal = m_maxTotal;
    const double line = metrics.height();
    const double left
        = rect.left() + metrics.horizontalAdvance(QString::number(m_maxTotal)) + line * 1.2;
    const bool rateAxis = m_showOutcomes && !m_outcomes.isEmpty();
    const double right = rect.right()
        - (rateAxis ? metrics.horizontalAdvance(percentText(1.0)) + line * 1.2 : line * 1.0);
    const double top = rect.top() + line * 2.6; // the title and a gap
    const double legendHeight = line * (m_showSections ? 3.8 : 1.8);
    const double bottom = rect.bottom() - legendHeight - line * 1.8; // date labels
    geometry.plot = QRectF(QPointF(left, top), QPointF(right, std::max(bottom, top + line)));
    // The level names sit in a gutter at the left of the bands, at most a quarter of the width.
    double gutter = 0;
    for (int i = 0; i < m_levels.size(); ++i)
        gutter = std::max(gutter, smallMetrics.horizontalAdvance(bandLabel(i)) + 16);
    geometry.dataLeft = geometry.plot.left() + std::min(gutter, geometry.plot.width() / 4);

    QList<QDate> dates;
    for (const Point &point : m_points)
        dates << point.date;
    if (rateAxis) {
        for (const OutcomePeriod &period : m_outcomes)
            dates << period.start << period.end;
    }
    if (m_nextDue)
        dates << *m_nextDue;
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

void FidelityTrendChart::render(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect, Qt::white);
    const QFont base = font();
    const QFont small = scaled(base, 0.88);
    painter.setFont(base);
    const QFontMetricsF metrics(base, painter.device());
    const QFontMetricsF smallMetrics(small, painter.device());
    const double line = metrics.height();
    const Geometry g = geometry(rect.adjusted(line * 0.6, line * 0.4, -line * 0.6, -line * 0.4),
                                metrics, smallMetrics);
    const QRectF &plot = g.plot;

    // Title.
    painter.setFont(scaled(base, 1.12, true));
    painter.setPen(ChartPalette::ink());
    painter.drawText(QRectF(rect.left() + line * 0.6, rect.top() + line * 0.4,
                            rect.width() - line * 1.2, line * 1.6),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     m_title.isEmpty() ? tr("Fidelity over time") : m_title);

    // Level bands, with their names at the left inside the band.
    for (int i = 0; i < m_levels.size(); ++i) {
        const Level &level = m_levels.at(i);
        const double from = std::max<double>(level.minTotal, m_minTotal);
        const double to = i == 0 ? m_maxTotal : m_levels.at(i - 1).minTotal;
        if (to <= from)
            continue;
        const QRectF band(QPointF(plot.left(), g.y(to)), QPointF(plot.right(), g.y(from)));
        painter.fillRect(band, ChartPalette::levelBand(m_levels, level.key));
        if (band.height() >= smallMetrics.height() + 4) {
            painter.setFont(small);
            painter.setPen(ChartPalette::level(m_levels, level.key).darker(170));
            painter.drawText(QRectF(band.left() + 6, band.top() + 2, g.dataLeft - band.left() - 8,
                                    band.height() - 4),
                             Qt::AlignLeft | Qt::AlignTop,
                             smallMetrics.elidedText(bandLabel(i), Qt::ElideRight,
                                                     g.dataLeft - band.left() - 8));
        }
    }

    // Horizontal grid at the level thresholds, labelled on the left axis.
    painter.setFont(small);
    QList<int> ticks {m_minTotal, m_maxTotal};
    for (const Level &level : m_levels) {
        if (level.minTotal > m_minTotal && level.minTotal < m_maxTotal)
            ticks << level.minTotal;
    }
    for (int tick : ticks) {
        const double y = g.y(tick);
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

    // The next review: a dashed line where it is due.
    if (m_nextDue) {
        const double x = g.x(*m_nextDue);
        painter.setPen(QPen(ChartPalette::accent(), 1.2, Qt::DashLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setFont(small);
        const QString text = tr("Next review due");
        const double width = smallMetrics.horizontalAdvance(text) + 8;
        const QRectF label = x + width + 4 > plot.right()
            ? QRectF(x - width - 4, plot.top() + 2, width, line)
            : QRectF(x + 4, plot.top() + 2, width, line);
        painter.setPen(ChartPalette::accent());
        painter.drawText(label, Qt::AlignVCenter | Qt::AlignHCenter, text);
    }

    // Employment rate: the period as a bar at its rate, the periods joined at their middles.
    const bool rateAxis = m_showOutcomes && !m_outcomes.isEmpty();
    if (rateAxis) {
        painter.setFont(small);
        for (int tick = 0; tick <= 100; tick += 25) {
            const double y = g.yRate(tick / 100.0);
            painter.setPen(ChartPalette::outcome());
            painter.drawText(
                QRectF(plot.right() + line * 0.4, y - line, rect.right() - plot.right(), line * 2),
                Qt::AlignLeft | Qt::AlignVCenter, percentText(tick / 100.0));
        }
        painter.setPen(QPen(ChartPalette::outcome(), 1.0));
        painter.drawLine(plot.bottomRight(), plot.topRight());
        QPolygonF middles;
        for (const OutcomePeriod &period : m_outcomes) {
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

    // Section lines, thin, under the total.
    if (m_showSections) {
        for (int s = 0; s < m_sectionNames.size(); ++s) {
            QPainterPath path;
            bool open = false;
            for (const Point &point : m_points) {
                const std::optional<double> share
                    = s < point.sectionShares.size() ? point.sectionShares.at(s) : std::nullopt;
                if (!share) {
                    open = false;
                    continue;
                }
                // The section's mean rating on the total's scale: a share of its maximum.
                const QPointF at(g.x(point.date), g.y(*share * m_maxTotal));
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

    // The total: a line through the complete reviews, a point with its value at each.
    QPolygonF totals;
    m_screenPoints.clear();
    for (const Point &point : m_points) {
        const QPointF at(g.x(point.date), point.total ? g.y(*point.total) : plot.bottom() - 1);
        m_screenPoints << at;
        if (point.total)
            totals << at;
    }
    painter.setPen(QPen(ChartPalette::ink(), 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(totals);
    const QFont bold = scaled(base, 0.95, true);
    const QFontMetricsF boldMetrics(bold, painter.device());
    for (int i = 0; i < m_points.size(); ++i) {
        const Point &point = m_points.at(i);
        const QPointF at = m_screenPoints.at(i);
        if (!point.total) {
            painter.setPen(QPen(ChartPalette::muted(), 1.5));
            painter.setBrush(Qt::white);
            painter.drawEllipse(at, 4.5, 4.5);
            continue;
        }
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(ChartPalette::level(m_levels, point.levelKey).darker(115));
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

    // Dates of the reviews under the axis, leaving out any that would overlap the last.
    painter.setFont(small);
    painter.setPen(ChartPalette::muted());
    double lastRight = -1e9;
    for (const Point &point : m_points) {
        const QString text = QLocale().toString(point.date, QLocale::ShortFormat);
        const double width = smallMetrics.horizontalAdvance(text) + 4;
        const double x = std::clamp(g.x(point.date) - width / 2, rect.left(), rect.right() - width);
        if (x < lastRight + 6)
            continue;
        painter.drawText(QRectF(x, plot.bottom() + 4, width, line), Qt::AlignCenter, text);
        lastRight = x + width;
    }
    if (m_points.isEmpty()) {
        painter.setFont(base);
        painter.drawText(plot, Qt::AlignCenter, tr("No reviews to show."));
    }

    drawLegend(painter,
               QRectF(QPointF(plot.left(), plot.bottom() + line * 1.7),
                      QPointF(rect.right() - line * 0.6, rect.bottom())));
    painter.restore();
}

void FidelityTrendChart::drawLegend(QPainter &painter, const QRectF &area) const
{
    struct Item
    {
        QString text;
        QColor colour;
        Qt::PenStyle style;
        double width;
    };
    QList<Item> items {{tr("Total"), ChartPalette::ink(), Qt::SolidLine, 2.4}};
    if (m_showOutcomes && !m_outcomes.isEmpty())
        items << Item {tr("Employment rate (right axis)"), ChartPalette::outcome(), Qt::DashLine,
                       1.6};
    if (m_nextDue)
        items << Item {tr("Next review due"), ChartPalette::accent(), Qt::DashLine, 1.2};
    if (m_showSections) {
        for (int s = 0; s < m_sectionNames.size(); ++s)
            items << Item {m_sectionNames.at(s), ChartPalette::section(s), Qt::SolidLine, 1.4};
    }
    const QFont small = scaled(font(), 0.88);
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
    if (m_showSections) {
        painter.setPen(ChartPalette::muted());
        const QString note = tr("Sections: their mean rating on the total's scale (mean × %1).")
                                 .arg(m_criterionCount);
        if (x + metrics.horizontalAdvance(note) > area.right()) {
            x = area.left();
            y += line * 1.15;
        }
        painter.drawText(QRectF(x, y, area.right() - x, line), Qt::AlignLeft | Qt::AlignVCenter,
                         note);
    }
}

} // namespace laatu::gui
