#pragma once

#include "ReportDocument.h"
#include "VisitPlanModel.h"

#include <QTextDocument>

#include <memory>

namespace laatu {

class ReportTextWriter;

// What the printed visit plan says, in the report's typographic vocabulary: the opening with
// the service, the visit and the reviewers as in the data request, then a table per day with
// time, what, with whom and where. Laid out, paginated and written to PDF and ODT by the
// report's machinery (ReportDocument, ReportRenderer, ReportOdt).
class VisitPlanContent
{
public:
    VisitPlanContent(const VisitPlanModel &model, ReportTextWriter &writer);

    void write();

    // The plan as a document for ReportRenderer (PDF, print) and ReportOdt; it holds its own
    // copy of the model.
    static PagedDocument paged(const VisitPlanModel &model);
    // The plan's text without a page layout (its plain text, tests).
    static std::unique_ptr<QTextDocument> document(const VisitPlanModel &model);

private:
    const VisitPlanModel &m_model;
    ReportTextWriter &m_writer;
};

} // namespace laatu
