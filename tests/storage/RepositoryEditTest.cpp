#include "../support/QtStringMaker.h"
#include "StorageFixture.h"

#include <catch2/catch.hpp>

using laatu::StorageError;
using laatu::test::StorageFixture;

namespace {
// The first review of a one-site demo, made a draft with both reviewers and no consensus yet.
qint64 draftReview(StorageFixture &fixture)
{
    QList<laatu::ReviewDocument> documents
        = laatu::DemoGenerator(laatu::test::builtIn(), {1, 1, 5u, false}).generate();
    laatu::ReviewDocument document = documents.constFirst();
    document.review.status = laatu::ReviewStatus::Draft;
    QList<laatu::RatingEntry> raterRatings;
    for (const laatu::RatingEntry &entry : document.ratings) {
        if (!entry.raterUuid.isEmpty())
            raterRatings << entry;
    }
    document.ratings = raterRatings;
    bool unchanged = false;
    REQUIRE_FALSE(fixture.repository->saveReview(document, unchanged));
    return document.review.id;
}

void rateAll(StorageFixture &fixture, qint64 id, int value, const QString &reason = {})
{
    for (const laatu::Criterion &criterion : laatu::test::builtIn().criteria())
        REQUIRE_FALSE(fixture.repository->setConsensusRating(id, criterion.id, value, reason));
}
} // namespace

TEST_CASE("consensus and reviewer ratings are saved, changed and cleared one edit at a time",
          "[storage][edit]")
{
    StorageFixture fixture;
    const qint64 id = draftReview(fixture);
    const QDateTime before = fixture.load(id).review.updatedAt;
    REQUIRE_FALSE(fixture.repository->setConsensusRating(id, QStringLiteral("caseload"), 4,
                                                         QStringLiteral("syy")));
    CHECK(fixture.load(id).consensus().rating(QStringLiteral("caseload")) == 4);
    REQUIRE_FALSE(fixture.repository->setConsensusRating(id, QStringLiteral("caseload"), 5));
    CHECK(fixture.load(id).consensus().rating(QStringLiteral("caseload")) == 5);
    REQUIRE_FALSE(
        fixture.repository->setConsensusRating(id, QStringLiteral("caseload"), std::nullopt));
    CHECK_FALSE(fixture.load(id).consensus().rating(QStringLiteral("caseload")).has_value());
    CHECK(fixture.load(id).review.updatedAt >= before);

    const QString rater = fixture.load(id).raters.at(1).uuid;
    REQUIRE_FALSE(fixture.repository->setRaterRating(id, rater, QStringLiteral("disclosure"), 1));
    CHECK(fixture.load(id).raterSheets().at(1).rating(QStringLiteral("disclosure")) == 1);
    REQUIRE_FALSE(
        fixture.repository->setRaterRating(id, rater, QStringLiteral("disclosure"), std::nullopt));
    CHECK_FALSE(
        fixture.load(id).raterSheets().at(1).rating(QStringLiteral("disclosure")).has_value());

    REQUIRE_FALSE(fixture.repository->setEvidenceNote(
        id, QStringLiteral("caseload"), QStringLiteral("data"), QStringLiteral("18 asiakasta")));
    CHECK(fixture.load(id).notes.size() == 1);
    REQUIRE_FALSE(fixture.repository->setEvidenceNote(id, QStringLiteral("caseload"),
                                                      QStringLiteral("data"), QString()));
    CHECK(fixture.load(id).notes.isEmpty());
}

TEST_CASE("edits outside the catalog are refused with a reason", "[storage][edit]")
{
    StorageFixture fixture;
    const qint64 id = draftReview(fixture);
    CHECK(fixture.repository->setConsensusRating(id, QStringLiteral("caseload"), 6).code()
          == StorageError::InvalidInput);
    CHECK(fixture.repository->setConsensusRating(id, QStringLiteral("caseload"), 0).code()
          == StorageError::InvalidInput);
    CHECK(fixture.repository->setConsensusRating(id, QStringLiteral("no-such"), 3).code()
          == StorageError::InvalidInput);
    CHECK(fixture.repository
              ->setEvidenceNote(id, QStringLiteral("caseload"), QStringLiteral("gossip"),
                                QStringLiteral("x"))
              .code()
          == StorageError::InvalidInput);
    CHECK(fixture.repository
              ->setRaterRating(id, QStringLiteral("nobody"), QStringLiteral("caseload"), 3)
              .code()
          == StorageError::NotFound);
    CHECK(fixture.repository->setConsensusRating(id + 100, QStringLiteral("caseload"), 3).code()
          == StorageError::NotFound);
    CHECK(fixture.load(id).consensus().ratings().isEmpty());
}

TEST_CASE("finalising needs every criterion rated and reasons for 2-point differences",
          "[storage][final]")
{
    StorageFixture fixture;
    const qint64 id = draftReview(fixture);
    const StorageError incomplete = fixture.repository->finalise(id);
    CHECK(incomplete.code() == StorageError::InvalidInput);
    CHECK(incomplete.message().contains(QStringLiteral("unrated")));

    const laatu::ReviewDocument document = fixture.load(id);
    const QString a = document.raters.at(0).uuid;
    const QString b = document.raters.at(1).uuid;
    for (const laatu::Criterion &criterion : laatu::test::builtIn().criteria()) {
        REQUIRE_FALSE(fixture.repository->setRaterRating(id, a, criterion.id, 4));
        REQUIRE_FALSE(fixture.repository->setRaterRating(id, b, criterion.id, 3));
    }
    REQUIRE_FALSE(fixture.repository->setRaterRating(id, a, QStringLiteral("caseload"), 5));
    REQUIRE_FALSE(fixture.repository->setRaterRating(id, b, QStringLiteral("caseload"), 2));
    rateAll(fixture, id, 4);
    const StorageError noReason = fixture.repository->finalise(id);
    CHECK(noReason.code() == StorageError::InvalidInput);
    CHECK(noReason.message().contains(QStringLiteral("caseload")));
    REQUIRE_FALSE(fixture.repository->setConsensusRating(
        id, QStringLiteral("caseload"), 4, QStringLiteral("Asiakaslistat tarkistettiin yhdessä.")));
    const StorageError finalised = fixture.repository->finalise(id);
    INFO(finalised.message().toStdString());
    REQUIRE_FALSE(finalised);
    CHECK(fixture.load(id).review.status == laatu::ReviewStatus::Final);
}

TEST_CASE("a final review is locked, reopening is explicit and later changes are logged",
          "[storage][final]")
{
    StorageFixture fixture;
    const qint64 id = draftReview(fixture);
    const laatu::ReviewDocument document = fixture.load(id);
    // Make the reviewers agree everywhere so no reasons are needed.
    for (const laatu::Rater &rater : document.raters)
        for (const laatu::Criterion &criterion : laatu::test::builtIn().criteria())
            REQUIRE_FALSE(fixture.repository->setRaterRating(id, rater.uuid, criterion.id, 3));
    rateAll(fixture, id, 3);
    REQUIRE_FALSE(fixture.repository->finalise(id));

    const StorageError locked
        = fixture.repository->setConsensusRating(id, QStringLiteral("caseload"), 5);
    CHECK(locked.code() == StorageError::ReviewLocked);
    CHECK(locked.message().contains(QStringLiteral("Reopen")));
    CHECK(fixture.load(id).consensus().rating(QStringLiteral("caseload")) == 3);
    CHECK(fixture.repository
              ->setEvidenceNote(id, QStringLiteral("caseload"), QStringLiteral("data"),
                                QStringLiteral("x"))
              .code()
          == StorageError::ReviewLocked);
    bool unchanged = false;
    laatu::ReviewDocument replacement = fixture.load(id);
    replacement.findings.append({QStringLiteral("0b9c4c8e-0000-4000-8000-00000000000f"), QString(),
                                 laatu::FindingKind::Strength,
                                 QStringLiteral("Lisätty jälkikäteen")});
    CHECK(fixture.repository->saveReview(replacement, unchanged).code()
          == StorageError::ReviewLocked);
    CHECK(fixture.load(id).findings.size() + 1 == replacement.findings.size());
    // The site's details belong to the site: a new name reaches it, the final review stays as it
    // was.
    laatu::ReviewDocument renamed = fixture.load(id);
    renamed.site.name = QStringLiteral("Toinen nimi");
    REQUIRE_FALSE(fixture.repository->saveReview(renamed, unchanged));
    CHECK(fixture.load(id).site.name == QStringLiteral("Toinen nimi"));
    CHECK(fixture.load(id).review.status == laatu::ReviewStatus::Final);

    CHECK(fixture.repository->reopen(id, QString()).code() == StorageError::InvalidInput);
    REQUIRE_FALSE(fixture.repository->reopen(id, QStringLiteral("Kela-luvut korjattiin")));
    CHECK(fixture.load(id).review.status == laatu::ReviewStatus::Consensus);
    CHECK(fixture.repository->reopen(id, QStringLiteral("again")).code()
          == StorageError::InvalidInput);
    REQUIRE_FALSE(fixture.repository->setConsensusRating(id, QStringLiteral("caseload"), 5));
    QStringList audit;
    REQUIRE_FALSE(fixture.repository->auditLog(id, audit));
    REQUIRE(audit.size() == 3);
    CHECK(audit.at(0).contains(QStringLiteral("finalise total=75")));
    CHECK(audit.at(1).contains(QStringLiteral("reopen Kela-luvut korjattiin")));
    CHECK(audit.at(2).contains(QStringLiteral("consensus-rating caseload=5")));
}
