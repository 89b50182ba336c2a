#include "ReviewDocument.h"

#include <algorithm>
#include <tuple>

namespace laatu {

RatingSheet ReviewDocument::consensus() const
{
    RatingSheet sheet;
    for (const RatingEntry &entry : ratings) {
        if (entry.raterUuid.isEmpty())
            sheet.setRating(entry.criterionId, entry.value);
    }
    return sheet;
}

QList<RatingSheet> ReviewDocument::raterSheets() const
{
    QList<RatingSheet> sheets;
    for (const Rater &rater : raters) {
        RatingSheet sheet(rater.name);
        for (const RatingEntry &entry : ratings) {
            if (entry.raterUuid == rater.uuid)
                sheet.setRating(entry.criterionId, entry.value);
        }
        sheets << sheet;
    }
    return sheets;
}

void ReviewDocument::normalize()
{
    std::stable_sort(
        ratings.begin(), ratings.end(), [](const RatingEntry &a, const RatingEntry &b) {
            return std::tie(a.raterUuid, a.criterionId) < std::tie(b.raterUuid, b.criterionId);
        });
    std::stable_sort(notes.begin(), notes.end(), [](const EvidenceNote &a, const EvidenceNote &b) {
        return std::tie(a.criterionId, a.source) < std::tie(b.criterionId, b.source);
    });
    std::stable_sort(
        numbers.begin(), numbers.end(), [](const EvidenceNumber &a, const EvidenceNumber &b) {
            return std::tie(a.criterionId, a.inputKey) < std::tie(b.criterionId, b.inputKey);
        });
    std::stable_sort(
        elements.begin(), elements.end(), [](const ElementCheck &a, const ElementCheck &b) {
            return std::tie(a.criterionId, a.elementKey) < std::tie(b.criterionId, b.elementKey);
        });
}

bool ReviewDocument::sameContent(const ReviewDocument &other) const
{
    ReviewDocument a = *this;
    ReviewDocument b = other;
    a.site.id = b.site.id = 0;
    a.review.id = b.review.id = 0;
    a.normalize();
    b.normalize();
    return a.site == b.site && a.review == b.review && a.raters == b.raters
        && a.ratings == b.ratings && a.notes == b.notes && a.numbers == b.numbers
        && a.elements == b.elements && a.findings == b.findings && a.actions == b.actions
        && a.workbook == b.workbook && a.visitPlan == b.visitPlan
        && a.onlyRaterUuid == b.onlyRaterUuid && a.handedOutToUuid == b.handedOutToUuid;
}

} // namespace laatu
