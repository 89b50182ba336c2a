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
// sections of the report read as content, not formatting.
class ReportTextWriter
{
public:
    // `breaks` says what starts a new page: (table, row) pairs for table rows, counted from 0
    // in writing order (header rows not counted), and (kHeading, n) for the n-th heading.
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

    // Headings written so far, so the layout can keep each with what follows it.
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

private:
    QTextCharFormat charFormat(double pointSize, bool bold, bool muted) const;
    void newBlock(const QTextBlockFormat &block, const QTextCharFormat &chars);
    void writeTablePart(int from, int to, bool continuation);
    void writeCell(int row, int column, const Cell &cell, RowKind kind);

    QTextDocument &m_document;
    ReportStyle m_style;
    QTextCursor m_cursor;
    bool m_firstBlock = true;
    QList<Column> m_columns;
    struct PendingRow
    {
        QList<Cell> cells;
        RowKind kind = RowKind::Body;
    };
    QTextTable *m_table = nullptr;
    bool m_headerRow = true;
    double m_tableSpaceAfter = 0;
    QList<PendingRow> m_rows;
    QList<int> m_headingPositions;
    QSet<QPair<int, int>> m_breaks;
    int m_tableCount = 0;
    QList<WrittenRow> m_writtenRows;
};

} // namespace laatu
