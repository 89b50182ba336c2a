#pragma once

#include "ProgrammeError.h"

#include "storage/OutboxRepository.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace laatu {

class Database;
class ReviewRepository;
class ServerConnection;

// Publishes final reviews as immutable snapshots: one server transaction per review, the
// outbox updated after each COMMIT (in batches; a review whose acknowledgement is lost stays
// 'pending' and the next publish finds it already on the server). The same snapshot again is
// "already published"; the same revision with other content is a conflict, listed on the
// server beside the published one and never in its place.
class ProgrammePublisher
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammePublisher)

public:
    enum class Outcome { Published, AlreadyPublished, Conflict, Refused };
    struct ReviewResult
    {
        qint64 reviewId = 0;
        QString reviewUuid;
        int revision = 0;
        Outcome outcome = Outcome::Published;
        qint64 sequence = 0;
        QString message; // for a conflict or a refusal
    };
    struct Result
    {
        QList<ReviewResult> reviews;
        int pending = 0; // left for the next publish (after an error that stopped this one)
        ProgrammeError error; // what stopped the publish, if something did
        int count(Outcome outcome) const;
    };

    ProgrammePublisher(Database &database, ReviewRepository &repository,
                       ServerConnection &connection);

    // For tests: runs inside each review's server transaction, just before its COMMIT, with
    // the number of reviews sent so far (to break the connection in the middle).
    std::function<void(int)> beforeCommit;
    // After each review sent, with how many of how many (for a progress display); false
    // stops the publish there, the reviews not yet sent left pending for the next one.
    std::function<bool(int, int)> progress;

    Result publish(const QList<OutboxRepository::Candidate> &candidates);

private:
    ProgrammeError publishOne(const OutboxRepository::Candidate &candidate, const QString &json,
                              const QString &sha256, ReviewResult &result, int sent);

    Database &m_database;
    ReviewRepository &m_repository;
    ServerConnection &m_connection;
};

} // namespace laatu
