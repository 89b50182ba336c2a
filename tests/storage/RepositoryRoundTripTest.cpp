#include "../support/QtStringMaker.h"
#include "StorageFixture.h"

#include "scoring/ScoreCard.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

using laatu::test::StorageFixture;

TEST_CASE("every entity of a review survives save, close and load", "[storage]")
{
    StorageFixture fixture;
    QList<laatu::ReviewDocument> documents
        = laatu::DemoGenerator(laatu::test::builtIn(), {2, 2, 11u, true}).generate();
    REQUIRE(documents.size() == 4);
    const QList<laatu::ReviewDocument> original = documents;
    REQUIRE_FALSE(fixture.repository->saveReviews(documents));
    fixture.close();
    fixture.open();
    for (const laatu::ReviewDocument &expected : original) {
        qint64 id = 0;
        REQUIRE_FALSE(fixture.repository->findReview(expected.review.uuid, id));
        const laatu::ReviewDocument loaded = fixture.load(id);
        CHECK(loaded.sameContent(expected));
        CHECK(loaded.site.name == expected.site.name);
        CHECK(loaded.site.county == expected.site.county);
        CHECK(loaded.raters == expected.raters);
        CHECK(loaded.ratings.size() == expected.ratings.size());
        CHECK(loaded.notes == expected.notes);
        CHECK(loaded.numbers == expected.numbers);
        CHECK(loaded.elements == expected.elements);
        CHECK(loaded.findings == expected.findings);
        CHECK(loaded.actions == expected.actions);
        CHECK(loaded.review.createdAt == expected.review.createdAt);
        CHECK(loaded.review.updatedAt == expected.review.updatedAt);
        CHECK_FALSE(loaded.actions.isEmpty());
        CHECK_FALSE(loaded.findings.isEmpty());
    }
}

TEST_CASE("saving the same review again changes nothing, a changed one replaces it", "[storage]")
{
    StorageFixture fixture;
    QList<laatu::ReviewDocument> documents
        = laatu::DemoGenerator(laatu::test::builtIn(), {1, 1, 3u, true}).generate();
    laatu::ReviewDocument document = documents.constFirst();
    document.review.status = laatu::ReviewStatus::Draft;
    bool unchanged = true;
    REQUIRE_FALSE(fixture.repository->saveReview(document, unchanged));
    CHECK_FALSE(unchanged);
    const qint64 id = document.review.id;
    REQUIRE_FALSE(fixture.repository->saveReview(document, unchanged));
    CHECK(unchanged);
    CHECK(document.review.id == id);
    CHECK(fixture.list().size() == 1);

    document.findings.append({QStringLiteral("0b9c4c8e-0000-4000-8000-000000000001"), QString(),
                              laatu::FindingKind::Strength, QStringLiteral("Uusi vahvuus")});
    REQUIRE_FALSE(fixture.repository->saveReview(document, unchanged));
    CHECK_FALSE(unchanged);
    CHECK(fixture.load(id).findings.size() == document.findings.size());
    CHECK(fixture.list().size() == 1);
}

TEST_CASE("the review list gives totals and levels that match the score card", "[storage]")
{
    StorageFixture fixture(4, 3);
    const QList<laatu::ReviewSummary> reviews = fixture.list();
    REQUIRE(reviews.size() == 12);
    int complete = 0;
    for (const laatu::ReviewSummary &summary : reviews) {
        const laatu::ReviewDocument document = fixture.load(summary.id);
        const laatu::ScoreCard card
            = laatu::ScoreCard::compute(laatu::test::builtIn(), document.consensus());
        CHECK(summary.consensusRated == card.ratedCount());
        CHECK(summary.consensusTotal == card.ratedTotal());
        CHECK(laatu::ScoreCard::levelKeyFor(laatu::test::builtIn(), summary.consensusRated,
                                            summary.consensusTotal)
              == card.levelKey());
        CHECK(summary.siteName == document.site.name);
        CHECK(summary.visitStart == document.review.visitStart);
        complete += card.isComplete() ? 1 : 0;
    }
    CHECK(complete > 0);
    CHECK(complete < 12); // the demo leaves some latest reviews as drafts
}

TEST_CASE("deleting a review removes it and everything in it", "[storage]")
{
    StorageFixture fixture(1, 2);
    const QList<laatu::ReviewSummary> before = fixture.list();
    REQUIRE(before.size() == 2);
    REQUIRE(before.at(0).status == laatu::ReviewStatus::Final);
    // A final review is locked against deletion as against any change: reopen it first.
    CHECK(fixture.repository->deleteReview(before.at(0).id).code()
          == laatu::StorageError::ReviewLocked);
    CHECK(fixture.list().size() == 2);
    REQUIRE_FALSE(fixture.repository->reopen(before.at(0).id, QStringLiteral("entered twice")));
    REQUIRE_FALSE(fixture.repository->deleteReview(before.at(0).id));
    CHECK(fixture.list().size() == 1);
    laatu::SqlStatement orphans(
        fixture.database->sql(),
        QStringLiteral("SELECT (SELECT count(*) FROM consensus_rating WHERE review_id = ?)"
                       " + (SELECT count(*) FROM evidence_note WHERE review_id = ?)"
                       " + (SELECT count(*) FROM rater WHERE review_id = ?)"));
    orphans.bind(before.at(0).id).bind(before.at(0).id).bind(before.at(0).id);
    REQUIRE_FALSE(orphans.exec(QStringLiteral("counting")));
    REQUIRE(orphans.next());
    CHECK(orphans.value(0).toInt() == 0);
    const laatu::StorageError again = fixture.repository->deleteReview(before.at(0).id);
    CHECK(again.code() == laatu::StorageError::NotFound);
}

TEST_CASE("catalogs: the built-in one is stored with its first review, others by id and version",
          "[storage]")
{
    StorageFixture fixture(1, 1);
    laatu::StorageError error;
    const auto stored = fixture.repository->catalog(QStringLiteral("fi-thl-ips25"),
                                                    QStringLiteral("2026.1"), error);
    REQUIRE(stored);
    CHECK(stored->criteria().size() == 25);
    const auto unknown = fixture.repository->catalog(QStringLiteral("fi-thl-ips25"),
                                                     QStringLiteral("1999.1"), error);
    CHECK_FALSE(unknown);
    CHECK(error.code() == laatu::StorageError::NotFound);

    QFile file(QStringLiteral(LAATU_TEST_DATA_DIR "/catalogs/three-item-example.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    const laatu::CatalogReader::Result example = laatu::CatalogReader::read(json);
    REQUIRE(example.ok());
    REQUIRE_FALSE(fixture.repository->storeCatalog(json, *example.instrument));
    CHECK_FALSE(
        fixture.repository->storeCatalog(json, *example.instrument)); // same content again: fine
    const laatu::StorageError changed
        = fixture.repository->storeCatalog(json + "\n", *example.instrument);
    CHECK(changed.code() == laatu::StorageError::Constraint);
    CHECK(changed.message().contains(QStringLiteral("new version")));
    fixture.close();
    fixture.open();
    CHECK(fixture.repository->catalog(QStringLiteral("example-three-items"), QStringLiteral("1"),
                                      error));
}
