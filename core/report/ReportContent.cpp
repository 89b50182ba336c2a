#include "ReportContent.h"

#include "ReportChart.h"
#include "ReportTextWriter.h"

#include <algorithm>

namespace laatu {

namespace {
using Cell = ReportTextWriter::Cell;
using Column = ReportTextWriter::Column;
using RowKind = ReportTextWriter::RowKind;
constexpr auto kRight = Qt::AlignRight;
constexpr auto kCentre = Qt::AlignHCenter;
} // namespace

ReportContent::ReportContent(const ReportModel &model, ReportTextWriter &writer)
    : m_model(model)
    , m_writer(writer)
{ }

void ReportContent::write()
{
    writeCover();
    writeSummary();
    writeCriteria();
    writeAgreement();
    writeFindings();
    writeActions();
    writeChange();
    writeNotes();
    writeSignatures();
    writeFigures();
}

void ReportContent::writeCover()
{
    m_writer.spacer(70);
    m_writer.paragraph(m_model.coverKicker.toUpper(), 9, true, true, 10);
    m_writer.paragraph(m_model.title, 24, false, true, 6);
    m_writer.paragraph(m_model.siteName, 16, false, false, 0);
    m_writer.spacer(22);
    m_writer.beginTable({{QString(), 32}, {QString(), 68}}, false, 26);
    for (const ReportModel::Field &field : m_model.coverFields)
        m_writer.addRow({Cell {field.label, false, true, ReportStyle::kBodySize},
                         Cell {field.value, false, false, ReportStyle::kBodySize}});
    m_writer.endTable();
    m_writer.beginTable({{QString(), 32}, {QString(), 68}}, false, 26);
    for (const ReportModel::Field &field : m_model.keyFigures)
        m_writer.addRow({Cell {field.label, true, false, ReportStyle::kBodySize},
                         Cell {field.value, true, false, ReportStyle::kBodySize}},
                        RowKind::Emphasis);
    m_writer.endTable();
    if (!m_model.incompleteText.isEmpty())
        m_writer.paragraph(m_model.incompleteText, ReportStyle::kBodySize, true);
    m_writer.paragraph(m_model.generatedText, ReportStyle::kSmallSize, true);
}

void ReportContent::writeSummary()
{
    m_writer.heading(m_model.summaryHeading, 1, true);
    m_writer.beginTable({{m_model.keyFigures.value(0).label, 34, kCentre},
                         {m_model.keyFigures.value(1).label, 33, kCentre},
                         {m_model.keyFigures.value(2).label, 33, kCentre}},
                        true, 8);
    QList<Cell> figures;
    for (const ReportModel::Field &field : m_model.keyFigures)
        figures << Cell {field.value, true, false, 14};
    m_writer.addRow(figures, RowKind::Emphasis);
    m_writer.endTable();
    if (!m_model.incompleteText.isEmpty())
        m_writer.paragraph(m_model.incompleteText, ReportStyle::kBodySize, true);

    m_writer.heading(m_model.chartHeading, 2);
    m_writer.object(ReportChart::kObjectType);

    m_writer.heading(m_model.sectionsHeading, 2);
    m_writer.beginTable({{m_model.sectionHeaders.value(0), 46},
                         {m_model.sectionHeaders.value(1), 18, kRight},
                         {m_model.sectionHeaders.value(2), 18, kRight},
                         {m_model.sectionHeaders.value(3), 18, kRight}});
    for (const ReportModel::SectionRow &section : m_model.sections)
        m_writer.addRow(
            {Cell {section.name}, Cell {QString::number(section.criteria)},
             Cell {section.scoreText},
             Cell {section.meanText.isEmpty() ? QStringLiteral("\u2013") : section.meanText}});
    m_writer.endTable();

    m_writer.heading(m_model.levelBandsHeading, 2);
    m_writer.beginTable({{m_model.levelBandHeaders.value(0), 26},
                         {m_model.levelBandHeaders.value(1), 14, kRight},
                         {m_model.levelBandHeaders.value(2), 60}});
    for (const ReportModel::LevelBand &band : m_model.levelBands)
        m_writer.addRow({Cell {band.name}, Cell {band.range}, Cell {band.description}},
                        band.reached ? RowKind::Emphasis : RowKind::Body);
    m_writer.endTable();
}

void ReportContent::writeCriteria()
{
    m_writer.heading(m_model.criteriaHeading, 1, true);
    const QStringList &headers = m_model.criteriaHeaders;
    // The title column holds the longest Swedish compound of a title unbroken
    // ("arbetsgivarkontakterna"), and the rating column its header ("Pistemäärä").
    m_writer.beginTable({{headers.value(0), 5, kRight},
                         {headers.value(1), 27},
                         {headers.value(2), 14, kCentre},
                         {headers.value(3), 26},
                         {headers.value(4), 28}});
    int section = -1;
    for (const ReportModel::CriterionRow &row : m_model.criteria) {
        if (row.sectionIndex != section) {
            section = row.sectionIndex;
            const ReportModel::SectionRow sectionRow = m_model.sections.value(section);
            m_writer.addRow(
                {Cell {QStringLiteral("%1\u2003%2")
                           .arg(m_model.chartSectionNames.value(section), sectionRow.scoreText)}},
                RowKind::Group);
        }
        m_writer.addRow({Cell {QString::number(row.number), false, true}, Cell {row.title, true},
                         Cell {row.ratingText, true}, Cell {row.anchor},
                         Cell {row.evidence.join(QLatin1Char('\n')), false, true}});
    }
    m_writer.endTable();
}

void ReportContent::writeAgreement()
{
    if (!m_model.hasAgreement)
        return;
    m_writer.heading(m_model.agreementHeading, 1);
    m_writer.paragraph(m_model.agreementIntro);
    m_writer.beginTable({{QString(), 40}, {QString(), 60}}, false, 10);
    for (const ReportModel::Field &field : m_model.agreementFigures)
        m_writer.addRow({Cell {field.label, false, true}, Cell {field.value, true}});
    m_writer.endTable();
    if (m_model.agreementRows.isEmpty()) {
        m_writer.paragraph(m_model.agreementAllSame);
    } else {
        const int raters = static_cast<int>(m_model.agreementHeaders.size()) - 3;
        QList<Column> columns {{m_model.agreementHeaders.value(0), 6, kRight},
                               {m_model.agreementHeaders.value(1), 44}};
        const double raterWidth = 36.0 / std::max(1, raters);
        for (int r = 0; r < raters; ++r)
            columns << Column {m_model.agreementHeaders.value(2 + r), raterWidth, kCentre};
        // Room for "Konsensus" unbroken, also where the word processor lays it out.
        columns << Column {m_model.agreementHeaders.constLast(), 14, kCentre};
        m_writer.beginTable(columns);
        for (const ReportModel::AgreementRow &row : m_model.agreementRows) {
            QList<Cell> cells {Cell {QString::number(row.number), false, true}, Cell {row.title}};
            for (const QString &rating : row.ratings)
                cells << Cell {rating};
            cells << Cell {row.consensus, true};
            m_writer.addRow(cells, row.spread >= 2 ? RowKind::Emphasis : RowKind::Body);
        }
        m_writer.endTable();
    }
    if (m_model.agreementReasons.isEmpty())
        return;
    m_writer.heading(m_model.agreementReasonsHeading, 2);
    for (const ReportModel::Field &reason : m_model.agreementReasons)
        m_writer.labelledParagraph(reason.label, reason.value);
}

void ReportContent::writeFindings()
{
    m_writer.heading(m_model.findingsHeading, 1);
    if (m_model.findings.isEmpty()) {
        m_writer.paragraph(m_model.noFindingsText, ReportStyle::kBodySize, true);
        return;
    }
    for (const ReportModel::FindingGroup &group : m_model.findings) {
        m_writer.heading(group.criterionLabel, 2);
        if (!group.strengths.isEmpty()) {
            m_writer.paragraph(m_model.strengthsLabel, ReportStyle::kSmallSize, true, true, 2);
            m_writer.bulletList(group.strengths);
        }
        if (!group.recommendations.isEmpty()) {
            m_writer.paragraph(m_model.recommendationsLabel, ReportStyle::kSmallSize, true, true,
                               2);
            m_writer.bulletList(group.recommendations);
        }
    }
}

void ReportContent::writeActions()
{
    m_writer.heading(m_model.actionsHeading, 1);
    if (m_model.actions.isEmpty()) {
        m_writer.paragraph(m_model.noActionsText, ReportStyle::kBodySize, true);
        return;
    }
    const QStringList &headers = m_model.actionHeaders;
    m_writer.beginTable({{headers.value(0), 48},
                         {headers.value(1), 22},
                         {headers.value(2), 15},
                         {headers.value(3), 15}});
    for (const ReportModel::ActionRow &action : m_model.actions)
        m_writer.addRow({Cell {action.what}, Cell {action.who}, Cell {action.due},
                         Cell {action.status, false, true}});
    m_writer.endTable();
}

void ReportContent::writeChange()
{
    if (!m_model.hasChange)
        return;
    m_writer.heading(m_model.changeHeading, 1);
    m_writer.paragraph(m_model.changeIntro);
    const QStringList &headers = m_model.changeHeaders;
    m_writer.beginTable({{headers.value(0), 6, kRight},
                         {headers.value(1), 52},
                         {headers.value(2), 14, kCentre},
                         {headers.value(3), 14, kCentre},
                         {headers.value(4), 14, kCentre}});
    for (const ReportModel::ChangeRow &row : m_model.changes)
        m_writer.addRow({Cell {QString::number(row.number), false, true}, Cell {row.title},
                         Cell {row.previous}, Cell {row.current},
                         Cell {row.change, row.delta != 0}});
    const ReportModel::ChangeRow &total = m_model.totalChange;
    m_writer.addRow({Cell {}, Cell {total.title}, Cell {total.previous}, Cell {total.current},
                     Cell {total.change}},
                    RowKind::Emphasis);
    m_writer.endTable();
}

void ReportContent::writeNotes()
{
    if (!m_model.hasNotes)
        return;
    m_writer.heading(m_model.notesHeading, 1);
    m_writer.paragraph(m_model.notesIntro, ReportStyle::kBodySize, true);
    for (const ReportModel::NoteGroup &group : m_model.notes) {
        m_writer.heading(group.criterionLabel, 2);
        for (const ReportModel::Field &note : group.notes)
            m_writer.labelledParagraph(note.label, note.value);
        if (!group.consensusReason.isEmpty())
            m_writer.labelledParagraph(m_model.notesReasonLabel, group.consensusReason);
    }
}

void ReportContent::writeSignatures()
{
    m_writer.heading(m_model.signaturesHeading, 1);
    // One block per reviewer: space to sign, a rule, the printed name.
    m_writer.beginTable({{m_model.signatureDateLabel, 45}, {m_model.signatureLabel, 55}}, true, 4);
    for (const QString &name : m_model.signatureNames) {
        m_writer.addRow({Cell {QStringLiteral("\n\n")}, Cell {QStringLiteral("\n\n") + name}});
    }
    m_writer.endTable();
}

void ReportContent::writeFigures()
{
    if (!m_model.hasFigures)
        return;
    // An appendix: after the signatures, on a page of its own.
    m_writer.heading(m_model.figuresHeading, 1, true);
    m_writer.paragraph(m_model.figuresIntro, ReportStyle::kBodySize, true);
    // Per criterion a heading, which the layout keeps with its rows, and a small table: the two
    // figures, then the rule's number and what it suggests.
    for (const ReportModel::FigureGroup &group : m_model.figures) {
        m_writer.heading(group.criterionLabel, 2);
        m_writer.beginTable({{QString(), 50}, {QString(), 14, kRight}, {QString(), 36}}, false, 4);
        for (const ReportModel::FigureLine &line : group.inputs) {
            const QString origin = line.recordCodes.isEmpty()
                ? line.origin
                : line.origin + QLatin1Char('\n') + line.recordCodes;
            m_writer.addRow({Cell {line.label}, Cell {line.value}, Cell {origin, false, true}});
        }
        m_writer.addRow({Cell {group.quantity}, Cell {group.value}, Cell {group.suggestion}},
                        RowKind::Emphasis);
        m_writer.endTable();
    }
}

} // namespace laatu
