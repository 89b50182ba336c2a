#pragma once

#include "review/ReviewEnums.h"

#include <QDate>
#include <QString>

namespace laatu {

// One line of the review list: enough to show and sort without loading the review.
struct ReviewSummary
{
    qint64 id = 0;
    QString uuid;
    QString siteUuid;
    QString siteName;
    QString county;
    QDate visitStart;
    ReviewKind kind = ReviewKind::External;
    ReviewStatus status = ReviewStatus::Draft;
    QString catalogId;
    QString catalogVersion;
    int consensusTotal = 0; // sum of the consensus ratings given so far
    int consensusRated = 0; // how many criteria have a consensus rating
};

} // namespace laatu
