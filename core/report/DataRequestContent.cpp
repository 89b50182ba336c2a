#include "DataRequestContent.h"

#include "ReportStyle.h"
#include "ReportTextWriter.h"

namespace laatu {

namespace {
using Cell = ReportTextWriter::Cell;
using RowKind = ReportTextWriter::RowKind;
// The resolution of a screen: the plain document is only read, never painted.
constexpr double kScreenDotsPerInch = 96;
} // namespace

DataRequestContent::DataRequestContent(const DataRequestModel &model, ReportTextWriter &writer)
    : m_model(model)
    , m_writer(writer)
{ }

void DataRequestContent::write()
{
    writeOpening();
    writeItems();
    writeFigures();
    writeEvidence();
    m_writer.paragraph(m_model.closing, ReportStyle::kBodySize, false, false, 8);
    m_writer.paragraph(m_model.generatedText, ReportStyle::kSmallSize, true);
}

PagedDocument DataRequestContent::paged(const DataRequestModel &model)
{
    return {model.language,
            model.siteName,
            model.author,
            {model.headerText, model.title, QString(), model.footerText},
            [model](ReportTextWriter &writer) { DataRequestContent(model, writer).write(); }};
}

std::unique_ptr<QTextDocument> DataRequestContent::document(const DataRequestModel &model)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    ReportTextWriter writer(*document, ReportStyle(kScreenDotsPerInch));
    DataRequestContent(model, writer).write();
    return document;
}

void DataRequestContent::endTable()
{
    m_writer.endTable();
    // The space after a table is an empty block of its own rather than the table's margin
    // and the block Qt keeps after it: in that block, a heading moved to the next page was
    // laid out a page further still (an empty page between), and a paragraph's line could
    // straddle the page break; and a margin reaching over the foot of a page repeated the
    // table's header row alone on the next.
    m_writer.spacer(10);
}

void DataRequestContent::writeOpening()
{
    // A letter, not a cover: the title starts the first page and the text follows at once.
    m_writer.paragraph(m_model.kicker.toUpper(), 9, true, true, 6);
    m_writer.paragraph(m_model.title, 20, false, true, 4);
    m_writer.paragraph(m_model.siteName, 14, false, false, 10);
    m_writer.beginTable({{QString(), 30}, {QString(), 70}}, false, 0);
    for (const DataRequestModel::Field &field : m_model.fields)
        m_writer.addRow({Cell {field.label, false, true, ReportStyle::kBodySize},
                         Cell {field.value, false, false, ReportStyle::kBodySize}});
    endTable();
    m_writer.paragraph(m_model.intro, ReportStyle::kBodySize, false, false, 6);
}

void DataRequestContent::writeItems()
{
    m_writer.heading(m_model.prepareHeading, 1);
    if (m_model.providers.isEmpty()) {
        m_writer.paragraph(m_model.noItemsText, ReportStyle::kBodySize, true);
        return;
    }
    for (const DataRequestModel::ProviderGroup &provider : m_model.providers) {
        m_writer.heading(provider.name, 2);
        // The criterion column holds the longest Swedish compound of a title unbroken
        // ("arbetsgivarkontakterna"), as in the report's criteria table.
        m_writer.beginTable(
            {{m_model.prepareHeaders.value(0), 62}, {m_model.prepareHeaders.value(1), 38}}, true,
            0);
        for (const DataRequestModel::Item &item : provider.items)
            m_writer.addRow({Cell {item.text}, Cell {item.criterion, false, true}});
        endTable();
    }
}

void DataRequestContent::writeFigures()
{
    if (m_model.figuresHeading.isEmpty())
        return;
    m_writer.heading(m_model.figuresHeading, 1);
    m_writer.paragraph(m_model.figuresIntro);
    for (const DataRequestModel::FigureGroup &group : m_model.figureGroups) {
        m_writer.heading(group.heading, 2);
        m_writer.bulletList(group.figures);
    }
    m_writer.spacer(4);
    m_writer.paragraph(m_model.pseudonymNote, ReportStyle::kBodySize, false, true);
}

void DataRequestContent::writeEvidence()
{
    m_writer.heading(m_model.evidenceHeading, 1);
    m_writer.paragraph(m_model.evidenceIntro);
    m_writer.beginTable(
        {{m_model.evidenceHeaders.value(0), 58}, {m_model.evidenceHeaders.value(1), 42}}, true, 0);
    for (const DataRequestModel::EvidenceSection &section : m_model.evidence) {
        m_writer.addRow({Cell {section.name}}, RowKind::Group);
        for (const DataRequestModel::EvidenceRow &row : section.rows)
            m_writer.addRow({Cell {row.criterion}, Cell {row.sources}});
    }
    endTable();
}

} // namespace laatu
