// The window shows at once over a database of any size: the whole-file checks run on their own
// thread after it shows, with "Checking the database…" in the status bar, and the user can read
// meanwhile. A healthy file is then written to as usual; a file the checks refuse goes read-only
// with a message, and nothing in it changes.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"
#include "DemoDatabase.h"
#include "GuiDriver.h"

#include "gui/common/MessageBox.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/main/WriterChecks.h"
#include "i18n/Translator.h"
#include "storage/BackupService.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>

using laatu::gui::MainWindow;
using laatu::gui::MessageBox;

namespace {
std::unique_ptr<laatu::Database> openDeferred(const QString &path)
{
    laatu::Database::Options options;
    options.deferWriterChecks = true;
    laatu::StorageError error;
    auto database = laatu::Database::open(path, options, error);
    INFO(error.message().toStdString());
    REQUIRE(database);
    return database;
}

// Waits, serving the event loop, until the checks have given their answer in the status bar.
QString finalStatus(MainWindow &window)
{
    for (int i = 0; i < 400 && window.database()->writerChecksPending(); ++i)
        QTest::qWait(25);
    laatu::test::settle();
    return window.statusBar()->currentMessage();
}

// A rating of a review that does not exist, written with the foreign keys off: reading the list
// and the reviews does not meet it, only the whole-file check (foreign_key_check) does.
void damage(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("writer-checks-damage"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        REQUIRE(query.exec(QStringLiteral("INSERT INTO consensus_rating (review_id, criterion, "
                                          "value) VALUES (9999, 'caseload', 3)")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer-checks-damage"));
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
} // namespace

TEST_CASE("the database is checked on a thread of its own after the window shows", "[gui][checks]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laatu.db"));
    laatu::test::demoDatabase(path, 2, 2);
    MainWindow window(laatu::test::builtIn());
    window.setDatabase(openDeferred(path));
    laatu::test::showActive(window);
    CHECK(window.database()->writerChecksPending());
    auto *checks = new laatu::gui::WriterChecks(window);
    checks->start();
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Checking the database…"));
    // Reading needs no check: a review opens while it runs.
    CHECK(window.openReview(1));
    CHECK(finalStatus(window) == QStringLiteral("Database checked."));
    CHECK_FALSE(window.database()->isReadOnly());
    // Then the day's backup, on a thread of its own: the window takes edits meanwhile.
    const QDir backups(laatu::BackupService::defaultFolder(path));
    const auto backupCount
        = [&backups] { return backups.entryList({QStringLiteral("*.db")}, QDir::Files).size(); };
    QTRY_COMPARE_WITH_TIMEOUT(backupCount(), qsizetype(1), 20000);
    // A verified copy of the database as it was: the reviews of the demo database are in it.
    laatu::StorageError error;
    laatu::Database::Options readOnly;
    readOnly.readOnly = true;
    const QString copy = backups.filePath(backups.entryList({QStringLiteral("*.db")}).first());
    auto opened = laatu::Database::open(copy, readOnly, error);
    INFO(error.message().toStdString());
    REQUIRE(opened);
    QList<laatu::ReviewSummary> reviews;
    REQUIRE_FALSE(laatu::ReviewRepository(*opened).listReviews(reviews));
    CHECK(reviews.size() == 4);
}

TEST_CASE("a database the background check refuses goes read-only, says so and stays as it was",
          "[gui][checks]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laatu.db"));
    laatu::test::demoDatabase(path, 1, 2);
    damage(path);
    const QByteArray before = hashOf(path);
    {
        MainWindow window(laatu::test::builtIn());
        window.setDatabase(openDeferred(path));
        laatu::test::showActive(window);
        auto *checks = new laatu::gui::WriterChecks(window);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        checks->start();
        CHECK(finalStatus(window)
              == QStringLiteral("The database is damaged: nothing more is saved."));
        CHECK(window.database()->isReadOnly());
        INFO(MessageBox::lastText().toStdString());
        CHECK(MessageBox::lastText().contains(QStringLiteral("restore")));
    }
    CHECK(hashOf(path) == before);
}

TEST_CASE("a database the background check refuses is replaced by its newest backup when the user "
          "agrees, and the damaged file is kept",
          "[gui][checks]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laatu.db"));
    {
        auto database = laatu::test::demoDatabase(path, 1, 2);
        QString backup;
        REQUIRE_FALSE(laatu::BackupService::backup(
            *database, laatu::BackupService::defaultFolder(path), backup));
    }
    damage(path);
    const QByteArray damaged = hashOf(path);
    MainWindow window(laatu::test::builtIn());
    window.setDatabase(openDeferred(path));
    laatu::test::showActive(window);
    auto *checks = new laatu::gui::WriterChecks(window);
    MessageBox::setNextAnswer(QMessageBox::Yes); // put the backup back
    MessageBox::setNextAnswer(QMessageBox::Ok); // "Backup Put Back"
    checks->start();
    CHECK(finalStatus(window) == QStringLiteral("Database checked."));
    REQUIRE(window.database());
    CHECK_FALSE(window.database()->isReadOnly());
    CHECK(hashOf(path) != damaged);
    // The damaged file is kept beside it under another name.
    bool kept = false;
    for (const QFileInfo &file : QDir(dir.path()).entryInfoList(QDir::Files))
        kept = kept
            || (file.fileName() != QStringLiteral("laatu.db")
                && hashOf(file.filePath()) == damaged);
    CHECK(kept);
}
