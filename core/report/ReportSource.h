#pragma once

#include "ReportModel.h"
#include "ReportOptions.h"

#include "storage/ReviewSummary.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace laatu {

class ReviewRepository;
struct ReviewDocument;

// Gathers what a report needs from the database: the review, the catalog it was rated
// against, its score card and the site's previous review. The command line and the app both
// build their reports here, so both print the same document.
class ReportSource
{
    Q_DECLARE_TR_FUNCTIONS(ReportSource)

public:
    static StorageError build(ReviewRepository &repository, qint64 reviewId,
                              const ReportOptions &options, ReportModel &model,
                              const QDate &createdOn = QDate::currentDate());
    // The latest review of the same site whose visit started before this one's (the newest
    // row first when two started the same day); nullopt for a first review. What
    // ReviewRepository::previousReview finds with one query, over a list of summaries.
    static std::optional<qint64> previousReview(const QList<ReviewSummary> &reviews,
                                                const ReviewDocument &review);
};

} // namespace laatu
