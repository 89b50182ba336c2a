#include "ComparisonPrintout.h"

#include "gui/analysis/ChartPalette.h"
#include "gui/analysis/ComparisonTableModel.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>

namespace laatu::gui {

ComparisonPrintout::ComparisonPrintout(const ComparisonTableModel &model, QString title,
                                       QString subtitle, QImage chart, QString weakest)
    : m_model(model)
    , m_title(std::move(title))
    , m_subtitle(std::move(subtitle))
    , m_chart(std::move(chart))
    , m_weakest(std::move(weakest))
{ }

bool ComparisonPrintout::print(QPagedPaintDevice &device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    const double dpi = device.logicalDpiX();
    const auto points = [dpi](double pt) { return pt * dpi / 72.0; };
    const QRectF page = device.pageLayout().paintRectPixels(int(dpi)).translated(
        -device.pageLayout().paintRectPixels(int(dpi)).topLeft());
    QFont titleFont(QStringLiteral("DejaVu Sans"));
    titleFont.setPointSizeF(13);
    titleFont.setBold(true);
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(8);
    QFont bold = body;
    bold.setBold(true);
    const QFontMetricsF metrics(body, &device);
    const double rowHeight = metrics.height() * 1.45;
    const double thin = std::max(1.0, points(0.4));

    const int rows = m_model.rowCount();
    const int columns = m_model.columnCount();
    const int firstCriterion = ComparisonTableModel::FirstCriterionColumn;
    const int criteria = m_model.criterionCount();
    // Site | visit | criteria | total | mean | level; the criteria share what is left.
    double siteWidth = metrics.horizontalAdvance(m_model.headerData(0, Qt::Horizontal).toString());
    double levelWidth = 0;
    for (int row = 0; row < rows; ++row) {
        siteWidth = std::max(siteWidth,
                             metrics.horizontalAdvance(m_model.index(row, 0).data().toString()));
        levelWidth = std::max(
            levelWidth,
            metrics.horizontalAdvance(m_model.index(row, m_model.levelColumn()).data().toString()));
    }
    const double pad = points(3);
    siteWidth = std::min(siteWidth + 2 * pad, page.width() * 0.22);
    levelWidth = std::min(levelWidth + 2 * pad, page.width() * 0.16);
    const double visitWidth = metrics.horizontalAdvance(QStringLiteral("88.88.8888")) + 2 * pad;
    const double numberWidth = metrics.horizontalAdvance(QStringLiteral("8,88")) + 2 * pad;
    const double criterionWidth
        = (page.width() - siteWidth - visitWidth - 2 * numberWidth - levelWidth)
        / std::max(criteria, 1);
    QList<double> widths;
    for (int column = 0; column < columns; ++column) {
        if (column == 0)
            widths << siteWidth;
        else if (column == 1)
            widths << visitWidth;
        else if (column < firstCriterion + criteria)
            widths << criterionWidth;
        else if (column == m_model.levelColumn())
            widths << levelWidth;
        else
            widths << numberWidth;
    }

    double y = 0;
    const auto heading = [&] {
        painter.setFont(titleFont);
        painter.setPen(ChartPalette::ink());
        const QFontMetricsF titleMetrics(titleFont, &device);
        painter.drawText(QRectF(0, y, page.width(), titleMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, m_title);
        y += titleMetrics.height() * 1.2;
        painter.setFont(body);
        painter.setPen(ChartPalette::muted());
        painter.drawText(QRectF(0, y, page.width(), metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, m_subtitle);
        y += metrics.height() * 1.8;
    };
    const auto tableHeader = [&] {
        double x = 0;
        painter.setFont(bold);
        for (int column = 0; column < columns; ++column) {
            const QRectF box(x, y, widths.at(column), rowHeight);
            painter.fillRect(box, QColor(0xee, 0xf2, 0xf6));
            painter.setPen(ChartPalette::ink());
            const bool centred = column >= firstCriterion && column < firstCriterion + criteria;
            painter.drawText(box.adjusted(pad, 0, -pad, 0),
                             (centred ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter,
                             m_model.headerData(column, Qt::Horizontal).toString());
            x += widths.at(column);
        }
        y += rowHeight;
    };

    heading();
    tableHeader();
    for (int row = 0; row < rows; ++row) {
        if (y + rowHeight > page.height()) {
            device.newPage();
            y = 0;
            tableHeader();
        }
        double x = 0;
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = m_model.index(row, column);
            const QRectF box(x, y, widths.at(column), rowHeight);
            const QVariant background = index.data(Qt::BackgroundRole);
            if (background.canConvert<QColor>())
                painter.fillRect(box, background.value<QColor>());
            painter.setFont(column == m_model.totalColumn() ? bold : body);
            painter.setPen(ChartPalette::ink());
            const int alignment = index.data(Qt::TextAlignmentRole).toInt();
            painter.drawText(
                box.adjusted(pad, 0, -pad, 0),
                Qt::Alignment(alignment ? alignment : Qt::AlignLeft) | Qt::AlignVCenter,
                metrics.elidedText(index.data().toString(), Qt::ElideRight, box.width() - 2 * pad));
            x += widths.at(column);
        }
        painter.setPen(QPen(ChartPalette::grid(), thin));
        painter.drawLine(QPointF(0, y + rowHeight), QPointF(x, y + rowHeight));
        y += rowHeight;
    }

    // The chart and the weakest criteria on a page of their own.
    device.newPage();
    y = 0;
    heading();
    if (!m_weakest.isEmpty()) {
        painter.setFont(body);
        painter.setPen(ChartPalette::ink());
        const QRectF text(0, y, page.width(), metrics.height() * 3);
        QRectF used;
        painter.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_weakest, &used);
        y += used.height() + metrics.height();
    }
    if (!m_chart.isNull()) {
        const QSizeF room(page.width(), page.height() - y);
        const QSizeF size = QSizeF(m_chart.size()).scaled(room, Qt::KeepAspectRatio);
        painter.drawImage(QRectF(QPointF(0, y), size), m_chart);
    }
    painter.end();
    return true;
}

} // namespace laatu::gui
