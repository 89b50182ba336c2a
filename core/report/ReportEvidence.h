#pragma once

#include "ReportModel.h"

#include <QStringList>

#include <optional>

namespace laatu {

class Instrument;
class ReportStrings;
struct Criterion;
struct ReviewDocument;

// The evidence behind one criterion, for the criteria table in brief (the rule's number from
// its two figures and whether they were typed or computed from the workbook, how many elements
// are present, which sources have notes) and for the appendix in full (each figure, its value
// and where it comes from). The notes' text is not here: it goes into the report only when
// chosen. The figures are EvidenceFigures', so the report says what the criterion page says.
class ReportEvidence
{
public:
    static QStringList summarize(const Instrument &instrument, const Criterion &criterion,
                                 const ReviewDocument &review, const QList<QString> &sourceNames,
                                 const ReportStrings &strings);
    // The appendix entry of a numeric criterion; nullopt when it has no figure, typed or
    // computed (nor a workbook problem that keeps one from being computed). The records' codes
    // are named only with `withRecordCodes`.
    static std::optional<ReportModel::FigureGroup>
    figures(const Instrument &instrument, const Criterion &criterion, const ReviewDocument &review,
            const ReportStrings &strings, bool withRecordCodes);
};

} // namespace laatu
