#include "ComparisonSummary.h"

#include "gui/analysis/AnalysisText.h"

#include "analysis/CountyComparison.h"
#include "i18n/DateText.h"
#include "scoring/ScoreCard.h"

#include <QLocale>
#include <QSet>

namespace laatu::gui {

QString ComparisonSummary::period(const ComparisonQuery::Filter &filter)
{
    const QLocale locale;
    if (!filter.from.isValid() && !filter.to.isValid())
        return tr("all visits");
    if (!filter.to.isValid())
        return tr("visits from %1").arg(DateText::date(filter.from, locale));
    if (!filter.from.isValid())
        return tr("visits until %1").arg(DateText::date(filter.to, locale));
    return tr("visits %1–%2")
        .arg(DateText::date(filter.from, locale), DateText::date(filter.to, locale));
}

QString ComparisonSummary::weakest(const CountyComparison &comparison, const QString &language)
{
    QStringList weakest;
    for (const CountyComparison::CriterionMean &mean : comparison.weakest(3)) {
        const Criterion &criterion = comparison.instrument().criteria().at(mean.column);
        weakest << tr("%1. %2 (%3)")
                       .arg(criterion.number)
                       .arg(criterion.title.text(language),
                            AnalysisText::mean(mean.meanHundredths()));
    }
    return weakest.isEmpty()
        ? QString()
        : tr("Weakest across the county: %1.").arg(weakest.join(QStringLiteral("; ")));
}

QString ComparisonSummary::overview(const CountyComparison &comparison,
                                    const ComparisonQuery::Filter &filter, const QString &language)
{
    if (filter.county.isEmpty())
        return tr("No sites with a county yet: add reviews to compare sites.");
    if (comparison.rows().isEmpty())
        return tr("No reviews of %1 in this period.").arg(filter.county);
    QSet<QString> sites;
    for (const CountyComparison::Row &row : comparison.rows())
        sites.insert(row.review.siteUuid);
    const QMap<QString, int> counts = comparison.levelCounts();
    QStringList levels;
    for (const Level &level : comparison.instrument().levels()) {
        if (counts.value(level.key) > 0)
            levels << tr("%1: %2").arg(level.name.text(language)).arg(counts.value(level.key));
    }
    if (const int incomplete = counts.value(QString::fromLatin1(ScoreCard::kIncompleteLevel)))
        levels << tr("incomplete: %1").arg(incomplete);
    QString text = tr("%1, %2 – sites: %3, reviews: %4.")
                       .arg(filter.county, period(filter))
                       .arg(sites.size())
                       .arg(comparison.rows().size());
    text += QLatin1Char(' ') + levels.join(QStringLiteral(" · ")) + QLatin1Char('.');
    if (const QString weakestCriteria = weakest(comparison, language); !weakestCriteria.isEmpty())
        text += QLatin1Char('\n') + weakestCriteria;
    return text;
}

} // namespace laatu::gui
