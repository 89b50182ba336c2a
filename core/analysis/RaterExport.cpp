#include "RaterExport.h"

#include "review/RaterLookup.h"

namespace laatu {

std::optional<Rater> RaterExport::findRater(const ReviewDocument &review, const QString &nameOrUuid,
                                            QString &error)
{
    return RaterLookup::find(review, nameOrUuid, error);
}

namespace {
QList<WorkbookRow> rowsBy(const QList<WorkbookRow> &rows, const QString &raterUuid)
{
    QList<WorkbookRow> mine;
    for (const WorkbookRow &row : rows) {
        if (row.raterUuid.isEmpty() || row.raterUuid == raterUuid)
            mine << row;
    }
    return mine;
}
} // namespace

int RaterExport::recordRowsOf(const ReviewDocument &review, const QString &raterUuid)
{
    return static_cast<int>(rowsBy(review.workbook.records, raterUuid).size());
}

ReviewDocument RaterExport::myRatings(const ReviewDocument &review, const Rater &rater)
{
    return myRatings(review, rater, Options());
}

ReviewDocument RaterExport::myRatings(const ReviewDocument &review, const Rater &rater,
                                      const Options &options)
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
    mine.workbook.coaches = rowsBy(review.workbook.coaches, rater.uuid);
    if (options.withRecords)
        mine.workbook.records = rowsBy(review.workbook.records, rater.uuid);
    // Whether the sample here was cleared is this laptop's business: a merge never clears the
    // lead's records, and the rows are not in the file either way.
    mine.workbook.recordsCleared = false;
    mine.normalize();
    return mine;
}

} // namespace laatu
