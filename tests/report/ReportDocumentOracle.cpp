#include "ReportDocumentOracle.h"

#include "report/ReportChart.h"
#include "report/ReportContent.h"
#include "report/ReportPageFrame.h"
#include "report/ReportPagination.h"
#include "report/ReportRenderer.h"
#include "report/ReportTextWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>

#include <cmath>
#include <limits>

namespace laatu::test {

ReportDocumentOracle::ReportDocumentOracle(const ReportModel &model, const ReportStyle &style,
                                           const QSizeF &bodySize, QPaintDevice *device)
    : m_model(model)
    , m_style(style)
    , m_bodySize(bodySize)
    , m_chart(std::make_unique<laatu::ReportChart>(model, style, bodySize.width()))
{
    // A row split by a page break moves to the next page; that can move later rows, so the
    // content is laid out again until no row is split (a few passes for the long tables).
    QSet<QPair<int, int>> breaks;
    constexpr int kMaxPasses = 16;
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        ++m_passes;
        const std::optional<QPair<int, int>> needed = layOut(breaks, device);
        if (!needed)
            break;
        breaks.insert(*needed);
    }
    m_contentPages = ReportPagination::contentPages(*m_document, m_bodySize.height());
}

ReportDocumentOracle::~ReportDocumentOracle()
{
    // The layout refers to the chart handler: the document goes first.
    m_document.reset();
}

std::optional<QPair<int, int>> ReportDocumentOracle::layOut(const QSet<QPair<int, int>> &breaks,
                                                            QPaintDevice *device)
{
    m_document = std::make_unique<QTextDocument>();
    m_document->setUndoRedoEnabled(false);
    ReportTextWriter writer(*m_document, m_style, breaks);
    ReportContent(m_model, writer).write();
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    layout->setPaintDevice(device);
    layout->registerHandler(laatu::ReportChart::kObjectType, m_chart.get());
    m_document->setPageSize(m_bodySize);

    // Qt has neither keep-with-next nor keep-together: both are checked on the finished layout
    // and the first place that needs a page break is returned.
    const double pageHeight = m_bodySize.height();
    const auto pageOf = [pageHeight](double y) { return std::floor(y / pageHeight); };
    std::optional<QPair<int, int>> first;
    double firstTop = std::numeric_limits<double>::max();
    const auto consider = [&](double top, QPair<int, int> where) {
        if (top < firstTop && !breaks.contains(where)) {
            firstTop = top;
            first = where;
        }
    };
    const double keepWithHeading = m_style.px(60);
    for (int ordinal = 0; ordinal < writer.headingPositions().size(); ++ordinal) {
        const QTextBlock block = m_document->findBlock(writer.headingPositions().at(ordinal));
        if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        if (pageOf(rect.top()) != pageOf(rect.bottom() + keepWithHeading))
            consider(rect.top(), {ReportTextWriter::kHeading, ordinal});
    }
    for (const ReportTextWriter::WrittenRow &written : writer.writtenRows()) {
        double top = std::numeric_limits<double>::max();
        double bottom = 0;
        for (int column = 0; column < written.part->columns(); ++column) {
            const QTextTableCell cell = written.part->cellAt(written.partRow, column);
            if (cell.row() != written.partRow || cell.column() != column)
                continue; // covered by a merged cell
            top = std::min(
                top, layout->blockBoundingRect(m_document->findBlock(cell.firstPosition())).top());
            bottom = std::max(
                bottom,
                layout->blockBoundingRect(m_document->findBlock(cell.lastPosition())).bottom());
        }
        // A row taller than a third of a page may break between its lines.
        if (bottom > top && bottom - top <= pageHeight / 3 && pageOf(top) != pageOf(bottom - 1))
            consider(top, {written.table, written.row});
    }
    return first;
}

QByteArray ReportDocumentOracle::pdf(const ReportModel &model, int *pageCount, int *passes)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter device(&buffer);
        device.setResolution(ReportRenderer::kPdfResolution);
        device.setPageLayout(ReportRenderer::pageLayout());
        QPainter painter;
        if (!painter.begin(&device))
            return {};
        const ReportStyle style(device.logicalDpiY());
        const QRectF page(QPointF(0, 0),
                          QSizeF(device.pageLayout().paintRectPixels(device.logicalDpiX()).size()));
        const QRectF body = ReportPageFrame::body(page, style);
        ReportDocumentOracle document(model, style, body.size(), &device);
        QAbstractTextDocumentLayout *layout = document.document().documentLayout();
        const QList<int> &pages = document.contentPages();
        const int count = static_cast<int>(pages.size());
        for (int index = 0; index < count; ++index) {
            if (index > 0)
                device.newPage();
            painter.save();
            const QRectF clip(0, pages.at(index) * body.height(), body.width(), body.height());
            painter.translate(0, body.top() - clip.top());
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            context.palette.setColor(QPalette::Text, style.ink);
            layout->draw(&painter, context);
            painter.restore();
            ReportPageFrame::paint(painter, model, style, page, index, count);
        }
        painter.end();
        if (pageCount)
            *pageCount = count;
        if (passes)
            *passes = document.passes();
    }
    return bytes;
}

} // namespace laatu::test
