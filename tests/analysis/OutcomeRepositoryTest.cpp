// Outcomes per site and period (schema version 2), and the upgrade of a version 1 file.
#include "../storage/StorageFixture.h"

#include "../support/QtStringMaker.h"

#include "storage/OutcomeRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace laatu;
using namespace laatu::test;

TEST_CASE("outcomes are set, corrected, listed and removed", "[analysis][outcome]")
{
    StorageFixture store(1, 1);
    const qint64 site = store.load(store.list().constFirst().id).site.id;
    OutcomeRepository outcomes(*store.database);
    const SiteOutcome spring {QDate(2025, 1, 1), QDate(2025, 6, 30), 40, 14};
    const SiteOutcome autumn {QDate(2025, 7, 1), QDate(2025, 12, 31), 44, 20};
    REQUIRE_FALSE(outcomes.setOutcome(site, autumn));
    REQUIRE_FALSE(outcomes.setOutcome(site, spring));
    QList<SiteOutcome> listed;
    REQUIRE_FALSE(outcomes.listOutcomes(site, listed));
    CHECK(listed == QList<SiteOutcome> {spring, autumn});

    // The same period again corrects it.
    const SiteOutcome corrected {spring.periodStart, spring.periodEnd, 40, 16};
    REQUIRE_FALSE(outcomes.setOutcome(site, corrected));
    REQUIRE_FALSE(outcomes.listOutcomes(site, listed));
    CHECK(listed == QList<SiteOutcome> {corrected, autumn});
    CHECK(listed.constFirst().employmentRate() == Approx(0.4));

    REQUIRE_FALSE(outcomes.removeOutcome(site, autumn.periodStart, autumn.periodEnd));
    CHECK(outcomes.removeOutcome(site, autumn.periodStart, autumn.periodEnd).code()
          == StorageError::NotFound);
    REQUIRE_FALSE(outcomes.listOutcomes(site, listed));
    CHECK(listed.size() == 1);
}

TEST_CASE("impossible outcomes are refused before anything is written", "[analysis][outcome]")
{
    StorageFixture store(1, 1);
    const qint64 site = store.load(store.list().constFirst().id).site.id;
    OutcomeRepository outcomes(*store.database);
    CHECK(outcomes.setOutcome(site, {QDate(2025, 1, 1), QDate(2025, 6, 30), 10, 11}).code()
          == StorageError::InvalidInput);
    CHECK(outcomes.setOutcome(site, {QDate(2025, 6, 30), QDate(2025, 1, 1), 10, 1}).code()
          == StorageError::InvalidInput);
    CHECK(outcomes.setOutcome(site, {QDate(), QDate(2025, 1, 1), 10, 1}).code()
          == StorageError::InvalidInput);
    CHECK(outcomes.setOutcome(site, {QDate(2025, 1, 1), QDate(2025, 6, 30), -1, 0}).code()
          == StorageError::InvalidInput);
    CHECK(outcomes.setOutcome(site + 1000, {QDate(2025, 1, 1), QDate(2025, 6, 30), 1, 0}).code()
          == StorageError::NotFound);
    QList<SiteOutcome> listed;
    REQUIRE_FALSE(outcomes.listOutcomes(site, listed));
    CHECK(listed.isEmpty());
    CHECK_FALSE(SiteOutcome {QDate(2025, 1, 1), QDate(2025, 1, 2), 0, 0}.employmentRate());
}

TEST_CASE("a version 1 database is backed up and upgraded, and takes outcomes",
          "[analysis][outcome][schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laatu-v1.db"));
    REQUIRE(QFile::copy(QStringLiteral(LAATU_TEST_DATA_DIR "/databases/laatu-v1.db"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    StorageError error;
    auto database = Database::open(path, {}, error);
    INFO(error.message().toStdString());
    REQUIRE(database);
    QSqlQuery version(database->sql());
    REQUIRE(version.exec(QStringLiteral("PRAGMA user_version")));
    REQUIRE(version.next());
    CHECK(version.value(0).toInt() == Database::kSchemaVersion);
    version.finish();
    // The rule: a verified backup before an upgrade changes the file.
    const QStringList backups = QDir(dir.filePath(QStringLiteral("laatu-backups")))
                                    .entryList({QStringLiteral("*.db")}, QDir::Files);
    CHECK(backups.size() == 1);
    ReviewRepository repository(*database);
    QList<ReviewSummary> reviews;
    REQUIRE_FALSE(repository.listReviews(reviews));
    REQUIRE(reviews.size() == 2);
    ReviewDocument review;
    REQUIRE_FALSE(repository.loadReview(reviews.constFirst().id, review));
    OutcomeRepository outcomes(*database);
    REQUIRE_FALSE(
        outcomes.setOutcome(review.site.id, {QDate(2025, 1, 1), QDate(2025, 12, 31), 5, 2}));
    QStringList report;
    CHECK_FALSE(database->check(report));
}
