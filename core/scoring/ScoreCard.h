#pragma once

#include "Agreement.h"
#include "review/RatingSheet.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace laatu {

class Instrument;

// The fidelity score of one review against its catalog: a pure value computed from ratings,
// with integer sums. Total, mean and level exist only when every criterion is rated; until
// then the card says what is missing.
class ScoreCard
{
public:
    struct SectionScore
    {
        QString sectionId;
        int subtotal = 0; // of the rated criteria
        int maximum = 0;
        int rated = 0;
        int criteria = 0;
        // The level key from a consensus total and how many criteria it covers, for lists that do
        // not load whole reviews: "incomplete" until every criterion is rated.
        static QString levelKeyFor(const Instrument &instrument, int ratedCount, int total);

        bool isComplete() const { return rated == criteria; }
    };

    static constexpr auto kIncompleteLevel = "incomplete";

    // `consensus` gives the score; `raters` (two or more) give the agreement figures. Ratings
    // outside the scale or for criteria the catalog does not know are listed in problems() and
    // left out of every sum.
    static ScoreCard compute(const Instrument &instrument, const RatingSheet &consensus,
                             const QList<RatingSheet> &raters = {});

    // The level key from a consensus total and how many criteria it covers, for lists that do
    // not load whole reviews: "incomplete" until every criterion is rated.
    static QString levelKeyFor(const Instrument &instrument, int ratedCount, int total);

    bool isComplete() const { return m_unrated.isEmpty() && m_problems.isEmpty(); }
    int criterionCount() const { return m_criterionCount; }
    int ratedCount() const { return m_ratedCount; }
    int ratedTotal() const { return m_ratedTotal; }
    int maximumTotal() const { return m_maximumTotal; }
    std::optional<int> total() const;
    // Mean item rating in hundredths (e.g. 429 for 4.29), rounded half up.
    std::optional<int> meanHundredths() const;
    // "4,29" in Finnish, "4.29" in English; empty when incomplete.
    QString meanText(const QLocale &locale) const;
    // "exemplary", "good", "fair", "not-ips", ... or "incomplete".
    QString levelKey() const { return m_levelKey; }
    const QList<SectionScore> &sections() const { return m_sections; }
    const QStringList &unrated() const { return m_unrated; } // catalog order
    const QStringList &problems() const { return m_problems; }
    const std::optional<Agreement> &agreement() const { return m_agreement; }

private:
    int m_criterionCount = 0;
    int m_ratedCount = 0;
    int m_ratedTotal = 0;
    int m_maximumTotal = 0;
    QString m_levelKey = QLatin1String(kIncompleteLevel);
    QList<SectionScore> m_sections;
    QStringList m_unrated;
    QStringList m_problems;
    std::optional<Agreement> m_agreement;
};

} // namespace laatu
