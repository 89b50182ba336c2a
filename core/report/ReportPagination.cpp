#include "ReportPagination.h"

#include "ReportTextWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>
#include <limits>

namespace laatu {

namespace {
double pageOf(double y, double pageHeight)
{
    return std::floor(y / pageHeight);
}

// Whether a page break falls inside the row: from the top of its highest cell text to the
// bottom of its lowest, as Qt placed them (it moves each cell's lines that do not fit on
// their own).
bool splitByPageBreak(QTextDocument &document, const ReportTextWriter::WrittenRow &row,
                      double pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    double top = std::numeric_limits<double>::max();
    double bottom = 0;
    for (int column = 0; column < row.part->columns(); ++column) {
        const QTextTableCell cell = row.part->cellAt(row.partRow, column);
        if (cell.row() != row.partRow || cell.column() != column)
            continue; // covered by a merged cell
        top = std::min(top,
                       layout->blockBoundingRect(document.findBlock(cell.firstPosition())).top());
        bottom = std::max(
            bottom, layout->blockBoundingRect(document.findBlock(cell.lastPosition())).bottom());
    }
    // A row taller than a third of a page may break between its lines.
    return bottom > top && bottom - top <= pageHeight / 3
        && pageOf(top, pageHeight) != pageOf(bottom - 1, pageHeight);
}

// Qt's lazy layout leaves a gap after a change: it lays the document out again from the change
// to a little past where it had got to, and the blocks in that stretch it had not laid out
// before it only moves, with no lines, so with no height. The first of them and all after are
// marked to be laid out again (as far as the lazy layout goes on from there).
void layOutSkippedBlocks(QTextDocument &document, int from)
{
    for (QTextBlock block = document.findBlock(from); block.isValid(); block = block.next()) {
        if (block.layout()->lineCount() == 0) {
            document.markContentsDirty(block.position(),
                                       document.characterCount() - block.position());
            return;
        }
    }
}
} // namespace

int ReportPagination::paginate(QTextDocument &document, ReportTextWriter &writer,
                               const ReportStyle &style, double pageHeight)
{
    // Headings and rows are visited in document order, so every change is below all that is
    // already final: asking for a block's place lays the document out only that far (Qt lays
    // out lazily), and a change lays it out again from the change on. The checks are those of
    // a layout written with all the breaks known, made on a layout that has all the earlier
    // ones.
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const double keepWithHeading = style.px(60);
    const QList<ReportTextWriter::Mark> &marks = writer.marks();
    int reached = 0; // the document is laid out at least this far
    int changes = 0;
    for (int i = 0; i < marks.size(); ++i) {
        const ReportTextWriter::Mark mark = marks.at(i);
        const int lengthBefore = document.characterCount();
        if (mark.heading) {
            const QTextBlock block = document.findBlock(writer.headingPositions().at(mark.index));
            if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const QRectF rect = layout->blockBoundingRect(block);
            reached = std::max(reached, block.position() + block.length());
            if (pageOf(rect.top(), pageHeight)
                == pageOf(rect.bottom() + keepWithHeading, pageHeight))
                continue;
            writer.moveHeadingToNextPage(mark.index);
        } else {
            const ReportTextWriter::WrittenRow row = writer.writtenRows().at(mark.index);
            const int firstRow = row.part->format().headerRowCount();
            // The first row of a part starts its table, or a page already.
            if (row.partRow == firstRow)
                continue;
            const bool split = splitByPageBreak(document, row, pageHeight);
            reached = std::max(reached, row.part->lastPosition());
            if (!split)
                continue;
            writer.splitTableAt(mark.index);
            // The part's column widths come from its rows, and it has fewer now: its rows are
            // looked at again (they are laid out again anyway).
            const int partStart = mark.index - (row.partRow - firstRow);
            while (i > 0 && (marks.at(i).heading || marks.at(i).index != partStart))
                --i;
            --i;
        }
        ++changes;
        // The change was above `reached`: what lay there moved by what it added.
        reached += document.characterCount() - lengthBefore;
        layOutSkippedBlocks(document, reached);
    }
    return changes;
}

QList<int> ReportPagination::contentPages(QTextDocument &document, double pageHeight,
                                          QList<QList<QTextBlock>> *continued)
{
    // Every block with something to draw marks the pages its lines lie on; blocks in table
    // cells are visited too (QTextDocument's blocks include them), in document coordinates.
    const int layoutPages = document.pageCount();
    QList<bool> used(layoutPages, false);
    if (continued)
        *continued = QList<QList<QTextBlock>>(layoutPages);
    // Qt breaks pages at multiples of the page height in its own fixed point (1/64 pixel), and
    // a block it moved to a page begins exactly there: in doubles that can be a hair above.
    const double qtPageHeight = std::round(pageHeight * 64) / 64;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.text().trimmed().isEmpty())
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        // The pages of its lines, not of its bounding rectangle: a block's margins or a cell's
        // padding may reach past the foot of a page where nothing of it is drawn, and that page
        // would then count as holding content (and be printed blank).
        const QTextLayout *lines = block.layout();
        for (int l = 0; l < lines->lineCount(); ++l) {
            const QRectF line = lines->lineAt(l).rect().translated(rect.topLeft());
            const int top = std::max(0, static_cast<int>(pageOf(line.top(), qtPageHeight)));
            const int bottom = static_cast<int>(pageOf(line.bottom() - 1, qtPageHeight));
            for (int page = top; page <= std::min(bottom, layoutPages - 1); ++page)
                used[page] = true;
        }
        const int last = static_cast<int>(pageOf(rect.bottom() - 1, pageHeight));
        if (!continued)
            continue;
        const int begins = static_cast<int>(pageOf(rect.top() + 1, qtPageHeight));
        for (int page = begins + 1; page <= std::min(last, layoutPages - 1); ++page)
            (*continued)[page] << block;
    }
    QList<int> pages;
    for (int page = 0; page < layoutPages; ++page) {
        if (used.at(page))
            pages << page;
    }
    return pages;
}

} // namespace laatu
