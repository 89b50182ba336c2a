#include "VisitPlanContent.h"

#include "ReportStyle.h"
#include "ReportTextWriter.h"

namespace laatu {

namespace {
using Cell = ReportTextWriter::Cell;
// The resolution of a screen: the plain document is only read, never painted.
constexpr double kScreenDotsPerInch = 96;
} // namespace

VisitPlanContent::VisitPlanContent(const VisitPlanModel &model, ReportTextWriter &writer)
    : m_model(model)
    , m_writer(writer)
{ }

PagedDocument VisitPlanContent::paged(const VisitPlanModel &model)
{
    return {model.language,
            model.siteName,
            model.author,
            {model.headerText, model.title, QString(), model.footerText},
            [model](ReportTextWriter &writer) { VisitPlanContent(model, writer).write(); }};
}

std::unique_ptr<QTextDocument> VisitPlanContent::document(const VisitPlanModel &model)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    ReportTextWriter writer(*document, ReportStyle(kScreenDotsPerInch));
    VisitPlanContent(model, writer).write();
    return document;
}

void VisitPlanContent::write()
{
    // The opening of the data request, so the two letters sent before a visit look alike.
    m_writer.paragraph(m_model.kicker.toUpper(), 9, true, true, 6);
    m_writer.paragraph(m_model.title, 20, false, true, 4);
    m_writer.paragraph(m_model.siteName, 14, false, false, 10);
    m_writer.beginTable({{QString(), 30}, {QString(), 70}}, false, 0);
    for (const VisitPlanModel::Field &field : m_model.fields)
        m_writer.addRow({Cell {field.label, false, true, ReportStyle::kBodySize},
                         Cell {field.value, false, false, ReportStyle::kBodySize}});
    m_writer.endTable();
    // An empty block of its own after each table rather than its margin (as the data
    // request: a margin reaching over a page's foot repeated the header row alone).
    m_writer.spacer(6);
    m_writer.paragraph(m_model.intro, ReportStyle::kBodySize, false, false, 4);
    // Before the agenda rather than after it: the last thing on a page of tables is the
    // short generated line, never a paragraph a page break could cut through.
    m_writer.paragraph(m_model.consentNote, ReportStyle::kBodySize, false, false, 6);
    if (m_model.days.isEmpty())
        m_writer.paragraph(m_model.emptyText, ReportStyle::kBodySize, true);
    for (qsizetype i = 0; i < m_model.days.size(); ++i) {
        const VisitPlanModel::Day &day = m_model.days.at(i);
        // Each day on a sheet of its own after the first: the page a reviewer carries that
        // day, and no day's last row left alone on the next page.
        m_writer.heading(day.heading, 1, i > 0);
        // The time column holds "08:30–09:00" on one line; what and with whom wrap.
        m_writer.beginTable({{m_model.headers.value(0), 15},
                             {m_model.headers.value(1), 37},
                             {m_model.headers.value(2), 28},
                             {m_model.headers.value(3), 20}},
                            true, 0);
        for (const VisitPlanModel::Row &row : day.rows)
            m_writer.addRow({Cell {row.time, true}, Cell {row.activity}, Cell {row.participants},
                             Cell {row.place, false, true}});
        m_writer.endTable();
        m_writer.spacer(6);
    }
    m_writer.paragraph(m_model.generatedText, ReportStyle::kSmallSize, true);
}

} // namespace laatu
