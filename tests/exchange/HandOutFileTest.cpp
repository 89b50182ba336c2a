// Hand-out files for a co-reviewer: the review's frame without anyone's ratings, notes,
// findings or actions (IPS reviewers rate independently), marked "handedOutTo", read strictly,
// and never imported over ratings already made.
#include "ExchangeFixture.h"

#include "exchange/HandOut.h"
#include "exchange/ReviewFileIo.h"
#include "exchange/VisitPlanTemplate.h"

using namespace laatu;
using namespace laatu::test;

namespace {
// A draft with two reviewers who have both rated, with notes and evidence: what must not leak.
ReviewDocument ratedDraft()
{
    for (const ReviewDocument &document : demoReviews(3, 3)) {
        if (document.review.status != ReviewStatus::Final && document.raters.size() >= 2
            && !document.ratings.isEmpty() && !document.notes.isEmpty()
            && !document.numbers.isEmpty())
            return document;
    }
    FAIL("the demo data has no rated draft with two reviewers");
    return {};
}

QStringList refusal(const QByteArray &json)
{
    QStringList errors;
    CHECK_FALSE(ReviewFileFormat::fromJson(json, errors).has_value());
    return errors;
}
} // namespace

TEST_CASE("a hand-out holds the frame and nobody's ratings, notes, findings or actions",
          "[exchange][hand-out]")
{
    const ReviewDocument review = ratedDraft();
    const Rater coReviewer = review.raters.at(1);
    for (const bool share : {false, true}) {
        INFO("evidence shared: " << share);
        QString problem;
        const auto frame = HandOut::forCoReviewer(review, coReviewer.name.toUpper(),
                                                  HandOut::Options {share}, problem);
        INFO(problem.toStdString());
        REQUIRE(frame.has_value());
        CHECK(frame->handedOutToUuid == coReviewer.uuid);
        CHECK(frame->site == review.site);
        CHECK(frame->review.uuid == review.review.uuid);
        CHECK(frame->review.visitStart == review.review.visitStart);
        CHECK(frame->review.catalogVersion == review.review.catalogVersion);
        CHECK(frame->raters == review.raters);
        CHECK(frame->ratings.isEmpty());
        CHECK(frame->notes.isEmpty());
        CHECK(frame->findings.isEmpty());
        CHECK(frame->actions.isEmpty());
        CHECK(frame->numbers.isEmpty() == !share);
        CHECK(frame->elements.isEmpty() == (!share || review.elements.isEmpty()));
        if (share)
            CHECK(frame->numbers == review.numbers);

        // Through a file and back: the marker survives and nothing else appears.
        const QByteArray json = ReviewFileFormat::toJson(*frame);
        CHECK(valueAt(json, QStringLiteral("handedOutTo")).toString() == coReviewer.uuid);
        for (const QString &rater : {QStringLiteral("0"), QStringLiteral("1")})
            CHECK(
                valueAt(json, QStringLiteral("raters/%1/ratings").arg(rater)).toArray().isEmpty());
        QStringList errors;
        const auto read = ReviewFileFormat::fromJson(json, errors);
        INFO(errors.join(QStringLiteral("; ")).toStdString());
        REQUIRE(read.has_value());
        CHECK(read->sameContent(*frame));
    }
}

TEST_CASE("a hand-out carries the visit plan and no workbook", "[exchange][hand-out]")
{
    // Both reviewers keep the same agenda; the record sample stays on the lead's laptop.
    ReviewDocument review = ratedDraft();
    review.visitPlan
        = VisitPlanTemplate::instantiate(VisitPlanTemplate::builtIn(QStringLiteral("fi")));
    review.workbook.coaches << WorkbookRow {
        QStringLiteral("5c1e0a00-0000-4000-8000-000000000001"), QStringLiteral("A1"), {}, {}};
    review.workbook.records << WorkbookRow {
        QStringLiteral("5c1e0a00-0000-4000-8000-000000000002"), QStringLiteral("R-17"), {}, {}};
    QString problem;
    const auto frame = HandOut::forCoReviewer(review, review.raters.at(1).uuid, {}, problem);
    REQUIRE(frame.has_value());
    CHECK(frame->visitPlan == review.visitPlan);
    CHECK(frame->workbook.isEmpty());
    const QByteArray json = ReviewFileFormat::toJson(*frame);
    CHECK_FALSE(json.contains("R-17"));
    QStringList errors;
    const auto read = ReviewFileFormat::fromJson(json, errors);
    INFO(errors.join(QStringLiteral("; ")).toStdString());
    REQUIRE(read.has_value());
    CHECK(read->visitPlan == review.visitPlan);
}

TEST_CASE("a hand-out is refused for an unknown reviewer and for a final review",
          "[exchange][hand-out]")
{
    const ReviewDocument review = ratedDraft();
    QString problem;
    CHECK_FALSE(HandOut::forCoReviewer(review, QStringLiteral("Nobody"), {}, problem));
    CHECK(problem.contains(QStringLiteral("Nobody")));
    ReviewDocument final = review;
    final.review.status = ReviewStatus::Final;
    problem.clear();
    CHECK_FALSE(HandOut::forCoReviewer(final, review.raters.at(1).uuid, {}, problem));
    CHECK(problem.contains(QStringLiteral("final")));
}

TEST_CASE("a file marked handedOutTo that carries any rated or written work is refused whole",
          "[exchange][hand-out]")
{
    const ReviewDocument review = ratedDraft();
    QString problem;
    const auto frame = HandOut::forCoReviewer(review, review.raters.at(1).uuid, {}, problem);
    REQUIRE(frame.has_value());
    const QByteArray json = ReviewFileFormat::toJson(*frame);
    const QByteArray whole = ReviewFileFormat::toJson(review);
    const QJsonValue marker = valueAt(json, QStringLiteral("handedOutTo"));
    // Each of these would put someone's work in front of the co-reviewer.
    const QList<std::pair<const char *, QByteArray>> attacks {
        {"a reviewer's ratings",
         edited(json, QStringLiteral("raters/0/ratings"),
                valueAt(whole, QStringLiteral("raters/0/ratings")))},
        {"consensus ratings",
         edited(json, QStringLiteral("consensus"), valueAt(whole, QStringLiteral("consensus")))},
        {"notes",
         edited(json, QStringLiteral("evidence/notes"),
                valueAt(whole, QStringLiteral("evidence/notes")))},
        {"a finding",
         edited(json, QStringLiteral("findings/+"),
                QJsonObject {
                    {QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                    {QStringLiteral("criterion"), QString()},
                    {QStringLiteral("kind"), QStringLiteral("strength")},
                    {QStringLiteral("text"), QStringLiteral("Hyvä")}})},
        {"a final review", edited(json, QStringLiteral("review/status"), QStringLiteral("final"))},
        {"an unknown reviewer",
         edited(json, QStringLiteral("handedOutTo"),
                QUuid::createUuid().toString(QUuid::WithoutBraces))},
        {"an upper-case UUID",
         edited(json, QStringLiteral("handedOutTo"), marker.toString().toUpper())},
        {"a number", edited(json, QStringLiteral("handedOutTo"), 7)},
        {"also a one-rater file", edited(json, QStringLiteral("onlyRater"), marker)},
    };
    for (const auto &[what, attack] : attacks) {
        INFO(what);
        const QString errors = refusal(attack).join(QStringLiteral("; "));
        INFO(errors.toStdString());
        // Refused for what it is, not for some other fault of the edit.
        CHECK(errors.contains(QStringLiteral("hand-out")));
    }
}

TEST_CASE("importing a hand-out adds the review once and never replaces ratings made here",
          "[exchange][hand-out]")
{
    const ReviewDocument review = ratedDraft();
    QString problem;
    const auto frame = HandOut::forCoReviewer(review, review.raters.at(1).uuid, {true}, problem);
    REQUIRE(frame.has_value());

    // The co-reviewer's laptop: an empty database takes it, and again changes nothing.
    ExchangeFixture co(QList<ReviewDocument> {});
    const QString path = co.dir.filePath(QStringLiteral("handout.json"));
    REQUIRE(ReviewFileIo::write(path, *frame).isEmpty());
    ReviewImporter::Result result = co.import({path});
    INFO(result.fileProblems.join(QStringLiteral("; ")).toStdString());
    REQUIRE(result.fileProblems.isEmpty());
    REQUIRE(result.imported.size() == 1);
    CHECK(result.imported.constFirst().outcome == ReviewImporter::Outcome::Added);
    CHECK(result.imported.constFirst().handedOutTo == review.raters.at(1).uuid);
    const ReviewDocument stored = co.load(review.review.uuid);
    CHECK(stored.ratings.isEmpty());
    CHECK(stored.handedOutToUuid.isEmpty()); // the marker belongs to the file
    CHECK(stored.raters == review.raters);
    result = co.import({path});
    REQUIRE(result.fileProblems.isEmpty());
    CHECK(result.imported.constFirst().outcome == ReviewImporter::Outcome::Unchanged);

    // Once the co-reviewer has rated, the same hand-out again is refused and changes nothing.
    qint64 id = 0;
    REQUIRE_FALSE(co.repository->findReview(review.review.uuid, id));
    const QString criterion = review.ratings.constFirst().criterionId;
    REQUIRE_FALSE(co.repository->setRaterRating(id, review.raters.at(1).uuid, criterion, 3));
    const auto before = co.snapshot();
    result = co.import({path});
    REQUIRE(result.fileProblems.size() == 1);
    CHECK(result.fileProblems.constFirst().contains(QStringLiteral("nothing was changed")));
    co.requireUnchanged(before);

    // The lead's own database, with everyone's ratings: refused the same way.
    ExchangeFixture lead(QList<ReviewDocument> {review});
    const auto leadBefore = lead.snapshot();
    const QString leadPath = lead.dir.filePath(QStringLiteral("handout.json"));
    REQUIRE(ReviewFileIo::write(leadPath, *frame).isEmpty());
    CHECK_FALSE(lead.import({leadPath}).fileProblems.isEmpty());
    lead.requireUnchanged(leadBefore);
}
