#include "ReportDocument.h"

#include "ReportChart.h"
#include "ReportTextWriter.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>

#include <cmath>
#include <limits>

namespace laatu {

namespace {
using Cell = ReportTextWriter::Cell;
using Column = ReportTextWriter::Column;
using RowKind = ReportTextWriter::RowKind;
constexpr auto kRight = Qt::AlignRight;
constexpr auto kCentre = Qt::AlignHCenter;
} // namespace

ReportDocument::ReportDocument(const ReportModel &model, const ReportStyle &style,
                               const QSizeF &bodySize, QPaintDevice *device)
    : m_model(model)
    , m_style(style)
    , m_bodySize(bodySize)
    , m_chart(std::make_unique<ReportChart>(model, style, bodySize.width()))
{
    // A row split by a page break moves to the next page; that can move later rows, so the
    // content is laid out again until no row is split (a few passes for the long tables).
    QSet<QPair<int, int>> breaks;
    constexpr int kMaxPasses = 16;
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        const std::optional<QPair<int, int>> needed = layOut(breaks, device);
        if (!needed)
            break;
        breaks.insert(*needed);
    }
    findContentPages();
}

ReportDocument::~ReportDocument()
{
    // The layout refers to the chart handler: the document goes first.
    m_document.reset();
}

void ReportDocument::writeCover(ReportTextWriter &writer)
{
    writer.spacer(70);
    writer.paragraph(m_model.coverKicker.toUpper(), 9, true, true, 10);
    writer.paragraph(m_model.title, 24, false, true, 6);
    writer.paragraph(m_model.siteName, 16, false, false, 0);
    writer.spacer(22);
    writer.beginTable({{QString(), 32}, {QString(), 68}}, false, 26);
    for (const ReportModel::Field &field : m_model.coverFields)
        writer.addRow({Cell {field.label, false, true, ReportStyle::kBodySize},
                       Cell {field.value, false, false, ReportStyle::kBodySize}});
    writer.endTable();
    writer.beginTable({{QString(), 32}, {QString(), 68}}, false, 26);
    for (const ReportModel::Field &field : m_model.keyFigures)
        writer.addRow({Cell {field.label, true, false, ReportStyle::kBodySize},
                       Cell {field.value, true, false, ReportStyle::kBodySize}},
                      RowKind::Emphasis);
    writer.endTable();
    if (!m_model.incompleteText.isEmpty())
        writer.paragraph(m_model.incompleteText, ReportStyle::kBodySize, true);
    writer.paragraph(m_model.generatedText, ReportStyle::kSmallSize, true);
}

void ReportDocument::writeSummary(ReportTextWriter &writer)
{
    writer.heading(m_model.summaryHeading, 1, true);
    writer.beginTable({{m_model.keyFigures.value(0).label, 34, kCentre},
                       {m_model.keyFigures.value(1).label, 33, kCentre},
                       {m_model.keyFigures.value(2).label, 33, kCentre}},
                      true, 8);
    QList<Cell> figures;
    for (const ReportModel::Field &field : m_model.keyFigures)
        figures << Cell {field.value, true, false, 14};
    writer.addRow(figures, RowKind::Emphasis);
    writer.endTable();
    if (!m_model.incompleteText.isEmpty())
        writer.paragraph(m_model.incompleteText, ReportStyle::kBodySize, true);

    writer.heading(m_model.chartHeading, 2);
    writer.object(ReportChart::kObjectType);

    writer.heading(m_model.sectionsHeading, 2);
    writer.beginTable({{m_model.sectionHeaders.value(0), 46},
                       {m_model.sectionHeaders.value(1), 18, kRight},
                       {m_model.sectionHeaders.value(2), 18, kRight},
                       {m_model.sectionHeaders.value(3), 18, kRight}});
    for (const ReportModel::SectionRow &section : m_model.sections)
        writer.addRow(
            {Cell {section.name}, Cell {QString::number(section.criteria)},
             Cell {section.scoreText},
             Cell {section.meanText.isEmpty() ? QStringLiteral("\u2013") : section.meanText}});
    writer.endTable();

    writer.heading(m_model.levelBandsHeading, 2);
    writer.beginTable({{m_model.levelBandHeaders.value(0), 26},
                       {m_model.levelBandHeaders.value(1), 14, kRight},
                       {m_model.levelBandHeaders.value(2), 60}});
    for (const ReportModel::LevelBand &band : m_model.levelBands)
        writer.addRow({Cell {band.name}, Cell {band.range}, Cell {band.description}},
                      band.reached ? RowKind::Emphasis : RowKind::Body);
    writer.endTable();
}

void ReportDocument::writeCriteria(ReportTextWriter &writer)
{
    writer.heading(m_model.criteriaHeading, 1, true);
    const QStringList &headers = m_model.criteriaHeaders;
    // The title column holds the longest Swedish compound of a title unbroken
    // ("arbetsgivarkontakterna"), and the rating column its header ("Pistemäärä").
    writer.beginTable({{headers.value(0), 5, kRight},
                       {headers.value(1), 27},
                       {headers.value(2), 14, kCentre},
                       {headers.value(3), 26},
                       {headers.value(4), 28}});
    int section = -1;
    for (const ReportModel::CriterionRow &row : m_model.criteria) {
        if (row.sectionIndex != section) {
            section = row.sectionIndex;
            const ReportModel::SectionRow sectionRow = m_model.sections.value(section);
            writer.addRow(
                {Cell {QStringLiteral("%1\u2003%2")
                           .arg(m_model.chartSectionNames.value(section), sectionRow.scoreText)}},
                RowKind::Group);
        }
        writer.addRow({Cell {QString::number(row.number), false, true}, Cell {row.title, true},
                       Cell {row.ratingText, true}, Cell {row.anchor},
                       Cell {row.evidence.join(QLatin1Char('\n')), false, true}});
    }
    writer.endTable();
}

void ReportDocument::writeAgreement(ReportTextWriter &writer)
{
    if (!m_model.hasAgreement)
        return;
    writer.heading(m_model.agreementHeading, 1);
    writer.paragraph(m_model.agreementIntro);
    writer.beginTable({{QString(), 40}, {QString(), 60}}, false, 10);
    for (const ReportModel::Field &field : m_model.agreementFigures)
        writer.addRow({Cell {field.label, false, true}, Cell {field.value, true}});
    writer.endTable();
    if (m_model.agreementRows.isEmpty()) {
        writer.paragraph(m_model.agreementAllSame);
    } else {
        const int raters = static_cast<int>(m_model.agreementHeaders.size()) - 3;
        QList<Column> columns {{m_model.agreementHeaders.value(0), 6, kRight},
                               {m_model.agreementHeaders.value(1), 44}};
        const double raterWidth = 36.0 / std::max(1, raters);
        for (int r = 0; r < raters; ++r)
            columns << Column {m_model.agreementHeaders.value(2 + r), raterWidth, kCentre};
        // Room for "Konsensus" unbroken, also where the word processor lays it out.
        columns << Column {m_model.agreementHeaders.constLast(), 14, kCentre};
        writer.beginTable(columns);
        for (const ReportModel::AgreementRow &row : m_model.agreementRows) {
            QList<Cell> cells {Cell {QString::number(row.number), false, true}, Cell {row.title}};
            for (const QString &rating : row.ratings)
                cells << Cell {rating};
            cells << Cell {row.consensus, true};
            writer.addRow(cells, row.spread >= 2 ? RowKind::Emphasis : RowKind::Body);
        }
        writer.endTable();
    }
    if (m_model.agreementReasons.isEmpty())
        return;
    writer.heading(m_model.agreementReasonsHeading, 2);
    for (const ReportModel::Field &reason : m_model.agreementReasons)
        writer.labelledParagraph(reason.label, reason.value);
}

void ReportDocument::writeFindings(ReportTextWriter &writer)
{
    writer.heading(m_model.findingsHeading, 1);
    if (m_model.findings.isEmpty()) {
        writer.paragraph(m_model.noFindingsText, ReportStyle::kBodySize, true);
        return;
    }
    for (const ReportModel::FindingGroup &group : m_model.findings) {
        writer.heading(group.criterionLabel, 2);
        if (!group.strengths.isEmpty()) {
            writer.paragraph(m_model.strengthsLabel, ReportStyle::kSmallSize, true, true, 2);
            writer.bulletList(group.strengths);
        }
        if (!group.recommendations.isEmpty()) {
            writer.paragraph(m_model.recommendationsLabel, ReportStyle::kSmallSize, true, true, 2);
            writer.bulletList(group.recommendations);
        }
    }
}

void ReportDocument::writeActions(ReportTextWriter &writer)
{
    writer.heading(m_model.actionsHeading, 1);
    if (m_model.actions.isEmpty()) {
        writer.paragraph(m_model.noActionsText, ReportStyle::kBodySize, true);
        return;
    }
    const QStringList &headers = m_model.actionHeaders;
    writer.beginTable({{headers.value(0), 48},
                       {headers.value(1), 22},
                       {headers.value(2), 15},
                       {headers.value(3), 15}});
    for (const ReportModel::ActionRow &action : m_model.actions)
        writer.addRow({Cell {action.what}, Cell {action.who}, Cell {action.due},
                       Cell {action.status, false, true}});
    writer.endTable();
}

void ReportDocument::writeChange(ReportTextWriter &writer)
{
    if (!m_model.hasChange)
        return;
    writer.heading(m_model.changeHeading, 1);
    writer.paragraph(m_model.changeIntro);
    const QStringList &headers = m_model.changeHeaders;
    writer.beginTable({{headers.value(0), 6, kRight},
                       {headers.value(1), 52},
                       {headers.value(2), 14, kCentre},
                       {headers.value(3), 14, kCentre},
                       {headers.value(4), 14, kCentre}});
    for (const ReportModel::ChangeRow &row : m_model.changes)
        writer.addRow({Cell {QString::number(row.number), false, true}, Cell {row.title},
                       Cell {row.previous}, Cell {row.current}, Cell {row.change, row.delta != 0}});
    const ReportModel::ChangeRow &total = m_model.totalChange;
    writer.addRow({Cell {}, Cell {total.title}, Cell {total.previous}, Cell {total.current},
                   Cell {total.change}},
                  RowKind::Emphasis);
    writer.endTable();
}

void ReportDocument::writeNotes(ReportTextWriter &writer)
{
    if (!m_model.hasNotes)
        return;
    writer.heading(m_model.notesHeading, 1);
    writer.paragraph(m_model.notesIntro, ReportStyle::kBodySize, true);
    for (const ReportModel::NoteGroup &group : m_model.notes) {
        writer.heading(group.criterionLabel, 2);
        for (const ReportModel::Field &note : group.notes)
            writer.labelledParagraph(note.label, note.value);
        if (!group.consensusReason.isEmpty())
            writer.labelledParagraph(m_model.notesReasonLabel, group.consensusReason);
    }
}

void ReportDocument::writeSignatures(ReportTextWriter &writer)
{
    writer.heading(m_model.signaturesHeading, 1);
    // One block per reviewer: space to sign, a rule, the printed name.
    writer.beginTable({{m_model.signatureDateLabel, 45}, {m_model.signatureLabel, 55}}, true, 4);
    for (const QString &name : m_model.signatureNames) {
        writer.addRow({Cell {QStringLiteral("\n\n")}, Cell {QStringLiteral("\n\n") + name}});
    }
    writer.endTable();
}

void ReportDocument::findContentPages()
{
    // Every block with something to draw marks the pages its lines lie on; blocks in table
    // cells are visited too (QTextDocument's blocks include them), in document coordinates.
    const double pageHeight = m_bodySize.height();
    const int layoutPages = m_document->pageCount();
    QList<bool> used(layoutPages, false);
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        if (block.text().trimmed().isEmpty())
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        const int first = std::max(0, static_cast<int>(std::floor(rect.top() / pageHeight)));
        const int last = static_cast<int>(std::floor((rect.bottom() - 1) / pageHeight));
        for (int page = first; page <= std::min(last, layoutPages - 1); ++page)
            used[page] = true;
    }
    m_contentPages.clear();
    for (int page = 0; page < layoutPages; ++page) {
        if (used.at(page))
            m_contentPages << page;
    }
}

std::optional<QPair<int, int>> ReportDocument::layOut(const QSet<QPair<int, int>> &breaks,
                                                      QPaintDevice *device)
{
    // The content is written before the document has a layout: a layout present while
    // writing would lay out again after every edit.
    m_document = std::make_unique<QTextDocument>();
    m_document->setUndoRedoEnabled(false);
    ReportTextWriter writer(*m_document, m_style, breaks);
    writeCover(writer);
    writeSummary(writer);
    writeCriteria(writer);
    writeAgreement(writer);
    writeFindings(writer);
    writeActions(writer);
    writeChange(writer);
    writeNotes(writer);
    writeSignatures(writer);
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    layout->setPaintDevice(device);
    layout->registerHandler(ReportChart::kObjectType, m_chart.get());
    m_document->setPageSize(m_bodySize);

    // Qt has neither keep-with-next nor keep-together: both are checked on the finished layout
    // and the first place that needs a page break is returned.
    const double pageHeight = m_bodySize.height();
    const auto pageOf = [pageHeight](double y) { return std::floor(y / pageHeight); };
    std::optional<QPair<int, int>> first;
    double firstTop = std::numeric_limits<double>::max();
    const auto consider = [&](double top, QPair<int, int> where) {
        if (top < firstTop && !breaks.contains(where)) {
            firstTop = top;
            first = where;
        }
    };
    const double keepWithHeading = m_style.px(60);
    for (int ordinal = 0; ordinal < writer.headingPositions().size(); ++ordinal) {
        const QTextBlock block = m_document->findBlock(writer.headingPositions().at(ordinal));
        if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        if (pageOf(rect.top()) != pageOf(rect.bottom() + keepWithHeading))
            consider(rect.top(), {ReportTextWriter::kHeading, ordinal});
    }
    for (const ReportTextWriter::WrittenRow &written : writer.writtenRows()) {
        double top = std::numeric_limits<double>::max();
        double bottom = 0;
        for (int column = 0; column < written.part->columns(); ++column) {
            const QTextTableCell cell = written.part->cellAt(written.partRow, column);
            if (cell.row() != written.partRow || cell.column() != column)
                continue; // covered by a merged cell
            top = std::min(
                top, layout->blockBoundingRect(m_document->findBlock(cell.firstPosition())).top());
            bottom = std::max(
                bottom,
                layout->blockBoundingRect(m_document->findBlock(cell.lastPosition())).bottom());
        }
        // A row taller than a third of a page may break between its lines.
        if (bottom > top && bottom - top <= pageHeight / 3 && pageOf(top) != pageOf(bottom - 1))
            consider(top, {written.table, written.row});
    }
    return first;
}

} // namespace laatu
