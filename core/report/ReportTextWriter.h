#pragma once

#include "ReportStyle.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace laatu {

// Writes styled blocks and tables into a QTextDocument: the report's typographic vocabulary
// (headings, paragraphs, lists, ruled tables with a repeated header row) in one place, so the
// sections of the report read as content, not formatting. It remembers what it wrote, so that
// the pagination can start a heading or a table row on the next page in place, in the laid-out
// document, instead of writing the whole document again (see ReportPagination).
class ReportTextWriter
{
public:
    // `breaks` says what starts a new page when it is known before writing (the tests'
    // reference layout, ReportDocumentOracle): (table, row) pairs for table rows, counted from
    // 0 in writing order (header rows not counted), and (kHeading, n) for the n-th heading.
    ReportTextWriter(QTextDocument &document, const ReportStyle &style,
                     const QSet<QPair<int, int>> &breaks = {});
    static constexpr int kHeading = -1;

    struct Column
    {
        QString header;
        double percent = 0; // share of the table's width
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    enum class RowKind { Body, Group, Emphasis };
    struct Cell
    {
        QString text;
        bool bold = false;
        bool muted = false;
        double pointSize = 0; // 0: the table size
    };

    // Level 1 opens a part of the report (a new page when asked), level 2 a block within it.
    void heading(const QString &text, int level, bool newPage = false);
    void paragraph(const QString &text, double pointSize = ReportStyle::kBodySize,
                   bool muted = false, bool bold = false, double spaceAfter = 5);
    void labelledParagraph(const QString &label, const QString &text);
    void bulletList(const QStringList &items);
    void spacer(double points);
    // Places the object of `objectType` (the bar chart) in a block of its own.
    void object(int objectType);

    void beginTable(const QList<Column> &columns, bool headerRow = true, double spaceAfter = 10);
    void addRow(const QList<Cell> &cells, RowKind kind = RowKind::Body);
    void endTable();

    // Headings written so far (document positions), so the layout can keep each with what
    // follows it.
    const QList<int> &headingPositions() const { return m_headingPositions; }
    // Every table row written, so the layout can keep rows whole on a page.
    struct WrittenRow
    {
        int table = 0; // in writing order
        int row = 0; // body row of that table
        QTextTable *part = nullptr; // the part of the table holding it
        int partRow = 0;
    };
    const QList<WrittenRow> &writtenRows() const { return m_writtenRows; }
    // Headings and rows in document order: an index into headingPositions() or writtenRows().
    struct Mark
    {
        bool heading = false;
        int index = 0;
    };
    const QList<Mark> &marks() const { return m_marks; }

    // Changes made to the finished document, each in one edit, so a laid-out document lays out
    // again only from there. The n-th heading starts the next page, as if `breaks` had held it.
    void moveHeadingToNextPage(int ordinal);
    // The written row `index` starts a new part of its table on the next page, with the header
    // row again, as if `breaks` had held it. It must not be the first row of its part.
    void splitTableAt(int index);

private:
    struct PendingRow
    {
        QList<Cell> cells;
        RowKind kind = RowKind::Body;
    };
    struct Table
    {
        QList<Column> columns;
        bool headerRow = true;
        double spaceAfter = 0;
        QList<PendingRow> rows;
        int firstWritten = 0; // its first row's index in m_writtenRows
    };

    QTextCharFormat charFormat(double pointSize, bool bold, bool muted) const;
    QTextBlockFormat headingFormat(int level, bool pageBreak) const;
    void newBlock(const QTextBlockFormat &block, const QTextCharFormat &chars);
    QTextTable *writeTablePart(int table, int from, int to, bool continuation);
    // The table right before a block that starts a new page loses its space after.
    void dropSpaceAfterTableBefore(const QTextBlock &block);
    void writeCell(QTextTable *part, const Table &table, int row, int column, const Cell &cell,
                   RowKind kind);

    QTextDocument &m_document;
    ReportStyle m_style;
    QTextCursor m_cursor;
    bool m_firstBlock = true;
    QList<Table> m_tables;
    QList<int> m_headingPositions;
    QList<int> m_headingLevels;
    QSet<QPair<int, int>> m_breaks;
    QList<WrittenRow> m_writtenRows;
    QList<Mark> m_marks;
};

} // namespace laatu
