#include "ReportSource.h"

#include "ReportBuilder.h"

#include "scoring/ScoreCard.h"
#include "storage/ReviewRepository.h"

namespace laatu {

StorageError ReportSource::build(ReviewRepository &repository, qint64 reviewId,
                                 const ReportOptions &options, ReportModel &model,
                                 const QDate &createdOn)
{
    ReviewDocument review;
    const Instrument *instrument = nullptr;
    if (StorageError error = repository.loadReviewWithCatalog(reviewId, review, instrument))
        return error;
    // One indexed query, not a list of every review (previousReview() below is its oracle).
    qint64 previousId = 0;
    if (StorageError findError = repository.previousReview(review.site.id, review.review.visitStart,
                                                           review.review.uuid, previousId))
        return findError;
    ReviewDocument previous;
    if (previousId != 0) {
        if (StorageError loadError = repository.loadReview(previousId, previous))
            return loadError;
    }
    const ScoreCard score
        = ScoreCard::compute(*instrument, review.consensus(), review.raterSheets());
    model = ReportBuilder::build(
        {review, *instrument, score, previousId != 0 ? &previous : nullptr, createdOn}, options);
    return {};
}

std::optional<qint64> ReportSource::previousReview(const QList<ReviewSummary> &reviews,
                                                   const ReviewDocument &review)
{
    const ReviewSummary *best = nullptr;
    for (const ReviewSummary &candidate : reviews) {
        if (candidate.siteUuid != review.site.uuid || candidate.uuid == review.review.uuid
            || !candidate.visitStart.isValid() || candidate.visitStart >= review.review.visitStart)
            continue;
        if (!best || candidate.visitStart > best->visitStart
            || (candidate.visitStart == best->visitStart && candidate.id > best->id))
            best = &candidate;
    }
    return best ? std::optional<qint64>(best->id) : std::nullopt;
}

} // namespace laatu
