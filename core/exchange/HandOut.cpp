#include "HandOut.h"

#include "ReviewFileFormat.h"

#include "review/RaterLookup.h"

#include <algorithm>

namespace laatu {

std::optional<ReviewDocument> HandOut::forCoReviewer(const ReviewDocument &review,
                                                     const QString &raterNameOrUuid,
                                                     const Options &options, QString &problem)
{
    const std::optional<Rater> rater = RaterLookup::find(review, raterNameOrUuid, problem);
    if (!rater)
        return std::nullopt;
    if (review.review.status == ReviewStatus::Final) {
        problem = tr("The review %1 is final, so there is nothing left to rate; reopen it first "
                     "if the co-reviewer is to rate it.")
                      .arg(review.review.uuid);
        return std::nullopt;
    }
    ReviewDocument frame;
    frame.site = review.site;
    frame.review = review.review;
    frame.review.status = ReviewStatus::Draft;
    frame.raters = review.raters;
    frame.handedOutToUuid = rater->uuid;
    // The agenda travels: both reviewers keep the same visit. The workbook does not: its
    // record sample stays on this laptop (data minimisation), and its figures would hand the
    // co-reviewer the lead's reading of the records.
    frame.visitPlan = review.visitPlan;
    if (options.shareEvidence) {
        frame.numbers = review.numbers;
        frame.elements = review.elements;
    }
    frame.normalize();
    return frame;
}

QStringList HandOut::readMarker(const QJsonObject &root, ReviewDocument &result)
{
    const QLatin1String key(kHandedOutToKey);
    if (!root.contains(key))
        return {};
    const QJsonValue value = root.value(key);
    if (!value.isString() || !ReviewFileFormat::isUuid(value.toString()))
        return {tr("\"%1\" must be the lower-case UUID of one of the file's reviewers").arg(key)};
    const QString uuid = value.toString();
    QStringList problems;
    const bool known = std::any_of(result.raters.cbegin(), result.raters.cend(),
                                   [&](const Rater &rater) { return rater.uuid == uuid; });
    if (!known)
        problems << tr("\"%1\" is %2, which is none of the file's reviewers").arg(key, uuid);
    if (!result.onlyRaterUuid.isEmpty())
        problems << tr("a file cannot be both a hand-out and one reviewer's ratings");
    // What makes the hand-out safe to give: nothing in it that anyone has rated or written.
    if (!result.ratings.isEmpty() || !result.notes.isEmpty() || !result.findings.isEmpty()
        || !result.actions.isEmpty())
        problems << tr("a hand-out file holds no ratings, notes, findings or actions, so that "
                       "the co-reviewer rates independently");
    if (result.review.status != ReviewStatus::Draft)
        problems << tr("a hand-out file is a draft review");
    result.handedOutToUuid = uuid;
    return problems;
}

} // namespace laatu
