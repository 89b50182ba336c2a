#include "../support/BuiltInCatalog.h"

#include "review/RatingSheet.h"
#include "scoring/ScoreCard.h"

#include "../support/QtStringMaker.h"

#include <catch2/catch.hpp>

using laatu::RatingSheet;
using laatu::ScoreCard;

namespace {
// All 25 rated, adding up to `total` (25..125): raises ratings from the first criterion on.
RatingSheet sheetWithTotal(int total)
{
    RatingSheet sheet;
    int extra = total - 25;
    for (const laatu::Criterion &criterion : laatu::test::builtIn().criteria()) {
        const int add = std::min(extra, 4);
        sheet.setRating(criterion.id, 1 + add);
        extra -= add;
    }
    return sheet;
}
} // namespace

TEST_CASE("every level threshold", "[score][levels]")
{
    const laatu::Instrument &instrument = laatu::test::builtIn();
    const QList<std::pair<int, const char *>> table {
        {25, "not-ips"}, {73, "not-ips"}, {74, "fair"},       {99, "fair"},
        {100, "good"},   {114, "good"},   {115, "exemplary"}, {125, "exemplary"},
    };
    for (const auto &[total, level] : table) {
        INFO("total " << total);
        const ScoreCard card = ScoreCard::compute(instrument, sheetWithTotal(total));
        CHECK(card.isComplete());
        CHECK(card.total() == total);
        CHECK(card.levelKey() == QLatin1String(level));
    }
}

TEST_CASE("an incomplete review has no total, mean or level and says what is missing", "[score]")
{
    const laatu::Instrument &instrument = laatu::test::builtIn();
    RatingSheet sheet = sheetWithTotal(125);
    sheet.clearRating(QStringLiteral("assertive-outreach"));
    sheet.clearRating(QStringLiteral("caseload"));
    const ScoreCard card = ScoreCard::compute(instrument, sheet);
    CHECK_FALSE(card.isComplete());
    CHECK_FALSE(card.total().has_value());
    CHECK_FALSE(card.meanHundredths().has_value());
    CHECK(card.meanText(QLocale::c()).isEmpty());
    CHECK(card.levelKey() == QLatin1String("incomplete"));
    CHECK(card.ratedCount() == 23);
    CHECK(card.ratedTotal() == 115);
    CHECK(card.unrated()
          == QStringList {QStringLiteral("caseload"), QStringLiteral("assertive-outreach")});
    REQUIRE(card.sections().size() == 3);
    CHECK_FALSE(card.sections().at(0).isComplete());
    CHECK(card.sections().at(0).subtotal == 10);
    CHECK(card.sections().at(1).isComplete());
    CHECK(card.sections().at(1).subtotal == 40);
    CHECK_FALSE(card.sections().at(2).isComplete());

    const ScoreCard empty = ScoreCard::compute(instrument, RatingSheet());
    CHECK(empty.ratedCount() == 0);
    CHECK(empty.unrated().size() == 25);
    CHECK(empty.levelKey() == QLatin1String("incomplete"));
}

TEST_CASE("ratings outside the scale or for unknown criteria are problems, not points", "[score]")
{
    const laatu::Instrument &instrument = laatu::test::builtIn();
    RatingSheet sheet = sheetWithTotal(100);
    sheet.setRating(QStringLiteral("caseload"), 6);
    sheet.setRating(QStringLiteral("no-such-criterion"), 3);
    const ScoreCard card = ScoreCard::compute(instrument, sheet);
    CHECK_FALSE(card.isComplete());
    CHECK(card.problems().size() == 2);
    CHECK(card.unrated().contains(QStringLiteral("caseload")));
    CHECK(card.levelKey() == QLatin1String("incomplete"));
    RatingSheet zero = sheetWithTotal(100);
    zero.setRating(QStringLiteral("generalists"), 0);
    CHECK(ScoreCard::compute(instrument, zero).problems().size() == 1);
}

TEST_CASE("the mean has two decimals, rounded half up, in the user's locale", "[score]")
{
    const laatu::Instrument &instrument = laatu::test::builtIn();
    const ScoreCard card = ScoreCard::compute(instrument, sheetWithTotal(107));
    CHECK(card.meanHundredths() == 428);
    CHECK(card.meanText(QLocale(QLocale::Finnish, QLocale::Finland)) == QStringLiteral("4,28"));
    CHECK(card.meanText(QLocale(QLocale::Swedish, QLocale::Finland)) == QStringLiteral("4,28"));
    CHECK(card.meanText(QLocale(QLocale::English, QLocale::UnitedKingdom))
          == QStringLiteral("4.28"));
    CHECK(ScoreCard::compute(instrument, sheetWithTotal(125)).meanText(QLocale::c())
          == QStringLiteral("5.00"));
    CHECK(ScoreCard::compute(instrument, sheetWithTotal(99)).meanHundredths() == 396);
    CHECK(card.maximumTotal() == 125);
    CHECK(card.criterionCount() == 25);
}

TEST_CASE("section subtotals add up to the total", "[score]")
{
    const laatu::Instrument &instrument = laatu::test::builtIn();
    for (int total = 25; total <= 125; ++total) {
        const ScoreCard card = ScoreCard::compute(instrument, sheetWithTotal(total));
        int sum = 0;
        for (const auto &section : card.sections()) {
            CHECK(section.subtotal <= section.maximum);
            sum += section.subtotal;
        }
        CHECK(sum == total);
    }
    const ScoreCard full = ScoreCard::compute(instrument, sheetWithTotal(125));
    CHECK(full.sections().at(0).maximum == 15);
    CHECK(full.sections().at(1).maximum == 40);
    CHECK(full.sections().at(2).maximum == 70);
    CHECK_FALSE(full.agreement().has_value());
}

TEST_CASE("the level of a list row follows the same thresholds", "[score][levels]")
{
    const laatu::Instrument &instrument = laatu::test::builtIn();
    CHECK(ScoreCard::levelKeyFor(instrument, 25, 100) == QLatin1String("good"));
    CHECK(ScoreCard::levelKeyFor(instrument, 25, 73) == QLatin1String("not-ips"));
    CHECK(ScoreCard::levelKeyFor(instrument, 24, 120) == QLatin1String("incomplete"));
    CHECK(ScoreCard::levelKeyFor(instrument, 25, 10)
          == QLatin1String("incomplete")); // below every level
    CHECK(instrument.levelForTotal(10) == nullptr);
    CHECK(instrument.description().has(QStringLiteral("sv")));
    CHECK(instrument.ratingMin() == 1);
    CHECK(instrument.name().languages().size() == 3);
    CHECK_FALSE(instrument.name().isEmpty());
    CHECK(laatu::LocalizedText().text(QStringLiteral("fi")).isEmpty());
    CHECK(laatu::ExactNumber::fromInteger(4).isInteger());
}
