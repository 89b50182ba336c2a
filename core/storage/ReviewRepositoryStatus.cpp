// A review's way from draft to final and back: reveal, finalise, reopen, and its audit log
// (ReviewRepository).
#include "ReviewRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "TextGuard.h"
#include "Transaction.h"

#include "scoring/ScoreCard.h"
#include "text/TextRules.h"

namespace laatu {

StorageError ReviewRepository::reveal(qint64 reviewId)
{
    const QString what = tr("revealing the reviewers' ratings");
    return edit(reviewId, what, QStringLiteral("reveal"), QString(),
                [&](const EditContext &context) {
                    if (context.status != ReviewStatus::Draft)
                        return StorageError();
                    SqlStatement update(
                        m_database.sql(),
                        QStringLiteral("UPDATE review SET status = 'consensus' WHERE id = ?"));
                    update.bind(reviewId);
                    if (StorageError error = update.exec(what))
                        return error;
                    SqlStatement audit(
                        m_database.sql(),
                        QStringLiteral("INSERT INTO audit_log (review_id, at, action, detail)"
                                       " VALUES (?, ?, 'reveal', '')"));
                    audit.bind(reviewId).bind(nowUtc());
                    return audit.exec(what);
                });
}

StorageError ReviewRepository::finalise(qint64 reviewId)
{
    const QString what = tr("finalising the review");
    if (StorageError error = m_database.ensureWritable(what))
        return error;
    Transaction transaction(m_database.sql(), what);
    if (transaction.beginError())
        return transaction.beginError();
    EditContext context;
    if (StorageError error = editContext(reviewId, context, what))
        return error;
    ReviewDocument document;
    if (StorageError error = loadReview(reviewId, document))
        return error;
    const ScoreCard card
        = ScoreCard::compute(*context.instrument, document.consensus(), document.raterSheets());
    if (!card.isComplete())
        return {StorageError::InvalidInput,
                tr("The review cannot be final while criteria are unrated: %1.")
                    .arg(card.unrated().join(QStringLiteral(", ")))};
    if (card.agreement()) {
        QStringList missingReasons;
        for (const QString &id : card.agreement()->differByTwoOrMore) {
            bool hasReason = false;
            for (const RatingEntry &entry : document.ratings)
                hasReason = hasReason
                    || (entry.raterUuid.isEmpty() && entry.criterionId == id
                        && !entry.reason.trimmed().isEmpty());
            if (!hasReason)
                missingReasons << id;
        }
        if (!missingReasons.isEmpty())
            return {StorageError::InvalidInput,
                    tr("The reviewers' ratings differ by 2 or more on %1: write the reason for the "
                       "consensus rating before the review can be final.")
                        .arg(missingReasons.join(QStringLiteral(", ")))};
    }
    SqlStatement update(m_database.sql(),
                        QStringLiteral("UPDATE review SET status = 'final' WHERE id = ?"));
    update.bind(reviewId);
    if (StorageError error = update.exec(what))
        return error;
    SqlStatement audit(
        m_database.sql(),
        QStringLiteral(
            "INSERT INTO audit_log (review_id, at, action, detail) VALUES (?, ?, 'finalise', ?)"));
    audit.bind(reviewId).bind(nowUtc()).bind(
        QStringLiteral("total=%1").arg(card.total().value_or(0)));
    if (StorageError error = audit.exec(what))
        return error;
    return transaction.commit(what);
}

StorageError ReviewRepository::reopen(qint64 reviewId, const QString &reason)
{
    const QString what = tr("reopening the review");
    if (StorageError error = TextGuard::field(tr("reason"), reason, TextRules::Kind::Note))
        return error;
    if (StorageError error = m_database.ensureWritable(what))
        return error;
    if (reason.trimmed().isEmpty())
        return {StorageError::InvalidInput,
                tr("Say why the final review is reopened; the reason is logged.")};
    Transaction transaction(m_database.sql(), what);
    if (transaction.beginError())
        return transaction.beginError();
    SqlStatement update(
        m_database.sql(),
        QStringLiteral("UPDATE review SET status = 'consensus',"
                       " reopen_count = reopen_count + 1 WHERE id = ? AND status = 'final'"));
    update.bind(reviewId);
    if (StorageError error = update.exec(what))
        return error;
    if (update.rowsAffected() != 1)
        return {StorageError::InvalidInput, tr("Only a final review can be reopened.")};
    SqlStatement audit(
        m_database.sql(),
        QStringLiteral(
            "INSERT INTO audit_log (review_id, at, action, detail) VALUES (?, ?, 'reopen', ?)"));
    audit.bind(reviewId).bind(nowUtc()).bind(reason);
    if (StorageError error = audit.exec(what))
        return error;
    return transaction.commit(what);
}

StorageError ReviewRepository::auditLog(qint64 reviewId, QStringList &entries)
{
    SqlStatement query(
        m_database.sql(),
        QStringLiteral("SELECT at, action, detail FROM audit_log WHERE review_id = ? ORDER BY id"));
    query.bind(reviewId);
    if (StorageError error = query.exec(tr("reading the audit log")))
        return error;
    while (query.next())
        entries << QStringLiteral("%1 %2 %3")
                       .arg(query.value(0).toString(), query.value(1).toString(),
                            query.value(2).toString());
    return query.readError(tr("reading the audit log"));
}

} // namespace laatu
