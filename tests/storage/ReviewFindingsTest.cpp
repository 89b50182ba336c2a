// Regression tests for faults found in review: each would lose or refuse a reviewer's work.
#include "../support/QtStringMaker.h"
#include "StorageFixture.h"

#include "exchange/ReviewFileIo.h"
#include "storage/BackupService.h"

#include <catch2/catch.hpp>

#include <QFileInfo>

using laatu::StorageError;
using laatu::test::StorageFixture;

TEST_CASE("re-importing reviews of a site whose details changed between files stays idempotent",
          "[storage][import]")
{
    StorageFixture fixture;
    QList<laatu::ReviewDocument> documents
        = laatu::DemoGenerator(laatu::test::builtIn(), {1, 2, 21u, true}).generate();
    laatu::ReviewDocument first = documents.at(0);
    first.review.status = laatu::ReviewStatus::Final;
    laatu::ReviewDocument second = documents.at(1);
    second.site.unit = QStringLiteral("Uusi yksikkö"); // renamed between the two visits
    QList<laatu::ReviewDocument> both {first, second};
    QList<laatu::ReviewRepository::SaveOutcome> outcomes;
    REQUIRE_FALSE(fixture.repository->importReviews(both, outcomes));
    // The same two files again: nothing refused, the final review not rewritten.
    for (int round = 0; round < 2; ++round) {
        QList<laatu::ReviewDocument> again {first, second};
        const StorageError error = fixture.repository->importReviews(again, outcomes);
        INFO(error.message().toStdString());
        REQUIRE_FALSE(error);
        REQUIRE(outcomes.size() == 2);
    }
    qint64 id = 0;
    REQUIRE_FALSE(fixture.repository->findReview(first.review.uuid, id));
    CHECK(fixture.load(id).review.status == laatu::ReviewStatus::Final);
    CHECK(fixture.load(id).ratings == first.ratings);
}

TEST_CASE("a review that no other laptop could import is not exported", "[storage][export]")
{
    StorageFixture fixture(1, 1);
    const qint64 id = fixture.list().constFirst().id;
    fixture.repository->reopen(id, QStringLiteral("lisätään muistiinpano"));
    REQUIRE_FALSE(fixture.repository->setEvidenceNote(
        id, QStringLiteral("caseload"), QStringLiteral("data"), QString(20001, QLatin1Char('x'))));
    const QString path = fixture.dir.filePath(QStringLiteral("too-long.json"));
    const QString problem = laatu::ReviewFileIo::write(path, fixture.load(id));
    CHECK(problem.contains(QStringLiteral("was not written")));
    CHECK(problem.contains(QStringLiteral("longer than 20000")));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("damage found while working stops all further writing", "[storage][damage]")
{
    StorageFixture fixture(1, 1);
    const qint64 id = fixture.list().constFirst().id;
    const StorageError damaged(StorageError::Corrupt,
                               QStringLiteral("database disk image is malformed"));
    CHECK(fixture.database->markIfDamaged(damaged).code() == StorageError::Corrupt);
    CHECK(fixture.database->isReadOnly());
    CHECK(fixture.database->readOnlyReason().contains(QStringLiteral("damaged")));
    CHECK(fixture.repository->setConsensusRating(id, QStringLiteral("caseload"), 2).code()
          == StorageError::ReadOnly);
    CHECK(fixture.list().size() == 1); // what is saved stays readable
    // Other errors leave writing alone.
    StorageFixture other(1, 1);
    other.database->markIfDamaged(StorageError(StorageError::DiskFull, QStringLiteral("full")));
    CHECK_FALSE(other.database->isReadOnly());
}

TEST_CASE("two backups in one second: rotation keeps the newer", "[storage][backup]")
{
    StorageFixture fixture(1, 1);
    const QString folder = fixture.dir.filePath(QStringLiteral("b"));
    QString first;
    QString second;
    REQUIRE_FALSE(laatu::BackupService::backup(*fixture.database, folder, first));
    REQUIRE_FALSE(laatu::BackupService::backup(*fixture.database, folder, second));
    QStringList removed;
    REQUIRE_FALSE(laatu::BackupService::rotate(fixture.path, folder, removed));
    const QStringList kept = laatu::BackupService::backups(folder);
    REQUIRE_FALSE(kept.isEmpty());
    CHECK(kept.constFirst() == second);
    CHECK_FALSE(removed.contains(second));
}
