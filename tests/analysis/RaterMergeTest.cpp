// The merge of one reviewer's ratings, case by case, and the "my ratings" document.
#include "AnalysisFixture.h"

#include "../support/QtStringMaker.h"

#include "analysis/MergeConflictText.h"
#include "analysis/RaterExport.h"
#include "analysis/RaterMerge.h"
#include "exchange/ReviewFileFormat.h"
#include "exchange/ReviewValidator.h"

#include <catch2/catch.hpp>

using namespace laatu;
using namespace laatu::test;

namespace {
const QString kLead = QStringLiteral("00000000-0000-4000-8000-0000000000a1");
const QString kSecond = QStringLiteral("00000000-0000-4000-8000-0000000000b2");

ReviewDocument leadsReview()
{
    ReviewDocument document = emptyReview();
    document.raters = {Rater {kLead, QStringLiteral("Anna Arvioija")}};
    document.ratings = {RatingEntry {kLead, QStringLiteral("caseload"), 4, {}},
                        RatingEntry {kLead, QStringLiteral("generalists"), 3, {}},
                        RatingEntry {{}, QStringLiteral("caseload"), 4, QStringLiteral("agreed")}};
    document.notes = {EvidenceNote {QStringLiteral("caseload"), QStringLiteral("data"),
                                    QStringLiteral("45 clients, 2.25 coaches")}};
    document.findings = {Finding {QStringLiteral("f0000000-0000-4000-8000-000000000001"),
                                  QStringLiteral("caseload"), FindingKind::Recommendation,
                                  QStringLiteral("Keep the caseload below 20.")}};
    document.normalize();
    return document;
}

ReviewDocument secondsRatings()
{
    ReviewDocument document = emptyReview();
    document.raters = {Rater {kSecond, QStringLiteral("Mikko Mittari")}};
    document.ratings = {RatingEntry {kSecond, QStringLiteral("caseload"), 5, {}},
                        RatingEntry {kSecond, QStringLiteral("generalists"), 3, {}}};
    document.notes = {EvidenceNote {QStringLiteral("caseload"), QStringLiteral("data"),
                                    QStringLiteral("45 clients, 2.25 coaches")},
                      EvidenceNote {QStringLiteral("generalists"), QStringLiteral("interview"),
                                    QStringLiteral("All six phases by each coach.")}};
    document.normalize();
    return document;
}
} // namespace

TEST_CASE("a second reviewer's ratings are added as a new rater", "[analysis][merge]")
{
    const MergeResult result = RaterMerge::merge(leadsReview(), secondsRatings());
    CHECK(result.conflicts.isEmpty());
    REQUIRE(result.addedRaters.size() == 1);
    CHECK(result.addedRaters.constFirst().uuid == kSecond);
    CHECK(result.addedRatings == 2);
    CHECK(result.addedEvidence == 1); // the interview note; the data note was the same
    CHECK(result.unchanged == 1);
    CHECK(result.changed());
    const ReviewDocument &merged = result.merged;
    REQUIRE(merged.raters.size() == 2);
    CHECK(merged.raters.at(0).uuid == kLead); // the stored raters keep their places
    CHECK(merged.raters.at(1).uuid == kSecond);
    CHECK(merged.raterSheets().at(1).rating(QStringLiteral("caseload")) == 5);
    CHECK(merged.consensus().rating(QStringLiteral("caseload")) == 4);
    CHECK(merged.findings == leadsReview().findings);
    CHECK(merged.notes.size() == 2);
    CHECK(ReviewValidator::problems(merged, builtIn()).isEmpty());
}

TEST_CASE("a rating changed on both sides is a conflict and the stored value is kept",
          "[analysis][merge]")
{
    ReviewDocument stored = RaterMerge::merge(leadsReview(), secondsRatings()).merged;
    ReviewDocument incoming = secondsRatings();
    incoming.ratings[0].value = 3; // caseload 5 -> 3 on the second reviewer's laptop
    incoming.notes[1].text = QStringLiteral("Five phases; job coaching is referred out.");

    const MergeResult kept = RaterMerge::merge(stored, incoming);
    REQUIRE(kept.conflicts.size() == 2);
    const MergeConflict &rating = kept.conflicts.at(0);
    CHECK(rating.what == MergeConflict::What::Rating);
    CHECK(rating.criterionId == QStringLiteral("caseload"));
    CHECK(rating.key == kSecond);
    CHECK(rating.storedValue == QStringLiteral("5"));
    CHECK(rating.incomingValue == QStringLiteral("3"));
    CHECK(kept.conflicts.at(1).what == MergeConflict::What::Note);
    CHECK(kept.conflicts.at(1).key == QStringLiteral("interview"));
    CHECK_FALSE(kept.changed());
    CHECK(kept.merged.sameContent(stored));
    CHECK(MergeConflictText::line(
              MergeConflictText::describe(rating, kept.merged, &builtIn(), QStringLiteral("en")))
          == QStringLiteral(
              "1. Caseload per job coach – Rating by Mikko Mittari: 5 here, 3 in the file"));

    const MergeResult taken = RaterMerge::merge(stored, incoming, ConflictPolicy::TakeIncoming);
    CHECK(taken.conflicts.size() == 2);
    CHECK(taken.takenIncoming == 2);
    CHECK(taken.changed());
    CHECK(taken.merged.raterSheets().at(1).rating(QStringLiteral("caseload")) == 3);
    CHECK(taken.merged.raterSheets().at(0).rating(QStringLiteral("caseload")) == 4);
}

TEST_CASE("a known rater under another name is not duplicated", "[analysis][merge]")
{
    ReviewDocument incoming = secondsRatings();
    incoming.raters[0].uuid = kLead;
    incoming.raters[0].name = QStringLiteral("Anna A.");
    for (RatingEntry &entry : incoming.ratings)
        entry.raterUuid = kLead;
    const MergeResult result = RaterMerge::merge(leadsReview(), incoming);
    CHECK(result.merged.raters.size() == 1);
    CHECK(result.merged.raters.constFirst().name == QStringLiteral("Anna Arvioija"));
    REQUIRE(result.conflicts.size() == 2); // the name, and caseload 4 against 5
    CHECK(result.conflicts.at(0).what == MergeConflict::What::RaterName);
    CHECK(result.conflicts.at(1).what == MergeConflict::What::Rating);
}

TEST_CASE("my ratings holds one reviewer, their ratings and the evidence, and is a valid file",
          "[analysis][merge][export]")
{
    const ReviewDocument review = RaterMerge::merge(leadsReview(), secondsRatings()).merged;
    QString error;
    const auto byName = RaterExport::findRater(review, QStringLiteral(" mikko mittari "), error);
    REQUIRE(byName.has_value());
    CHECK(byName->uuid == kSecond);
    CHECK(RaterExport::findRater(review, kLead.toUpper(), error)->uuid == kLead);
    CHECK_FALSE(RaterExport::findRater(review, QStringLiteral("Liisa"), error));
    CHECK(error.contains(QStringLiteral("Anna Arvioija")));

    const ReviewDocument mine = RaterExport::myRatings(review, *byName);
    CHECK(mine.review == review.review);
    CHECK(mine.site == review.site);
    REQUIRE(mine.raters.size() == 1);
    CHECK(mine.ratings.size() == 2);
    CHECK(mine.consensus().ratings().isEmpty());
    CHECK(mine.findings.isEmpty());
    CHECK(mine.actions.isEmpty());
    CHECK(mine.notes == review.notes);
    QStringList problems;
    const auto reread = ReviewFileFormat::fromJson(ReviewFileFormat::toJson(mine), problems);
    INFO(problems.join(QStringLiteral("; ")).toStdString());
    REQUIRE(reread.has_value());
    CHECK(reread->sameContent(mine));
    CHECK(ReviewValidator::problems(mine, builtIn()).isEmpty());

    // Merged back into the review it came from: nothing changes.
    const MergeResult back = RaterMerge::merge(review, mine);
    CHECK_FALSE(back.changed());
    CHECK(back.conflicts.isEmpty());
    // Merged into the lead's review without that reviewer: the reviewer comes back whole.
    const MergeResult intoLead = RaterMerge::merge(leadsReview(), mine);
    CHECK(intoLead.merged.raterSheets().at(1).ratings() == review.raterSheets().at(1).ratings());
}
