#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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

    // Shares as exact fractions of compared criteria; 0 when nothing could be compared.
    double exactShare() const { return compared == 0 ? 0.0 : double(exact) / compared; }
    double withinOneShare() const { return compared == 0 ? 0.0 : double(withinOne) / compared; }

    static Agreement compute(const Instrument &instrument, const QList<RatingSheet> &raters);
};

} // namespace laatu
