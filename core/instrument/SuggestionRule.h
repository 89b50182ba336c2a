#pragma once

#include "Band.h"
#include "ExactNumber.h"
#include "LocalizedText.h"

#include <QList>
#include <QString>

#include <optional>

namespace laatu {

// What kind of evidence a criterion's suggestion rests on.
enum class RuleKind {
    Descriptive, // the reviewers judge against the anchors; no suggestion
    NumericBands, // a number (ratio, share, mean) falls into one of the bands
    CountedElements, // n of a list of elements are present
};

// How the number of a numeric rule is derived from the two inputs the reviewers collect.
enum class ValueComputation {
    Ratio, // first / second, e.g. clients per full-time coach
    Percent, // 100 * first / second, e.g. competitive jobs of all jobs
};

struct EvidenceInput
{
    QString key;
    LocalizedText label;
};

struct ChecklistElement
{
    QString key;
    LocalizedText label;
};

// The rule that turns evidence into a suggested rating. Which members matter depends on kind.
// The reviewer's own rating always wins; a suggestion is only offered.
struct SuggestionRule
{
    RuleKind kind = RuleKind::Descriptive;

    // NumericBands
    LocalizedText quantity;
    ValueComputation computation = ValueComputation::Ratio;
    QList<EvidenceInput> inputs; // exactly two: numerator, denominator
    std::optional<ExactNumber> minimum;
    std::optional<ExactNumber> maximum;
    QList<Band> bands;

    // CountedElements
    QList<ChecklistElement> elements;
    QList<int> ratingByCount; // index = number of elements present, 0..elements.size()

    bool acceptsValue(const ExactNumber &value) const;
    // The band's rating for `value`; nullopt when the rule is not numeric or the value lies
    // outside the rule's domain (e.g. a share above 100 %).
    std::optional<int> suggestForValue(const ExactNumber &value) const;
    // The rating for `present` elements; nullopt when the rule is not counted or the count is
    // out of range.
    std::optional<int> suggestForCount(int present) const;
    // The rule's number computed exactly from its two inputs; nullopt for a zero denominator,
    // a negative input or a non-numeric rule.
    std::optional<ExactNumber> valueFromInputs(const ExactNumber &first,
                                               const ExactNumber &second) const;
};

} // namespace laatu
