#include "ReportDocument.h"

#include "ReportChart.h"
#include "ReportContent.h"
#include "ReportPagination.h"
#include "ReportTextWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextLayout>

namespace laatu {

ReportDocument::ReportDocument(const ReportModel &model, const ReportStyle &style,
                               const QSizeF &bodySize, QPaintDevice *device)
    : m_chart(std::make_unique<ReportChart>(model, style, bodySize.width()))
{
    layOut([&model](ReportTextWriter &writer) { ReportContent(model, writer).write(); }, style,
           bodySize, device);
}

ReportDocument::ReportDocument(const std::function<void(ReportTextWriter &)> &write,
                               const ReportStyle &style, const QSizeF &bodySize,
                               QPaintDevice *device)
{
    layOut(write, style, bodySize, device);
}

void ReportDocument::layOut(const std::function<void(ReportTextWriter &)> &write,
                            const ReportStyle &style, const QSizeF &bodySize, QPaintDevice *device)
{
    m_document = std::make_unique<QTextDocument>();
    m_document->setUndoRedoEnabled(false);
    // The content is written before the document has a layout: a layout present while
    // writing would lay out again after every edit.
    ReportTextWriter writer(*m_document, style);
    write(writer);
    // Each block keeps its shaped text once laid out, so that painting does not shape it again.
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
    // The layout is made switched off: otherwise it would first lay the whole text out for
    // the screen and with no page size, then again for the device and the page.
    m_document->setLayoutEnabled(false);
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    layout->setPaintDevice(device);
    if (m_chart)
        layout->registerHandler(ReportChart::kObjectType, m_chart.get());
    m_document->setPageSize(bodySize);
    m_document->setLayoutEnabled(true);
    ReportPagination::paginate(*m_document, writer, style, bodySize.height());
    m_contentPages = ReportPagination::contentPages(*m_document, bodySize.height(), &m_continued);
}

ReportDocument::~ReportDocument()
{
    // The layout refers to the chart handler: the document goes first.
    m_document.reset();
}

} // namespace laatu
