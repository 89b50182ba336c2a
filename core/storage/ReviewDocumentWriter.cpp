#include "ReviewDocumentWriter.h"

#include "SqlStatement.h"
#include "VisitPlanStore.h"
#include "WorkbookStore.h"

#include <QHash>

namespace laatu {

ReviewDocumentWriter::ReviewDocumentWriter(QSqlDatabase &db)
    : m_db(db)
    , m_what(tr("saving the review"))
{ }

StorageError ReviewDocumentWriter::upsertSite(Site &site)
{
    SqlStatement find(m_db, QStringLiteral("SELECT id FROM site WHERE uuid = ?"));
    find.bind(site.uuid);
    if (StorageError error = find.exec(m_what))
        return error;
    if (find.next()) {
        site.id = find.value(0).toLongLong();
        find.finish();
        SqlStatement update(
            m_db,
            QStringLiteral("UPDATE site SET name = ?, organisation = ?, unit = ?,"
                           " municipality = ?, county = ?, archived = ? WHERE id = ?"));
        update.bind(site.name)
            .bind(site.organisation)
            .bind(site.unit)
            .bind(site.municipality)
            .bind(site.county)
            .bind(site.archived ? 1 : 0)
            .bind(site.id);
        return update.exec(m_what);
    }
    find.finish();
    SqlStatement insert(
        m_db,
        QStringLiteral("INSERT INTO site (uuid, name, organisation, unit, municipality,"
                       " county, archived) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(site.uuid)
        .bind(site.name)
        .bind(site.organisation)
        .bind(site.unit)
        .bind(site.municipality)
        .bind(site.county)
        .bind(site.archived ? 1 : 0);
    if (StorageError error = insert.exec(m_what))
        return error;
    site.id = insert.lastInsertId();
    return {};
}

StorageError ReviewDocumentWriter::write(ReviewDocument &document, qint64 existingReviewId)
{
    if (StorageError error = upsertSite(document.site))
        return error;
    ReviewHeader &review = document.review;
    const QList<QVariant> values {document.site.id,
                                  toKey(review.kind),
                                  review.visitStart.toString(Qt::ISODate),
                                  review.visitEnd.toString(Qt::ISODate),
                                  toKey(review.status),
                                  review.catalogId,
                                  review.catalogVersion,
                                  review.createdAt.toUTC().toString(Qt::ISODate),
                                  review.updatedAt.toUTC().toString(Qt::ISODate)};
    if (existingReviewId > 0) {
        SqlStatement update(
            m_db,
            QStringLiteral("UPDATE review SET site_id = ?, kind = ?, visit_start = ?,"
                           " visit_end = ?, status = ?, catalog_key = ?, catalog_version = ?,"
                           " created_at = ?, updated_at = ? WHERE id = ?"));
        for (const QVariant &value : values)
            update.bind(value);
        update.bind(existingReviewId);
        if (StorageError error = update.exec(m_what))
            return error;
        review.id = existingReviewId;
        for (const char *table : {"rater", "consensus_rating", "evidence_note", "evidence_number",
                                  "element_check", "finding", "action_item"}) {
            SqlStatement clear(
                m_db,
                QStringLiteral("DELETE FROM %1 WHERE review_id = ?").arg(QLatin1String(table)));
            clear.bind(existingReviewId);
            if (StorageError error = clear.exec(m_what))
                return error;
        }
    } else {
        SqlStatement insert(
            m_db,
            QStringLiteral("INSERT INTO review (site_id, kind, visit_start, visit_end,"
                           " status, catalog_key, catalog_version, created_at, updated_at,"
                           " uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &value : values)
            insert.bind(value);
        insert.bind(review.uuid);
        if (StorageError error = insert.exec(m_what))
            return error;
        review.id = insert.lastInsertId();
    }
    return writeChildren(document, review.id);
}

StorageError ReviewDocumentWriter::writeChildren(const ReviewDocument &document, qint64 reviewId)
{
    QHash<QString, qint64> raterIds;
    SqlStatement rater(
        m_db,
        QStringLiteral("INSERT INTO rater (review_id, uuid, name, position) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < document.raters.size(); ++i) {
        rater.bind(reviewId)
            .bind(document.raters.at(i).uuid)
            .bind(document.raters.at(i).name)
            .bind(i);
        if (StorageError error = rater.exec(m_what))
            return error;
        raterIds.insert(document.raters.at(i).uuid, rater.lastInsertId());
    }
    SqlStatement raterRating(
        m_db,
        QStringLiteral("INSERT INTO rater_rating (rater_id, criterion, value) VALUES (?, ?, ?)"));
    SqlStatement consensus(
        m_db,
        QStringLiteral("INSERT INTO consensus_rating (review_id, criterion, value, reason)"
                       " VALUES (?, ?, ?, ?)"));
    for (const RatingEntry &entry : document.ratings) {
        StorageError error;
        if (entry.raterUuid.isEmpty()) {
            error = consensus.bind(reviewId)
                        .bind(entry.criterionId)
                        .bind(entry.value)
                        .bind(entry.reason)
                        .exec(m_what);
        } else if (!raterIds.contains(entry.raterUuid)) {
            error = {
                StorageError::InvalidInput,
                tr("A rating names reviewer %1, who is not in the review.").arg(entry.raterUuid)};
        } else {
            error = raterRating.bind(raterIds.value(entry.raterUuid))
                        .bind(entry.criterionId)
                        .bind(entry.value)
                        .exec(m_what);
        }
        if (error)
            return error;
    }
    SqlStatement note(
        m_db,
        QStringLiteral(
            "INSERT INTO evidence_note (review_id, criterion, source, text) VALUES (?, ?, ?, ?)"));
    for (const EvidenceNote &entry : document.notes) {
        if (StorageError error = note.bind(reviewId)
                                     .bind(entry.criterionId)
                                     .bind(entry.source)
                                     .bind(entry.text)
                                     .exec(m_what))
            return error;
    }
    SqlStatement number(m_db,
                        QStringLiteral("INSERT INTO evidence_number (review_id, criterion, "
                                       "input_key, value) VALUES (?, ?, ?, ?)"));
    for (const EvidenceNumber &entry : document.numbers) {
        if (StorageError error = number.bind(reviewId)
                                     .bind(entry.criterionId)
                                     .bind(entry.inputKey)
                                     .bind(entry.value)
                                     .exec(m_what))
            return error;
    }
    SqlStatement element(m_db,
                         QStringLiteral("INSERT INTO element_check (review_id, criterion, "
                                        "element_key, present) VALUES (?, ?, ?, ?)"));
    for (const ElementCheck &entry : document.elements) {
        if (StorageError error = element.bind(reviewId)
                                     .bind(entry.criterionId)
                                     .bind(entry.elementKey)
                                     .bind(entry.present ? 1 : 0)
                                     .exec(m_what))
            return error;
    }
    SqlStatement finding(m_db,
                         QStringLiteral("INSERT INTO finding (review_id, uuid, criterion, kind, "
                                        "text, position) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < document.findings.size(); ++i) {
        const Finding &entry = document.findings.at(i);
        if (StorageError error = finding.bind(reviewId)
                                     .bind(entry.uuid)
                                     .bind(entry.criterionId)
                                     .bind(toKey(entry.kind))
                                     .bind(entry.text)
                                     .bind(i)
                                     .exec(m_what))
            return error;
    }
    SqlStatement action(m_db,
                        QStringLiteral("INSERT INTO action_item (review_id, uuid, what, who, due, "
                                       "status, position) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < document.actions.size(); ++i) {
        const ActionItem &entry = document.actions.at(i);
        const QString due = entry.due.isValid() ? entry.due.toString(Qt::ISODate) : QString();
        if (StorageError error = action.bind(reviewId)
                                     .bind(entry.uuid)
                                     .bind(entry.what)
                                     .bind(entry.who)
                                     .bind(due)
                                     .bind(toKey(entry.status))
                                     .bind(i)
                                     .exec(m_what))
            return error;
    }
    if (StorageError error = WorkbookStore::write(m_db, reviewId, document.workbook, m_what))
        return error;
    return VisitPlanStore::write(m_db, reviewId, document.visitPlan, m_what);
}

} // namespace laatu
