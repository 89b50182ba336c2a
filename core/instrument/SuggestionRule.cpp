#include "SuggestionRule.h"

namespace laatu {

bool SuggestionRule::acceptsValue(const ExactNumber &value) const
{
    if (minimum && value < *minimum)
        return false;
    if (maximum && value > *maximum)
        return false;
    return true;
}

std::optional<int> SuggestionRule::suggestForValue(const ExactNumber &value) const
{
    if (kind != RuleKind::NumericBands || !acceptsValue(value))
        return std::nullopt;
    for (const Band &band : bands) {
        if (band.contains(value))
            return band.rating;
    }
    return std::nullopt;
}

std::optional<int> SuggestionRule::suggestForCount(int present) const
{
    if (kind != RuleKind::CountedElements || present < 0 || present >= ratingByCount.size())
        return std::nullopt;
    return ratingByCount.at(present);
}

std::optional<ExactNumber> SuggestionRule::valueFromInputs(const ExactNumber &first,
                                                           const ExactNumber &second) const
{
    if (kind != RuleKind::NumericBands || first.isNegative() || second.isNegative())
        return std::nullopt;
    const ExactNumber scaled = computation == ValueComputation::Percent ? first.times(100) : first;
    return ExactNumber::ratio(scaled, second);
}

} // namespace laatu
