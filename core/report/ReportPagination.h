#pragma once

#include "ReportStyle.h"

#include <QList>
#include <QTextBlock>

class QTextDocument;

namespace laatu {

class ReportTextWriter;

// Where the report's pages end. Qt lays the document out in pages but has neither
// keep-with-next nor keep-together; this adds both to a laid-out document in one pass from top
// to bottom: a heading too close to the bottom of a page, or a table row a page break would
// split (rows taller than a third of a page excepted), starts the next page. Each change is
// made in place (ReportTextWriter) and Qt lays the document out again only from there, so the
// whole report is laid out about once, with the same pages as writing it again with all the
// breaks known (the tests compare it with ReportDocumentOracle, which does that).
class ReportPagination
{
public:
    // `document` has its layout set up for a page body of `pageHeight` device pixels.
    // Returns the number of headings and rows moved to the next page.
    static int paginate(QTextDocument &document, ReportTextWriter &writer, const ReportStyle &style,
                        double pageHeight);
    // The pages of the layout that hold content (text, the chart), in order, counted from 0.
    // A page the layout has but nothing is drawn on (the empty block Qt keeps after the last
    // table, pushed over the foot of a page by the table's margin) is not one of them.
    // `continued` gets, for every page of the layout, the blocks of text that begin on an
    // earlier page and go on on it.
    static QList<int> contentPages(QTextDocument &document, double pageHeight,
                                   QList<QList<QTextBlock>> *continued = nullptr);
};

} // namespace laatu
