// The GUI opens its database with the writer's full checks deferred (only the O(1) checks at
// open; the whole-file checks on a thread of their own once the window shows, or before the
// first write). Over the same 500 damaged files: every file the full checks refuse has its first
// write refused, also when that write comes while the background check is still running, and
// stays byte for byte as it was.
#include "../support/QtStringMaker.h"
#include "CorruptFiles.h"
#include "ReliabilitySupport.h"

#include "storage/SiteRepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

using namespace laatu;
using namespace laatu::test;

namespace {
Site newSite()
{
    Site site;
    site.uuid = QStringLiteral("0b9d7c2e-5d3a-4f7e-9a41-5c1f0e2d3b4a");
    site.name = QStringLiteral("Uusi");
    site.county = QStringLiteral("Keski-Suomen hyvinvointialue");
    return site;
}
} // namespace

TEST_CASE("deferred writer checks: a healthy file writes after its full checks",
          "[reliability][deferred]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laatu.db"));
    makeDemoDatabase(path, 1, 1);
    Database::Options options;
    options.deferWriterChecks = true;
    StorageError error;
    std::unique_ptr<Database> database = Database::open(path, options, error);
    REQUIRE(database);
    REQUIRE_FALSE(database->isReadOnly());
    CHECK(database->writerChecksPending());
    Site site = newSite();
    REQUIRE_FALSE(SiteRepository(*database).saveSite(site));
    CHECK_FALSE(database->writerChecksPending());
    CHECK_FALSE(database->completeWriterChecks());
}

TEST_CASE("deferred writer checks on their own thread: an edit made while they run waits for "
          "them and is then saved",
          "[reliability][deferred]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laatu.db"));
    makeDemoDatabase(path, 4, 3);
    Database::Options options;
    options.deferWriterChecks = true;
    StorageError error;
    std::unique_ptr<Database> database = Database::open(path, options, error);
    REQUIRE(database);
    database->startBackgroundWriterChecks();
    CHECK(database->writerChecksPending());
    Site site = newSite();
    REQUIRE_FALSE(SiteRepository(*database).saveSite(site));
    CHECK_FALSE(database->writerChecksPending());
    CHECK_FALSE(database->writerChecksRunning());
    QList<Site> sites;
    REQUIRE_FALSE(SiteRepository(*database).listSites(sites));
    CHECK(std::any_of(sites.cbegin(), sites.cend(),
                      [&](const Site &stored) { return stored.uuid == site.uuid; }));
    // Closing while a check runs waits for its thread.
    std::unique_ptr<Database> again = Database::open(path, options, error);
    REQUIRE(again);
    again->startBackgroundWriterChecks();
    again.reset();
}

TEST_CASE("deferred writer checks: 500 damaged files, none written to", "[reliability][deferred]")
{
    const QString shm = QStringLiteral("/dev/shm");
    const bool inMemory = QFileInfo(shm).isDir() && QFileInfo(shm).isWritable();
    QTemporaryDir dir(inMemory ? shm + QStringLiteral("/laatu-deferred-XXXXXX")
                               : QDir::tempPath() + QStringLiteral("/laatu-deferred-XXXXXX"));
    REQUIRE(dir.isValid());
    const QString validPath = dir.filePath(QStringLiteral("valid.db"));
    makeDemoDatabase(validPath, 2, 2);
    const QString scratch = dir.filePath(QStringLiteral("scratch"));
    REQUIRE(QDir().mkpath(scratch));
    const QList<CorruptCase> cases = makeCorruptCases(readFile(validPath), 20261129u, scratch);
    int deferredRefusals = 0;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QString path = dir.filePath(QStringLiteral("case-%1.db").arg(i));
        writeFile(path, cases.at(i).bytes);
        const QByteArray before = sha256Of(path);
        INFO("case " << i << ": " << cases.at(i).description.toStdString());
        // What the full checks at open say about this file.
        bool fullChecksPass = false;
        {
            StorageError error;
            Database::Options readOnly;
            readOnly.readOnly = true;
            std::unique_ptr<Database> database = Database::open(path, readOnly, error);
            QStringList report;
            fullChecksPass = database && !database->check(report);
        }
        Database::Options options;
        options.deferWriterChecks = true;
        StorageError error;
        std::unique_ptr<Database> database = Database::open(path, options, error);
        // Every other file has its checks started on their thread, as the GUI does, and the
        // write comes at once, while they run.
        if (database && i % 2 == 0)
            database->startBackgroundWriterChecks();
        if (database && !database->isReadOnly() && !fullChecksPass) {
            // Opened on the O(1) checks alone: the first write must wait for the full checks
            // and stop.
            Site site = newSite();
            const StorageError writeError = SiteRepository(*database).saveSite(site);
            CHECK(writeError.code() == StorageError::Corrupt);
            CHECK(database->isReadOnly());
            ++deferredRefusals;
        }
        database.reset();
        if (!fullChecksPass)
            CHECK(sha256Of(path) == before);
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QFile::remove(path + QStringLiteral(".lock"));
    }
    // Some damage only the full checks see: those files are the point of this test.
    CHECK(deferredRefusals > 0);
    WARN(deferredRefusals
         << " damaged files opened for writing before their full checks; every first write "
            "refused");
}
