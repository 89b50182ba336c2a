#pragma once

#include "report/ReportModel.h"
#include "report/ReportStyle.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSet>
#include <QTextDocument>

#include <memory>
#include <optional>

namespace laatu::test {

// The report as it was laid out and painted before ReportPagination, kept as the reference the
// new layout is checked against (and only for that: the app never uses it). For every page
// break it needs it writes the whole document again with the breaks found so far and lays it
// out again (five times for a report of 16 pages), until no table row is split by a page
// break and no heading is left at the foot of a page; it paints each page with a clip of
// exactly the page, so a line that begins where the next page begins is drawn, clipped away,
// on both.
class ReportDocumentOracle
{
public:
    ReportDocumentOracle(const ReportModel &model, const ReportStyle &style, const QSizeF &bodySize,
                         QPaintDevice *device);
    ~ReportDocumentOracle();

    QTextDocument &document() { return *m_document; }
    const QList<int> &contentPages() const { return m_contentPages; }
    int passes() const { return m_passes; }

    // The PDF as the renderer made it before; `passes` is how many layouts it took.
    static QByteArray pdf(const ReportModel &model, int *pageCount = nullptr,
                          int *passes = nullptr);

private:
    // Writes and lays the content out with the given page breaks; returns the first place
    // (in the writer's terms) that still needs one.
    std::optional<QPair<int, int>> layOut(const QSet<QPair<int, int>> &breaks,
                                          QPaintDevice *device);

    const ReportModel &m_model;
    ReportStyle m_style;
    QSizeF m_bodySize;
    std::unique_ptr<QObject> m_chart; // before the document, which refers to it
    std::unique_ptr<QTextDocument> m_document;
    QList<int> m_contentPages;
    int m_passes = 0;
};

} // namespace laatu::test
