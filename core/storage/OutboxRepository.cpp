#include "OutboxRepository.h"

#include "Database.h"
#include "SqlStatement.h"
#include "Transaction.h"

#include <QDateTime>

namespace laatu {

namespace {
// See Candidate::fingerprint. char(31) (unit separator) keeps the fields apart.
const auto kFingerprint
    = "r.updated_at || char(31) || r.status || char(31) || s.uuid || char(31) || s.name"
      " || char(31) || s.organisation || char(31) || s.unit || char(31) || s.municipality"
      " || char(31) || s.county || char(31) || s.archived";
// Own reviews only: a review in programme_copy came from the server.
const auto kOwnFinal = "SELECT r.id, r.uuid, r.reopen_count + 1, %1 FROM review r"
                       " JOIN site s ON s.id = r.site_id"
                       " WHERE r.status = 'final' AND r.id NOT IN (SELECT review_id FROM"
                       " programme_copy)";
} // namespace

OutboxRepository::OutboxRepository(Database &database)
    : m_database(database)
{ }

QString OutboxRepository::stateKey(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Published:
        return QStringLiteral("published");
    case State::Conflict:
        break;
    }
    return QStringLiteral("conflict");
}

StorageError OutboxRepository::finalOwnReviews(QList<Candidate> &candidates)
{
    candidates.clear();
    const QString what = tr("listing the final reviews to publish");
    SqlStatement query(m_database.sql(),
                       QString::fromLatin1(kOwnFinal).arg(QLatin1String(kFingerprint))
                           + QStringLiteral(" ORDER BY r.id"));
    if (StorageError error = query.exec(what))
        return m_database.markIfDamaged(error);
    while (query.next())
        candidates << Candidate {query.value(0).toLongLong(), query.value(1).toString(),
                                 query.value(2).toInt(), query.value(3).toString()};
    return m_database.markIfDamaged(query.readError(what));
}

StorageError OutboxRepository::candidate(qint64 reviewId, Candidate &candidate)
{
    const QString what = tr("reading review %1 to publish").arg(reviewId);
    SqlStatement query(m_database.sql(),
                       QStringLiteral("SELECT r.uuid, r.reopen_count + 1, r.status,"
                                      " EXISTS (SELECT 1 FROM programme_copy p"
                                      "  WHERE p.review_id = r.id), %1"
                                      " FROM review r JOIN site s ON s.id = r.site_id"
                                      " WHERE r.id = ?")
                           .arg(QLatin1String(kFingerprint)));
    query.bind(reviewId);
    if (StorageError error = query.exec(what))
        return m_database.markIfDamaged(error);
    if (!query.next())
        return StorageError::noSuchReview(QString::number(reviewId));
    candidate
        = {reviewId, query.value(0).toString(), query.value(1).toInt(), query.value(4).toString()};
    if (query.value(3).toBool())
        return {StorageError::InvalidInput,
                tr("Review %1 was pulled from the programme; only its own reviewer publishes "
                   "it.")
                    .arg(candidate.reviewUuid)};
    if (query.value(2).toString() != QLatin1String("final"))
        return {StorageError::InvalidInput,
                tr("Review %1 is not final; only final reviews are published, drafts stay on "
                   "this laptop.")
                    .arg(candidate.reviewUuid)};
    return {};
}

StorageError OutboxRepository::entries(QHash<qint64, Entry> &entries)
{
    entries.clear();
    const QString what = tr("reading what was published");
    SqlStatement query(m_database.sql(),
                       QStringLiteral("SELECT o.review_id, r.uuid, s.name, o.state, o.revision,"
                                      " o.sha256, o.published_revision, o.published_sha256,"
                                      " o.server_sequence, o.message, o.fingerprint"
                                      " FROM programme_outbox o JOIN review r ON r.id = o.review_id"
                                      " JOIN site s ON s.id = r.site_id ORDER BY o.review_id"));
    if (StorageError error = query.exec(what))
        return m_database.markIfDamaged(error);
    while (query.next()) {
        Entry entry;
        entry.reviewId = query.value(0).toLongLong();
        entry.reviewUuid = query.value(1).toString();
        entry.siteName = query.value(2).toString();
        const QString state = query.value(3).toString();
        entry.state = state == QLatin1String("published") ? State::Published
            : state == QLatin1String("conflict")          ? State::Conflict
                                                          : State::Pending;
        entry.revision = query.value(4).toInt();
        entry.sha256 = query.value(5).toString();
        entry.publishedRevision = query.value(6).toInt();
        entry.publishedSha256 = query.value(7).toString();
        entry.serverSequence = query.value(8).toLongLong();
        entry.message = query.value(9).toString();
        entry.fingerprint = query.value(10).toString();
        entries.insert(entry.reviewId, entry);
    }
    return m_database.markIfDamaged(query.readError(what));
}

StorageError OutboxRepository::publications(QHash<qint64, Publication> &publications)
{
    publications.clear();
    const QString what = tr("reading what was published");
    SqlStatement query(
        m_database.sql(),
        // Driven by the two small tables, never by the review table: a laptop that never
        // published or pulled reads nothing, however long its history.
        QStringLiteral("SELECT p.review_id, NULL, 1, NULL, NULL FROM programme_copy p"
                       " UNION ALL"
                       " SELECT r.id, r.status, 0, o.state,"
                       " o.published_revision = r.reopen_count + 1 AND o.fingerprint = %1"
                       " FROM programme_outbox o JOIN review r ON r.id = o.review_id"
                       " JOIN site s ON s.id = r.site_id"
                       " WHERE o.review_id NOT IN (SELECT review_id FROM programme_copy)")
            .arg(QLatin1String(kFingerprint)));
    if (StorageError error = query.exec(what))
        return m_database.markIfDamaged(error);
    while (query.next()) {
        const QString state = query.value(3).toString();
        Publication publication = Publication::NotPublished;
        if (query.value(2).toBool())
            publication = Publication::Pulled;
        else if (state == QLatin1String("conflict"))
            publication = Publication::Conflict;
        else if (state == QLatin1String("pending"))
            publication = Publication::Pending;
        else if (state == QLatin1String("published"))
            publication = query.value(4).toBool() ? Publication::Published
                                                  : Publication::ChangedSincePublication;
        publications.insert(query.value(0).toLongLong(), publication);
    }
    return m_database.markIfDamaged(query.readError(what));
}

StorageError OutboxRepository::record(const QList<Entry> &entries)
{
    if (entries.isEmpty())
        return {};
    const QString what = tr("noting what was published");
    if (StorageError error = m_database.ensureWritable(what))
        return error;
    Transaction transaction(m_database.sql(), what);
    if (transaction.beginError())
        return m_database.markIfDamaged(transaction.beginError());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const Entry &entry : entries) {
        const bool published = entry.state == State::Published;
        SqlStatement upsert(
            m_database.sql(),
            QStringLiteral(
                "INSERT INTO programme_outbox (review_id, state, revision, sha256,"
                " published_revision, published_sha256, server_sequence, updated_at, message,"
                " fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (review_id) DO UPDATE SET state = excluded.state,"
                " revision = excluded.revision, sha256 = excluded.sha256,"
                " published_revision = CASE WHEN excluded.state = 'published'"
                "  THEN excluded.published_revision ELSE published_revision END,"
                " published_sha256 = CASE WHEN excluded.state = 'published'"
                "  THEN excluded.published_sha256 ELSE published_sha256 END,"
                " server_sequence = CASE WHEN excluded.state = 'published'"
                "  THEN excluded.server_sequence ELSE server_sequence END,"
                " updated_at = excluded.updated_at, message = excluded.message,"
                " fingerprint = excluded.fingerprint"));
        upsert.bind(entry.reviewId)
            .bind(stateKey(entry.state))
            .bind(entry.revision)
            .bind(entry.sha256)
            .bind(published ? entry.revision : 0)
            .bind(published ? entry.sha256 : QString())
            .bind(published ? entry.serverSequence : 0)
            .bind(now)
            .bind(entry.message)
            .bind(entry.fingerprint);
        if (StorageError error = upsert.exec(what))
            return m_database.markIfDamaged(error);
    }
    return m_database.markIfDamaged(transaction.commit(what));
}

} // namespace laatu
