#pragma once

// What "opens read-only, edits refused with a message" means, checked on an open Database: the
// same checks run in this process and, when the tests run as root (whom file modes do not
// bind), in a child process that runs as an ordinary user.
#include "ReliabilitySupport.h"

#include <QFile>

namespace laatu::test {

inline void checkRefused(const StorageError &error, const Database &database, const char *edit)
{
    INFO(edit << ": " << error.message().toStdString());
    CHECK(error.code() == StorageError::ReadOnly);
    // The message says why (the reason names the file, folder or holder of the lock).
    CHECK(error.message().contains(database.readOnlyReason()));
}

// Reading works and every edit of ReviewRepository is refused; the data is as it was.
inline void checkReadOnlyDatabase(Database &database, int expectedReviews)
{
    CHECK(database.isReadOnly());
    CHECK_FALSE(database.readOnlyReason().isEmpty());
    ReviewRepository repository(database);
    const DataSnapshot before = takeSnapshot(repository);
    REQUIRE(before.documents.size() == expectedReviews);
    REQUIRE(expectedReviews > 0);

    const qint64 id = editableReview(repository);
    ReviewDocument first;
    REQUIRE_FALSE(repository.loadReview(id, first));
    const QString criterion = builtIn().criteria().first().id;
    const QString source = builtIn().sources().first().key;
    REQUIRE_FALSE(first.raters.isEmpty());

    checkRefused(repository.setConsensusRating(id, criterion, 3, QStringLiteral("agreed")),
                 database, "setConsensusRating");
    checkRefused(repository.setRaterRating(id, first.raters.first().uuid, criterion, 2), database,
                 "setRaterRating");
    checkRefused(repository.setEvidenceNote(id, criterion, source, QStringLiteral("a note")),
                 database, "setEvidenceNote");
    ReviewDocument changed = first;
    changed.site.name += QStringLiteral(" (renamed)");
    bool unchanged = false;
    checkRefused(repository.saveReview(changed, unchanged), database, "saveReview (changed)");
    QList<ReviewDocument> fresh = demoReviews(1, 1, 31337u);
    checkRefused(repository.saveReview(fresh.first(), unchanged), database, "saveReview (new)");
    checkRefused(repository.saveReviews(fresh), database, "saveReviews");
    checkRefused(repository.deleteReview(id), database, "deleteReview");
    checkRefused(repository.finalise(id), database, "finalise");
    checkRefused(repository.reopen(id, QStringLiteral("a reason")), database, "reopen");
    QFile catalogFile(CatalogReader::builtInPath());
    REQUIRE(catalogFile.open(QIODevice::ReadOnly));
    checkRefused(repository.storeCatalog(catalogFile.readAll(), builtIn()), database,
                 "storeCatalog");

    // Not only the repository's guard: the connection itself cannot write.
    QSqlQuery raw(database.sql());
    CHECK_FALSE(raw.exec(QStringLiteral("DELETE FROM review")));
    CHECK(StorageError::fromSql(raw.lastError(), QStringLiteral("deleting")).code()
          == StorageError::ReadOnly);

    CHECK(sameData(before, takeSnapshot(repository)));
}

} // namespace laatu::test
