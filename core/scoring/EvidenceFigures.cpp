#include "EvidenceFigures.h"

#include <algorithm>

namespace laatu {

bool CriterionFigures::fromWorkbook() const
{
    return std::any_of(inputs.cbegin(), inputs.cend(), [](const ResolvedFigure &figure) {
        return figure.origin == FigureOrigin::Workbook;
    });
}

bool CriterionFigures::anyTyped() const
{
    return std::any_of(inputs.cbegin(), inputs.cend(), [](const ResolvedFigure &figure) {
        return figure.origin == FigureOrigin::Typed;
    });
}

QStringList CriterionFigures::problems() const
{
    QStringList all;
    for (const ResolvedFigure &figure : inputs)
        if (figure.origin != FigureOrigin::Typed)
            for (const QString &problem : figure.computed.problems)
                if (!all.contains(problem))
                    all << problem;
    return all;
}

CriterionFigures EvidenceFigures::resolve(const Instrument &instrument, const Criterion &criterion,
                                          const ReviewDocument &document, const QString &language)
{
    CriterionFigures result;
    const SuggestionRule &rule = criterion.rule;
    if (rule.kind != RuleKind::NumericBands)
        return result;
    for (int i = 0; i < rule.inputs.size(); ++i) {
        ResolvedFigure figure;
        if (i < criterion.figures.size()) {
            const FigureSource &source = criterion.figures.at(i);
            figure.hasSource = true;
            figure.computed
                = WorkbookFigure::compute(instrument, source, document.workbook, language);
        }
        const auto typed = std::find_if(document.numbers.cbegin(), document.numbers.cend(),
                                        [&](const EvidenceNumber &number) {
                                            return number.criterionId == criterion.id
                                                && number.inputKey == rule.inputs.at(i).key;
                                        });
        if (typed != document.numbers.cend() && ExactNumber::parse(typed->value)) {
            figure.value = ExactNumber::parse(typed->value);
            figure.origin = FigureOrigin::Typed;
        } else if (figure.computed.value) {
            figure.value = figure.computed.value;
            figure.origin = FigureOrigin::Workbook;
            int &rows = criterion.figures.at(i).table == WorkbookTable::Coaches ? result.coaches
                                                                                : result.records;
            rows = std::max(rows, figure.computed.rows);
        }
        result.inputs << figure;
    }
    if (result.inputs.size() == 2 && result.inputs.at(0).value && result.inputs.at(1).value)
        result.value = rule.valueFromInputs(*result.inputs.at(0).value, *result.inputs.at(1).value);
    if (result.value)
        result.suggestion = rule.suggestForValue(*result.value);
    return result;
}

QString EvidenceFigures::restsOn(const CriterionFigures &figures)
{
    QStringList parts;
    if (figures.coaches > 0)
        parts << tr("%n coach(es)", nullptr, figures.coaches);
    if (figures.records > 0)
        parts << tr("%n record(s)", nullptr, figures.records);
    return parts.join(QStringLiteral(", "));
}

} // namespace laatu
