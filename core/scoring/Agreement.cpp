#include "Agreement.h"

#include "instrument/Instrument.h"
#include "review/RatingSheet.h"

#include <algorithm>

namespace laatu {

Agreement Agreement::compute(const Instrument &instrument, const QList<RatingSheet> &raters)
{
    Agreement agreement;
    agreement.raterCount = static_cast<int>(raters.size());
    QList<std::pair<int, int>> pairs;
    for (const Criterion &criterion : instrument.criteria()) {
        Item item;
        item.criterionId = criterion.id;
        int lowest = instrument.ratingMax();
        int highest = instrument.ratingMin();
        int ratedBy = 0;
        for (const RatingSheet &rater : raters) {
            const std::optional<int> rating = rater.rating(criterion.id);
            item.ratings << rating;
            if (!rating)
                continue;
            ++ratedBy;
            lowest = std::min(lowest, *rating);
            highest = std::max(highest, *rating);
        }
        item.compared = ratedBy >= 2;
        if (item.compared) {
            item.spread = highest - lowest;
            ++agreement.compared;
            agreement.exact += item.spread == 0 ? 1 : 0;
            agreement.withinOne += item.spread <= 1 ? 1 : 0;
            if (item.spread >= 2)
                agreement.differByTwoOrMore << criterion.id;
        }
        agreement.items << item;
        if (raters.size() == 2 && item.ratings.at(0) && item.ratings.at(1))
            pairs.append({*item.ratings.at(0), *item.ratings.at(1)});
    }
    if (raters.size() == 2)
        agreement.weightedKappa
            = quadraticWeightedKappa(pairs, instrument.ratingMin(), instrument.ratingMax());
    return agreement;
}

std::optional<double> Agreement::quadraticWeightedKappa(const QList<std::pair<int, int>> &pairs,
                                                        int ratingMin, int ratingMax)
{
    const int categories = ratingMax - ratingMin + 1;
    if (pairs.isEmpty() || categories < 2)
        return std::nullopt;
    // Counts, not proportions, so the sums stay exact integers: with n items, observed counts
    // c(i,j) and marginal counts r(i), s(j), weights w(i,j) = (i-j)^2 (the 1/(k-1)^2 factor
    // cancels),  kappa = 1 - n * sum w c / sum w r s.
    QList<qint64> first(categories, 0);
    QList<qint64> second(categories, 0);
    qint64 observed = 0;
    for (const auto &[a, b] : pairs) {
        if (a < ratingMin || a > ratingMax || b < ratingMin || b > ratingMax)
            return std::nullopt;
        ++first[a - ratingMin];
        ++second[b - ratingMin];
        observed += qint64(a - b) * (a - b);
    }
    qint64 expected = 0;
    for (int i = 0; i < categories; ++i) {
        for (int j = 0; j < categories; ++j)
            expected += qint64(i - j) * (i - j) * first.at(i) * second.at(j);
    }
    if (expected == 0)
        return std::nullopt;
    return 1.0 - double(pairs.size()) * double(observed) / double(expected);
}

} // namespace laatu
