#pragma once

#include "instrument/Instrument.h"
#include "review/ReviewDocument.h"
#include "review/SiteOutcome.h"
#include "scoring/ScoreCard.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace laatu {

class Database;
class ReviewRepository;

// One site over time: its reviews in visit order with their scores, what changed per
// criterion between two reviews, what became of each review's action plan by the next one,
// the outcomes entered for the site, and when the next review is due.
class SiteHistory
{
    Q_DECLARE_TR_FUNCTIONS(SiteHistory)

public:
    struct Entry
    {
        ReviewHeader review;
        QString catalogId;
        QString catalogVersion;
        RatingSheet consensus;
        int ratedCount = 0;
        int criterionCount = 0;
        std::optional<int> total; // only when complete
        std::optional<int> meanHundredths;
        QString levelKey; // or "incomplete"
        QList<ScoreCard::SectionScore> sections; // subtotals of what is rated
        QList<Finding> recommendations; // in the order written
        QList<ActionItem> actions; // the action plan, in the order written
        bool isComplete() const { return total.has_value(); }
        QList<ActionItem> doneActions() const;
    };
    struct CriterionChange
    {
        QString criterionId;
        std::optional<int> from;
        std::optional<int> to;
        // to - from when both are rated.
        std::optional<int> delta() const
        {
            return from && to ? std::optional<int>(*to - *from) : std::nullopt;
        }
    };
    // What became of one review's recommendations and actions by the next review.
    struct FollowUp
    {
        int fromIndex = 0; // in entries()
        int toIndex = 0;
        QList<ActionItem> done;
        QList<ActionItem> notDone; // open, in progress or dropped
        QList<Finding> recommendations;
        // The change of each recommendation's criterion (none for a general one).
        QList<std::optional<CriterionChange>> recommendationChanges;
    };
    using CatalogLookup = std::function<const Instrument *(const QString &, const QString &)>;

    // `reviews` in any order; sorted here by visit start (then creation). The next review is
    // due 6 months after the last visit while its level is below "good" (or the review is
    // incomplete), 12 months after once it is good or better (reviews repeat every 6 months
    // until good fidelity, then yearly).
    static SiteHistory build(const Site &site, QList<ReviewDocument> reviews,
                             const CatalogLookup &lookup, QList<SiteOutcome> outcomes = {});
    // Reads the site's reviews and outcomes. `siteNameOrUuid`: the UUID, or the exact name
    // (case ignored); several sites of that name is an error that lists them.
    static StorageError load(Database &database, ReviewRepository &repository,
                             const QString &siteNameOrUuid, SiteHistory &history);

    const Site &site() const { return m_site; }
    const QList<Entry> &entries() const { return m_entries; }
    const QList<SiteOutcome> &outcomes() const { return m_outcomes; }
    std::optional<QDate> nextDue() const { return m_nextDue; }
    // The months between the last review and the next: 6 or 12 (0 without reviews).
    int nextDueMonths() const { return m_nextDueMonths; }
    // Per criterion of the later review's catalog, in its order.
    QList<CriterionChange> changes(int fromIndex, int toIndex) const;
    // One per consecutive pair of reviews, oldest first.
    QList<FollowUp> followUps() const;

private:
    Site m_site;
    QList<Entry> m_entries;
    // Per entry, copied so the history outlives the repository's catalog cache; none when
    // the catalog is unknown (the review is then shown without a score).
    QList<std::optional<Instrument>> m_instruments;
    QList<SiteOutcome> m_outcomes;
    std::optional<QDate> m_nextDue;
    int m_nextDueMonths = 0;
};

} // namespace laatu
