#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace laatu {

class Instrument;
class RatingSheet;

// How far independent reviewers agree, criterion by criterion. A criterion counts towards the
// shares only when at least two reviewers rated it.
struct Agreement
{
    struct Item
    {
        QString criterionId;
        QList<std::optional<int>> ratings; // one per rater, in rater order
        bool compared = false; // at least two raters rated it
        int spread = 0; // highest minus lowest rating among raters
    };

    int raterCount = 0;
    int compared = 0;
    int exact = 0; // criteria all raters rated the same
    int withinOne = 0; // criteria whose ratings differ by at most one point
    QStringList differByTwoOrMore; // need a written reason before the consensus is final
    QList<Item> items; // catalog order
    // Cohen's weighted kappa (quadratic weights) over the criteria both raters rated, when
    // there are exactly two raters; nullopt otherwise or when it is undefined.
    std::optional<double> weightedKappa;

    // Shares as exact fractions of compared criteria; 0 when nothing could be compared.
    double exactShare() const { return compared == 0 ? 0.0 : double(exact) / compared; }
    double withinOneShare() const { return compared == 0 ? 0.0 : double(withinOne) / compared; }

    static Agreement compute(const Instrument &instrument, const QList<RatingSheet> &raters);

    // Cohen's weighted kappa of two raters over categories ratingMin..ratingMax, one pair
    // (first rater, second rater) per item. Quadratic weights: a disagreement of d points
    // weighs d^2 / (k-1)^2. Why quadratic: the scale is ordinal and the review treats a
    // difference of 2 or more as far worse than one point (it must be resolved in writing);
    // quadratic weights say exactly that, while linear ones count a 2-point gap only twice a
    // 1-point one. Quadratic-weighted kappa is also the customary figure for rating scales
    // (it equals the intraclass correlation for large samples), so it can be compared with
    // published fidelity-review reliability. nullopt when there are no pairs, a rating lies
    // outside the scale, or the expected disagreement is 0 (both raters used one and the same
    // category throughout: kappa is 0/0 there, not 1).
    static std::optional<double> quadraticWeightedKappa(const QList<std::pair<int, int>> &pairs,
                                                        int ratingMin, int ratingMax);
};

} // namespace laatu
