// The review list's reads: every review's summary, one site's, and the counts per site.
// Apart from ReviewRepository.cpp, which loads and saves whole reviews.
#include "ReviewRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "StoredValues.h"

namespace laatu {

namespace {
// A summary's columns; the consensus sums of the selected reviews are grouped once.
const auto kSummarySelect
    = "SELECT r.id, r.uuid, s.uuid, s.name, s.county, r.visit_start, r.kind, r.status,"
      " r.catalog_key, r.catalog_version, COALESCE(c.total, 0), COALESCE(c.rated, 0)"
      " FROM review r JOIN site s ON s.id = r.site_id"
      " LEFT JOIN (SELECT review_id, SUM(value) AS total, COUNT(*) AS rated"
      "   FROM consensus_rating %1 GROUP BY review_id) c ON c.review_id = r.id";
} // namespace

StorageError ReviewRepository::readSummaries(SqlStatement &query, const QString &what,
                                             QList<ReviewSummary> &reviews)
{
    reviews.clear();
    if (StorageError error = query.exec(what))
        return m_database.markIfDamaged(error);
    while (query.next()) {
        ReviewSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.uuid = query.value(1).toString();
        summary.siteUuid = query.value(2).toString();
        summary.siteName = query.value(3).toString();
        summary.county = query.value(4).toString();
        summary.visitStart = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        if (StorageError error = StoredValues::reviewKind(query.value(6), summary.id, summary.kind))
            return m_database.markIfDamaged(error);
        if (StorageError error
            = StoredValues::reviewStatus(query.value(7), summary.id, summary.status))
            return m_database.markIfDamaged(error);
        summary.catalogId = query.value(8).toString();
        summary.catalogVersion = query.value(9).toString();
        summary.consensusTotal = query.value(10).toInt();
        summary.consensusRated = query.value(11).toInt();
        reviews << summary;
    }
    return m_database.markIfDamaged(query.readError(what));
}

StorageError ReviewRepository::listReviews(QList<ReviewSummary> &reviews)
{
    SqlStatement query(m_database.sql(),
                       QString::fromLatin1(kSummarySelect).arg(QString())
                           + QStringLiteral(" ORDER BY s.county, s.name, r.visit_start, r.id"));
    return readSummaries(query, tr("listing the reviews"), reviews);
}

StorageError ReviewRepository::listSiteReviews(const QString &siteUuid,
                                               QList<ReviewSummary> &reviews)
{
    // Only the site's consensus rows are grouped (through the rating table's review key).
    SqlStatement query(
        m_database.sql(),
        QString::fromLatin1(kSummarySelect)
                .arg(QStringLiteral("WHERE review_id IN (SELECT r2.id FROM review r2 JOIN site"
                                    " s2 ON s2.id = r2.site_id WHERE s2.uuid = ?)"))
            + QStringLiteral(" WHERE s.uuid = ? ORDER BY r.visit_start, r.id"));
    query.bind(siteUuid).bind(siteUuid);
    return readSummaries(query, tr("listing the reviews of a site"), reviews);
}

StorageError ReviewRepository::countReviewsBySite(QHash<qint64, int> &countsBySite, int &total)
{
    countsBySite.clear();
    total = 0;
    const QString what = tr("counting the reviews");
    // The index review_by_site alone: no row of review or site is read.
    SqlStatement query(m_database.sql(),
                       QStringLiteral("SELECT site_id, COUNT(*) FROM review GROUP BY site_id"));
    if (StorageError error = query.exec(what))
        return m_database.markIfDamaged(error);
    while (query.next()) {
        const int count = query.value(1).toInt();
        countsBySite.insert(query.value(0).toLongLong(), count);
        total += count;
    }
    return m_database.markIfDamaged(query.readError(what));
}

StorageError ReviewRepository::loadReviewWithCatalog(qint64 id, ReviewDocument &document,
                                                     const Instrument *&instrument)
{
    instrument = nullptr;
    if (StorageError error = loadReview(id, document))
        return error;
    StorageError error;
    instrument = catalog(document.review.catalogId, document.review.catalogVersion, error);
    return error;
}

} // namespace laatu
