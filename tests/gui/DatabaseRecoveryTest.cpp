// A damaged database at start-up: the newest backup is offered; yes puts it back with the
// damaged file kept aside, no leaves everything as it was.
#include "../support/QtStringMaker.h"
#include "DemoDatabase.h"

#include "gui/common/MessageBox.h"
#include "gui/main/DatabaseRecovery.h"
#include "storage/BackupService.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using laatu::gui::DatabaseRecovery;
using laatu::gui::MessageBox;

namespace {
// A database with a verified backup, then its first page overwritten.
QString damagedWithBackup(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("laatu.db"));
    {
        std::unique_ptr<laatu::Database> database = laatu::test::demoDatabase(path, 1, 2);
        QString backup;
        REQUIRE_FALSE(laatu::BackupService::backup(
            *database, laatu::BackupService::defaultFolder(path), backup));
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek(0);
    file.write(QByteArray(100, 'x'));
    return path;
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
} // namespace

TEST_CASE("a damaged database is replaced by its newest backup when the user says yes",
          "[gui][recovery]")
{
    QTemporaryDir dir;
    const QString path = damagedWithBackup(dir);
    const QByteArray damaged = hashOf(path);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    laatu::StorageError error;
    std::unique_ptr<laatu::Database> database = DatabaseRecovery::open(path, {}, nullptr, error);
    REQUIRE(database);
    QList<laatu::ReviewSummary> reviews;
    REQUIRE_FALSE(laatu::ReviewRepository(*database).listReviews(reviews));
    CHECK(reviews.size() == 2);
    // The damaged file is kept, byte for byte, beside the database.
    QStringList kept;
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
        if (name != QStringLiteral("laatu.db") && name.startsWith(QStringLiteral("laatu.db"))
            && !name.endsWith(QStringLiteral("-wal")) && !name.endsWith(QStringLiteral("-shm"))
            && !name.endsWith(QStringLiteral(".lock")))
            kept << name;
    REQUIRE(kept.size() == 1);
    CHECK(hashOf(dir.filePath(kept.constFirst())) == damaged);
    CHECK(MessageBox::lastText().contains(kept.constFirst()));
}

TEST_CASE("a damaged database stays untouched when the user says no", "[gui][recovery]")
{
    QTemporaryDir dir;
    const QString path = damagedWithBackup(dir);
    const QByteArray damaged = hashOf(path);
    MessageBox::setNextAnswer(QMessageBox::No);
    laatu::StorageError error;
    CHECK_FALSE(DatabaseRecovery::open(path, {}, nullptr, error));
    CHECK(error.message().contains(QStringLiteral("damaged")));
    CHECK(hashOf(path) == damaged);
}
