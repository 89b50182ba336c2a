// A report that never overstates: agreement figures only where independent ratings can be
// compared, no page with nothing but the header and footer, a draft marked on every page, and
// the written reasons for differences of two points or more in the agreement section.
#include "../support/QtStringMaker.h"
#include "ReportFixture.h"

#include "report/ReportRenderer.h"

#include <QTemporaryDir>

using namespace laatu;
using laatu::test::builtIn;
using laatu::test::handMadeReview;
using laatu::test::modelOf;
using laatu::test::pdfText;

namespace {
const QStringList kLanguages {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")};

// The review of handMadeReview() rated as consensus only: the two reviewers are named, but
// neither has a rating of their own.
ReviewDocument consensusOnly(int rating = 4)
{
    ReviewDocument review = handMadeReview(rating);
    review.ratings.removeIf([](const RatingEntry &entry) { return !entry.raterUuid.isEmpty(); });
    return review;
}

ReviewDocument earlierReview()
{
    ReviewDocument previous = handMadeReview(3);
    previous.review.uuid = QStringLiteral("previous-uuid");
    previous.review.visitStart = QDate(2024, 9, 2);
    previous.review.visitEnd = QDate(2024, 9, 2);
    return previous;
}

struct Pdf
{
    QTemporaryDir dir;
    QString path;
    int pages = 0;
    explicit Pdf(const ReportModel &model)
        : path(dir.filePath(QStringLiteral("report.pdf")))
    {
        const QString problem = ReportRenderer::writePdf(model, path, &pages);
        INFO(problem.toStdString());
        REQUIRE(problem.isEmpty());
        REQUIRE(pages > 0);
    }
};

// Every page has text between the running header and footer (the draft mark, drawn in the
// header, does not count).
void checkNoEmptyPage(const ReportModel &model)
{
    const Pdf pdf(model);
    for (int page = 1; page <= pdf.pages; ++page) {
        const std::optional<QString> body = pdfText(pdf.path, page, true);
        if (!body)
            return;
        QString text = *body;
        if (!model.draftMark.isEmpty())
            text.remove(model.draftMark);
        INFO("page " << page << " of " << pdf.pages);
        CHECK_FALSE(text.trimmed().isEmpty());
    }
}
} // namespace

TEST_CASE("a consensus-only follow-up makes no agreement claim", "[report][honest]")
{
    const ReviewDocument previous = earlierReview();
    const ReviewDocument review = consensusOnly();
    for (const QString &language : kLanguages) {
        DYNAMIC_SECTION("language " << language.toStdString())
        {
            // The same review with independent ratings gives the texts a claim would use.
            const ReportModel rated = modelOf(handMadeReview(4), language, false, &previous);
            REQUIRE(rated.hasAgreement);
            const ReportModel model = modelOf(review, language, false, &previous);
            CHECK_FALSE(model.hasAgreement);
            CHECK(model.agreementFigures.isEmpty());
            CHECK(model.agreementRows.isEmpty());
            CHECK(model.agreementIntro.isEmpty());

            const Pdf pdf(model);
            const std::optional<QString> text = pdfText(pdf.path);
            if (!text)
                return;
            CHECK_FALSE(text->contains(rated.agreementHeading));
            CHECK_FALSE(text->contains(rated.agreementAllSame));
            CHECK_FALSE(text->contains(rated.agreementFigures.at(0).label));
        }
    }
}

TEST_CASE("one reviewer rating independently is no agreement either", "[report][honest]")
{
    ReviewDocument review = consensusOnly();
    for (const Criterion &criterion : builtIn().criteria())
        review.ratings << RatingEntry {QStringLiteral("r1"), criterion.id, 4, QString()};
    review.normalize();
    CHECK_FALSE(modelOf(review, QStringLiteral("en")).hasAgreement);
}

TEST_CASE("agreement figures count the criteria both reviewers rated", "[report][honest]")
{
    // The second reviewer rated only criteria 1 to 10: the figures are of those 10.
    ReviewDocument review = handMadeReview(4);
    review.ratings.removeIf([](const RatingEntry &entry) {
        const Criterion *criterion = builtIn().criterion(entry.criterionId);
        return entry.raterUuid == QStringLiteral("r2") && criterion && criterion->number > 10;
    });
    const ReportModel model = modelOf(review, QStringLiteral("en"));
    REQUIRE(model.hasAgreement);
    CHECK(model.agreementIntro.contains(QStringLiteral("10 of 25 criteria")));
    // Criterion 1 is two apart, criterion 2 one apart, 3 to 10 the same.
    REQUIRE(model.agreementFigures.size() >= 3);
    CHECK(model.agreementFigures.at(0).value == QStringLiteral("8 of 10 (80%)"));
    CHECK(model.agreementFigures.at(1).value == QStringLiteral("9 of 10 (90%)"));
    CHECK(model.agreementRows.size() == 2);

    const ReportModel full = modelOf(handMadeReview(4), QStringLiteral("en"));
    CHECK(full.agreementIntro.contains(QStringLiteral("25 of 25 criteria")));
}

TEST_CASE("no page of a demo report is only header and footer", "[report][honest][pdf]")
{
    const QList<ReviewDocument> reviews = laatu::test::demoReviews();
    REQUIRE(reviews.size() == 4);
    for (int index = 0; index < reviews.size(); ++index) {
        // Reviews 1 and 3 are follow-ups of 0 and 2.
        const ReviewDocument *previous = index % 2 == 1 ? &reviews.at(index - 1) : nullptr;
        for (const QString &language : kLanguages) {
            for (const bool notes : {false, true}) {
                DYNAMIC_SECTION("review " << index << " " << language.toStdString() << " notes "
                                          << notes)
                {
                    checkNoEmptyPage(modelOf(reviews.at(index), language, notes, previous));
                }
            }
        }
    }
    const ReviewDocument previous = earlierReview();
    for (const QString &language : kLanguages) {
        DYNAMIC_SECTION("consensus-only follow-up " << language.toStdString())
        {
            checkNoEmptyPage(modelOf(consensusOnly(), language, false, &previous));
        }
    }
    // Demo reviews whose signature table ends at the foot of a page: the empty block Qt keeps
    // after the last table went over onto a page of its own.
    struct Case
    {
        quint32 seed;
        int review;
        const char *language;
    };
    for (const Case &known : {Case {7u, 6, "sv"}, Case {13u, 3, "fi"}}) {
        DYNAMIC_SECTION("seed " << known.seed << " review " << known.review << " "
                                << known.language)
        {
            const QList<ReviewDocument> more
                = DemoGenerator(builtIn(), {8, 3, known.seed, true}).generate();
            const ReviewDocument *before
                = known.review % 3 == 0 ? nullptr : &more.at(known.review - 1);
            checkNoEmptyPage(
                modelOf(more.at(known.review), QString::fromLatin1(known.language), false, before));
        }
    }
}

TEST_CASE("a draft says so on every page, a final report on none", "[report][honest][pdf]")
{
    const QList<ReviewDocument> reviews = laatu::test::demoReviews();
    const ReviewDocument &draft = reviews.at(1); // the first site's latest review
    const ReviewDocument &final = reviews.at(3);
    REQUIRE(draft.review.status == ReviewStatus::Draft);
    REQUIRE(final.review.status == ReviewStatus::Final);
    CHECK(modelOf(draft, QStringLiteral("en"), false, &reviews.at(0)).draftMark
          == QStringLiteral("DRAFT"));
    ReviewDocument agreed = final;
    agreed.review.status = ReviewStatus::Consensus; // agreed, not yet final: still a draft
    CHECK_FALSE(modelOf(agreed, QStringLiteral("en")).draftMark.isEmpty());
    for (const QString &language : kLanguages) {
        DYNAMIC_SECTION("language " << language.toStdString())
        {
            const ReportModel model = modelOf(draft, language, false, &reviews.at(0));
            REQUIRE_FALSE(model.draftMark.isEmpty());
            const Pdf pdf(model);
            for (int page = 1; page <= pdf.pages; ++page) {
                const std::optional<QString> text = pdfText(pdf.path, page);
                if (!text)
                    return;
                INFO("draft page " << page);
                CHECK(text->contains(model.draftMark));
            }
            const ReportModel finalModel = modelOf(final, language, false, &reviews.at(2));
            CHECK(finalModel.draftMark.isEmpty());
            const Pdf finalPdf(finalModel);
            for (int page = 1; page <= finalPdf.pages; ++page) {
                const std::optional<QString> text = pdfText(finalPdf.path, page);
                if (!text)
                    return;
                INFO("final page " << page);
                CHECK_FALSE(text->contains(model.draftMark));
            }
        }
    }
}

TEST_CASE("the reason for a two-point difference is in the agreement section",
          "[report][honest][pdf]")
{
    // Criterion 1: the reviewers gave 4 and 2.
    ReviewDocument review = handMadeReview(4);
    const QString reason = QStringLiteral("Asiakasrekisteri tarkistettiin yhdessä: 19 asiakasta");
    const QString first = builtIn().criteria().at(0).id;
    for (RatingEntry &rating : review.ratings) {
        if (rating.raterUuid.isEmpty() && rating.criterionId == first)
            rating.reason = reason;
    }
    for (const bool notes : {false, true}) {
        DYNAMIC_SECTION("notes " << notes)
        {
            const ReportModel model = modelOf(review, QStringLiteral("fi"), notes);
            REQUIRE(model.hasAgreement);
            REQUIRE(model.agreementReasons.size() == 1);
            CHECK(model.agreementReasons.at(0).label.startsWith(QStringLiteral("1")));
            CHECK(model.agreementReasons.at(0).value == reason);
            const Pdf pdf(model);
            const std::optional<QString> text = pdfText(pdf.path);
            if (!text)
                return;
            CHECK(text->contains(reason));
            // Between the agreement heading and the next section's.
            const qsizetype at = text->indexOf(reason);
            CHECK(text->lastIndexOf(model.agreementHeading, at) >= 0);
            CHECK(text->indexOf(model.findingsHeading) > at);
        }
    }
    // A difference without a written reason says so.
    const ReportModel missing = modelOf(handMadeReview(4), QStringLiteral("en"));
    REQUIRE(missing.agreementReasons.size() == 1);
    CHECK(missing.agreementReasons.at(0).value == QStringLiteral("No reason has been written."));
}
