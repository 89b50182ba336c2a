// Band coverage faults checked directly, including shapes the shipped catalog never has.
#include "../support/QtStringMaker.h"

#include "instrument/BandCoverage.h"

#include <catch2/catch.hpp>

using laatu::Band;
using laatu::BandCoverage;
using laatu::BandEdge;
using laatu::ExactNumber;

namespace {
BandEdge edge(int value, bool inclusive)
{
    return {ExactNumber::fromInteger(value), inclusive};
}
} // namespace

TEST_CASE("sound bands have no problems", "[bands]")
{
    const QList<Band> bands {{2, std::nullopt, edge(10, false)}, {1, edge(10, true), std::nullopt}};
    CHECK(BandCoverage::problems(bands).isEmpty());
    CHECK(bands.at(0).contains(ExactNumber::fromInteger(-5)));
    CHECK_FALSE(bands.at(0).contains(ExactNumber::fromInteger(10)));
    CHECK(bands.at(1).contains(ExactNumber::fromInteger(10)));
}

TEST_CASE("each band fault is named", "[bands]")
{
    CHECK(BandCoverage::problems({}) == QStringList {QStringLiteral("there are no bands")});
    const QStringList empty = BandCoverage::problems({{3, std::nullopt, edge(5, true)},
                                                      {2, edge(5, false), edge(5, false)},
                                                      {1, edge(5, false), std::nullopt}});
    CHECK(empty.contains(QStringLiteral("the band for rating 2 is empty (from 5 to 5)")));
    const QStringList reversed = BandCoverage::problems(
        {{2, std::nullopt, edge(5, true)}, {1, edge(9, false), edge(7, true)}});
    CHECK(reversed.contains(QStringLiteral("the band for rating 1 is empty (from 9 to 7)")));
    const QStringList openBottom = BandCoverage::problems({{1, edge(0, true), std::nullopt}});
    CHECK(openBottom == QStringList {QStringLiteral("values below 0 fall into no band")});
    const QStringList twoUnbounded = BandCoverage::problems(
        {{1, std::nullopt, std::nullopt}, {2, std::nullopt, std::nullopt}});
    CHECK(twoUnbounded.contains(QStringLiteral("the bands for ratings 1 and 2 overlap")));
}
