#pragma once

#include "TestCluster.h"

#include "programme/ServerConnection.h"
#include "storage/Database.h"
#include "storage/OutboxRepository.h"
#include "storage/ReviewRepository.h"

#include <QTemporaryDir>

#include <memory>

namespace laatu::test {

// The counties of the tests and the programme's people (made once per run by programme()).
inline const QString kCountyA = QStringLiteral("Keski-Suomen hyvinvointialue");
inline const QString kCountyB = QStringLiteral("Kanta-Hämeen hyvinvointialue");
inline const QString kReviewerA = QStringLiteral("reviewer.a"); // county A
inline const QString kReviewerA2 = QStringLiteral("reviewer.a2"); // county A, another laptop
inline const QString kReviewerB = QStringLiteral("reviewer.b"); // county B
inline const QString kCountyManagerA = QStringLiteral("manager.a"); // reads county A
inline const QString kProgrammeManager = QStringLiteral("manager.all"); // reads all

// The cluster of this test run, started at first use (the run fails if it cannot start).
TestCluster &cluster();
// The cluster with the programme's schema and people in place.
TestCluster &programme();
QString passwordOf(const QString &login);
// A connection as `login` (the administrator when it is TestCluster::kAdmin).
std::unique_ptr<ServerConnection> connectAs(const QString &login,
                                            const QString &host = QStringLiteral("localhost"));
// Runs one statement as the administrator; fails the test on an error.
void adminExec(const QString &sql);
qint64 adminCount(const QString &sql);

// One reviewer's (or manager's) laptop: its own SQLite database in a temporary folder.
class Laptop
{
public:
    Laptop();
    Database &database() { return *m_database; }
    ReviewRepository &repository() { return *m_repository; }
    const QString &path() const { return m_path; }
    // Demo reviews (seed: which), all final, of sites in `county`; returns them as stored.
    QList<ReviewDocument> addFinalReviews(quint32 seed, int sites, int reviewsPerSite,
                                          const QString &county);
    QList<OutboxRepository::Candidate> finalOwn();
    QHash<qint64, OutboxRepository::Entry> outbox();
    // Closes the database (and gives up its writer lock) for laatu-cli to open it.
    void close();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ReviewRepository> m_repository;
};

} // namespace laatu::test
