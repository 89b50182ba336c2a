#include "ReportEvidence.h"

#include "ReportStrings.h"

#include "instrument/Criterion.h"
#include "instrument/Instrument.h"
#include "review/ReviewDocument.h"
#include "scoring/EvidenceFigures.h"
#include "text/TextRules.h"

#include <algorithm>

namespace laatu {

namespace {
const QString kDash = QStringLiteral("\u2013");

// Figures are exact fractions ("6.5", 85/4); the report shows them with the language's
// decimal separator.
QString localNumber(const ExactNumber &number, const ReportStrings &strings)
{
    QString text = number.toString(2);
    if (strings.locale().decimalPoint() != QLatin1String("."))
        text.replace(QLatin1Char('.'), strings.locale().decimalPoint());
    return text;
}

QString localNumber(const std::optional<ExactNumber> &number, const ReportStrings &strings)
{
    return number ? localNumber(*number, strings) : kDash;
}

// "computed from 8 records": one string per number form, as the three languages need no more
// (Finnish and Swedish say "1" and "8" records each their own way, as English does).
QString computedFrom(WorkbookTable table, int rows, const ReportStrings &s)
{
    if (table == WorkbookTable::Coaches)
        return rows == 1
            ? s.text(QT_TRANSLATE_NOOP("Report", "computed from 1 coach"))
            : s.text(QT_TRANSLATE_NOOP("Report", "computed from %1 coaches")).arg(s.number(rows));
    return rows == 1
        ? s.text(QT_TRANSLATE_NOOP("Report", "computed from 1 record"))
        : s.text(QT_TRANSLATE_NOOP("Report", "computed from %1 records")).arg(s.number(rows));
}

QString origin(const ResolvedFigure &figure, const FigureSource *source, const ReportStrings &s)
{
    switch (figure.origin) {
    case FigureOrigin::Typed:
        // A typed figure wins; when the workbook gives another, the reader sees both.
        if (figure.computed.value && figure.computed.value != figure.value)
            return s
                .text(QT_TRANSLATE_NOOP("Report", "typed by a reviewer (the workbook gives %1)"))
                .arg(localNumber(*figure.computed.value, s));
        return s.text(QT_TRANSLATE_NOOP("Report", "typed by a reviewer"));
    case FigureOrigin::Workbook:
        return source ? computedFrom(source->table, figure.computed.rows, s) : QString();
    case FigureOrigin::Missing:
        break;
    }
    // The problems themselves are in the workbook, in the language of the app: the report
    // says only that the figure waits for a correction.
    if (!figure.computed.problems.isEmpty())
        return s.text(QT_TRANSLATE_NOOP("Report", "not computed: a workbook row needs correcting"));
    return s.text(QT_TRANSLATE_NOOP("Report", "not given"));
}

// The codes of the records a computed figure rests on. Each row is asked on its own whether
// WorkbookFigure counts it, so which rows count is decided in one place only.
QStringList recordCodes(const Instrument &instrument, const FigureSource &source,
                        const Workbook &workbook, const QString &language)
{
    QStringList codes;
    const QList<WorkbookRow> &rows = WorkbookFigure::rowsOf(workbook, source.table);
    for (int i = 0; i < rows.size(); ++i) {
        Workbook one;
        (source.table == WorkbookTable::Coaches ? one.coaches : one.records) << rows.at(i);
        if (WorkbookFigure::compute(instrument, source, one, language).rows == 0)
            continue;
        // A code stored before the text rules could hold control characters.
        codes << (rows.at(i).code.isEmpty()
                      ? QString::number(i + 1)
                      : TextRules::printable(rows.at(i).code, TextRules::Kind::Name));
    }
    return codes;
}

// One line for the criteria table: where the figures behind the rule's number come from.
QString originInBrief(const CriterionFigures &figures, const ReportStrings &s)
{
    const bool typed = figures.anyTyped();
    const bool computed = figures.fromWorkbook();
    if (typed && computed)
        return s.text(
            QT_TRANSLATE_NOOP("Report", "Partly typed, partly computed from the workbook"));
    if (computed)
        return s.text(QT_TRANSLATE_NOOP("Report", "Computed from the workbook"));
    return typed ? s.text(QT_TRANSLATE_NOOP("Report", "Typed by a reviewer")) : QString();
}
} // namespace

QStringList ReportEvidence::summarize(const Instrument &instrument, const Criterion &criterion,
                                      const ReviewDocument &review,
                                      const QList<QString> &sourceNames,
                                      const ReportStrings &strings)
{
    const QString language = strings.language();
    const SuggestionRule &rule = criterion.rule;
    QStringList lines;
    if (rule.kind == RuleKind::NumericBands) {
        const CriterionFigures figures
            = EvidenceFigures::resolve(instrument, criterion, review, language);
        if (figures.value) {
            // One line: the number the rule rates, the two figures behind it and the rating the
            // bands suggest ("Clients per full-time coach: 21.25 (85 / 4) → 4").
            QString line
                = QStringLiteral("%1: %2 (%3\u202f/\u202f%4)")
                      .arg(rule.quantity.text(language), localNumber(*figures.value, strings),
                           localNumber(figures.inputs.at(0).value, strings),
                           localNumber(figures.inputs.at(1).value, strings));
            if (figures.suggestion)
                line += QStringLiteral(" \u2192 %1").arg(*figures.suggestion);
            lines << line;
        } else {
            for (int i = 0; i < figures.inputs.size() && i < rule.inputs.size(); ++i) {
                if (figures.inputs.at(i).value)
                    lines << QStringLiteral("%1: %2").arg(
                        rule.inputs.at(i).label.text(language),
                        localNumber(figures.inputs.at(i).value, strings));
            }
        }
        if (const QString from = originInBrief(figures, strings); !from.isEmpty())
            lines << from;
    } else if (rule.kind == RuleKind::CountedElements) {
        int checked = 0;
        int present = 0;
        for (const ElementCheck &element : review.elements) {
            if (element.criterionId != criterion.id)
                continue;
            ++checked;
            present += element.present ? 1 : 0;
        }
        if (checked > 0) {
            QString line = strings.text(QT_TRANSLATE_NOOP("Report", "Elements present: %1 of %2"))
                               .arg(present)
                               .arg(rule.elements.size());
            if (const auto suggested = rule.suggestForCount(present))
                line += QStringLiteral(" \u2192 %1").arg(*suggested);
            lines << line;
        }
    }
    if (!sourceNames.isEmpty())
        lines << strings.text(QT_TRANSLATE_NOOP("Report", "Notes: %1"))
                     .arg(sourceNames.join(QStringLiteral(", ")));
    return lines;
}

std::optional<ReportModel::FigureGroup>
ReportEvidence::figures(const Instrument &instrument, const Criterion &criterion,
                        const ReviewDocument &review, const ReportStrings &s, bool withRecordCodes)
{
    const QString language = s.language();
    const SuggestionRule &rule = criterion.rule;
    const CriterionFigures figures
        = EvidenceFigures::resolve(instrument, criterion, review, language);
    const bool any = std::any_of(
        figures.inputs.cbegin(), figures.inputs.cend(), [](const ResolvedFigure &figure) {
            return figure.origin != FigureOrigin::Missing || !figure.computed.problems.isEmpty();
        });
    if (!any)
        return std::nullopt;
    ReportModel::FigureGroup group;
    group.criterionLabel
        = ReportStrings::numbered(criterion.number, criterion.title.text(language));
    for (int i = 0; i < figures.inputs.size() && i < rule.inputs.size(); ++i) {
        const ResolvedFigure &figure = figures.inputs.at(i);
        const FigureSource *source
            = i < criterion.figures.size() ? &criterion.figures.at(i) : nullptr;
        ReportModel::FigureLine line;
        line.label = rule.inputs.at(i).label.text(language);
        line.value = localNumber(figure.value, s);
        line.origin = origin(figure, source, s);
        if (withRecordCodes && source && figure.origin == FigureOrigin::Workbook
            && source->table == WorkbookTable::Records)
            line.recordCodes = s.text(QT_TRANSLATE_NOOP("Report", "Records: %1"))
                                   .arg(recordCodes(instrument, *source, review.workbook, language)
                                            .join(QStringLiteral(", ")));
        group.inputs << line;
    }
    group.quantity = rule.quantity.text(language);
    group.value = localNumber(figures.value, s);
    if (figures.suggestion)
        group.suggestion = s.text(QT_TRANSLATE_NOOP("Report", "Suggested rating: %1"))
                               .arg(s.number(*figures.suggestion));
    else if (figures.value)
        group.suggestion = s.text(
            QT_TRANSLATE_NOOP("Report", "No suggestion: the value is outside the rule's range"));
    else
        group.suggestion
            = s.text(QT_TRANSLATE_NOOP("Report", "No suggestion until both figures are given"));
    return group;
}

} // namespace laatu
