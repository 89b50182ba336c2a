#pragma once

#include "DataRequestModel.h"

#include "storage/StorageError.h"

#include <QDate>

namespace laatu {

class Instrument;
class ReportStrings;
class ReviewRepository;
struct ReviewDocument;

// Builds the data request of a review: the letter reviewers send before the site visit, saying
// what the service should have ready. The items come from the catalog's preparation lists,
// grouped by who provides them; the figures from its evidence workbook (or, in a catalog without
// one, from its numeric rules); the evidence sources from its criteria. Pure apart from
// fromDatabase: the same catalog and review always give the same letter.
class DataRequestBuilder
{
public:
    static DataRequestModel build(const Instrument &instrument, const ReviewDocument &review,
                                  const QString &language,
                                  const QDate &createdOn = QDate::currentDate());
    // The review `reviewId` and the catalog it is rated against, read from the database.
    static StorageError fromDatabase(ReviewRepository &repository, qint64 reviewId,
                                     const QString &language, DataRequestModel &model,
                                     const QDate &createdOn = QDate::currentDate());

private:
    static void addOpening(const Instrument &instrument, const ReviewDocument &review,
                           const ReportStrings &strings, const QDate &createdOn,
                           DataRequestModel &model);
    static void addItems(const Instrument &instrument, const ReportStrings &strings,
                         DataRequestModel &model);
    static void addFigures(const Instrument &instrument, const ReportStrings &strings,
                           DataRequestModel &model);
    static void addEvidence(const Instrument &instrument, const ReportStrings &strings,
                            DataRequestModel &model);
};

} // namespace laatu
