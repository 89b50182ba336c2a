#pragma once

#include "ReportModel.h"
#include "ReportStyle.h"

#include <QList>
#include <QTextBlock>
#include <QTextDocument>

#include <memory>

namespace laatu {

class ReportChart;

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
    std::unique_ptr<ReportChart> m_chart; // before the document, which refers to it
    std::unique_ptr<QTextDocument> m_document;
    QList<int> m_contentPages;
    QList<QList<QTextBlock>> m_continued;
};

} // namespace laatu
