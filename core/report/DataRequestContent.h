#pragma once

#include "DataRequestModel.h"
#include "ReportDocument.h"

#include <QTextDocument>

#include <memory>

namespace laatu {

class ReportTextWriter;

// What the data request letter says, in the report's typographic vocabulary: the opening with
// the service, visit and reviewers, what each provider has ready, the figures collected on the
// visit and the evidence of each criterion. The letter is laid out, paginated and written to
// PDF and ODT by the report's own machinery (ReportDocument, ReportRenderer, ReportOdt), so it
// looks like the report it leads to.
class DataRequestContent
{
public:
    DataRequestContent(const DataRequestModel &model, ReportTextWriter &writer);

    void write();

    // The letter as a document for ReportRenderer (PDF, print) and ReportOdt; it holds its
    // own copy of the model.
    static PagedDocument paged(const DataRequestModel &model);
    // The letter's text without a page layout (its plain text, tests).
    static std::unique_ptr<QTextDocument> document(const DataRequestModel &model);

private:
    void writeOpening();
    void writeItems();
    void writeFigures();
    void writeEvidence();
    void endTable();

    const DataRequestModel &m_model;
    ReportTextWriter &m_writer;
};

} // namespace laatu
