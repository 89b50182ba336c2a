// The review list's lean reads (ReviewListQueries) must say what the full reads say: every site
// with all its fields, whether it has reviews, and how many (SiteRepository::listSites and
// ReviewRepository::countReviewsBySite, the old way, as the oracle), each through an index.
#include "StorageFixture.h"

#include "storage/ReviewListQueries.h"
#include "storage/SiteRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QUuid>

#include <sys/stat.h>

#include <algorithm>

using namespace laatu;
using namespace laatu::test;

namespace {
// Runs `statements` on a plain SQLite connection of its own to the file at `path`.
void onPlainConnection(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("plain-%1").arg(path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            REQUIRE(query.exec(statement));
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList planOf(Database &database, const QString &sql)
{
    QSqlQuery plan(database.sql());
    REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    return steps;
}
} // namespace

TEST_CASE("the review list's sites, flags and counts agree with the full reads", "[storage][list]")
{
    StorageFixture fixture(6, 3);
    SiteRepository sites(*fixture.database);
    // A site without reviews, with Finnish letters and empty fields.
    Site empty;
    empty.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    empty.name = QStringLiteral("Äänekosken työhönvalmennus Å");
    empty.county = QStringLiteral("Keski-Suomen hyvinvointialue");
    empty.archived = true;
    REQUIRE_FALSE(sites.saveSite(empty));
    // And an archived site that has reviews: both flags of one row.
    QSqlQuery archive(fixture.database->sql());
    REQUIRE(archive.exec(
        QStringLiteral("UPDATE site SET archived = 1 WHERE id = (SELECT min(id) FROM site)")));

    QList<Site> expected;
    REQUIRE_FALSE(sites.listSites(expected));
    QHash<qint64, int> counts;
    int expectedTotal = 0;
    REQUIRE_FALSE(fixture.repository->countReviewsBySite(counts, expectedTotal));

    ReviewListQueries queries(*fixture.database);
    QList<ReviewListQueries::ListedSite> listed;
    REQUIRE_FALSE(queries.listSites(listed));
    REQUIRE(listed.size() == expected.size());
    REQUIRE(listed.size() == 7);
    // The rows' fields only, until the rest is asked for.
    for (const auto &entry : std::as_const(listed))
        CHECK(entry.site.municipality.isEmpty());
    REQUIRE_FALSE(queries.completeSites(listed));
    for (const Site &site : std::as_const(expected)) {
        const auto it = std::find_if(listed.cbegin(), listed.cend(),
                                     [&](const auto &entry) { return entry.site.id == site.id; });
        REQUIRE(it != listed.cend());
        INFO("site " << site.name.toStdString());
        CHECK(it->site == site);
        CHECK(it->hasReviews == (counts.value(site.id) > 0));
        int count = -1;
        REQUIRE_FALSE(queries.countSiteReviews(site.id, count));
        CHECK(count == counts.value(site.id));
        // Empty texts read as empty, never null, as QtSql's own conversion gives them.
        CHECK_FALSE(it->site.organisation.isNull());
    }
    const auto added = std::find_if(listed.cbegin(), listed.cend(), [&](const auto &entry) {
        return entry.site.uuid == empty.uuid;
    });
    REQUIRE(added != listed.cend());
    CHECK(added->site.name == empty.name);
    CHECK(added->site.archived);
    CHECK_FALSE(added->hasReviews);
    CHECK(std::count_if(listed.cbegin(), listed.cend(),
                        [](const auto &entry) { return entry.site.archived && entry.hasReviews; })
          == 1);
    int total = -1;
    REQUIRE_FALSE(queries.countReviews(total));
    CHECK(total == expectedTotal);
    CHECK(total == 18);

    // Each site's flag and count come from the index on (site_id, visit_start).
    const QString probe
        = planOf(*fixture.database, QStringLiteral("SELECT count(*) FROM review WHERE site_id = 1"))
              .join(QLatin1Char('\n'));
    INFO(probe.toStdString());
    CHECK(probe.contains(QStringLiteral("USING COVERING INDEX review_by_site")));
}

TEST_CASE("the list's first read on a worker's own connection gives what the window's connection "
          "gives, and a damaged page fails it",
          "[storage][list]")
{
    StorageFixture fixture(30, 2);
    const auto byId = [](QList<ReviewListQueries::ListedSite> sites) {
        std::sort(sites.begin(), sites.end(),
                  [](const auto &a, const auto &b) { return a.site.id < b.site.id; });
        return sites;
    };
    const QLocale finnish(QLocale::Finnish, QLocale::Finland);
    const ReviewListQueries::Listing here
        = ReviewListQueries(*fixture.database).readListing(finnish);
    REQUIRE_FALSE(here.error);
    const ReviewListQueries::Listing there
        = ReviewListQueries::readListingInBackground(fixture.database->readerTicket(), finnish)
              .get();
    INFO(there.error.message().toStdString());
    REQUIRE_FALSE(there.error);
    CHECK(there.path == fixture.path);
    CHECK(there.total == 60);
    CHECK(there.total == here.total);
    // Both in list order for the collation asked for, whatever order the rows came in.
    QList<ReviewListQueries::ListedSite> inOrder = here.sites;
    std::reverse(inOrder.begin(), inOrder.end());
    ReviewListQueries::sortForList(inOrder, finnish);
    REQUIRE(there.sites.size() == inOrder.size());
    QStringList expectedOrder;
    QStringList foundOrder;
    QStringList hereOrder;
    for (int i = 0; i < inOrder.size(); ++i) {
        expectedOrder << inOrder.at(i).site.uuid;
        foundOrder << there.sites.at(i).site.uuid;
        hereOrder << here.sites.at(i).site.uuid;
    }
    CHECK(foundOrder == expectedOrder);
    CHECK(hereOrder == expectedOrder);
    const QList<ReviewListQueries::ListedSite> expected = byId(here.sites);
    const QList<ReviewListQueries::ListedSite> found = byId(there.sites);
    REQUIRE(found.size() == 30);
    REQUIRE(found.size() == expected.size());
    for (int i = 0; i < found.size(); ++i) {
        CHECK(found.at(i).site == expected.at(i).site);
        CHECK(found.at(i).hasReviews == expected.at(i).hasReviews);
    }

    // The site table's pages overwritten, the file opened as the window opens it (whole-file
    // checks deferred): the worker's read fails as damage, and nothing is read as data.
    int rootPage = 0;
    int pageSize = 0;
    {
        QSqlQuery query(fixture.database->sql());
        REQUIRE(
            query.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'site'")));
        REQUIRE(query.next());
        rootPage = query.value(0).toInt();
        REQUIRE(query.exec(QStringLiteral("PRAGMA page_size")));
        REQUIRE(query.next());
        pageSize = query.value(0).toInt();
    }
    fixture.close();
    {
        QFile file(fixture.path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(qint64(rootPage - 1) * pageSize + 8));
        REQUIRE(file.write(QByteArray(pageSize - 16, '\xA5')) == pageSize - 16);
    }
    Database::Options deferred;
    deferred.deferWriterChecks = true;
    StorageError openError;
    std::unique_ptr<Database> damaged = Database::open(fixture.path, deferred, openError);
    INFO(openError.message().toStdString());
    REQUIRE(damaged);
    const ReviewListQueries::Listing broken
        = ReviewListQueries::readListingInBackground(damaged->readerTicket(), finnish).get();
    CHECK(broken.error.code() == StorageError::Corrupt);
    CHECK(broken.sites.isEmpty());
    // The window's connection marks itself damaged from the worker's error: nothing more is
    // written.
    CHECK(damaged->markIfDamaged(broken.error));
    CHECK(damaged->ensureWritable(QStringLiteral("a test")));
}

TEST_CASE("the list sorts sites by county, then name as the language sorts text, numbers as "
          "numbers",
          "[storage][list]")
{
    const auto listed = [](const QString &county, const QString &name) {
        ReviewListQueries::ListedSite entry;
        entry.site.county = county;
        entry.site.name = name;
        return entry;
    };
    const QString south = QStringLiteral("Etelä-Savon hyvinvointialue");
    const QString north = QStringLiteral("Pohjois-Savon hyvinvointialue");
    QList<ReviewListQueries::ListedSite> sites {
        listed(north, QStringLiteral("Öljymäki")), listed(south, QStringLiteral("Valmennus 10")),
        listed(south, QStringLiteral("Ämmälä")),   listed(south, QStringLiteral("Valmennus 2")),
        listed(north, QStringLiteral("Aava")),     listed(south, QStringLiteral("Zeta")),
    };
    ReviewListQueries::sortForList(sites, QLocale(QLocale::Finnish, QLocale::Finland));
    QStringList order;
    for (const auto &entry : std::as_const(sites))
        order << entry.site.name;
    // Finnish puts Ä and Ö after Z.
    CHECK(order
          == QStringList {QStringLiteral("Valmennus 2"), QStringLiteral("Valmennus 10"),
                          QStringLiteral("Zeta"), QStringLiteral("Ämmälä"), QStringLiteral("Aava"),
                          QStringLiteral("Öljymäki")});
}

TEST_CASE("the list read ahead of the open gives the window's listing, under the file's own "
          "name, and is not started for a file it could hold up",
          "[storage][list]")
{
    StorageFixture fixture(12, 2);
    CHECK_FALSE(fixture.database->upgradedAtOpen());
    const QLocale finnish(QLocale::Finnish, QLocale::Finland);
    const ReviewListQueries::Listing here
        = ReviewListQueries(*fixture.database).readListing(finnish);
    REQUIRE_FALSE(here.error);
    // Through another name of the same file, as a user may give it: the listing names the
    // file as the opened database does, so the window takes it.
    const QString link = fixture.dir.filePath(QStringLiteral("link.db"));
    REQUIRE(QFile::link(fixture.path, link));
    for (const QString &path : {fixture.path, link}) {
        INFO(path.toStdString());
        std::future<ReviewListQueries::Listing> ahead
            = ReviewListQueries::readListingAhead(path, finnish);
        REQUIRE(ahead.valid());
        const ReviewListQueries::Listing read = ahead.get();
        REQUIRE_FALSE(read.error);
        CHECK(read.path == fixture.database->path());
        CHECK(read.total == here.total);
        REQUIRE(read.sites.size() == here.sites.size());
        for (int i = 0; i < read.sites.size(); ++i)
            CHECK(read.sites.at(i).site == here.sites.at(i).site);
    }

    // No file yet, a file that is not SQLite, and one in rollback-journal mode (a reader there
    // would hold up the writer that sets WAL): nothing is started.
    CHECK_FALSE(ReviewListQueries::readListingAhead(fixture.dir.filePath(QStringLiteral("none.db")),
                                                    finnish)
                    .valid());
    const QString text = fixture.dir.filePath(QStringLiteral("notes.db"));
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    CHECK_FALSE(ReviewListQueries::readListingAhead(text, finnish).valid());
    // A FIFO or a folder named as the database is not opened at all: opening a FIFO to read
    // waits for a writer, and the window would never come up to say what is wrong.
    const QString fifo = fixture.dir.filePath(QStringLiteral("fifo.db"));
    REQUIRE(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    CHECK_FALSE(ReviewListQueries::readListingAhead(fifo, finnish).valid());
    CHECK_FALSE(ReviewListQueries::readListingAhead(fixture.dir.path(), finnish).valid());
    const QString rollback = fixture.dir.filePath(QStringLiteral("rollback.db"));
    onPlainConnection(rollback,
                      {QStringLiteral("PRAGMA journal_mode = DELETE"),
                       QStringLiteral("CREATE TABLE site (id INTEGER PRIMARY KEY)")});
    CHECK_FALSE(ReviewListQueries::readListingAhead(rollback, finnish).valid());
    // The same file in WAL mode is read (and fails there: it is no Laatu database).
    onPlainConnection(rollback, {QStringLiteral("PRAGMA journal_mode = WAL")});
    std::future<ReviewListQueries::Listing> wal
        = ReviewListQueries::readListingAhead(rollback, finnish);
    REQUIRE(wal.valid());
    CHECK(wal.get().error);
}
