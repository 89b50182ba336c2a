#include "ReportPageFrame.h"

#include <QFontMetricsF>
#include <QPainter>

namespace laatu {

namespace {
// Room for the running header above the text and the footer below it, in points.
constexpr double kHeaderBand = 26;
constexpr double kFooterBand = 26;
} // namespace

QRectF ReportPageFrame::body(const QRectF &page, const ReportStyle &style)
{
    const double top = style.px(kHeaderBand);
    return QRectF(0, top, page.width(), page.height() - top - style.px(kFooterBand));
}

PageFrameTexts ReportPageFrame::texts(const ReportModel &model)
{
    return {model.headerText, model.title, model.draftMark, model.footerText};
}

void ReportPageFrame::paint(QPainter &painter, const ReportModel &model, const ReportStyle &style,
                            const QRectF &page, int index, int count)
{
    paint(painter, texts(model), style, page, index, count);
}

void ReportPageFrame::paint(QPainter &painter, const PageFrameTexts &texts,
                            const ReportStyle &style, const QRectF &page, int index, int count)
{
    painter.save();
    painter.setFont(style.font(ReportStyle::kSmallSize));
    const double line = style.px(10);
    const QRectF header(0, 0, page.width(), line);
    if (index > 0) {
        painter.setPen(style.muted);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, texts.header);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, texts.title);
        painter.setPen(QPen(style.rule, style.px(0.5)));
        painter.drawLine(QPointF(0, line + style.px(4)), QPointF(page.width(), line + style.px(4)));
    }
    if (!texts.draftMark.isEmpty()) {
        // A review that is not final says so on every page, the cover included: in the
        // middle of the header band, framed, in the warning colour.
        painter.setFont(style.font(ReportStyle::kBodySize, QFont::Bold));
        const QFontMetricsF metrics(painter.font(), painter.device());
        const double padding = style.px(4);
        const double width = metrics.horizontalAdvance(texts.draftMark) + 2 * padding;
        const QRectF mark((page.width() - width) / 2, -style.px(2), width, line + style.px(4));
        painter.setPen(QPen(style.warning, style.px(0.8)));
        painter.setBrush(Qt::white);
        painter.drawRect(mark);
        painter.drawText(mark, Qt::AlignCenter, texts.draftMark);
        painter.setFont(style.font(ReportStyle::kSmallSize));
    }
    const double top = page.height() - line;
    painter.setPen(QPen(style.rule, style.px(0.5)));
    painter.drawLine(QPointF(0, top - style.px(5)), QPointF(page.width(), top - style.px(5)));
    painter.setPen(style.muted);
    const QRectF footer(0, top, page.width(), line);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, texts.footer);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("%1 / %2").arg(index + 1).arg(count));
    painter.restore();
}

} // namespace laatu
