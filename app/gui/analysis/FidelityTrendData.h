#pragma once

#include "instrument/Level.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace laatu {
class Instrument;
class SiteHistory;
} // namespace laatu

namespace laatu::gui {

// What the fidelity trend chart draws, taken out of a site history: each review's date, total,
// level and section shares, the outcome periods with an employment rate, the next review's
// date, and the catalog's levels and range; with the texts that describe them.
struct FidelityTrendData
{
    Q_DECLARE_TR_FUNCTIONS(FidelityTrendData)

public:
    struct Point
    {
        QDate date;
        std::optional<int> total;
        QString levelKey;
        QList<std::optional<double>> sectionShares; // subtotal / maximum, per section
    };
    struct OutcomePeriod
    {
        QDate start;
        QDate end;
        double rate = 0.0;
        int coached = 0;
        int employed = 0;
    };

    // `instrument`: the catalog of the newest review (levels, sections, range of the axis).
    static FidelityTrendData fromHistory(const SiteHistory &history, const Instrument &instrument,
                                         const QString &language);
    // Forgets the reviews, outcomes and next review; keeps the catalog's levels and range.
    void clearReviews();

    // The reviews with a total (the points of the line).
    int totalPointCount() const;
    bool hasRateAxis(bool showOutcomes) const { return showOutcomes && !outcomes.isEmpty(); }
    QString levelName(const QString &key) const;
    QString pointText(const Point &point) const;
    // The name of the level band and its range of totals.
    QString bandLabel(int levelIndex) const;
    // A plain-text account of the chart for screen readers and tests.
    QString summary() const;

    QString language;
    QList<Level> levels;
    QStringList sectionNames;
    int minTotal = 25;
    int maxTotal = 125;
    int criterionCount = 25;
    QList<Point> points;
    QList<OutcomePeriod> outcomes;
    std::optional<QDate> nextDue;
};

} // namespace laatu::gui
