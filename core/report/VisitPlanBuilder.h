#pragma once

#include "VisitPlanModel.h"

#include "storage/StorageError.h"

#include <QDate>

namespace laatu {

class Instrument;
class ReviewRepository;
struct ReviewDocument;

// Builds the printed visit plan of a review: the letter with the agenda the reviewers agree
// with the service before the visit (header with the service, the visit dates and the
// reviewers, then a table per day). Pure apart from fromDatabase: the same review always gives
// the same letter.
class VisitPlanBuilder
{
public:
    static VisitPlanModel build(const Instrument &instrument, const ReviewDocument &review,
                                const QString &language,
                                const QDate &createdOn = QDate::currentDate());
    // The review `reviewId` and the catalog it is rated against, read from the database.
    static StorageError fromDatabase(ReviewRepository &repository, qint64 reviewId,
                                     const QString &language, VisitPlanModel &model,
                                     const QDate &createdOn = QDate::currentDate());
};

} // namespace laatu
