#include "ProgrammePublisher.h"

#include "ServerConnection.h"
#include "ServerSchema.h"

#include "exchange/ReviewFileFormat.h"
#include "scoring/RecordClearing.h"
#include "storage/ReviewRepository.h"

#include <QCryptographicHash>

#include <algorithm>

namespace laatu {

namespace {
// Acknowledgements are written to the laptop's database this many at a time: each is an
// fsync, and one lost with a crash only means "already published" next time.
constexpr int kAcknowledgeBatch = 100;

ProgrammeError fromStorage(const StorageError &error)
{
    return {ProgrammeError::Local, error.message()};
}
} // namespace

int ProgrammePublisher::Result::count(Outcome outcome) const
{
    return static_cast<int>(
        std::count_if(reviews.cbegin(), reviews.cend(),
                      [outcome](const ReviewResult &review) { return review.outcome == outcome; }));
}

ProgrammePublisher::ProgrammePublisher(Database &database, ReviewRepository &repository,
                                       ServerConnection &connection)
    : m_database(database)
    , m_repository(repository)
    , m_connection(connection)
{ }

ProgrammePublisher::Result
ProgrammePublisher::publish(const QList<OutboxRepository::Candidate> &candidates)
{
    Result result;
    if ((result.error = ServerSchema::requireKnownVersion(m_connection)))
        return result;
    OutboxRepository outbox(m_database);
    QHash<qint64, OutboxRepository::Entry> known;
    if (StorageError error = outbox.entries(known)) {
        result.error = fromStorage(error);
        return result;
    }
    // What is to be sent: each review as its canonical review file, hashed. A review whose
    // outbox says this very snapshot is on the server is not sent again.
    struct Snapshot
    {
        OutboxRepository::Candidate candidate;
        QString json;
        QString sha256;
    };
    QList<Snapshot> toSend;
    QList<OutboxRepository::Entry> pendingEntries;
    for (const OutboxRepository::Candidate &candidate : candidates) {
        const auto it = known.constFind(candidate.reviewId);
        if (it != known.cend() && it->state == OutboxRepository::State::Published
            && it->publishedRevision == candidate.revision && !candidate.fingerprint.isEmpty()
            && it->fingerprint == candidate.fingerprint) {
            // Nothing the file is made of has changed since the server confirmed it.
            result.reviews << ReviewResult {candidate.reviewId, candidate.reviewUuid,
                                            candidate.revision, Outcome::AlreadyPublished,
                                            it->serverSequence, {}};
            continue;
        }
        ReviewDocument document;
        if (StorageError error = m_repository.loadReview(candidate.reviewId, document)) {
            result.error = fromStorage(error);
            return result;
        }
        // The record sample never goes to the programme: its figures go as typed ones.
        StorageError catalogError;
        const Instrument *instrument = m_repository.catalog(
            document.review.catalogId, document.review.catalogVersion, catalogError);
        if (catalogError || !instrument) {
            result.error = fromStorage(catalogError);
            return result;
        }
        const QByteArray json
            = ReviewFileFormat::toJson(RecordClearing::withoutRecords(document, *instrument));
        const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
        if (it != known.cend() && it->state == OutboxRepository::State::Published
            && it->publishedRevision == candidate.revision && it->publishedSha256 == sha256) {
            result.reviews << ReviewResult {candidate.reviewId, candidate.reviewUuid,
                                            candidate.revision, Outcome::AlreadyPublished,
                                            it->serverSequence, {}};
            continue;
        }
        if (it != known.cend() && it->state == OutboxRepository::State::Conflict
            && it->revision == candidate.revision && it->sha256 == sha256) {
            // Already listed on the server; sending it again would list it twice.
            result.reviews << ReviewResult {
                candidate.reviewId, candidate.reviewUuid, candidate.revision, Outcome::Conflict, 0,
                it->message};
            continue;
        }
        toSend << Snapshot {candidate, QString::fromUtf8(json), sha256};
        OutboxRepository::Entry entry;
        entry.reviewId = candidate.reviewId;
        entry.state = OutboxRepository::State::Pending;
        entry.revision = candidate.revision;
        entry.sha256 = sha256;
        entry.fingerprint = candidate.fingerprint;
        pendingEntries << entry;
    }
    // Pending first, on the laptop, so a crash from here on leaves a record of what is owed.
    if (StorageError error = outbox.record(pendingEntries)) {
        result.error = fromStorage(error);
        return result;
    }
    QList<OutboxRepository::Entry> acknowledged;
    const auto acknowledge = [&]() {
        const StorageError error = outbox.record(acknowledged);
        acknowledged.clear();
        return error;
    };
    for (qsizetype i = 0; i < toSend.size(); ++i) {
        const Snapshot &snapshot = toSend.at(i);
        ReviewResult review;
        if (ProgrammeError error = publishOne(snapshot.candidate, snapshot.json, snapshot.sha256,
                                              review, static_cast<int>(i))) {
            m_connection.rollback();
            if (error.code() == ProgrammeError::Denied) {
                // This review is refused (a county the login is not assigned to); the others
                // may still go. It stays pending with the reason.
                review.outcome = Outcome::Refused;
                review.message = error.message();
                result.reviews << review;
                OutboxRepository::Entry entry = pendingEntries.at(i);
                entry.message = error.message();
                acknowledged << entry;
                ++result.pending;
                continue;
            }
            result.error = error;
            result.pending += static_cast<int>(toSend.size() - i);
            break;
        }
        result.reviews << review;
        OutboxRepository::Entry entry = pendingEntries.at(i);
        entry.state = review.outcome == Outcome::Conflict ? OutboxRepository::State::Conflict
                                                          : OutboxRepository::State::Published;
        entry.serverSequence = review.sequence;
        entry.message = review.message;
        acknowledged << entry;
        if (progress && !progress(static_cast<int>(i + 1), static_cast<int>(toSend.size()))) {
            result.pending += static_cast<int>(toSend.size() - i - 1);
            break;
        }
        if (acknowledged.size() >= kAcknowledgeBatch) {
            if (StorageError error = acknowledge()) {
                result.error = fromStorage(error);
                return result;
            }
        }
    }
    if (StorageError error = acknowledge())
        if (!result.error)
            result.error = fromStorage(error);
    return result;
}

ProgrammeError ProgrammePublisher::publishOne(const OutboxRepository::Candidate &candidate,
                                              const QString &json, const QString &sha256,
                                              ReviewResult &result, int sent)
{
    result
        = {candidate.reviewId, candidate.reviewUuid, candidate.revision, Outcome::Published, 0, {}};
    const QString what = tr("publishing review %1").arg(candidate.reviewUuid);
    if (ProgrammeError error = m_connection.begin(what))
        return error;
    QSqlQuery existing = m_connection.newQuery();
    if (ProgrammeError error
        = m_connection.exec(existing,
                            QStringLiteral("SELECT sha256, sequence FROM laatu.snapshot"
                                           " WHERE review_uuid = ?::uuid AND revision = ?"),
                            {candidate.reviewUuid, candidate.revision}, what))
        return error;
    if (existing.next()) {
        const QString storedSha = existing.value(0).toString();
        result.sequence = existing.value(1).toLongLong();
        existing.finish();
        if (storedSha == sha256) {
            result.outcome = Outcome::AlreadyPublished;
        } else {
            // Listed beside the published snapshot, which stays as it is.
            result.outcome = Outcome::Conflict;
            result.message = tr("revision %1 of review %2 is already published with other "
                                "content (SHA-256 %3, this laptop's is %4); the server keeps "
                                "the first and lists this one as a conflict")
                                 .arg(candidate.revision)
                                 .arg(candidate.reviewUuid, storedSha.left(12), sha256.left(12));
            QSqlQuery conflict = m_connection.newQuery();
            if (ProgrammeError error = m_connection.exec(
                    conflict,
                    QStringLiteral("INSERT INTO laatu.conflict (review_uuid, revision,"
                                   " document_text) VALUES (?::uuid, ?, ?)"),
                    {candidate.reviewUuid, candidate.revision, json}, what))
                return error;
        }
    } else {
        existing.finish();
        QSqlQuery insert = m_connection.newQuery();
        if (ProgrammeError error = m_connection.exec(
                insert,
                QStringLiteral("INSERT INTO laatu.snapshot (review_uuid, revision, document_text)"
                               " VALUES (?::uuid, ?, ?) RETURNING sequence, sha256"),
                {candidate.reviewUuid, candidate.revision, json}, what))
            return error;
        if (!insert.next())
            return {ProgrammeError::Server, tr("The server did not confirm %1.").arg(what)};
        result.sequence = insert.value(0).toLongLong();
        if (insert.value(1).toString() != sha256)
            return {ProgrammeError::Server,
                    tr("The server computed another SHA-256 for review %1 than this laptop; "
                       "nothing was published.")
                        .arg(candidate.reviewUuid)};
    }
    if (beforeCommit)
        beforeCommit(sent);
    return m_connection.commit(what);
}

} // namespace laatu
