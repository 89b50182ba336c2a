#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"

#include "DemoDatabase.h"
#include "demo/DemoGenerator.h"
#include "gui/main/MainWindow.h"
#include "gui/sites/ReviewListPanel.h"
#include "i18n/Translator.h"
#include "scoring/ScoreCard.h"
#include "storage/ReviewListQueries.h"
#include "storage/SiteRepository.h"

#include <catch2/catch.hpp>

#include <QDockWidget>
#include <QScrollBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>

using laatu::gui::MainWindow;
using laatu::gui::ReviewListModel;
using laatu::test::demoDatabase;

TEST_CASE("the review list groups a database's reviews by county and site", "[gui][storage]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    MainWindow window(laatu::test::builtIn());
    window.setDatabase(demoDatabase(dir.filePath(QStringLiteral("demo.db")), 5, 2));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    laatu::gui::ReviewListPanel *list = window.reviewList();
    REQUIRE(list);
    CHECK(list->isVisible());
    CHECK(list->reviewCount() == 10);
    int sites = 0;
    int reviews = 0;
    const QAbstractItemModel *model = list->model();
    for (int c = 0; c < model->rowCount(); ++c) {
        const QModelIndex county = model->index(c, 0);
        CHECK(county.data().toString().contains(QStringLiteral("hyvinvointialue")));
        sites += model->rowCount(county);
        for (int s = 0; s < model->rowCount(county); ++s) {
            const QModelIndex site = model->index(s, 0, county);
            for (int r = 0; r < model->rowCount(site); ++r) {
                ++reviews;
                // A complete review shows its total; the level column names a level or says
                // incomplete.
                CHECK_FALSE(model->index(r, 4, site).data().toString().isEmpty());
                CHECK_FALSE(model->index(r, 2, site).data().toString().isEmpty());
            }
        }
    }
    CHECK(sites == 5);
    CHECK(reviews == 10);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("10 reviews")));
    CHECK(window.windowTitle().contains(QStringLiteral("demo.db")));
}

TEST_CASE("a second window on the same database is read-only and says who holds it",
          "[gui][storage]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.db"));
    MainWindow first(laatu::test::builtIn());
    first.setDatabase(demoDatabase(path, 1, 1));
    laatu::StorageError error;
    auto second = laatu::Database::open(path, {}, error);
    REQUIRE(second);
    CHECK(second->isReadOnly());
    MainWindow window(laatu::test::builtIn());
    window.setDatabase(std::move(second));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("read-only")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("process")));
    CHECK(window.reviewList()->reviewCount() == 1);
}

TEST_CASE("a long list shows its sites at once and a site's reviews when it is opened",
          "[gui][storage]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    MainWindow window(laatu::test::builtIn());
    window.setDatabase(demoDatabase(dir.filePath(QStringLiteral("long.db")), 40, 8));
    laatu::gui::ReviewListPanel *list = window.reviewList();
    CHECK(list->reviewCount() == 320);
    // Only the counts were read at start: no review of any site yet.
    CHECK(list->reviews().isEmpty());
    const QAbstractItemModel *model = list->model();
    const QModelIndex site = model->index(0, 0, model->index(0, 0));
    REQUIRE(site.isValid());
    CHECK_FALSE(list->isExpanded(site));
    CHECK(model->rowCount(site) == 0);
    CHECK(model->hasChildren(site));
    CHECK(site.data(Qt::ToolTipRole).toString() == QStringLiteral("8 reviews"));
    list->expand(site);
    CHECK(model->rowCount(site) == 8);
    CHECK(list->reviews().size() == 8);
    // Choosing a review of a site not yet opened opens it.
    const QModelIndex last = model->index(model->rowCount() - 1, 0);
    const QModelIndex lastSite = model->index(model->rowCount(last) - 1, 0, last);
    REQUIRE(model->rowCount(lastSite) == 0);
    const QString lastSiteUuid = lastSite.data(ReviewListModel::SiteUuidRole).toString();
    QList<laatu::ReviewSummary> reviews;
    REQUIRE_FALSE(window.repository()->listReviews(reviews));
    qint64 id = 0;
    for (const laatu::ReviewSummary &review : reviews)
        if (review.siteUuid == lastSiteUuid)
            id = review.id;
    // By its number alone it is not found until its site is read; with its site it is.
    CHECK_FALSE(list->selectReview(id));
    REQUIRE(list->selectReview(id, lastSiteUuid));
    CHECK(model->rowCount(lastSite) == 8);
    CHECK(list->isExpanded(lastSite));
    CHECK(list->reviews().size() == 16);
    CHECK(list->currentReviewId() == id);
}

namespace {
// Every county and site row that is drawn: what the viewport shows from top to bottom.
QStringList unspannedInSight(const laatu::gui::ReviewListPanel &list)
{
    QStringList unspanned;
    for (QModelIndex row = list.indexAt(QPoint(0, 0)); row.isValid(); row = list.indexBelow(row)) {
        if (list.visualRect(row).top() >= list.viewport()->height())
            break;
        const bool siteOrCounty = !row.data(ReviewListModel::ReviewIdRole).toLongLong();
        if (siteOrCounty && !list.isFirstColumnSpanned(row.row(), row.parent()))
            unspanned << row.data().toString();
    }
    return unspanned;
}
} // namespace

TEST_CASE("county and site rows span the list's width wherever the list is scrolled, opened or "
          "filtered",
          "[gui][storage]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    MainWindow window(laatu::test::builtIn());
    window.resize(1000, 600);
    window.setDatabase(demoDatabase(dir.filePath(QStringLiteral("wide.db")), 160, 2));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    laatu::gui::ReviewListPanel *list = window.reviewList();
    REQUIRE(list->reviewCount() == 320);
    const QAbstractItemModel *model = list->model();
    int seen = 0;
    const auto check = [&] {
        QCoreApplication::processEvents();
        INFO("not spanning: " << unspannedInSight(*list).join(QStringLiteral(", ")).toStdString());
        CHECK(unspannedInSight(*list).isEmpty());
        ++seen;
    };
    check();
    // Scrolled a step, a page, to the end and back to the middle.
    QScrollBar *bar = list->verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    for (const int value :
         {bar->singleStep() * 3, bar->pageStep(), bar->maximum(), bar->maximum() / 2}) {
        bar->setValue(value);
        check();
    }
    // The keyboard's End and Home.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_End);
    check();
    QTest::keyClick(list, Qt::Key_Home);
    check();
    // Sites opened and closed, and a county closed, move other sites into sight.
    const QModelIndex county = model->index(0, 0);
    for (int row = 0; row < 3; ++row)
        list->expand(model->index(row, 0, county));
    check();
    list->collapse(county);
    check();
    list->expand(county);
    // A filter that leaves sites far down the list at the top.
    list->setFilterText(model->index(model->rowCount() - 1, 0).data().toString());
    check();
    list->setFilterText({});
    check();
    CHECK(seen == 11);
}

namespace {
// The names of the site rows, in list order.
QStringList siteNames(const laatu::gui::ReviewListPanel &list)
{
    QStringList names;
    const QAbstractItemModel *model = list.model();
    for (int county = 0; county < model->rowCount(); ++county)
        for (int row = 0; row < model->rowCount(model->index(county, 0)); ++row)
            names << model->index(row, 0, model->index(county, 0)).data().toString();
    return names;
}

// What main.cpp reads on a worker while the window is made.
laatu::ReviewListQueries::Listing workerListing(const laatu::Database &database)
{
    laatu::ReviewListQueries::Listing listing
        = laatu::ReviewListQueries::readListingInBackground(database.readerTicket(),
                                                            QLocale::system().collation())
              .get();
    REQUIRE_FALSE(listing.error);
    return listing;
}
} // namespace

TEST_CASE("the window shows the listing read on a worker for the same file, and reads its own "
          "for another",
          "[gui][storage]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    for (const bool sameFile : {true, false}) {
        MainWindow window(laatu::test::builtIn());
        std::unique_ptr<laatu::Database> database
            = demoDatabase(dir.filePath(QStringLiteral("prefetch-%1.db").arg(sameFile)), 6, 1);
        laatu::ReviewListQueries::Listing listing = workerListing(*database);
        REQUIRE(listing.sites.size() == 6);
        // Marked, so the test sees which listing the window shows.
        listing.sites.removeLast();
        if (!sameFile)
            listing.path += QStringLiteral(".other");
        window.setPrefetchedListing(listing);
        window.setDatabase(std::move(database));
        laatu::gui::ReviewListPanel *list = window.reviewList();
        INFO("same file: " << sameFile);
        CHECK(siteNames(*list).size() == (sameFile ? 5 : 6));
        // Used once: the next read is the window's own.
        window.reloadReviews();
        CHECK(siteNames(*list).size() == 6);
    }
}

TEST_CASE("the filter finds sites by municipality and unit, which the list reads only when asked",
          "[gui][storage]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    MainWindow window(laatu::test::builtIn());
    window.setDatabase(demoDatabase(dir.filePath(QStringLiteral("places.db")), 8, 1));
    laatu::gui::ReviewListPanel *list = window.reviewList();
    QList<laatu::Site> sites;
    REQUIRE_FALSE(window.siteRepository()->listSites(sites));
    REQUIRE(sites.size() == 8);
    const laatu::Site &chosen = sites.at(3);
    REQUIRE_FALSE(chosen.municipality.isEmpty());
    // As the rows show it: no municipality read yet.
    REQUIRE(list->listedSite(chosen.uuid));
    CHECK(list->listedSite(chosen.uuid)->municipality.isEmpty());
    const QAbstractItemModel *model = list->model();
    const auto shownSites = [&] {
        QStringList shown;
        for (int county = 0; county < model->rowCount(); ++county) {
            const QModelIndex countyIndex = model->index(county, 0);
            for (int row = 0; row < model->rowCount(countyIndex); ++row)
                if (!list->isRowHidden(county, {}) && !list->isRowHidden(row, countyIndex))
                    shown << model->index(row, 0, countyIndex)
                                 .data(ReviewListModel::SiteUuidRole)
                                 .toString();
        }
        return shown;
    };
    for (const QString &text : {chosen.municipality, chosen.unit}) {
        INFO("filter " << text.toStdString());
        list->setFilterText(text.toLower());
        const QStringList shown = shownSites();
        CHECK(shown.contains(chosen.uuid));
        for (const laatu::Site &site : std::as_const(sites)) {
            const bool matches = site.municipality.contains(text, Qt::CaseInsensitive)
                || site.unit.contains(text, Qt::CaseInsensitive)
                || site.name.contains(text, Qt::CaseInsensitive)
                || site.county.contains(text, Qt::CaseInsensitive);
            CHECK(shown.contains(site.uuid) == matches);
        }
    }
    // Whoever asks for the whole site gets every field, as stored.
    list->setFilterText({});
    REQUIRE(list->site(chosen.uuid));
    CHECK(*list->site(chosen.uuid) == chosen);
}

TEST_CASE("the window lists sites by county, then name, as the system's collation sorts them",
          "[gui][storage]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    std::unique_ptr<laatu::Database> database
        = demoDatabase(dir.filePath(QStringLiteral("order.db")), 9, 1);
    // Added last, it is the last row the database gives and the first of its county's.
    QList<laatu::ReviewListQueries::ListedSite> raw;
    REQUIRE_FALSE(laatu::ReviewListQueries(*database).listSites(raw));
    laatu::Site first;
    first.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    first.name = QStringLiteral("Aakkosten alku 2");
    first.county = raw.constLast().site.county;
    REQUIRE_FALSE(laatu::SiteRepository(*database).saveSite(first));
    raw.clear();
    REQUIRE_FALSE(laatu::ReviewListQueries(*database).listSites(raw));
    std::reverse(raw.begin(), raw.end());
    laatu::ReviewListQueries::sortForList(raw, QLocale::system().collation());
    QStringList expected;
    for (const auto &entry : std::as_const(raw))
        expected << entry.site.name;

    MainWindow window(laatu::test::builtIn());
    window.setDatabase(std::move(database));
    CHECK(siteNames(*window.reviewList()) == expected);
    CHECK(expected.size() == 10);
}
