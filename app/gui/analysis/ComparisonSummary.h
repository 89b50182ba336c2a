#pragma once

#include "storage/ComparisonQuery.h"

#include <QCoreApplication>
#include <QString>

namespace laatu {
class CountyComparison;
}

namespace laatu::gui {

// The sentences of the county comparison, for the screen and the printout alike: the period
// compared, the weakest criteria, and the overview of sites, reviews and levels.
class ComparisonSummary
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonSummary)

public:
    // "all visits", "visits from …", "visits until …" or "visits …–…".
    static QString period(const ComparisonQuery::Filter &filter);
    // The three weakest criteria with their county means; empty when nothing was rated.
    static QString weakest(const CountyComparison &comparison, const QString &language);
    // County, period, sites, reviews, the reviews per level, and the weakest criteria.
    static QString overview(const CountyComparison &comparison,
                            const ComparisonQuery::Filter &filter, const QString &language);
};

} // namespace laatu::gui
