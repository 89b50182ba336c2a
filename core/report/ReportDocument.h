#pragma once

#include "ReportModel.h"
#include "ReportStyle.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QTextDocument>
#include <QTextTable>

#include <memory>
#include <optional>

namespace laatu {

class ReportChart;
class ReportTextWriter;

// The report's flowing content as a QTextDocument laid out for one page body size: the cover,
// the summary with the bar chart, the tables, findings, actions and signatures. Pagination,
// running header and footer are the renderer's.
class ReportDocument
{
public:
    // `bodySize` is the text area of one page in pixels of `device`, whose resolution the
    // text is laid out for.
    ReportDocument(const ReportModel &model, const ReportStyle &style, const QSizeF &bodySize,
                   QPaintDevice *device);
    ~ReportDocument();

    QTextDocument &document() { return *m_document; }
    // The pages of the layout that hold content (text, the chart), in order, counted from 0.
    // A page the layout has but nothing is drawn on (the empty block Qt keeps after the last
    // table, pushed over the foot of a page by the table's margin) is not one of them, so the
    // report never has a page with nothing but the running header and footer.
    const QList<int> &contentPages() const { return m_contentPages; }
    int pageCount() const { return static_cast<int>(m_contentPages.size()); }

private:
    void writeCover(ReportTextWriter &writer);
    void writeSummary(ReportTextWriter &writer);
    void writeCriteria(ReportTextWriter &writer);
    void writeAgreement(ReportTextWriter &writer);
    void writeFindings(ReportTextWriter &writer);
    void writeActions(ReportTextWriter &writer);
    void writeChange(ReportTextWriter &writer);
    void writeNotes(ReportTextWriter &writer);
    void writeSignatures(ReportTextWriter &writer);
    // Writes and lays the content out with the given page breaks; returns the first place
    // (in the writer's terms) that still needs one: a heading too close to the bottom of a
    // page, or a table row a page break would split.
    std::optional<QPair<int, int>> layOut(const QSet<QPair<int, int>> &breaks,
                                          QPaintDevice *device);
    void findContentPages();

    const ReportModel &m_model;
    ReportStyle m_style;
    QSizeF m_bodySize;
    std::unique_ptr<ReportChart> m_chart; // before the document, which refers to it
    std::unique_ptr<QTextDocument> m_document;
    QList<int> m_contentPages;
};

} // namespace laatu
