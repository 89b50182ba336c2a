#pragma once

#include "instrument/Instrument.h"
#include "storage/ComparisonQuery.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace laatu {

class Database;
class ReviewRepository;

// The sites of one county side by side: a sites x criteria table of consensus ratings with
// totals and levels, the county mean per criterion and the weakest criteria. A plain value
// the GUI shows as a table and charts, the CSV export writes and the report prints.
class CountyComparison
{
    Q_DECLARE_TR_FUNCTIONS(CountyComparison)

public:
    struct Row
    {
        ComparisonRow review;
        QList<std::optional<int>> ratings; // one per column (criterion), catalog order
        int ratedCount = 0;
        int ratedTotal = 0;
        std::optional<int> total; // only when complete
        std::optional<int> meanHundredths; // 429 for 4.29; only when complete
        QString levelKey; // catalog level key, or "incomplete"
        bool isComplete() const { return total.has_value(); }
    };
    struct CriterionMean
    {
        QString criterionId;
        int column = 0; // catalog order
        int rated = 0; // rows that rated it
        int sum = 0;
        // sum / rated in hundredths, rounded half up; none when no row rated it.
        std::optional<int> meanHundredths() const
        {
            return rated == 0 ? std::nullopt
                              : std::optional<int>((sum * 200 + rated) / (2 * rated));
        }
        std::optional<double> mean() const
        {
            return rated == 0 ? std::nullopt : std::optional<double>(double(sum) / rated);
        }
    };
    enum class SortKey { Site, Visit, Total, Level, Criterion };
    using CatalogLookup = std::function<const Instrument *(const QString &, const QString &)>;

    // Builds the table from rows read by ComparisonQuery. `columns` is the catalog whose
    // criteria are the columns; each row's total and level come from its own catalog
    // (`lookup`; a row whose catalog is unknown is scored against `columns`).
    static CountyComparison build(const ComparisonQuery::Filter &filter,
                                  const QList<ComparisonRow> &rows, const Instrument &columns,
                                  const CatalogLookup &lookup);
    // Queries and builds. The columns are the catalog most of the rows use (the built-in one
    // when there are no rows).
    static StorageError load(Database &database, ReviewRepository &repository,
                             const ComparisonQuery::Filter &filter, CountyComparison &comparison);

    const ComparisonQuery::Filter &filter() const { return m_filter; }
    const Instrument &instrument() const { return m_instrument; }
    const QList<Row> &rows() const { return m_rows; }
    const QList<CriterionMean> &criterionMeans() const { return m_means; } // catalog order
    // Criteria rated at least once, lowest county mean first; equal means in catalog order.
    // `count` < 0: all of them.
    QList<CriterionMean> weakest(int count = 3) const;
    // How many rows reached each level key ("incomplete" included).
    QMap<QString, int> levelCounts() const;
    // Stable sort of the rows. `criterionColumn` is used with SortKey::Criterion. Missing
    // values (unrated, incomplete) sort before every value in ascending order.
    void sort(SortKey key, Qt::SortOrder order = Qt::AscendingOrder, int criterionColumn = 0);

private:
    ComparisonQuery::Filter m_filter;
    Instrument m_instrument;
    QList<Row> m_rows;
    QList<CriterionMean> m_means;
};

} // namespace laatu
