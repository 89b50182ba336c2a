#pragma once

// A database of demo reviews for the widget tests: `sites` fictional sites with
// `reviewsPerSite` reviews each, with evidence, findings and actions.
#include "../support/BuiltInCatalog.h"

#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"

#include <catch2/catch.hpp>

#include <memory>

namespace laatu::test {

inline std::unique_ptr<Database> demoDatabase(const QString &path, int sites, int reviewsPerSite,
                                              quint32 seed = 3u)
{
    StorageError error;
    auto database = Database::open(path, {}, error);
    INFO(error.message().toStdString());
    REQUIRE(database);
    QList<ReviewDocument> documents
        = DemoGenerator(builtIn(), {sites, reviewsPerSite, seed, true}).generate();
    ReviewRepository repository(*database);
    REQUIRE_FALSE(repository.saveReviews(documents));
    return database;
}

} // namespace laatu::test
