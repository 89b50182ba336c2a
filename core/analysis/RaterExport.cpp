#include "RaterExport.h"

#include "review/RaterLookup.h"

namespace laatu {

std::optional<Rater> RaterExport::findRater(const ReviewDocument &review, const QString &nameOrUuid,
                                            QString &error)
{
    return RaterLookup::find(review, nameOrUuid, error);
}

ReviewDocument RaterExport::myRatings(const ReviewDocument &review, const Rater &rater)
{
    ReviewDocument mine;
    mine.site = review.site;
    mine.review = review.review;
    mine.raters = {rater};
    mine.onlyRaterUuid = rater.uuid;
    for (const RatingEntry &entry : review.ratings) {
        if (entry.raterUuid == rater.uuid)
            mine.ratings << entry;
    }
    // Evidence has no author in a review: all of it travels, and the merge adds what is new.
    mine.notes = review.notes;
    mine.numbers = review.numbers;
    mine.elements = review.elements;
    mine.normalize();
    return mine;
}

} // namespace laatu
