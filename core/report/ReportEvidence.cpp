#include "ReportEvidence.h"

#include "ReportStrings.h"

#include "instrument/Criterion.h"
#include "review/ReviewDocument.h"

namespace laatu {

namespace {
// Evidence numbers are kept as the exact text typed ("6.5"); the report shows them with the
// language's decimal separator.
QString localNumber(const ExactNumber &number, const ReportStrings &strings)
{
    QString text = number.toString(2);
    if (strings.locale().decimalPoint() != QLatin1String("."))
        text.replace(QLatin1Char('.'), strings.locale().decimalPoint());
    return text;
}
} // namespace

QStringList ReportEvidence::summarize(const Criterion &criterion, const ReviewDocument &review,
                                      const QList<QString> &sourceNames,
                                      const ReportStrings &strings)
{
    const QString language = strings.language();
    const SuggestionRule &rule = criterion.rule;
    QStringList lines;
    if (rule.kind == RuleKind::NumericBands) {
        QList<std::optional<ExactNumber>> values;
        for (const EvidenceInput &input : rule.inputs) {
            std::optional<ExactNumber> value;
            for (const EvidenceNumber &number : review.numbers) {
                if (number.criterionId == criterion.id && number.inputKey == input.key)
                    value = ExactNumber::parse(number.value);
            }
            values << value;
        }
        const std::optional<ExactNumber> value = values.size() == 2 && values.at(0) && values.at(1)
            ? rule.valueFromInputs(*values.at(0), *values.at(1))
            : std::nullopt;
        if (value) {
            // One line: the number the rule rates, the two counts behind it and the rating the
            // bands suggest ("Clients per full-time coach: 21.25 (85 / 4) → 4").
            QString line = QStringLiteral("%1: %2 (%3\u202f/\u202f%4)")
                               .arg(rule.quantity.text(language), localNumber(*value, strings),
                                    localNumber(*values.at(0), strings),
                                    localNumber(*values.at(1), strings));
            if (const auto suggested = rule.suggestForValue(*value))
                line += QStringLiteral(" \u2192 %1").arg(*suggested);
            lines << line;
        } else {
            for (int i = 0; i < values.size() && i < rule.inputs.size(); ++i) {
                if (values.at(i))
                    lines << QStringLiteral("%1: %2").arg(rule.inputs.at(i).label.text(language),
                                                          localNumber(*values.at(i), strings));
            }
        }
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

} // namespace laatu
