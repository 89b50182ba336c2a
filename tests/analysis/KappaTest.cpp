// Weighted kappa and the agreement shares against tables computed by hand.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"

#include "review/RatingSheet.h"
#include "scoring/Agreement.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

using laatu::Agreement;
using laatu::RatingSheet;

namespace {
using Pairs = QList<std::pair<int, int>>;

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

// The textbook formula with proportions and weights (i-j)^2/(k-1)^2, written independently
// of the integer form in Agreement, as a second opinion.
double textbookKappa(const Pairs &pairs)
{
    double observed[5][5] = {};
    double rows[5] = {};
    double columns[5] = {};
    const double n = double(pairs.size());
    for (const auto &[a, b] : pairs) {
        observed[a - 1][b - 1] += 1.0 / n;
        rows[a - 1] += 1.0 / n;
        columns[b - 1] += 1.0 / n;
    }
    double weightedObserved = 0;
    double weightedExpected = 0;
    for (int i = 0; i < 5; ++i) {
        for (int j = 0; j < 5; ++j) {
            const double weight = double((i - j) * (i - j)) / 16.0;
            weightedObserved += weight * observed[i][j];
            weightedExpected += weight * rows[i] * columns[j];
        }
    }
    return 1.0 - weightedObserved / weightedExpected;
}
} // namespace

TEST_CASE("quadratic weighted kappa of a 10-item table computed by hand", "[analysis][kappa]")
{
    // Pairs (A, B): (1,1) (2,2) (3,3) (4,4) (5,5) (3,4) (4,3) (2,4) (5,4) (4,4).
    // The 5x5 table of counts (rows A = 1..5, columns B = 1..5):
    //        B1 B2 B3 B4 B5 | A total
    //   A1    1  .  .  .  . | 1
    //   A2    .  1  .  1  . | 2
    //   A3    .  .  1  1  . | 2
    //   A4    .  .  1  2  . | 3
    //   A5    .  .  .  1  1 | 2
    //   B     1  1  2  5  1 | 10
    // Weights w(i,j) = (i-j)^2 (the 1/16 cancels).
    // Observed: sum w c = 1 (3,4) + 1 (4,3) + 4 (2,4) + 1 (5,4) = 7.
    // Expected: sum_i r_i sum_j s_j (i-j)^2
    //   A1: 1 x (0 + 1 + 8 + 45 + 16) = 70     A2: 2 x (1 + 0 + 2 + 20 + 9) = 64
    //   A3: 2 x (4 + 1 + 0 + 5 + 4) = 28       A4: 3 x (9 + 4 + 2 + 0 + 1) = 48
    //   A5: 2 x (16 + 9 + 8 + 5 + 0) = 76      total 286
    // kappa = 1 - n x 7 / 286 = 1 - 70/286 = 216/286 = 0.75524...
    const Pairs pairs {{1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5},
                       {3, 4}, {4, 3}, {2, 4}, {5, 4}, {4, 4}};
    const std::optional<double> kappa = Agreement::quadraticWeightedKappa(pairs, 1, 5);
    REQUIRE(kappa.has_value());
    CHECK(*kappa == Approx(216.0 / 286.0).epsilon(1e-12));
    CHECK(*kappa == Approx(textbookKappa(pairs)).epsilon(1e-12));

    // The same table through Agreement::compute on the first ten criteria: exact 6 of 10,
    // within one 9 of 10 (only (2,4) is 2 apart), the kappa as above.
    QList<int> a;
    QList<int> b;
    for (const auto &[x, y] : pairs) {
        a << x;
        b << y;
    }
    const Agreement agreement = Agreement::compute(laatu::test::builtIn(), {sheet(a), sheet(b)});
    CHECK(agreement.compared == 10);
    CHECK(agreement.exact == 6);
    CHECK(agreement.withinOne == 9);
    CHECK(agreement.exactShare() == Approx(0.6));
    CHECK(agreement.withinOneShare() == Approx(0.9));
    CHECK(agreement.differByTwoOrMore.size() == 1);
    REQUIRE(agreement.weightedKappa.has_value());
    CHECK(*agreement.weightedKappa == Approx(216.0 / 286.0).epsilon(1e-12));
}

TEST_CASE("weighted kappa of a second hand table with a 4-point disagreement", "[analysis][kappa]")
{
    // (1,5) (5,1) (3,3) (3,3): r = s = {1:1, 3:2, 5:1}. Observed 16 + 16 = 32.
    // Expected: r1 (s1 0 + s3 2x4 + s5 16) = 24; r3 = 2 x (4 + 0 + 4) = 16;
    // r5 = (16 + 8 + 0) = 24; total 64. kappa = 1 - 4 x 32 / 64 = -1.
    const Pairs pairs {{1, 5}, {5, 1}, {3, 3}, {3, 3}};
    const auto kappa = Agreement::quadraticWeightedKappa(pairs, 1, 5);
    REQUIRE(kappa.has_value());
    CHECK(*kappa == Approx(-1.0));
}

TEST_CASE("weighted kappa is 1 for full agreement and undefined without expected disagreement",
          "[analysis][kappa]")
{
    CHECK(Agreement::quadraticWeightedKappa({{1, 1}, {3, 3}, {5, 5}}, 1, 5) == 1.0);
    // Both raters used only 4: expected disagreement 0, kappa 0/0.
    CHECK_FALSE(Agreement::quadraticWeightedKappa({{4, 4}, {4, 4}, {4, 4}}, 1, 5).has_value());
    CHECK_FALSE(Agreement::quadraticWeightedKappa({}, 1, 5).has_value());
    CHECK_FALSE(Agreement::quadraticWeightedKappa({{0, 3}, {3, 3}}, 1, 5).has_value());
    // Three raters: no two-rater kappa; one rater pair with nothing in common: none either.
    const QList<int> a {5, 4, 3};
    CHECK_FALSE(Agreement::compute(laatu::test::builtIn(), {sheet(a), sheet(a), sheet(a)})
                    .weightedKappa.has_value());
    CHECK_FALSE(Agreement::compute(laatu::test::builtIn(), {sheet({5, 0}), sheet({0, 5})})
                    .weightedKappa.has_value());
}

TEST_CASE("weighted kappa matches the textbook formula and is symmetric on random tables",
          "[analysis][kappa]")
{
    QRandomGenerator random(4242);
    int defined = 0;
    for (int round = 0; round < 2000; ++round) {
        Pairs pairs;
        const int n = random.bounded(1, 26);
        for (int i = 0; i < n; ++i)
            pairs.append({random.bounded(1, 6), random.bounded(1, 6)});
        Pairs swapped;
        for (const auto &[x, y] : pairs)
            swapped.append({y, x});
        const auto kappa = Agreement::quadraticWeightedKappa(pairs, 1, 5);
        const auto mirrored = Agreement::quadraticWeightedKappa(swapped, 1, 5);
        REQUIRE(kappa.has_value() == mirrored.has_value());
        if (!kappa)
            continue;
        ++defined;
        REQUIRE(*kappa == Approx(textbookKappa(pairs)).margin(1e-9));
        REQUIRE(*kappa == Approx(*mirrored).margin(1e-12));
        REQUIRE(*kappa <= 1.0 + 1e-12);
    }
    CHECK(defined > 1900);
}
