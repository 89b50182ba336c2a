#pragma once

#include "ReportModel.h"

namespace laatu {

class ReportTextWriter;

// What the report says, section by section, in the writer's vocabulary: the cover, the
// summary with the bar chart, the tables, findings, actions, change, notes, signatures and the
// appendix on the figures.
// Layout and pagination are not its concern, so the PDF, the ODT and the tests' reference
// layout (tests/report/ReportDocumentOracle) all write the same content.
class ReportContent
{
public:
    ReportContent(const ReportModel &model, ReportTextWriter &writer);

    void write();

private:
    void writeCover();
    void writeSummary();
    void writeCriteria();
    void writeAgreement();
    void writeFindings();
    void writeActions();
    void writeChange();
    void writeNotes();
    void writeSignatures();
    void writeFigures();

    const ReportModel &m_model;
    ReportTextWriter &m_writer;
};

} // namespace laatu
