#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"

#include "DemoDatabase.h"
#include "demo/DemoGenerator.h"
#include "gui/main/MainWindow.h"
#include "gui/sites/ReviewListPanel.h"
#include "i18n/Translator.h"
#include "scoring/ScoreCard.h"

#include <catch2/catch.hpp>

#include <QDockWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using laatu::gui::MainWindow;
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
    for (int c = 0; c < list->topLevelItemCount(); ++c) {
        QTreeWidgetItem *county = list->topLevelItem(c);
        CHECK(county->text(0).contains(QStringLiteral("hyvinvointialue")));
        sites += county->childCount();
        for (int s = 0; s < county->childCount(); ++s) {
            for (int r = 0; r < county->child(s)->childCount(); ++r) {
                QTreeWidgetItem *review = county->child(s)->child(r);
                ++reviews;
                // A complete review shows its total; the level column names a level or says
                // incomplete.
                CHECK_FALSE(review->text(4).isEmpty());
                CHECK_FALSE(review->text(2).isEmpty());
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
    QTreeWidgetItem *site = list->topLevelItem(0)->child(0);
    REQUIRE(site);
    CHECK_FALSE(site->isExpanded());
    CHECK(site->childCount() == 0);
    CHECK(site->toolTip(0) == QStringLiteral("8 reviews"));
    list->expandItem(site);
    CHECK(site->childCount() == 8);
    CHECK(list->reviews().size() == 8);
    // Choosing a review of a site not yet opened opens it.
    QTreeWidgetItem *last = list->topLevelItem(list->topLevelItemCount() - 1);
    QTreeWidgetItem *lastSite = last->child(last->childCount() - 1);
    REQUIRE(lastSite->childCount() == 0);
    QList<laatu::ReviewSummary> reviews;
    REQUIRE_FALSE(window.repository()->listReviews(reviews));
    qint64 id = 0;
    for (const laatu::ReviewSummary &review : reviews)
        if (review.siteUuid == lastSite->data(0, Qt::UserRole + 2).toString())
            id = review.id;
    // By its number alone it is not found until its site is read; with its site it is.
    CHECK_FALSE(list->selectReview(id));
    REQUIRE(list->selectReview(id, lastSite->data(0, Qt::UserRole + 2).toString()));
    CHECK(lastSite->childCount() == 8);
    CHECK(list->reviews().size() == 16);
    CHECK(list->currentReviewId() == id);
}
