#include "../support/BuiltInCatalog.h"

#include "review/RatingSheet.h"
#include "scoring/ScoreCard.h"

#include "../support/QtStringMaker.h"

#include <catch2/catch.hpp>

using laatu::RatingSheet;

namespace {
RatingSheet sheet(const QList<int> &ratings)
{
    RatingSheet result;
    const auto &criteria = laatu::test::builtIn().criteria();
    for (int i = 0; i < ratings.size(); ++i) {
        if (ratings.at(i) > 0)
            result.setRating(criteria.at(i).id, ratings.at(i));
    }
    return result;
}
} // namespace

TEST_CASE("agreement of two reviewers, computed by hand", "[score][agreement]")
{
    const laatu::Instrument &instrument = laatu::test::builtIn();
    // Differences by position: 0 x20, 1 x3 (positions 3,4,5), 2 at 6, 3 at 7.
    const QList<int> a {5, 5, 5, 4, 4, 4, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3};
    const QList<int> b {5, 5, 5, 5, 3, 5, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3};
    const laatu::ScoreCard card
        = laatu::ScoreCard::compute(instrument, sheet(a), {sheet(a), sheet(b)});
    REQUIRE(card.agreement().has_value());
    const laatu::Agreement &agreement = *card.agreement();
    CHECK(agreement.raterCount == 2);
    CHECK(agreement.compared == 25);
    CHECK(agreement.exact == 20);
    CHECK(agreement.withinOne == 23);
    CHECK(agreement.exactShare() == Approx(0.80));
    CHECK(agreement.withinOneShare() == Approx(0.92));
    CHECK(agreement.differByTwoOrMore
          == QStringList {QStringLiteral("coaching-unit"), QStringLiteral("supervisor-role")});
    CHECK(agreement.items.at(7).spread == 3);
    CHECK(agreement.items.at(0).ratings == QList<std::optional<int>> {5, 5});
}

TEST_CASE("criteria rated by fewer than two reviewers are not compared", "[score][agreement]")
{
    const laatu::Instrument &instrument = laatu::test::builtIn();
    QList<int> a(25, 4);
    QList<int> b(25, 4);
    a[0] = 0; // only b rated caseload
    a[1] = 0;
    b[1] = 0; // nobody rated dedicated-staff
    b[24] = 1; // 3 apart on the last one
    const laatu::Agreement agreement = laatu::Agreement::compute(instrument, {sheet(a), sheet(b)});
    CHECK(agreement.compared == 23);
    CHECK(agreement.exact == 22);
    CHECK(agreement.withinOne == 22);
    CHECK(agreement.differByTwoOrMore == QStringList {QStringLiteral("assertive-outreach")});
    CHECK_FALSE(agreement.items.at(0).compared);
    CHECK(agreement.items.at(0).ratings == QList<std::optional<int>> {std::nullopt, 4});

    const laatu::Agreement none
        = laatu::Agreement::compute(instrument, {RatingSheet(), RatingSheet()});
    CHECK(none.compared == 0);
    CHECK(none.exactShare() == 0.0);
    CHECK(none.withinOneShare() == 0.0);
}

TEST_CASE("three reviewers: the spread is highest minus lowest", "[score][agreement]")
{
    const laatu::Instrument &instrument = laatu::test::builtIn();
    QList<int> a(25, 3);
    QList<int> b(25, 3);
    QList<int> c(25, 3);
    b[2] = 4;
    c[2] = 2; // 2 apart between a pair that never meet directly
    c[5] = 4;
    const laatu::Agreement agreement
        = laatu::Agreement::compute(instrument, {sheet(a), sheet(b), sheet(c)});
    CHECK(agreement.raterCount == 3);
    CHECK(agreement.exact == 23);
    CHECK(agreement.withinOne == 24);
    CHECK(agreement.differByTwoOrMore == QStringList {QStringLiteral("generalists")});
}
