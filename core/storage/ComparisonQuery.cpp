#include "ComparisonQuery.h"

#include "Database.h"
#include "SqlStatement.h"
#include "StoredValues.h"

namespace laatu {

namespace {
// The consensus ratings of a review come packed in one text column, "criterion<US>value" pairs
// joined by <RS>: control characters that no criterion id can hold (ids are [a-z0-9-]). They
// are literals in the statement: SQLite would call char() again for every rating.
constexpr char16_t kPairSeparator = u'\x1e';
constexpr char16_t kValueSeparator = u'\x1f';

void unpackConsensus(const QString &packed, QHash<QString, int> &consensus)
{
    if (packed.isEmpty())
        return;
    const QStringView text(packed);
    consensus.reserve(25);
    for (const QStringView pair : text.split(kPairSeparator)) {
        const qsizetype at = pair.lastIndexOf(kValueSeparator);
        // A stored value that is not a number reads as 0, as QVariant::toInt() reads it.
        if (at > 0)
            consensus.insert(pair.first(at).toString(), pair.sliced(at + 1).toInt());
    }
}
} // namespace

ComparisonQuery::ComparisonQuery(Database &database)
    : m_database(database)
{ }

StorageError ComparisonQuery::load(const Filter &filter, QList<ComparisonRow> &rows)
{
    rows.clear();
    const QString what = tr("comparing the sites of %1").arg(filter.county);
    // One row per review, its consensus ratings packed into one column: QtSql's cost per value
    // is what dominates here, and 25 rating rows of 3 values each per review cost six times
    // the review's own row. The latest review per site is found per site, through
    // review_by_site (site_id, visit_start, id) read backwards, so it costs one probe per site
    // whatever the length of the site's history; all reviews come through the same index.
    // Among the final reviews only, unless unfinished ones are asked for: a draft must not hide
    // the site's last complete total.
    const auto reviewFilter = [](const QString &review) {
        return QStringLiteral(
                   "%1.visit_start >= ? AND %1.visit_start <= ?"
                   " AND (? = 1 OR %1.kind = 'external') AND (? = 0 OR %1.status = 'final')")
            .arg(review);
    };
    const QString joinReview = filter.latestPerSite
        ? QStringLiteral("JOIN review r ON r.id = (SELECT latest.id FROM review latest"
                         " WHERE latest.site_id = s.id AND %1"
                         " ORDER BY latest.visit_start DESC, latest.id DESC LIMIT 1)")
              .arg(reviewFilter(QStringLiteral("latest")))
        : QStringLiteral("JOIN review r ON r.site_id = s.id AND %1")
              .arg(reviewFilter(QStringLiteral("r")));
    SqlStatement reviews(
        m_database.sql(),
        QStringLiteral(
            "SELECT r.id, r.uuid, s.id, s.uuid, s.name, s.municipality, r.visit_start, r.kind,"
            " r.status, r.catalog_key, r.catalog_version,"
            " (SELECT group_concat(c.criterion || '\x1f' || c.value, '\x1e')"
            "  FROM consensus_rating c WHERE c.review_id = r.id)"
            " FROM site s %1 WHERE s.county = ?"
            " ORDER BY s.name, s.id, r.visit_start, r.id")
            .arg(joinReview));
    reviews
        .bind(filter.from.isValid() ? filter.from.toString(Qt::ISODate)
                                    : QStringLiteral("0000-01-01"))
        .bind(filter.to.isValid() ? filter.to.toString(Qt::ISODate) : QStringLiteral("9999-12-31"))
        .bind(filter.includeSelfAssessments ? 1 : 0)
        .bind(filter.latestPerSite && !filter.includeUnfinished ? 1 : 0)
        .bind(filter.county);
    if (StorageError error = reviews.exec(what))
        return m_database.markIfDamaged(error);
    while (reviews.next()) {
        ComparisonRow row;
        row.reviewId = reviews.value(0).toLongLong();
        row.reviewUuid = reviews.value(1).toString();
        row.siteId = reviews.value(2).toLongLong();
        row.siteUuid = reviews.value(3).toString();
        row.siteName = reviews.value(4).toString();
        row.municipality = reviews.value(5).toString();
        row.visitStart = QDate::fromString(reviews.value(6).toString(), Qt::ISODate);
        if (StorageError error = StoredValues::reviewKind(reviews.value(7), row.reviewId, row.kind))
            return m_database.markIfDamaged(error);
        if (StorageError error
            = StoredValues::reviewStatus(reviews.value(8), row.reviewId, row.status))
            return m_database.markIfDamaged(error);
        row.catalogId = reviews.value(9).toString();
        row.catalogVersion = reviews.value(10).toString();
        unpackConsensus(reviews.value(11).toString(), row.consensus);
        rows << row;
    }
    return m_database.markIfDamaged(reviews.readError(what));
}

StorageError ComparisonQuery::counties(QStringList &counties)
{
    counties.clear();
    SqlStatement query(m_database.sql(),
                       QStringLiteral("SELECT DISTINCT county FROM site ORDER BY county"));
    if (StorageError error = query.exec(tr("listing the counties")))
        return m_database.markIfDamaged(error);
    while (query.next())
        counties << query.value(0).toString();
    return m_database.markIfDamaged(query.readError(tr("listing the counties")));
}

} // namespace laatu
