#include "FidelityTrendData.h"

#include "gui/analysis/AnalysisText.h"

#include "analysis/SiteHistory.h"
#include "instrument/Instrument.h"

#include <QLocale>

#include <algorithm>

namespace laatu::gui {

FidelityTrendData FidelityTrendData::fromHistory(const SiteHistory &history,
                                                 const Instrument &instrument,
                                                 const QString &language)
{
    FidelityTrendData data;
    data.language = language;
    data.levels = instrument.levels();
    data.minTotal = instrument.minTotal();
    data.maxTotal = std::max(instrument.maxTotal(), data.minTotal + 1);
    data.criterionCount = int(instrument.criteria().size());
    QStringList sectionIds;
    for (const Section &section : instrument.sections()) {
        sectionIds << section.id;
        data.sectionNames << section.name.text(language);
    }
    for (const SiteHistory::Entry &entry : history.entries()) {
        Point point;
        point.date = entry.review.visitStart;
        point.total = entry.total;
        point.levelKey = entry.levelKey;
        for (const QString &id : sectionIds) {
            std::optional<double> share;
            for (const ScoreCard::SectionScore &score : entry.sections) {
                // Only a fully rated section has a comparable score.
                if (score.sectionId == id && score.isComplete() && score.maximum > 0)
                    share = double(score.subtotal) / score.maximum;
            }
            point.sectionShares << share;
        }
        data.points << point;
    }
    for (const SiteOutcome &outcome : history.outcomes()) {
        if (const std::optional<double> rate = outcome.employmentRate())
            data.outcomes << OutcomePeriod {outcome.periodStart, outcome.periodEnd, *rate,
                                            outcome.coached, outcome.employed};
    }
    data.nextDue = history.nextDue();
    return data;
}

void FidelityTrendData::clearReviews()
{
    points.clear();
    outcomes.clear();
    nextDue.reset();
}

int FidelityTrendData::totalPointCount() const
{
    return int(std::count_if(points.cbegin(), points.cend(),
                             [](const Point &point) { return point.total.has_value(); }));
}

QString FidelityTrendData::levelName(const QString &key) const
{
    for (const Level &level : levels) {
        if (level.key == key)
            return level.name.text(language);
    }
    return tr("incomplete");
}

QString FidelityTrendData::pointText(const Point &point) const
{
    const QString date = AnalysisText::date(point.date);
    if (!point.total)
        return tr("%1: incomplete review, no total").arg(date);
    return tr("%1: total %2, %3").arg(date).arg(*point.total).arg(levelName(point.levelKey));
}

QString FidelityTrendData::bandLabel(int levelIndex) const
{
    const Level &level = levels.at(levelIndex);
    const int from = std::max(level.minTotal, minTotal);
    const int to = levelIndex == 0 ? maxTotal : levels.at(levelIndex - 1).minTotal - 1;
    return tr("%1 (%2–%3)").arg(level.name.text(language)).arg(from).arg(to);
}

QString FidelityTrendData::summary() const
{
    if (points.isEmpty())
        return tr("No reviews to show.");
    QStringList parts;
    for (const Point &point : points)
        parts << pointText(point);
    QString text = parts.join(QStringLiteral("; "));
    if (!outcomes.isEmpty()) {
        QStringList rates;
        for (const OutcomePeriod &period : outcomes)
            rates << tr("%1–%2: %3 in work")
                         .arg(AnalysisText::date(period.start), AnalysisText::date(period.end),
                              AnalysisText::percent(period.rate));
        text += QStringLiteral(". ")
            + tr("Employment rate: %1").arg(rates.join(QStringLiteral("; ")));
    }
    return text;
}

} // namespace laatu::gui
