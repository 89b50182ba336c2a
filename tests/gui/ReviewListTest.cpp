#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"

#include "MainWindow.h"
#include "ReviewListPanel.h"
#include "demo/DemoGenerator.h"
#include "i18n/Translator.h"
#include "scoring/ScoreCard.h"

#include <catch2/catch.hpp>

#include <QDockWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using laatu::gui::MainWindow;

namespace {
std::unique_ptr<laatu::Database> demoDatabase(const QString &path, int sites, int reviewsPerSite)
{
    laatu::StorageError error;
    auto database = laatu::Database::open(path, {}, error);
    REQUIRE(database);
    QList<laatu::ReviewDocument> documents
        = laatu::DemoGenerator(laatu::test::builtIn(), {sites, reviewsPerSite, 3u, true})
              .generate();
    laatu::ReviewRepository repository(*database);
    REQUIRE_FALSE(repository.saveReviews(documents));
    return database;
}
} // namespace

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
