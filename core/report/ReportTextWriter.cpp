#include "ReportTextWriter.h"

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

void ReportTextWriter::heading(const QString &text, int level, bool newPage)
{
    // A heading the layout found too close to the bottom of a page starts the next one.
    const int ordinal = static_cast<int>(m_headingPositions.size());
    const bool moved = !newPage && m_breaks.contains({kHeading, ordinal});
    QTextBlockFormat block;
    block.setTopMargin(m_style.layoutPx(newPage || moved ? 0 : level == 1 ? 18 : 12));
    block.setBottomMargin(m_style.layoutPx(level == 1 ? 8 : 4));
    block.setHeadingLevel(level);
    if (newPage || moved)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    QTextCharFormat chars = charFormat(level == 1 ? 15 : 10.5, true, false);
    chars.setForeground(m_style.accent);
    newBlock(block, chars);
    m_headingPositions << m_cursor.block().position();
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
    m_columns = columns;
    m_headerRow = headerRow;
    m_tableSpaceAfter = spaceAfter;
    m_rows.clear();
}

void ReportTextWriter::addRow(const QList<Cell> &cells, RowKind kind)
{
    m_rows << PendingRow {cells, kind};
}

void ReportTextWriter::endTable()
{
    // Rows the layout asked to move start a new part of the table on the next page, with
    // the header row again: a row is never split between pages.
    int from = 0;
    for (int row = 1; row <= m_rows.size(); ++row) {
        if (row == m_rows.size() || m_breaks.contains({m_tableCount, row})) {
            writeTablePart(from, row, from > 0);
            from = row;
        }
    }
    if (m_rows.isEmpty() && m_headerRow)
        writeTablePart(0, 0, false);
    ++m_tableCount;
    m_rows.clear();
}

void ReportTextWriter::writeTablePart(int from, int to, bool continuation)
{
    // The table is created whole, then filled, and group rows are merged last: Qt 6.4 can
    // corrupt memory when cells are merged in a table that still grows row by row.
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (const Column &column : std::as_const(m_columns))
        widths << QTextLength(QTextLength::PercentageLength, column.percent);
    format.setColumnWidthConstraints(widths);
    format.setCellSpacing(0);
    format.setCellPadding(0);
    format.setBorder(0);
    format.setBorderCollapse(true);
    format.setTopMargin(m_style.layoutPx(continuation ? 0 : 2));
    format.setBottomMargin(m_style.layoutPx(to == m_rows.size() ? m_tableSpaceAfter : 0));
    if (continuation)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    // A table longer than a page repeats its header on every page.
    format.setHeaderRowCount(m_headerRow ? 1 : 0);
    m_firstBlock = false;
    const int first = m_headerRow ? 1 : 0;
    const int rowCount = to - from + first;
    const int columnCount = static_cast<int>(m_columns.size());
    if (rowCount == 0)
        return;
    m_table = m_cursor.insertTable(rowCount, columnCount, format);
    if (m_headerRow) {
        for (int c = 0; c < columnCount; ++c) {
            writeCell(0, c, Cell {m_columns.at(c).header, true, true}, RowKind::Body);
            // The header row: a darker rule under it.
            QTextTableCell cell = m_table->cellAt(0, c);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setBottomBorder(m_style.layoutPx(1));
            cellFormat.setBottomBorderBrush(m_style.accent);
            cell.setFormat(cellFormat);
        }
    }
    for (int r = from; r < to; ++r) {
        const PendingRow &row = m_rows.at(r);
        for (int c = 0; c < columnCount; ++c)
            writeCell(first + r - from, c,
                      row.kind == RowKind::Group && c > 0 ? Cell {} : row.cells.value(c), row.kind);
        m_writtenRows << WrittenRow {m_tableCount, r, m_table, first + r - from};
    }
    for (int r = to - 1; r >= from; --r) {
        if (m_rows.at(r).kind == RowKind::Group)
            m_table->mergeCells(first + r - from, 0, 1, columnCount);
    }
    m_table = nullptr;
    m_cursor.movePosition(QTextCursor::End);
    // The block Qt keeps after the table takes the next paragraph (or the next part).
    m_firstBlock = true;
}

void ReportTextWriter::writeCell(int row, int column, const Cell &cell, RowKind kind)
{
    QTextTableCell tableCell = m_table->cellAt(row, column);
    // Text first: a cell's format lives in the character format of its first block, which
    // setting the block's character format would overwrite.
    QTextCursor cursor = tableCell.firstCursorPosition();
    QTextBlockFormat block;
    block.setAlignment(kind == RowKind::Group ? Qt::AlignLeft : m_columns.value(column).alignment);
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
