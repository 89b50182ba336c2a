#pragma once

#include "ReportModel.h"
#include "ReportPageFrame.h"
#include "ReportStyle.h"

#include <QList>
#include <QTextBlock>
#include <QTextDocument>

#include <functional>
#include <memory>

namespace laatu {

class ReportChart;
class ReportTextWriter;

// A document laid out, paginated and painted like the report, with content of its own (the
// data request): its metadata, the words around its pages and the function that writes its text.
struct PagedDocument
{
    QString language;
    QString siteName; // with frame.title, the PDF's title
    QString author;
    PageFrameTexts frame;
    std::function<void(ReportTextWriter &)> write;
};

// The report's flowing content as a QTextDocument laid out for one page body size: the cover,
// the summary with the bar chart, the tables, findings, actions and signatures
// (ReportContent), with headings kept with what follows them and table rows kept whole
// (ReportPagination). The running header and footer are the renderer's.
class ReportDocument
{
public:
    // `bodySize` is the text area of one page in pixels of `device`, whose resolution the
    // text is laid out for.
    ReportDocument(const ReportModel &model, const ReportStyle &style, const QSizeF &bodySize,
                   QPaintDevice *device);
    // Any content written through the report's writer, laid out and paginated the same way.
    ReportDocument(const std::function<void(ReportTextWriter &)> &write, const ReportStyle &style,
                   const QSizeF &bodySize, QPaintDevice *device);
    ~ReportDocument();

    QTextDocument &document() { return *m_document; }
    // The pages of the layout that hold content, in order, counted from 0 (see
    // ReportPagination::contentPages), so the report never has a page with nothing but the
    // running header and footer.
    const QList<int> &contentPages() const { return m_contentPages; }
    int pageCount() const { return static_cast<int>(m_contentPages.size()); }
    // The blocks of text that begin on an earlier page of the layout and go on on `layoutPage`.
    QList<QTextBlock> continuedBlocks(int layoutPage) const
    {
        return m_continued.value(layoutPage);
    }

private:
    void layOut(const std::function<void(ReportTextWriter &)> &write, const ReportStyle &style,
                const QSizeF &bodySize, QPaintDevice *device);

    std::unique_ptr<ReportChart> m_chart; // before the document, which refers to it
    std::unique_ptr<QTextDocument> m_document;
    QList<int> m_contentPages;
    QList<QList<QTextBlock>> m_continued;
};

} // namespace laatu
