#include "../support/QtStringMaker.h"
#include "StorageFixture.h"

#include "storage/BackupService.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using laatu::BackupService;
using laatu::StorageError;
using laatu::test::StorageFixture;

TEST_CASE("a backup is a checked, private copy made through SQLite", "[storage][backup]")
{
    StorageFixture fixture(2, 2);
    const QString folder = BackupService::defaultFolder(fixture.path);
    QString backup;
    REQUIRE_FALSE(BackupService::backup(*fixture.database, folder, backup));
    CHECK(QFileInfo(backup).fileName().startsWith(QStringLiteral("laatu-")));
    CHECK(QFileInfo(backup).permissions().testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(QFileInfo(backup).permissions().testFlag(QFileDevice::ReadOther));
    CHECK_FALSE(BackupService::verify(backup));
    CHECK(BackupService::backups(folder) == QStringList {backup});

    laatu::Database::Options readOnly;
    readOnly.readOnly = true;
    readOnly.create = false;
    StorageError error;
    auto copy = laatu::Database::open(backup, readOnly, error);
    REQUIRE(copy);
    laatu::ReviewRepository repository(*copy);
    QList<laatu::ReviewSummary> reviews;
    REQUIRE_FALSE(repository.listReviews(reviews));
    CHECK(reviews.size() == 4);

    QString second;
    REQUIRE_FALSE(BackupService::backup(*fixture.database, folder, second));
    CHECK(second != backup); // the same second gets its own name
}

TEST_CASE("rotation keeps the newest backup of 7 days, 5 weeks and 12 months", "[storage][backup]")
{
    StorageFixture fixture(1, 1);
    const QString folder = fixture.dir.filePath(QStringLiteral("backups"));
    QString real;
    REQUIRE_FALSE(BackupService::backup(*fixture.database, folder, real));
    // Two backups a day for 400 days, named as the service names them.
    const QDateTime start(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
    for (int day = 0; day < 400; ++day) {
        for (int hour : {9, 17}) {
            const QDateTime time = start.addDays(day).addSecs((hour - 9) * 3600);
            REQUIRE(QFile::copy(
                real, QDir(folder).filePath(BackupService::fileName(fixture.path, time, 0))));
        }
    }
    REQUIRE(QFile::remove(real));
    QStringList removed;
    REQUIRE_FALSE(BackupService::rotate(fixture.path, folder, removed));
    const QStringList kept = BackupService::backups(folder);
    CHECK(kept.size() + removed.size() == 800);
    CHECK(kept.size() <= 7 + 5 + 12);
    CHECK(kept.size() >= 12);
    // The newest of the newest day is kept; its morning sibling is not.
    const auto at = [](const char *time) {
        QDateTime parsed
            = QDateTime::fromString(QLatin1String(time), QStringLiteral("yyyyMMdd-HHmmss"));
        parsed.setTimeSpec(Qt::UTC);
        return parsed;
    };
    CHECK(
        kept.constFirst()
        == QDir(folder).filePath(BackupService::fileName(fixture.path, at("20260204-170000"), 0)));
    CHECK_FALSE(kept.contains(
        QDir(folder).filePath(BackupService::fileName(fixture.path, at("20260204-090000"), 0))));
    // A year back there is still one backup per month.
    CHECK(kept.contains(
        QDir(folder).filePath(BackupService::fileName(fixture.path, at("20250331-170000"), 0))));
    QStringList again;
    REQUIRE_FALSE(BackupService::rotate(fixture.path, folder, again));
    CHECK(again.isEmpty()); // rotation is stable
}

TEST_CASE("restore puts a backup back and keeps the replaced file aside", "[storage][backup]")
{
    StorageFixture fixture(1, 2);
    QString backup;
    REQUIRE_FALSE(BackupService::backup(*fixture.database,
                                        fixture.dir.filePath(QStringLiteral("b")), backup));
    const qint64 id = fixture.list().constFirst().id;
    fixture.repository->reopen(id, QStringLiteral("to delete it")); // a final review is locked
    REQUIRE_FALSE(fixture.repository->deleteReview(id));
    CHECK(fixture.list().size() == 1);

    QString aside;
    const StorageError whileOpen = BackupService::restore(backup, fixture.path, aside);
    CHECK(whileOpen.code() == StorageError::Busy);
    CHECK(fixture.list().size() == 1);

    fixture.close();
    REQUIRE_FALSE(BackupService::restore(backup, fixture.path, aside));
    CHECK(QFileInfo::exists(aside));
    fixture.open();
    CHECK(fixture.list().size() == 2);
    CHECK(QFileInfo(fixture.path).permissions().testFlag(QFileDevice::WriteOwner));
    CHECK_FALSE(QFileInfo(fixture.path).permissions().testFlag(QFileDevice::ReadGroup));
}

TEST_CASE("a damaged backup is refused and the database left alone", "[storage][backup]")
{
    StorageFixture fixture(1, 1);
    fixture.close();
    const QString bad = fixture.dir.filePath(QStringLiteral("laatu-20260101-000000.db"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("SQLite format 3");
    file.write(QByteArray(4096, 'x'));
    file.close();
    QFile original(fixture.path);
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();
    QString aside;
    const StorageError error = BackupService::restore(bad, fixture.path, aside);
    CHECK(error);
    CHECK(error.message().contains(QStringLiteral("cannot be restored")));
    CHECK(aside.isEmpty());
    REQUIRE(original.open(QIODevice::ReadOnly));
    CHECK(original.readAll() == before);
}

TEST_CASE("two restores in the same second keep both replaced files, each under its own name",
          "[storage][backup][restore]")
{
    StorageFixture fixture(1, 2);
    QString backup;
    REQUIRE_FALSE(BackupService::backup(*fixture.database,
                                        fixture.dir.filePath(QStringLiteral("b")), backup));
    const qint64 id = fixture.list().constFirst().id;
    fixture.repository->reopen(id, QStringLiteral("to delete it"));
    REQUIRE_FALSE(fixture.repository->deleteReview(id));
    fixture.close(); // the database now holds 1 review, the backup 2

    QString first;
    QString second;
    REQUIRE_FALSE(BackupService::restore(backup, fixture.path, first));
    REQUIRE_FALSE(BackupService::restore(backup, fixture.path, second));
    REQUIRE_FALSE(first.isEmpty());
    CHECK(first != second);
    // Nothing of the restore is left but the database and the two kept files, all private.
    QStringList names = QDir(fixture.dir.path()).entryList(QDir::Files | QDir::Hidden);
    names.sort();
    CHECK(names
          == QStringList {QStringLiteral("laatu.db"), QFileInfo(first).fileName(),
                          QFileInfo(second).fileName()});
    for (const QString &name : names)
        CHECK((QFileInfo(fixture.dir.filePath(name)).permissions().toInt() & 0x0077) == 0);
    const auto reviewsIn = [](const QString &path) {
        laatu::Database::Options options;
        options.readOnly = true;
        options.create = false;
        StorageError error;
        auto database = laatu::Database::open(path, options, error);
        INFO(error.message().toStdString());
        REQUIRE(database);
        QList<laatu::ReviewSummary> reviews;
        REQUIRE_FALSE(laatu::ReviewRepository(*database).listReviews(reviews));
        return reviews.size();
    };
    CHECK(reviewsIn(first) == 1); // the database before the first restore
    CHECK(reviewsIn(second) == 2); // the first restore's result
    CHECK(reviewsIn(fixture.path) == 2);
}

TEST_CASE("what a killed backup left behind is removed by the next backup", "[storage][backup]")
{
    StorageFixture fixture(1, 1);
    const QString folder = BackupService::defaultFolder(fixture.path);
    QString backup;
    REQUIRE_FALSE(BackupService::backup(*fixture.database, folder, backup));
    // As a backup killed during VACUUM INTO leaves them, readable by all (an older Laatu).
    const QStringList leftovers {QStringLiteral("laatu-20260101-000000.db.partial"),
                                 QStringLiteral("laatu-20260101-000000.db.partial-journal"),
                                 QStringLiteral("laatu-20260102-000000-1.db.partial")};
    const QString unrelated = QDir(folder).filePath(QStringLiteral("notes.db.partial"));
    for (const QString &name : leftovers + QStringList {QStringLiteral("notes.db.partial")}) {
        QFile file(QDir(folder).filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("SQLite format 3");
    }
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadOther | QFileDevice::ExeOther);
    QString next;
    REQUIRE_FALSE(BackupService::backup(*fixture.database, folder, next));
    for (const QString &name : leftovers)
        CHECK_FALSE(QFileInfo::exists(QDir(folder).filePath(name)));
    CHECK(QFileInfo::exists(unrelated)); // not a name Laatu gives its backups
    CHECK(QFileInfo::exists(backup));
    CHECK(QFileInfo::exists(next));
    // The folder Laatu makes beside the database is private again, the lock gone.
    CHECK((QFileInfo(folder).permissions().toInt() & 0x0077) == 0);
    CHECK_FALSE(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("laatu-backup.lock"))));
}
