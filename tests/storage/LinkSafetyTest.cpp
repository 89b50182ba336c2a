// Symlinks, hard links and shared folders (issue 12, item 5): rotation deletes only backups
// this database wrote (its id in the name), never another database's, an older unnamed one,
// a link or anything else in the folder; a backup folder beside the database that is a
// symlink is refused; a live database with a second hard link opens read-only with a message,
// except for the link a killed restore leaves, which is removed.
#include "../support/QtStringMaker.h"
#include "StorageFixture.h"

#include "exchange/UserFileWriter.h"
#include "storage/BackupService.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

using laatu::BackupService;
using laatu::StorageError;
using laatu::test::StorageFixture;

namespace {
QDateTime day(int n)
{
    return QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC).addDays(n);
}

void copyAs(const QString &from, const QString &to)
{
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
}
} // namespace

TEST_CASE("rotation in a shared folder removes only this database's own backups",
          "[storage][backup][links]")
{
    StorageFixture fixture(1, 1);
    const QString folder = fixture.dir.filePath(QStringLiteral("shared"));
    QString real;
    REQUIRE_FALSE(BackupService::backup(*fixture.database, folder, real));
    const QString other = fixture.dir.filePath(QStringLiteral("other.db"));
    QStringList notOurs;
    for (int n = 0; n < 60; ++n) {
        copyAs(real, QDir(folder).filePath(BackupService::fileName(fixture.path, day(n), 0)));
        // Another database's backups, and backups from before names carried an id.
        const QString theirs = QDir(folder).filePath(BackupService::fileName(other, day(n), 0));
        const QString legacy = QDir(folder).filePath(
            QStringLiteral("laatu-%1.db").arg(day(n).toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        copyAs(real, theirs);
        copyAs(real, legacy);
        notOurs << theirs << legacy;
    }
    // A link with this database's id pointing at a file Laatu never wrote.
    const QString outside = fixture.dir.filePath(QStringLiteral("precious.txt"));
    {
        QFile file(outside);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a backup");
    }
    const QString planted
        = QDir(folder).filePath(BackupService::fileName(fixture.path, day(-400), 0));
    REQUIRE(QFile::link(outside, planted));
    REQUIRE(QFile::remove(real));

    QStringList removed;
    REQUIRE_FALSE(BackupService::rotate(fixture.path, folder, removed));
    CHECK(removed.size() > 30);
    for (const QString &path : removed)
        CHECK(QFileInfo(path).fileName().contains(BackupService::databaseId(fixture.path)));
    for (const QString &path : notOurs)
        CHECK(QFileInfo::exists(path));
    CHECK(QFileInfo(planted).isSymLink());
    CHECK(QFileInfo::exists(outside));
    CHECK(BackupService::databaseId(fixture.path) != BackupService::databaseId(other));
}

TEST_CASE("a backup folder beside the database that is a symlink is refused",
          "[storage][backup][links]")
{
    StorageFixture fixture(1, 1);
    const QString elsewhere = fixture.dir.filePath(QStringLiteral("elsewhere"));
    REQUIRE(QDir().mkpath(elsewhere));
    const QString own = BackupService::defaultFolder(fixture.path);
    REQUIRE(QFile::link(elsewhere, own));
    QString path;
    const StorageError error = BackupService::backup(*fixture.database, own, path);
    CHECK(error.code() == StorageError::IoError);
    CHECK(error.message().contains(QStringLiteral("symbolic link")));
    CHECK(QDir(elsewhere)
              .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
              .isEmpty());
    // A folder the user names, link or not, is theirs to choose.
    const QString chosen = fixture.dir.filePath(QStringLiteral("chosen-link"));
    REQUIRE(QFile::link(elsewhere, chosen));
    REQUIRE_FALSE(BackupService::backup(*fixture.database, chosen, path));
    CHECK(QFileInfo::exists(path));
}

TEST_CASE("a live database with a second hard link opens read-only and says why",
          "[storage][links]")
{
    StorageFixture fixture(1, 1);
    fixture.close();
    const QString second = fixture.dir.filePath(QStringLiteral("second-name.db"));
    REQUIRE(
        ::link(QFile::encodeName(fixture.path).constData(), QFile::encodeName(second).constData())
        == 0);
    for (const QString &name : {fixture.path, second}) {
        StorageError error;
        const std::unique_ptr<laatu::Database> database = laatu::Database::open(name, {}, error);
        INFO(error.message().toStdString());
        REQUIRE(database);
        CHECK(database->isReadOnly());
        const StorageError refused = database->ensureWritable(QStringLiteral("a test edit"));
        CHECK(refused.code() == StorageError::ReadOnly);
        CHECK(refused.message().contains(QStringLiteral("hard links")));
    }
    REQUIRE(QFile::remove(second));
    fixture.open();
    CHECK_FALSE(fixture.database->isReadOnly());

    // The second name a killed restore leaves (laatu.db.before-restore-…) is its own: removed.
    fixture.close();
    const QString leftover = fixture.path + QStringLiteral(".before-restore-20260101-000000");
    REQUIRE(
        ::link(QFile::encodeName(fixture.path).constData(), QFile::encodeName(leftover).constData())
        == 0);
    fixture.open();
    CHECK_FALSE(fixture.database->isReadOnly());
    CHECK_FALSE(QFileInfo::exists(leftover));
}

TEST_CASE("files the user asked for are never written through a symlink", "[storage][links]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("target.txt"));
    {
        QFile file(target);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    REQUIRE(QFile::setPermissions(target,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QFileDevice::Permissions mode = QFileInfo(target).permissions();
    const QString link = dir.filePath(QStringLiteral("out.json"));
    REQUIRE(QFile::link(target, link));
    const QString problem = laatu::UserFileWriter::write(link, "new bytes");
    CHECK(problem.contains(QStringLiteral("symbolic link")));
    CHECK(QFileInfo(link).isSymLink());
    QFile file(target);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArray("keep me"));
    CHECK(QFileInfo(target).permissions() == mode);
    // The target itself, named, is the user's choice.
    CHECK(laatu::UserFileWriter::write(target, "new bytes").isEmpty());
    CHECK(laatu::UserFileWriter::write(dir.path(), "x").contains(QStringLiteral("folder")));
}
