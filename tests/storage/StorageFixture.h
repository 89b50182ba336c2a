#pragma once

#include "../support/BuiltInCatalog.h"

#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <memory>

namespace laatu::test {

// A temporary database, optionally filled with demo reviews.
struct StorageFixture
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> database;
    std::unique_ptr<ReviewRepository> repository;

    explicit StorageFixture(int sites = 0, int reviewsPerSite = 2)
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("laatu.db"));
        open();
        if (sites > 0) {
            QList<ReviewDocument> documents
                = DemoGenerator(builtIn(), {sites, reviewsPerSite, 7u, true}).generate();
            const StorageError error = repository->saveReviews(documents);
            INFO(error.message().toStdString());
            REQUIRE_FALSE(error);
        }
    }

    void open(Database::Options options = {})
    {
        repository.reset();
        database.reset();
        StorageError error;
        database = Database::open(path, options, error);
        INFO(error.message().toStdString());
        REQUIRE(database);
        repository = std::make_unique<ReviewRepository>(*database);
    }

    void close()
    {
        repository.reset();
        database.reset();
    }

    ReviewDocument load(qint64 id)
    {
        ReviewDocument document;
        const StorageError error = repository->loadReview(id, document);
        INFO(error.message().toStdString());
        REQUIRE_FALSE(error);
        return document;
    }

    QList<ReviewSummary> list()
    {
        QList<ReviewSummary> reviews;
        REQUIRE_FALSE(repository->listReviews(reviews));
        return reviews;
    }
};

} // namespace laatu::test
