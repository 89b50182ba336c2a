// Clearing a final review's record sample (ReviewRepository): the rows go, their figures stay.
#include "ReviewRepository.h"

#include "Database.h"
#include "ReviewDocumentReader.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include "scoring/RecordClearing.h"

namespace laatu {

StorageError ReviewRepository::clearRecords(qint64 reviewId, int &cleared)
{
    const QString what = tr("clearing the record sample");
    cleared = 0;
    if (StorageError error = m_database.ensureWritable(what))
        return error;
    Transaction transaction(m_database.sql(), what);
    if (transaction.beginError())
        return transaction.beginError();
    ReviewDocument document;
    if (StorageError error = ReviewDocumentReader::load(m_database.sql(), reviewId, document))
        return m_database.markIfDamaged(error);
    if (document.review.status != ReviewStatus::Final)
        return {StorageError::InvalidInput,
                tr("The record sample is cleared once the review is final; finalise it first.")};
    if (document.workbook.records.isEmpty())
        return {StorageError::InvalidInput, tr("This review's workbook holds no record rows.")};
    StorageError catalogError;
    const Instrument *instrument
        = catalog(document.review.catalogId, document.review.catalogVersion, catalogError);
    if (!instrument)
        return catalogError;
    const ReviewDocument without = RecordClearing::withoutRecords(document, *instrument);
    // What the records gave, kept as typed figures beside the ones the reviewers typed.
    SqlStatement number(m_database.sql(),
                        QStringLiteral("INSERT INTO evidence_number (review_id, criterion, "
                                       "input_key, value) VALUES (?, ?, ?, ?)"));
    for (const EvidenceNumber &entry : without.numbers) {
        if (document.numbers.contains(entry))
            continue;
        if (StorageError error = number.bind(reviewId)
                                     .bind(entry.criterionId)
                                     .bind(entry.inputKey)
                                     .bind(entry.value)
                                     .exec(what))
            return error;
    }
    // Overwritten, not only unlinked: the pages the rows lay on are zeroed, so the codes are
    // not left in the file's free space (a backup never copies free pages anyway).
    SqlStatement secure(m_database.sql(), QStringLiteral("PRAGMA secure_delete = ON"));
    if (StorageError error = secure.exec(what))
        return error;
    SqlStatement remove(
        m_database.sql(),
        QStringLiteral("DELETE FROM workbook_row WHERE review_id = ? AND kind = 'record'"));
    remove.bind(reviewId);
    StorageError removed = remove.exec(what);
    SqlStatement normal(m_database.sql(), QStringLiteral("PRAGMA secure_delete = OFF"));
    if (StorageError error = normal.exec(what); !removed)
        removed = error;
    if (removed)
        return removed;
    SqlStatement flag(m_database.sql(),
                      QStringLiteral("UPDATE review SET records_cleared = 1 WHERE id = ?"));
    flag.bind(reviewId);
    if (StorageError error = flag.exec(what))
        return error;
    SqlStatement audit(m_database.sql(),
                       QStringLiteral("INSERT INTO audit_log (review_id, at, action, detail)"
                                      " VALUES (?, ?, 'clear-records', ?)"));
    audit.bind(reviewId).bind(nowUtc()).bind(
        QStringLiteral("records=%1 figures-kept=%2")
            .arg(document.workbook.records.size())
            .arg(without.numbers.size() - document.numbers.size()));
    if (StorageError error = audit.exec(what))
        return error;
    cleared = int(document.workbook.records.size());
    return transaction.commit(what);
}

} // namespace laatu
