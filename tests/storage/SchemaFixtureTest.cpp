// A database written by the first release of the schema (tests/data/databases/laatu-v1.db,
// made with `laatu-cli demo --sites 1 --reviews-per-site 2 --seed 101`) keeps opening and
// reads back exactly: the export of its review 2 must equal the file exported when the
// fixture was made. When the schema grows a version 2, this is the file the upgrade starts
// from.
#include "../support/QtStringMaker.h"
#include "StorageFixture.h"

#include "exchange/ReviewFileFormat.h"
#include "scoring/EvidenceFigures.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlQuery>

namespace {
QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(LAATU_TEST_DATA_DIR "/databases/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}
} // namespace

TEST_CASE("a version 1 database from the fixtures opens and reads back exactly",
          "[storage][schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laatu-v1.db"));
    {
        QFile copy(path);
        REQUIRE(copy.open(QIODevice::WriteOnly));
        copy.write(fixture("laatu-v1.db"));
    }
    laatu::StorageError error;
    auto database = laatu::Database::open(path, {}, error);
    INFO(error.message().toStdString());
    REQUIRE(database);
    CHECK_FALSE(database->isReadOnly());
    laatu::ReviewRepository repository(*database);
    QList<laatu::ReviewSummary> reviews;
    REQUIRE_FALSE(repository.listReviews(reviews));
    REQUIRE(reviews.size() == 2);
    qint64 id = 0;
    REQUIRE_FALSE(
        repository.findReview(QStringLiteral("02063833-82bc-52ff-8345-a0d67f78e152"), id));
    laatu::ReviewDocument document;
    REQUIRE_FALSE(repository.loadReview(id, document));
    CHECK(laatu::ReviewFileFormat::toJson(document) == fixture("laatu-v1-review-2.json"));
    QStringList report;
    CHECK_FALSE(database->check(report));
}

// tests/data/databases/laatu-v3.db: made by the release before the evidence workbook
// (e39ad2b, schema version 3) with `laatu-cli demo --sites 2 --reviews-per-site 2 --seed 303`;
// laatu-v3-review-N.json are that release's exports of its reviews. Opening it migrates to the
// workbook schema after a verified backup; every review then exports byte for byte as before,
// and its typed figures stay typed.
TEST_CASE("a version 3 database from the fixtures migrates to the workbook schema and every "
          "review exports as before",
          "[storage][schema][workbook]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laatu-v3.db"));
    {
        QFile copy(path);
        REQUIRE(copy.open(QIODevice::WriteOnly));
        copy.write(fixture("laatu-v3.db"));
    }
    laatu::StorageError error;
    auto database = laatu::Database::open(path, {}, error);
    INFO(error.message().toStdString());
    REQUIRE(database);
    // The window then reads its list itself, not what was read ahead of the upgrade.
    CHECK(database->upgradedAtOpen());
    QSqlQuery query(database->sql());
    REQUIRE(query.exec(QStringLiteral("PRAGMA user_version")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == laatu::Database::kSchemaVersion);
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM workbook_row")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
    // ... and on through the visit plan's (version 5), with no plan for any review.
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM visit_plan_item")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
    query.finish();
    // The upgrade keeps a backup of the version 3 file.
    CHECK_FALSE(QDir(dir.filePath(QStringLiteral("laatu-backups")))
                    .entryList({QStringLiteral("*.db")}, QDir::Files)
                    .isEmpty());

    laatu::ReviewRepository repository(*database);
    QList<laatu::ReviewSummary> reviews;
    REQUIRE_FALSE(repository.listReviews(reviews));
    REQUIRE(reviews.size() == 4);
    int typed = 0;
    for (const laatu::ReviewSummary &summary : reviews) {
        INFO("review " << summary.id);
        laatu::ReviewDocument document;
        REQUIRE_FALSE(repository.loadReview(summary.id, document));
        CHECK(laatu::ReviewFileFormat::toJson(document)
              == fixture(qPrintable(QStringLiteral("laatu-v3-review-%1.json").arg(summary.id))));
        const laatu::Instrument *catalog
            = repository.catalog(document.review.catalogId, document.review.catalogVersion, error);
        REQUIRE(catalog);
        for (const laatu::EvidenceNumber &number : document.numbers) {
            const laatu::CriterionFigures figures = laatu::EvidenceFigures::resolve(
                *catalog, *catalog->criterion(number.criterionId), document, QStringLiteral("en"));
            CHECK(figures.anyTyped());
            CHECK_FALSE(figures.fromWorkbook());
            ++typed;
        }
    }
    CHECK(typed > 50);
    QStringList report;
    CHECK_FALSE(database->check(report));
}

// tests/data/databases/laatu-v4.db: made by the release before the visit plan (78fe85f, schema
// version 4) with `laatu-cli demo --sites 2 --reviews-per-site 2 --seed 404`, review 2 then
// given two coaches and a record through an imported format 2 file; laatu-v4-review-N.json
// are that release's exports. Opening it migrates to the visit plan's schema (version 5) after
// a verified backup; every review exports byte for byte as before, review 2 still as format 2
// with its workbook, the others as format 1, and no review has a plan.
TEST_CASE("a version 4 database from the fixtures migrates to the visit plan's schema and every "
          "review exports as before",
          "[storage][schema][visitplan]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laatu-v4.db"));
    {
        QFile copy(path);
        REQUIRE(copy.open(QIODevice::WriteOnly));
        copy.write(fixture("laatu-v4.db"));
    }
    laatu::StorageError error;
    auto database = laatu::Database::open(path, {}, error);
    INFO(error.message().toStdString());
    REQUIRE(database);
    QSqlQuery query(database->sql());
    REQUIRE(query.exec(QStringLiteral("PRAGMA user_version")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 5);
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM visit_plan_item")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
    query.finish();
    CHECK_FALSE(QDir(dir.filePath(QStringLiteral("laatu-backups")))
                    .entryList({QStringLiteral("*.db")}, QDir::Files)
                    .isEmpty());

    laatu::ReviewRepository repository(*database);
    QList<laatu::ReviewSummary> reviews;
    REQUIRE_FALSE(repository.listReviews(reviews));
    REQUIRE(reviews.size() == 4);
    int withWorkbook = 0;
    for (const laatu::ReviewSummary &summary : reviews) {
        INFO("review " << summary.id);
        laatu::ReviewDocument document;
        REQUIRE_FALSE(repository.loadReview(summary.id, document));
        CHECK(document.visitPlan.isEmpty());
        withWorkbook += document.workbook.isEmpty() ? 0 : 1;
        CHECK(laatu::ReviewFileFormat::toJson(document)
              == fixture(qPrintable(QStringLiteral("laatu-v4-review-%1.json").arg(summary.id))));
    }
    CHECK(withWorkbook == 1);
    QStringList report;
    CHECK_FALSE(database->check(report));
}
