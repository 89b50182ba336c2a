#include "TotalsBarChart.h"

#include "gui/analysis/ChartPalette.h"
#include "gui/common/ChartAccessibility.h"

#include "analysis/CountyComparison.h"
#include "i18n/DateText.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

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

// Title, level names above the bars, axis numbers and legend below: in lines of text.
constexpr double kFrameLines = 6.4;
constexpr double kBarPitchLines = 1.55;
} // namespace

TotalsBarChart::TotalsBarChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("totalsBarChart"));
    ChartAccessibility::markAsChart(this);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setFocusPolicy(Qt::TabFocus);
    updateAccessibleText();
}

QSize TotalsBarChart::sizeHint() const
{
    return {560, heightForBars(font())};
}

QSize TotalsBarChart::minimumSizeHint() const
{
    return {320, heightForBars(font())};
}

int TotalsBarChart::heightForBars(const QFont &font) const
{
    const double line = QFontMetricsF(font).height();
    return int(line * (kFrameLines + kBarPitchLines * std::max<qsizetype>(m_bars.size(), 1)));
}

void TotalsBarChart::setComparison(const CountyComparison &comparison, const QString &language)
{
    m_language = language;
    const Instrument &instrument = comparison.instrument();
    m_levels = instrument.levels();
    m_minTotal = instrument.minTotal();
    m_maxTotal = std::max(instrument.maxTotal(), m_minTotal + 1);
    m_bars.clear();
    const bool perReview = !comparison.filter().latestPerSite;
    for (const CountyComparison::Row &row : comparison.rows()) {
        Bar bar;
        bar.label = perReview
            ? tr("%1, %2").arg(row.review.siteName, DateText::date(row.review.visitStart))
            : row.review.siteName;
        bar.total = row.total;
        bar.ratedCount = row.ratedCount;
        bar.criterionCount = int(instrument.criteria().size());
        bar.levelKey = row.levelKey;
        m_bars << bar;
    }
    std::stable_sort(m_bars.begin(), m_bars.end(), [](const Bar &a, const Bar &b) {
        if (a.total.has_value() != b.total.has_value())
            return a.total.has_value();
        if (a.total && *a.total != *b.total)
            return *a.total > *b.total;
        return a.label.localeAwareCompare(b.label) < 0;
    });
    updateAccessibleText();
    updateGeometry();
    update();
}

void TotalsBarChart::setTitle(const QString &title)
{
    m_title = title;
    update();
}

QString TotalsBarChart::levelName(const QString &key) const
{
    for (const Level &level : m_levels) {
        if (level.key == key)
            return level.name.text(m_language);
    }
    return tr("incomplete");
}

QString TotalsBarChart::barText(const Bar &bar) const
{
    if (!bar.total)
        return tr("%1: incomplete, %2 of %3 criteria rated")
            .arg(bar.label)
            .arg(bar.ratedCount)
            .arg(bar.criterionCount);
    return tr("%1: %2, %3").arg(bar.label).arg(*bar.total).arg(levelName(bar.levelKey));
}

QString TotalsBarChart::summary() const
{
    if (m_bars.isEmpty())
        return tr("No reviews to compare.");
    QStringList parts;
    for (const Bar &bar : m_bars)
        parts << barText(bar);
    return parts.join(QStringLiteral("; "));
}

void TotalsBarChart::updateAccessibleText()
{
    setAccessibleName(tr("Totals by site"));
    setAccessibleDescription(summary());
}

void TotalsBarChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateAccessibleText();
        update();
    } else if (event->type() == QEvent::FontChange) {
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

void TotalsBarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(painter, rect());
}

void TotalsBarChart::render(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect, Qt::white);
    const QFont base = font();
    const QFont small = scaled(base, 0.88);
    const QFontMetricsF metrics(base, painter.device());
    const QFontMetricsF smallMetrics(small, painter.device());
    const double line = metrics.height();
    const QRectF inner = rect.adjusted(line * 0.6, line * 0.4, -line * 0.6, -line * 0.4);

    painter.setFont(scaled(base, 1.12, true));
    painter.setPen(ChartPalette::ink());
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line * 1.6),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     m_title.isEmpty() ? tr("Totals by site") : m_title);
    if (m_bars.isEmpty()) {
        painter.setFont(base);
        painter.setPen(ChartPalette::muted());
        painter.drawText(inner, Qt::AlignCenter, tr("No reviews to compare."));
        painter.restore();
        return;
    }

    // The labels take what they need, at most two fifths of the width; longer ones are elided.
    double labelWidth = 0;
    for (const Bar &bar : m_bars)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
    labelWidth = std::min(labelWidth + line * 0.6, inner.width() * 0.4);
    const double valueWidth = metrics.horizontalAdvance(QStringLiteral("888")) + line * 0.8;
    const double top = inner.top() + line * 3.0; // title and the level names
    const double bottom = inner.bottom() - line * 2.6; // axis numbers and the legend
    const QRectF plot(QPointF(inner.left() + labelWidth, top),
                      QPointF(inner.right() - valueWidth, std::max(bottom, top + line)));
    const double pitch = std::min(plot.height() / double(m_bars.size()), line * 2.0);
    const double barHeight = pitch * 0.68;
    const auto x = [&](double total) {
        return plot.left() + plot.width() * (total - m_minTotal) / double(m_maxTotal - m_minTotal);
    };
    const double barsBottom = plot.top() + pitch * double(m_bars.size());

    // Level thresholds: dashed lines with the level's name above, right of the line.
    painter.setFont(small);
    for (int i = 0; i < m_levels.size(); ++i) {
        const Level &level = m_levels.at(i);
        const double from = std::max(level.minTotal, m_minTotal);
        const double to = i == 0 ? m_maxTotal : m_levels.at(i - 1).minTotal;
        const QRectF band(QPointF(x(from), plot.top() - line * 0.2), QPointF(x(to), barsBottom));
        painter.fillRect(band, ChartPalette::levelBand(m_levels, level.key));
        painter.setPen(QPen(ChartPalette::grid(), 1.0, Qt::DashLine));
        if (level.minTotal > m_minTotal)
            painter.drawLine(QPointF(x(from), plot.top() - line * 1.2),
                             QPointF(x(from), barsBottom));
        painter.setPen(ChartPalette::level(m_levels, level.key).darker(170));
        const QRectF nameArea(x(from) + 4, plot.top() - line * 1.3, x(to) - x(from) - 6, line);
        painter.drawText(
            nameArea, Qt::AlignLeft | Qt::AlignVCenter,
            smallMetrics.elidedText(level.name.text(m_language), Qt::ElideRight, nameArea.width()));
    }

    // The bars.
    const QFont bold = scaled(base, 0.95, true);
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const double middle = plot.top() + pitch * (i + 0.5);
        painter.setFont(base);
        painter.setPen(ChartPalette::ink());
        painter.drawText(QRectF(inner.left(), middle - pitch / 2, labelWidth - line * 0.5, pitch),
                         Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(bar.label, Qt::ElideRight, labelWidth - line * 0.5));
        if (!bar.total) {
            painter.setPen(ChartPalette::muted());
            painter.setFont(small);
            painter.drawText(QRectF(plot.left() + 4, middle - pitch / 2, plot.width(), pitch),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             tr("incomplete: %1 of %2 criteria rated")
                                 .arg(bar.ratedCount)
                                 .arg(bar.criterionCount));
            continue;
        }
        const QRectF barRect(QPointF(plot.left(), middle - barHeight / 2),
                             QPointF(x(*bar.total), middle + barHeight / 2));
        painter.setPen(Qt::NoPen);
        painter.setBrush(ChartPalette::level(m_levels, bar.levelKey));
        painter.drawRoundedRect(barRect, 2, 2);
        painter.setFont(bold);
        painter.setPen(ChartPalette::ink());
        painter.drawText(QRectF(barRect.right() + 5, middle - pitch / 2, valueWidth, pitch),
                         Qt::AlignLeft | Qt::AlignVCenter, QString::number(*bar.total));
    }

    // Axis with the level thresholds as numbers.
    painter.setPen(QPen(ChartPalette::muted(), 1.0));
    painter.drawLine(QPointF(plot.left(), barsBottom), QPointF(plot.right(), barsBottom));
    painter.drawLine(QPointF(plot.left(), plot.top() - line * 0.2),
                     QPointF(plot.left(), barsBottom));
    painter.setFont(small);
    QList<int> ticks {m_minTotal, m_maxTotal};
    for (const Level &level : m_levels) {
        if (level.minTotal > m_minTotal && level.minTotal < m_maxTotal)
            ticks << level.minTotal;
    }
    for (int tick : ticks) {
        const QString text = QString::number(tick);
        const double width = smallMetrics.horizontalAdvance(text) + 4;
        painter.drawText(QRectF(x(tick) - width / 2, barsBottom + 3, width, line), Qt::AlignCenter,
                         text);
    }
    painter.setPen(ChartPalette::muted());
    painter.drawText(
        QRectF(plot.left(), barsBottom + line * 1.1, plot.width(), line),
        Qt::AlignLeft | Qt::AlignVCenter,
        tr("Total (%1–%2); bar colour: level; highest first").arg(m_minTotal).arg(m_maxTotal));
    painter.restore();
}

} // namespace laatu::gui
