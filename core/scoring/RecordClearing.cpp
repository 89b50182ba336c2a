#include "RecordClearing.h"

#include "EvidenceFigures.h"

namespace laatu::RecordClearing {

ReviewDocument withoutRecords(const ReviewDocument &document, const Instrument &instrument)
{
    if (document.workbook.records.isEmpty())
        return document;
    ReviewDocument cleared = document;
    for (const Criterion &criterion : instrument.criteria()) {
        if (criterion.figures.size() != criterion.rule.inputs.size())
            continue;
        const CriterionFigures figures = EvidenceFigures::resolve(instrument, criterion, document,
                                                                  instrument.languages().value(0));
        for (int i = 0; i < figures.inputs.size(); ++i) {
            const ResolvedFigure &figure = figures.inputs.at(i);
            if (figure.origin != FigureOrigin::Workbook
                || criterion.figures.at(i).table != WorkbookTable::Records)
                continue;
            // Exact: a figure from counts and days is whole, a sum keeps its decimals.
            cleared.numbers << EvidenceNumber {criterion.id, criterion.rule.inputs.at(i).key,
                                               figure.value->toString(9)};
        }
    }
    cleared.workbook.records.clear();
    cleared.workbook.recordsCleared = true;
    cleared.normalize();
    return cleared;
}

} // namespace laatu::RecordClearing
