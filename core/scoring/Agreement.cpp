#include "Agreement.h"

#include "instrument/Instrument.h"
#include "review/RatingSheet.h"

#include <algorithm>

namespace laatu {

Agreement Agreement::compute(const Instrument &instrument, const QList<RatingSheet> &raters)
{
    Agreement agreement;
    agreement.raterCount = static_cast<int>(raters.size());
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
    }
    return agreement;
}

} // namespace laatu
