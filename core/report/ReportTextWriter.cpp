#include "ReportTextWriter.h"

#include <QTextBlock>
#include <QTextList>
#include <QTextTable>

namespace laatu {

ReportTextWriter::ReportTextWriter(QTextDocument &document, const ReportStyle &style,
                                   const QSet<QPair<int, int>> &breaks)
    : m_document(document)
    , m_style(style)
    , m_cursor(&document)
    , m_breaks(breaks)
{
    m_document.setDocumentMargin(0);
    m_document.setIndentWidth(m_style.layoutPx(12));
    m_document.setDefaultFont(m_style.font(ReportStyle::kBodySize));
}

QTextCharFormat ReportTextWriter::charFormat(double pointSize, bool bold, bool muted) const
{
    QTextCharFormat format;
    format.setFont(m_style.font(pointSize, bold ? QFont::Bold : QFont::Normal));
    format.setForeground(muted ? m_style.muted : m_style.ink);
    return format;
}

void ReportTextWriter::newBlock(const QTextBlockFormat &block, const QTextCharFormat &chars)
{
    // The document's first block, and the block Qt leaves after a table, are used as they are:
    // inserting another would add an empty line.
    if (m_firstBlock) {
        m_cursor.setBlockFormat(block);
        m_cursor.setBlockCharFormat(chars);
        m_cursor.setCharFormat(chars);
        m_firstBlock = false;
        return;
    }
    m_cursor.insertBlock(block, chars);
}

QTextBlockFormat ReportTextWriter::headingFormat(int level, bool pageBreak) const
{
    QTextBlockFormat block;
    block.setTopMargin(m_style.layoutPx(pageBreak ? 0 : level == 1 ? 18 : 12));
    block.setBottomMargin(m_style.layoutPx(level == 1 ? 8 : 4));
    block.setHeadingLevel(level);
    if (pageBreak)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    return block;
}

void ReportTextWriter::heading(const QString &text, int level, bool newPage)
{
    // A heading the layout found too close to the bottom of a page starts the next one.
    const int ordinal = static_cast<int>(m_headingPositions.size());
    const bool moved = !newPage && m_breaks.contains({kHeading, ordinal});
    QTextCharFormat chars = charFormat(level == 1 ? 15 : 10.5, true, false);
    chars.setForeground(m_style.accent);
    newBlock(headingFormat(level, newPage || moved), chars);
    if (newPage || moved)
        dropSpaceAfterTableBefore(m_cursor.block());
    m_marks << Mark {true, ordinal};
    m_headingPositions << m_cursor.block().position();
    m_headingLevels << level;
    m_cursor.insertText(text, chars);
}

void ReportTextWriter::paragraph(const QString &text, double pointSize, bool muted, bool bold,
                                 double spaceAfter)
{
    QTextBlockFormat block;
    block.setBottomMargin(m_style.layoutPx(spaceAfter));
    block.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    const QTextCharFormat chars = charFormat(pointSize, bold, muted);
    newBlock(block, chars);
    m_cursor.insertText(text, chars);
}

void ReportTextWriter::labelledParagraph(const QString &label, const QString &text)
{
    QTextBlockFormat block;
    block.setBottomMargin(m_style.layoutPx(4));
    block.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
    newBlock(block, charFormat(ReportStyle::kBodySize, false, false));
    m_cursor.insertText(label + QStringLiteral(": "),
                        charFormat(ReportStyle::kBodySize, true, false));
    m_cursor.insertText(text, charFormat(ReportStyle::kBodySize, false, false));
}

void ReportTextWriter::bulletList(const QStringList &items)
{
    QTextListFormat listFormat;
    listFormat.setStyle(QTextListFormat::ListDisc);
    listFormat.setIndent(1);
    QTextList *list = nullptr;
    for (const QString &item : items) {
        QTextBlockFormat block;
        block.setBottomMargin(m_style.layoutPx(3));
        block.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
        const QTextCharFormat chars = charFormat(ReportStyle::kBodySize, false, false);
        newBlock(block, chars);
        if (list)
            list->add(m_cursor.block());
        else
            list = m_cursor.createList(listFormat);
        m_cursor.insertText(item, chars);
    }
}

void ReportTextWriter::spacer(double points)
{
    QTextBlockFormat block;
    block.setLineHeight(m_style.layoutPx(points), QTextBlockFormat::FixedHeight);
    newBlock(block, charFormat(1, false, false));
}

void ReportTextWriter::object(int objectType)
{
    QTextBlockFormat block;
    block.setBottomMargin(m_style.layoutPx(6));
    newBlock(block, charFormat(ReportStyle::kBodySize, false, false));
    QTextCharFormat objectFormat;
    objectFormat.setObjectType(objectType);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), objectFormat);
}

void ReportTextWriter::beginTable(const QList<Column> &columns, bool headerRow, double spaceAfter)
{
    m_tables << Table {columns, headerRow, spaceAfter, {}, static_cast<int>(m_writtenRows.size())};
}

void ReportTextWriter::addRow(const QList<Cell> &cells, RowKind kind)
{
    m_tables.last().rows << PendingRow {cells, kind};
}

void ReportTextWriter::endTable()
{
    // Rows the layout asked to move start a new part of the table on the next page, with
    // the header row again: a row is never split between pages.
    const int table = static_cast<int>(m_tables.size()) - 1;
    const int rows = static_cast<int>(m_tables.last().rows.size());
    int from = 0;
    for (int row = 1; row <= rows; ++row) {
        if (row == rows || m_breaks.contains({table, row})) {
            writeTablePart(table, from, row, from > 0);
            from = row;
        }
    }
    if (rows == 0 && m_tables.last().headerRow)
        writeTablePart(table, 0, 0, false);
}

QTextTable *ReportTextWriter::writeTablePart(int tableIndex, int from, int to, bool continuation)
{
    // The table is created whole, then filled, and group rows are merged last: Qt 6.4 can
    // corrupt memory when cells are merged in a table that still grows row by row.
    const Table &table = m_tables.at(tableIndex);
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (const Column &column : table.columns)
        widths << QTextLength(QTextLength::PercentageLength, column.percent);
    format.setColumnWidthConstraints(widths);
    format.setCellSpacing(0);
    format.setCellPadding(0);
    format.setBorder(0);
    format.setBorderCollapse(true);
    format.setTopMargin(m_style.layoutPx(continuation ? 0 : 2));
    format.setBottomMargin(m_style.layoutPx(to == table.rows.size() ? table.spaceAfter : 0));
    if (continuation)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    // A table longer than a page repeats its header on every page.
    format.setHeaderRowCount(table.headerRow ? 1 : 0);
    m_firstBlock = false;
    const int first = table.headerRow ? 1 : 0;
    const int rowCount = to - from + first;
    const int columnCount = static_cast<int>(table.columns.size());
    if (rowCount == 0)
        return nullptr;
    QTextTable *part = m_cursor.insertTable(rowCount, columnCount, format);
    if (table.headerRow) {
        for (int c = 0; c < columnCount; ++c) {
            writeCell(part, table, 0, c, Cell {table.columns.at(c).header, true, true},
                      RowKind::Body);
            // The header row: a darker rule under it.
            QTextTableCell cell = part->cellAt(0, c);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setBottomBorder(m_style.layoutPx(1));
            cellFormat.setBottomBorderBrush(m_style.accent);
            cell.setFormat(cellFormat);
        }
    }
    for (int r = from; r < to; ++r) {
        const PendingRow &row = table.rows.at(r);
        for (int c = 0; c < columnCount; ++c)
            writeCell(part, table, first + r - from, c,
                      row.kind == RowKind::Group && c > 0 ? Cell {} : row.cells.value(c), row.kind);
        // Rows moved to a new part keep their place among the marks.
        const WrittenRow written {tableIndex, r, part, first + r - from};
        const int index = table.firstWritten + r;
        if (index < m_writtenRows.size()) {
            m_writtenRows[index] = written;
        } else {
            m_marks << Mark {false, static_cast<int>(m_writtenRows.size())};
            m_writtenRows << written;
        }
    }
    for (int r = to - 1; r >= from; --r) {
        if (table.rows.at(r).kind == RowKind::Group)
            part->mergeCells(first + r - from, 0, 1, columnCount);
    }
    m_cursor.movePosition(QTextCursor::End);
    // The block Qt keeps after the table takes the next paragraph (or the next part).
    m_firstBlock = true;
    return part;
}

void ReportTextWriter::moveHeadingToNextPage(int ordinal)
{
    QTextCursor cursor(m_document.findBlock(m_headingPositions.at(ordinal)));
    cursor.beginEditBlock();
    cursor.setBlockFormat(headingFormat(m_headingLevels.at(ordinal), true));
    dropSpaceAfterTableBefore(cursor.block());
    cursor.endEditBlock();
}

void ReportTextWriter::dropSpaceAfterTableBefore(const QTextBlock &block)
{
    // Qt takes the page a table ends on from its bottom, space after included, and a page break
    // after it then begins the page after that one: a table whose space after reached past the
    // foot of a page left the next page blank. Before a page break the space is not seen anyway.
    if (block.position() == 0)
        return;
    QTextCursor before(&m_document);
    before.setPosition(block.position() - 1);
    QTextTable *table = before.currentTable();
    if (!table || table->lastPosition() + 1 != block.position())
        return;
    QTextTableFormat format = table->format();
    if (format.bottomMargin() == 0)
        return;
    format.setBottomMargin(0);
    table->setFormat(format);
}

void ReportTextWriter::splitTableAt(int index)
{
    // The document becomes the one written with this break, in one edit: the part loses the
    // rows from `index` on (and its space after), and a continuation part with the header row
    // takes them, inserted at the start of the block that followed the part. That block keeps
    // what came after the table; its formats go with it to the block after the new part, and
    // the block left between the parts is an empty one with no formats, as Qt leaves after a
    // table (ReportTextWriterTest compares the two documents).
    const WrittenRow split = m_writtenRows.at(index);
    const Table &table = m_tables.at(split.table);
    QTextTable *part = split.part;
    const int first = table.headerRow ? 1 : 0;
    const int from = split.row - (split.partRow - first);
    const int to = from + part->rows() - first;
    const int after = part->lastPosition() + 1;
    const int lengthBefore = m_document.characterCount();
    const QTextBlock next = m_document.findBlock(after);
    const QTextBlockFormat nextBlock = next.blockFormat();
    const QTextCharFormat nextChars = next.charFormat();

    QTextCursor edit(&m_document);
    edit.beginEditBlock();
    part->removeRows(split.partRow, to - split.row);
    QTextTableFormat format = part->format();
    format.setBottomMargin(0);
    part->setFormat(format);
    m_cursor.setPosition(part->lastPosition() + 1);
    QTextTable *continuation = writeTablePart(split.table, split.row, to, true);
    QTextCursor between(&m_document);
    between.setPosition(part->lastPosition() + 1);
    between.setBlockFormat(QTextBlockFormat());
    between.setBlockCharFormat(QTextCharFormat());
    QTextCursor rest(&m_document);
    rest.setPosition(continuation->lastPosition() + 1);
    rest.setBlockFormat(nextBlock);
    rest.setBlockCharFormat(nextChars);
    edit.endEditBlock();

    const int shift = m_document.characterCount() - lengthBefore;
    for (int &position : m_headingPositions) {
        if (position >= after)
            position += shift;
    }
}

void ReportTextWriter::writeCell(QTextTable *part, const Table &table, int row, int column,
                                 const Cell &cell, RowKind kind)
{
    QTextTableCell tableCell = part->cellAt(row, column);
    // Text first: a cell's format lives in the character format of its first block, which
    // setting the block's character format would overwrite.
    QTextCursor cursor = tableCell.firstCursorPosition();
    QTextBlockFormat block;
    block.setAlignment(kind == RowKind::Group ? Qt::AlignLeft
                                              : table.columns.value(column).alignment);
    block.setLineHeight(112, QTextBlockFormat::ProportionalHeight);
    cursor.setBlockFormat(block);
    const bool bold = cell.bold || kind != RowKind::Body;
    const QTextCharFormat chars = charFormat(
        cell.pointSize > 0 ? cell.pointSize : ReportStyle::kTableSize, bold, cell.muted);
    cursor.insertText(cell.text, chars);

    QTextTableCellFormat format = tableCell.format().toTableCellFormat();
    format.setTopPadding(m_style.layoutPx(kind == RowKind::Group ? 5 : 3.2));
    format.setBottomPadding(m_style.layoutPx(3.2));
    format.setLeftPadding(m_style.layoutPx(column == 0 ? 3 : 5));
    format.setRightPadding(m_style.layoutPx(5));
    format.setLeftBorder(0);
    format.setRightBorder(0);
    format.setTopBorder(0);
    format.setBottomBorder(m_style.layoutPx(0.5));
    format.setBottomBorderBrush(m_style.rule);
    format.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    if (kind == RowKind::Group)
        format.setBackground(m_style.shade);
    else if (kind == RowKind::Emphasis)
        format.setBackground(m_style.highlight);
    tableCell.setFormat(format);
}

} // namespace laatu
