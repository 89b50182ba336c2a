#include "ComparisonQuery.h"

#include "Database.h"
#include "SqlStatement.h"
#include "StoredValues.h"

namespace laatu {

ComparisonQuery::ComparisonQuery(Database &database)
    : m_database(database)
{ }

StorageError ComparisonQuery::load(const Filter &filter, QList<ComparisonRow> &rows)
{
    rows.clear();
    const QString what = tr("comparing the sites of %1").arg(filter.county);
    // Reviews are picked first (county through site_by_county, dates through review_by_site)
    // and ranked per site by recency (among the final ones, unless unfinished reviews are
    // asked for: a draft must not hide the site's last complete total); then their consensus
    // ratings are read by review id, the first column of their key. Two statements instead of one
    // join, so each of the ~25 rating rows per review carries 3 columns instead of 13 (QtSql's
    // per-value cost is what dominates here).
    const QString picked = QStringLiteral(
        "WITH ranked AS ("
        " SELECT r.id, r.uuid, s.id AS site_id, s.uuid AS site_uuid, s.name, s.municipality,"
        "  r.visit_start, r.kind, r.status, r.catalog_key, r.catalog_version,"
        "  ROW_NUMBER() OVER (PARTITION BY r.site_id"
        "   ORDER BY r.visit_start DESC, r.id DESC) AS recency"
        " FROM site s JOIN review r ON r.site_id = s.id"
        " WHERE s.county = ? AND r.visit_start >= ? AND r.visit_start <= ?"
        "  AND (? = 1 OR r.kind = 'external')"
        "  AND (? = 0 OR r.status = 'final')),"
        " picked AS (SELECT * FROM ranked WHERE (? = 0 OR recency = 1)) ");
    const auto bindFilter = [&filter](SqlStatement &statement) {
        statement.bind(filter.county)
            .bind(filter.from.isValid() ? filter.from.toString(Qt::ISODate)
                                        : QStringLiteral("0000-01-01"))
            .bind(filter.to.isValid() ? filter.to.toString(Qt::ISODate)
                                      : QStringLiteral("9999-12-31"))
            .bind(filter.includeSelfAssessments ? 1 : 0)
            .bind(filter.latestPerSite && !filter.includeUnfinished ? 1 : 0)
            .bind(filter.latestPerSite ? 1 : 0);
    };
    SqlStatement reviews(m_database.sql(),
                         picked
                             + QStringLiteral("SELECT id, uuid, site_id, site_uuid, name,"
                                              " municipality, visit_start, kind, status,"
                                              " catalog_key, catalog_version FROM picked"
                                              " ORDER BY name, site_id, visit_start, id"));
    bindFilter(reviews);
    if (StorageError error = reviews.exec(what))
        return m_database.markIfDamaged(error);
    QHash<qint64, qsizetype> rowOf;
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
        rowOf.insert(row.reviewId, rows.size());
        rows << row;
    }
    if (StorageError error = reviews.readError(what))
        return m_database.markIfDamaged(error);
    reviews.finish();
    if (rows.isEmpty())
        return {};
    SqlStatement ratings(m_database.sql(),
                         picked
                             + QStringLiteral("SELECT c.review_id, c.criterion, c.value"
                                              " FROM picked p JOIN consensus_rating c"
                                              " ON c.review_id = p.id"));
    bindFilter(ratings);
    if (StorageError error = ratings.exec(what))
        return m_database.markIfDamaged(error);
    while (ratings.next()) {
        const auto it = rowOf.constFind(ratings.value(0).toLongLong());
        if (it != rowOf.cend())
            rows[it.value()].consensus.insert(ratings.value(1).toString(),
                                              ratings.value(2).toInt());
    }
    return m_database.markIfDamaged(ratings.readError(what));
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
