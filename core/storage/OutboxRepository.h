#pragma once

#include "StorageError.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace laatu {

class Database;

// What this laptop has sent to the programme server, per own review (programme_outbox). A
// review is 'published' only once the server's COMMIT came back; until then it is 'pending',
// so a lost connection or a killed process leaves it for the next publish to finish.
class OutboxRepository
{
    Q_DECLARE_TR_FUNCTIONS(OutboxRepository)

public:
    enum class State { Pending, Published, Conflict };
    // One review's line of the outbox; `revision`/`sha256` are what was last sent or is
    // being sent, `published*` what the server confirmed.
    struct Entry
    {
        qint64 reviewId = 0;
        QString reviewUuid;
        QString siteName;
        State state = State::Pending;
        int revision = 0;
        QString sha256;
        int publishedRevision = 0;
        QString publishedSha256;
        qint64 serverSequence = 0;
        QString message;
        QString fingerprint; // the review's Candidate::fingerprint when `sha256` was made
    };
    // A final own review and the revision it publishes as: each reopening makes the next.
    struct Candidate
    {
        qint64 reviewId = 0;
        QString reviewUuid;
        int revision = 1;
        // What the review's file is made of that can change while it stays final at this
        // revision: its updated_at and status, and its site's details. Equal fingerprints at
        // the same revision mean the same file, so a publish with nothing changed need not
        // read and hash the review again.
        QString fingerprint;
    };
    // A review's publication, as the review list shows it.
    enum class Publication {
        NotPublished, // final, never sent (not in publications())
        Pending, // sent, the server's COMMIT not yet known
        Published,
        ChangedSincePublication, // reopened, or its site changed, since it was published
        Conflict,
        Pulled, // from the programme, not this laptop's own
    };

    explicit OutboxRepository(Database &database);

    // Every final review of this laptop's own (never a pulled one), oldest first.
    StorageError finalOwnReviews(QList<Candidate> &candidates);
    // The review as a candidate: NotFound when there is none, InvalidInput when it is not
    // final or was pulled from the programme.
    StorageError candidate(qint64 reviewId, Candidate &candidate);
    StorageError entries(QHash<qint64, Entry> &entries);
    // Every sent own review and every pulled one, in one query; a review not in it was never
    // sent (NotPublished when it is final). Nothing is read for a laptop that never published
    // or pulled, however long its history.
    StorageError publications(QHash<qint64, Publication> &publications);

    // In one transaction each; the entry's state, revision, hash, sequence and message are
    // written (the published* fields follow when the state is Published).
    StorageError record(const QList<Entry> &entries);

    static QString stateKey(State state);

private:
    Database &m_database;
};

} // namespace laatu
