// A database written by the first release of the schema (tests/data/databases/laatu-v1.db,
// made with `laatu-cli demo --sites 1 --reviews-per-site 2 --seed 101`) keeps opening and
// reads back exactly: the export of its review 2 must equal the file exported when the
// fixture was made. When the schema grows a version 2, this is the file the upgrade starts
// from.
#include "../support/QtStringMaker.h"
#include "StorageFixture.h"

#include "exchange/ReviewFileFormat.h"

#include <catch2/catch.hpp>

#include <QFile>

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
