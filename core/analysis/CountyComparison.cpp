#include "CountyComparison.h"

#include "instrument/CatalogReader.h"
#include "review/RatingSheet.h"
#include "scoring/ScoreCard.h"
#include "storage/ReviewRepository.h"

#include <QHash>

#include <algorithm>

namespace laatu {

namespace {
// Ascending order with missing values first; equal values keep their order (stable sort).
template<typename T>
int compareOptional(const std::optional<T> &a, const std::optional<T> &b)
{
    if (a.has_value() != b.has_value())
        return a.has_value() ? 1 : -1;
    if (!a)
        return 0;
    return *a < *b ? -1 : (*b < *a ? 1 : 0);
}

std::optional<int> ratingAt(const CountyComparison::Row &row, int column)
{
    if (column < 0 || column >= row.ratings.size())
        return std::nullopt;
    return row.ratings.at(column);
}
} // namespace

CountyComparison CountyComparison::build(const ComparisonQuery::Filter &filter,
                                         const QList<ComparisonRow> &rows,
                                         const Instrument &columns, const CatalogLookup &lookup)
{
    CountyComparison comparison;
    comparison.m_filter = filter;
    comparison.m_instrument = columns;
    const QList<Criterion> &criteria = columns.criteria();
    for (int c = 0; c < criteria.size(); ++c)
        comparison.m_means << CriterionMean {criteria.at(c).id, c, 0, 0};
    comparison.m_rows.reserve(rows.size());
    for (const ComparisonRow &review : rows) {
        Row row;
        row.review = review;
        RatingSheet consensus;
        for (auto it = review.consensus.cbegin(); it != review.consensus.cend(); ++it)
            consensus.setRating(it.key(), it.value());
        const Instrument *own = lookup ? lookup(review.catalogId, review.catalogVersion) : nullptr;
        const ScoreCard card = ScoreCard::compute(own ? *own : columns, consensus);
        row.ratedCount = card.ratedCount();
        row.ratedTotal = card.ratedTotal();
        row.total = card.total();
        row.meanHundredths = card.meanHundredths();
        row.levelKey = card.levelKey();
        row.ratings.reserve(criteria.size());
        for (int c = 0; c < criteria.size(); ++c) {
            const auto it = review.consensus.constFind(criteria.at(c).id);
            if (it == review.consensus.cend() || it.value() < columns.ratingMin()
                || it.value() > columns.ratingMax()) {
                row.ratings << std::nullopt;
                continue;
            }
            row.ratings << it.value();
            ++comparison.m_means[c].rated;
            comparison.m_means[c].sum += it.value();
        }
        comparison.m_rows << row;
    }
    return comparison;
}

StorageError CountyComparison::load(Database &database, ReviewRepository &repository,
                                    const ComparisonQuery::Filter &filter,
                                    CountyComparison &comparison)
{
    QList<ComparisonRow> rows;
    if (StorageError error = ComparisonQuery(database).load(filter, rows))
        return error;
    // The columns: the catalog most rows were rated against.
    QHash<QString, int> uses;
    QString mostUsed;
    for (const ComparisonRow &row : rows) {
        const QString key = row.catalogId + QLatin1Char('\n') + row.catalogVersion;
        const int count = ++uses[key];
        if (mostUsed.isEmpty() || count > uses.value(mostUsed))
            mostUsed = key;
    }
    StorageError error;
    const Instrument *columns = nullptr;
    if (!mostUsed.isEmpty()) {
        const QStringList parts = mostUsed.split(QLatin1Char('\n'));
        columns = repository.catalog(parts.at(0), parts.at(1), error);
        if (error)
            return error;
    }
    CatalogReader::Result builtIn;
    if (!columns) {
        builtIn = CatalogReader::readBuiltIn();
        if (!builtIn.ok())
            return {StorageError::Other, tr("The built-in catalog cannot be read.")};
        columns = &*builtIn.instrument;
    }
    const auto lookup = [&repository](const QString &id, const QString &version) {
        StorageError ignored; // an unknown catalog is scored against the columns' one
        return repository.catalog(id, version, ignored);
    };
    comparison = build(filter, rows, *columns, lookup);
    return {};
}

QList<CountyComparison::CriterionMean> CountyComparison::weakest(int count) const
{
    QList<CriterionMean> rated;
    for (const CriterionMean &mean : m_means) {
        if (mean.rated > 0)
            rated << mean;
    }
    // Exact comparison of sum_a / rated_a < sum_b / rated_b by cross-multiplying.
    std::stable_sort(rated.begin(), rated.end(),
                     [](const CriterionMean &a, const CriterionMean &b) {
                         return qint64(a.sum) * b.rated < qint64(b.sum) * a.rated;
                     });
    if (count >= 0 && rated.size() > count)
        rated.resize(count);
    return rated;
}

QMap<QString, int> CountyComparison::levelCounts() const
{
    QMap<QString, int> counts;
    for (const Row &row : m_rows)
        ++counts[row.levelKey];
    return counts;
}

void CountyComparison::sort(SortKey key, Qt::SortOrder order, int criterionColumn)
{
    const auto levelRank = [this](const Row &row) -> std::optional<int> {
        const Level *level = m_instrument.level(row.levelKey);
        return level ? std::optional<int>(level->minTotal) : std::nullopt;
    };
    const auto compare = [&](const Row &a, const Row &b) -> int {
        switch (key) {
        case SortKey::Site:
            if (const int bySite = a.review.siteName.localeAwareCompare(b.review.siteName))
                return bySite;
            return compareOptional(std::optional<QDate>(a.review.visitStart),
                                   std::optional<QDate>(b.review.visitStart));
        case SortKey::Visit:
            return compareOptional(std::optional<QDate>(a.review.visitStart),
                                   std::optional<QDate>(b.review.visitStart));
        case SortKey::Total:
            return compareOptional(a.total, b.total);
        case SortKey::Level:
            return compareOptional(levelRank(a), levelRank(b));
        case SortKey::Criterion:
            return compareOptional(ratingAt(a, criterionColumn), ratingAt(b, criterionColumn));
        }
        return 0;
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) {
        const int result = compare(a, b);
        return order == Qt::AscendingOrder ? result < 0 : result > 0;
    });
}

} // namespace laatu
