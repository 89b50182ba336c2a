#pragma once

#include "ReportModel.h"
#include "ReportStyle.h"

#include <QRectF>

class QPainter;

namespace laatu {

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
};

} // namespace laatu
