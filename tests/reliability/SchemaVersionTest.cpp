// reliability.md: "check user_version (schema version; refuse files newer than the app with a
// clear message)" and "Migrations: stepwise, each in one transaction that also bumps
// user_version".
#include "ReliabilitySupport.h"

#include <QTemporaryDir>

using namespace laatu;
using namespace laatu::test;

namespace {
QString rawPragma(const QString &path, const char *pragma)
{
    QString value;
    const QString name = QStringLiteral("reliability-pragma");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA ") + QLatin1String(pragma)));
        REQUIRE(query.next());
        value = query.value(0).toString();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}
} // namespace

TEST_CASE("a database made by a newer Laatu is refused, with a clear message, and not changed",
          "[reliability][version]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("laatu.db"));
    makeDemoDatabase(path, 2, 2);
    const int newer = Database::kSchemaVersion + 1;
    REQUIRE(runRawSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(newer)}).isEmpty());
    const QByteArray hashBefore = sha256Of(path);

    for (const bool readOnly : {false, true}) {
        INFO("read-only: " << readOnly);
        Database::Options options;
        options.readOnly = readOnly;
        StorageError error;
        CHECK_FALSE(Database::open(path, options, error));
        CHECK(error.code() == StorageError::TooNew);
        INFO(error.message().toStdString());
        CHECK(error.message().contains(QLatin1String("newer Laatu")));
        CHECK(error.message().contains(QLatin1String("Update Laatu")));
        CHECK(error.message().contains(QString::number(newer)));
        CHECK(error.message().contains(QLatin1String("laatu.db")));
        CHECK(sha256Of(path) == hashBefore);
        CHECK_FALSE(filesBeside(path).contains(QStringLiteral("laatu.db.lock")));
    }
    CHECK(rawPragma(path, "user_version").toInt() == newer);
}

TEST_CASE("a database of this version, made and closed, reopens exactly as it was",
          "[reliability][version]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("laatu.db"));
    makeDemoDatabase(path, 2, 2);
    CHECK(rawPragma(path, "user_version").toInt() == Database::kSchemaVersion);
    CHECK(rawPragma(path, "application_id").toInt() == Database::kApplicationId);

    QList<ReviewDocument> expected = demoReviews(2, 2);
    StorageError error;
    std::unique_ptr<Database> database = Database::open(path, {}, error);
    INFO(error.message().toStdString());
    REQUIRE(database);
    CHECK_FALSE(database->isReadOnly());
    ReviewRepository repository(*database);
    const DataSnapshot snapshot = takeSnapshot(repository);
    REQUIRE(snapshot.documents.size() == expected.size());
    for (ReviewDocument &document : expected) {
        qint64 id = 0;
        REQUIRE_FALSE(repository.findReview(document.review.uuid, id));
        ReviewDocument loaded;
        REQUIRE_FALSE(repository.loadReview(id, loaded));
        document.normalize();
        CHECK(loaded.sameContent(document));
    }
    QStringList report;
    CHECK_FALSE(database->check(report));
    database.reset();
    CHECK(rawPragma(path, "user_version").toInt() == Database::kSchemaVersion);
}

TEST_CASE("a blank SQLite file is upgraded step by step, and refused untouched when read-only",
          "[reliability][version]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("laatu.db"));
    // Version 0: an SQLite file without tables, as an interrupted first start could leave.
    REQUIRE(runRawSql(path, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("DROP TABLE t")})
                .isEmpty());
    REQUIRE(rawPragma(path, "user_version").toInt() == 0);
    const QByteArray hashBefore = sha256Of(path);

    Database::Options readOnly;
    readOnly.readOnly = true;
    StorageError error;
    CHECK_FALSE(Database::open(path, readOnly, error));
    CHECK(error.code() == StorageError::ReadOnly);
    CHECK(error.message().contains(QLatin1String("upgraded")));
    CHECK(sha256Of(path) == hashBefore);

    std::unique_ptr<Database> database = Database::open(path, {}, error);
    INFO(error.message().toStdString());
    REQUIRE(database);
    CHECK(queryValue(*database, QStringLiteral("PRAGMA user_version")).toInt()
          == Database::kSchemaVersion);
    CHECK(queryValue(*database, QStringLiteral("PRAGMA application_id")).toInt()
          == Database::kApplicationId);
    ReviewRepository repository(*database);
    QList<ReviewDocument> documents = demoReviews(1, 2);
    REQUIRE_FALSE(repository.saveReviews(documents));
    QStringList report;
    CHECK_FALSE(database->check(report));
}

TEST_CASE("a Laatu database whose schema version was lost is refused as damaged, untouched",
          "[reliability][version]")
{
    // Our application_id and tables, but user_version 0 (or negative): a damaged header, not a
    // blank file to set up and not an old version to upgrade.
    const int version = GENERATE(0, -1, -2147483647);
    INFO("user_version " << version);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("laatu.db"));
    makeDemoDatabase(path, 1, 1);
    REQUIRE(runRawSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(version)}).isEmpty());
    const QByteArray hashBefore = sha256Of(path);

    StorageError error;
    CHECK_FALSE(Database::open(path, {}, error));
    INFO(error.message().toStdString());
    CHECK((error.code() == StorageError::Corrupt || error.code() == StorageError::NotADatabase));
    CHECK(error.message().contains(QLatin1String("damaged")));
    CHECK(error.message().contains(QLatin1String("laatu.db")));
    CHECK(sha256Of(path) == hashBefore);
    CHECK_FALSE(filesBeside(path).contains(QStringLiteral("laatu.db.lock")));
}
