#include "ReviewDocumentReader.h"

#include "SqlStatement.h"
#include "StoredValues.h"
#include "VisitPlanStore.h"
#include "WorkbookStore.h"

namespace laatu {

namespace {
// No row for the review: there is none, or the file is damaged so that the look-up by number
// misses a row that a scan of the table finds (a page of the table's tree changed, the site
// row gone). Only this rare path scans the table (`+id` keeps SQLite from the look-up).
StorageError missingReview(QSqlDatabase &db, qint64 reviewId, const QString &what)
{
    SqlStatement scan(db, QStringLiteral("SELECT count(*) FROM review WHERE +id = ?"));
    scan.bind(reviewId);
    if (StorageError error = scan.exec(what))
        return error;
    if (!scan.next() || scan.value(0).toLongLong() == 0)
        return StorageError::noSuchReview(QString::number(reviewId));
    const QString detail
        = ReviewDocumentReader::tr("review %1 is in the file, but its rows cannot be reached")
              .arg(reviewId);
    return {StorageError::Corrupt,
            QCoreApplication::translate("StorageError",
                                        "The database file is damaged (%1). Laatu stopped writing "
                                        "to it: restore the newest backup (laatu-cli restore).")
                .arg(detail),
            detail};
}
} // namespace

StorageError ReviewDocumentReader::load(QSqlDatabase &db, qint64 reviewId, ReviewDocument &document)
{
    const QString what = tr("reading review %1").arg(reviewId);
    document = ReviewDocument();
    {
        SqlStatement query(
            db,
            QStringLiteral("SELECT r.id, r.uuid, r.kind, r.visit_start, r.visit_end, r.status,"
                           " r.catalog_key, r.catalog_version, r.created_at, r.updated_at,"
                           " s.id, s.uuid, s.name, s.organisation, s.unit, s.municipality,"
                           " s.county, s.archived"
                           " FROM review r JOIN site s ON s.id = r.site_id WHERE r.id = ?"));
        query.bind(reviewId);
        if (StorageError error = query.exec(what))
            return error;
        if (!query.next())
            return missingReview(db, reviewId, what);
        ReviewHeader &review = document.review;
        review.id = query.value(0).toLongLong();
        review.uuid = query.value(1).toString();
        if (StorageError error = StoredValues::reviewKind(query.value(2), reviewId, review.kind))
            return error;
        review.visitStart = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        review.visitEnd = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        if (StorageError error
            = StoredValues::reviewStatus(query.value(5), reviewId, review.status))
            return error;
        review.catalogId = query.value(6).toString();
        review.catalogVersion = query.value(7).toString();
        review.createdAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODate);
        review.updatedAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODate);
        Site &site = document.site;
        site.id = query.value(10).toLongLong();
        site.uuid = query.value(11).toString();
        site.name = query.value(12).toString();
        site.organisation = query.value(13).toString();
        site.unit = query.value(14).toString();
        site.municipality = query.value(15).toString();
        site.county = query.value(16).toString();
        site.archived = query.value(17).toBool();
    }
    {
        SqlStatement query(
            db,
            QStringLiteral("SELECT uuid, name FROM rater WHERE review_id = ? ORDER BY position"));
        query.bind(reviewId);
        if (StorageError error = query.exec(what))
            return error;
        while (query.next())
            document.raters << Rater {query.value(0).toString(), query.value(1).toString()};
        if (StorageError error = query.readError(what))
            return error;
    }
    {
        SqlStatement query(
            db,
            QStringLiteral("SELECT r.uuid, rr.criterion, rr.value FROM rater_rating rr"
                           " JOIN rater r ON r.id = rr.rater_id WHERE r.review_id = ?"));
        query.bind(reviewId);
        if (StorageError error = query.exec(what))
            return error;
        while (query.next())
            document.ratings << RatingEntry {query.value(0).toString(), query.value(1).toString(),
                                             query.value(2).toInt(), QString()};
        if (StorageError error = query.readError(what))
            return error;
    }
    {
        SqlStatement query(
            db,
            QStringLiteral(
                "SELECT criterion, value, reason FROM consensus_rating WHERE review_id = ?"));
        query.bind(reviewId);
        if (StorageError error = query.exec(what))
            return error;
        while (query.next())
            document.ratings << RatingEntry {QString(), query.value(0).toString(),
                                             query.value(1).toInt(), query.value(2).toString()};
        if (StorageError error = query.readError(what))
            return error;
    }
    {
        SqlStatement query(
            db,
            QStringLiteral(
                "SELECT criterion, source, text FROM evidence_note WHERE review_id = ?"));
        query.bind(reviewId);
        if (StorageError error = query.exec(what))
            return error;
        while (query.next())
            document.notes << EvidenceNote {query.value(0).toString(), query.value(1).toString(),
                                            query.value(2).toString()};
        if (StorageError error = query.readError(what))
            return error;
    }
    {
        SqlStatement query(
            db,
            QStringLiteral(
                "SELECT criterion, input_key, value FROM evidence_number WHERE review_id = ?"));
        query.bind(reviewId);
        if (StorageError error = query.exec(what))
            return error;
        while (query.next())
            document.numbers << EvidenceNumber {
                query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
        if (StorageError error = query.readError(what))
            return error;
    }
    {
        SqlStatement query(
            db,
            QStringLiteral(
                "SELECT criterion, element_key, present FROM element_check WHERE review_id = ?"));
        query.bind(reviewId);
        if (StorageError error = query.exec(what))
            return error;
        while (query.next())
            document.elements << ElementCheck {query.value(0).toString(), query.value(1).toString(),
                                               query.value(2).toBool()};
        if (StorageError error = query.readError(what))
            return error;
    }
    {
        SqlStatement query(db,
                           QStringLiteral("SELECT uuid, criterion, kind, text FROM finding"
                                          " WHERE review_id = ? ORDER BY position"));
        query.bind(reviewId);
        if (StorageError error = query.exec(what))
            return error;
        while (query.next()) {
            FindingKind kind = FindingKind::Strength;
            if (StorageError error = StoredValues::findingKind(query.value(2), reviewId, kind))
                return error;
            document.findings << Finding {query.value(0).toString(), query.value(1).toString(),
                                          kind, query.value(3).toString()};
        }
        if (StorageError error = query.readError(what))
            return error;
    }
    {
        SqlStatement query(db,
                           QStringLiteral("SELECT uuid, what, who, due, status FROM action_item"
                                          " WHERE review_id = ? ORDER BY position"));
        query.bind(reviewId);
        if (StorageError error = query.exec(what))
            return error;
        while (query.next()) {
            ActionStatus status = ActionStatus::Open;
            if (StorageError error = StoredValues::actionStatus(query.value(4), reviewId, status))
                return error;
            document.actions << ActionItem {
                query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                QDate::fromString(query.value(3).toString(), Qt::ISODate), status};
        }
        if (StorageError error = query.readError(what))
            return error;
    }
    if (StorageError error = WorkbookStore::read(db, reviewId, document.workbook, what))
        return error;
    if (StorageError error = VisitPlanStore::read(db, reviewId, document.visitPlan, what))
        return error;
    document.normalize();
    return {};
}

} // namespace laatu
