#pragma once

#include "StorageError.h"

#include "review/ReviewDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace laatu {

class Database;

// The read-only local copy of the programme: reviews pulled from the server, kept in the same
// tables as this laptop's own (so comparison, history and CSV count them alike) and marked in
// programme_copy. The schema's triggers refuse every change to a pulled review except the
// pull's own, made here with programme_copy_writing held inside the transaction; a pull never
// touches a review of this laptop's own.
class ProgrammeCopyRepository
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeCopyRepository)

public:
    struct PulledReview
    {
        ReviewDocument document; // validated against its catalog by the caller
        int revision = 1;
        QString sha256;
        qint64 sequence = 0;
        QString publishedBy;
        QString publishedAt; // UTC, ISO 8601
    };
    struct PullState
    {
        QString server; // ServerAddress::label() of the copy's server; empty: never pulled
        qint64 lastSequence = 0;
        QString lastPullAt; // UTC, ISO 8601
    };
    struct StoreCounts
    {
        int added = 0;
        int replaced = 0; // a newer revision of a pulled review
        int unchanged = 0; // the same or an older revision than the copy holds
        int own = 0; // this laptop's own review: left alone
    };

    explicit ProgrammeCopyRepository(Database &database);

    StorageError state(PullState &state);
    // One transaction: every review of `reviews` (in order) and the new pull state.
    StorageError store(QList<PulledReview> &reviews, const QString &server, qint64 lastSequence,
                       StoreCounts &counts);
    // Only the pull state's time (an incremental pull that found nothing new).
    StorageError touch(const QString &server, qint64 lastSequence);
    // The ids of the pulled reviews.
    StorageError pulledIds(QSet<qint64> &ids);
    // Removes every pulled review and the pull state; one's own reviews stay.
    StorageError clear();

private:
    StorageError storeOne(PulledReview &review, const QString &now, StoreCounts &counts,
                          const QString &what);
    StorageError ensureCatalogRow(const QString &id, const QString &version, const QString &what);
    StorageError writeState(const QString &server, qint64 lastSequence, const QString &what);

    Database &m_database;
};

} // namespace laatu
