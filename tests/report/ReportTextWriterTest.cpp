// The writer's changes in place (a heading moved to the next page, a table split before a row)
// give the document that writing it with the same breaks known gives: ReportPagination relies
// on it to lay the report out once with the pages of a report written again per break.
#include "../support/QtStringMaker.h"

#include "report/ReportStyle.h"
#include "report/ReportTextWriter.h"

#include <catch2/catch.hpp>

#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>

using namespace laatu;

namespace {
using Cell = ReportTextWriter::Cell;
using RowKind = ReportTextWriter::RowKind;

// A heading, a table with a group row, a second table straight after it, a heading and a
// paragraph: the places a break can be, and the blocks next to a table that a split touches.
void writeSample(ReportTextWriter &writer)
{
    writer.heading(QStringLiteral("Criteria"), 1, true);
    writer.beginTable({{QStringLiteral("No."), 20, Qt::AlignRight}, {QStringLiteral("Title"), 80}});
    writer.addRow({Cell {QStringLiteral("Staffing")}}, RowKind::Group);
    for (int row = 1; row <= 5; ++row)
        writer.addRow(
            {Cell {QString::number(row), false, true}, Cell {QStringLiteral("Row %1").arg(row)}},
            row == 3 ? RowKind::Emphasis : RowKind::Body);
    writer.addRow({Cell {QStringLiteral("Services")}}, RowKind::Group);
    writer.addRow({Cell {QStringLiteral("6")}, Cell {QStringLiteral("Row 6")}});
    writer.endTable();
    writer.beginTable({{QString(), 40}, {QString(), 60}}, false, 26);
    writer.addRow({Cell {QStringLiteral("Total")}, Cell {QStringLiteral("100")}});
    writer.addRow({Cell {QStringLiteral("Mean")}, Cell {QStringLiteral("4.0")}});
    writer.endTable();
    writer.heading(QStringLiteral("Agreement"), 2);
    writer.paragraph(QStringLiteral("The figures are of the criteria each of them rated."));
}

int writtenIndex(const ReportTextWriter &writer, int table, int row)
{
    const QList<ReportTextWriter::WrittenRow> &rows = writer.writtenRows();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).table == table && rows.at(i).row == row)
            return i;
    }
    return -1;
}

QString written(const QSet<QPair<int, int>> &breaks)
{
    QTextDocument document;
    ReportTextWriter writer(document, ReportStyle(1200), breaks);
    writeSample(writer);
    return document.toHtml();
}
} // namespace

TEST_CASE("a table split in place is the table written with the break", "[report][writer]")
{
    const ReportStyle style(1200);
    struct Split
    {
        int table;
        QList<int> rows; // split in this order
    };
    for (const Split &split :
         {Split {0, {3}}, Split {0, {2, 6}}, Split {0, {6}}, Split {0, {1, 4}}, Split {1, {1}}}) {
        DYNAMIC_SECTION("table " << split.table << " rows " << split.rows.size() << " from "
                                 << split.rows.constFirst())
        {
            QSet<QPair<int, int>> breaks;
            for (const int row : split.rows)
                breaks.insert({split.table, row});
            QTextDocument document;
            ReportTextWriter writer(document, style);
            writeSample(writer);
            for (const int row : split.rows)
                writer.splitTableAt(writtenIndex(writer, split.table, row));
            CHECK(document.toHtml() == written(breaks));
            // The heading after the table is where the writer has it.
            const QTextBlock heading = document.findBlock(writer.headingPositions().at(1));
            CHECK(heading.text() == QStringLiteral("Agreement"));
            CHECK(heading.blockFormat().headingLevel() == 2);
            // Every written row is in the part that holds it.
            for (const ReportTextWriter::WrittenRow &row : writer.writtenRows()) {
                const QTextTableCell cell = row.part->cellAt(row.partRow, 0);
                CHECK(cell.isValid());
            }
        }
    }
}

TEST_CASE("a heading moved in place is the heading written on a new page", "[report][writer]")
{
    QTextDocument document;
    ReportTextWriter writer(document, ReportStyle(1200));
    writeSample(writer);
    writer.moveHeadingToNextPage(1);
    CHECK(document.toHtml() == written({{ReportTextWriter::kHeading, 1}}));
    const QTextBlock heading = document.findBlock(writer.headingPositions().at(1));
    CHECK(heading.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_AlwaysBefore);
}
