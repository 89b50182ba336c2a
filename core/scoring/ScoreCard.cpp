#include "ScoreCard.h"

#include "instrument/Instrument.h"
#include "review/RatingSheet.h"

#include <QCoreApplication>

namespace laatu {

ScoreCard ScoreCard::compute(const Instrument &instrument, const RatingSheet &consensus,
                             const QList<RatingSheet> &raters)
{
    ScoreCard card;
    card.m_criterionCount = static_cast<int>(instrument.criteria().size());
    card.m_maximumTotal = instrument.maxTotal();
    for (auto it = consensus.ratings().cbegin(); it != consensus.ratings().cend(); ++it) {
        if (!instrument.criterion(it.key()))
            card.m_problems << QCoreApplication::translate("laatu::ScoreCard",
                                                           "rating for unknown criterion \"%1\"")
                                   .arg(it.key());
    }
    for (const Section &section : instrument.sections()) {
        SectionScore score;
        score.sectionId = section.id;
        score.criteria = static_cast<int>(section.criterionIds.size());
        score.maximum = score.criteria * instrument.ratingMax();
        for (const QString &id : section.criterionIds) {
            const std::optional<int> rating = consensus.rating(id);
            if (!rating) {
                card.m_unrated << id;
                continue;
            }
            if (*rating < instrument.ratingMin() || *rating > instrument.ratingMax()) {
                card.m_problems << QCoreApplication::translate("laatu::ScoreCard",
                                                               "rating %1 of \"%2\" is outside the "
                                                               "scale %3-%4")
                                       .arg(*rating)
                                       .arg(id)
                                       .arg(instrument.ratingMin())
                                       .arg(instrument.ratingMax());
                card.m_unrated << id;
                continue;
            }
            score.subtotal += *rating;
            ++score.rated;
        }
        card.m_ratedTotal += score.subtotal;
        card.m_ratedCount += score.rated;
        card.m_sections << score;
    }
    if (card.isComplete()) {
        if (const Level *level = instrument.levelForTotal(card.m_ratedTotal))
            card.m_levelKey = level->key;
    }
    if (raters.size() >= 2)
        card.m_agreement = Agreement::compute(instrument, raters);
    return card;
}

QString ScoreCard::levelKeyFor(const Instrument &instrument, int ratedCount, int total)
{
    if (ratedCount != instrument.criteria().size())
        return QLatin1String(kIncompleteLevel);
    const Level *level = instrument.levelForTotal(total);
    return level ? level->key : QLatin1String(kIncompleteLevel);
}

std::optional<int> ScoreCard::total() const
{
    return isComplete() ? std::optional<int>(m_ratedTotal) : std::nullopt;
}

std::optional<int> ScoreCard::meanHundredths() const
{
    if (!isComplete() || m_criterionCount == 0)
        return std::nullopt;
    // round(total * 100 / n) half up, in integers.
    return (m_ratedTotal * 200 + m_criterionCount) / (2 * m_criterionCount);
}

QString ScoreCard::meanText(const QLocale &locale) const
{
    const std::optional<int> hundredths = meanHundredths();
    if (!hundredths)
        return {};
    return locale.toString(*hundredths / 100.0, 'f', 2);
}

} // namespace laatu
