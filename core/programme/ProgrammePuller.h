#pragma once

#include "ProgrammeError.h"

#include "storage/ProgrammeCopyRepository.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace laatu {

class Database;
class ReviewRepository;
class ServerConnection;

// Pulls what was published since the last pull into the read-only programme copy: pages in
// sequence order, each checked (SHA-256 of the text, the review file format, its catalog)
// and stored in one local transaction together with the sequence reached, so a broken
// connection loses nothing and the next pull goes on from there. The server's row-level
// security decides what this login gets.
class ProgrammePuller
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammePuller)

public:
    static constexpr int kPageSize = 500;

    struct Result
    {
        ProgrammeCopyRepository::StoreCounts counts;
        int received = 0;
        qint64 lastSequence = 0;
        ProgrammeError error;
    };

    ProgrammePuller(Database &database, ReviewRepository &repository, ServerConnection &connection);
    // After each page stored, with the number of reviews received so far; false stops the
    // pull there (what was stored stays, and the next pull goes on from it).
    std::function<bool(int)> progress;
    Result pull();

private:
    ProgrammeError readPage(qint64 after, QList<ProgrammeCopyRepository::PulledReview> &page,
                            qint64 &last);

    Database &m_database;
    ReviewRepository &m_repository;
    ServerConnection &m_connection;
};

} // namespace laatu
