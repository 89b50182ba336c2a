#pragma once

#include "ReportModel.h"
#include "ReportStyle.h"

#include <QRectF>

class QPainter;

namespace laatu {

// The words around a page's text area: the running header's two sides, the draft mark (empty
// for none) and the footer's left side. The report takes them from its model; another document
// laid out like it (the data request) gives its own.
struct PageFrameTexts
{
    QString header;
    QString title;
    QString draftMark;
    QString footer;
};

// What every page of the PDF has around the flowing text: the running header (site, title;
// not on the cover), the draft mark of a review that is not final, and the footer (site visit,
// "n / N"). Shared by the renderer and the tests' reference renderer, so their pages differ
// only in the text area.
class ReportPageFrame
{
public:
    // The text area of `page` (the paint rect, in device pixels): the page less the bands of
    // the header and the footer.
    static QRectF body(const QRectF &page, const ReportStyle &style);
    // Paints page `index` (from 0) of `count` around its text area.
    static void paint(QPainter &painter, const ReportModel &model, const ReportStyle &style,
                      const QRectF &page, int index, int count);
    static void paint(QPainter &painter, const PageFrameTexts &texts, const ReportStyle &style,
                      const QRectF &page, int index, int count);
    static PageFrameTexts texts(const ReportModel &model);
};

} // namespace laatu
