#include "SiteHistory.h"

#include "instrument/Instrument.h"
#include "storage/OutcomeRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/SiteRepository.h"

#include <QStringList>

#include <algorithm>

namespace laatu {

QList<ActionItem> SiteHistory::Entry::doneActions() const
{
    QList<ActionItem> done;
    for (const ActionItem &action : actions) {
        if (action.status == ActionStatus::Done)
            done << action;
    }
    return done;
}

SiteHistory SiteHistory::build(const Site &site, QList<ReviewDocument> reviews,
                               const CatalogLookup &lookup, QList<SiteOutcome> outcomes)
{
    SiteHistory history;
    history.m_site = site;
    std::sort(outcomes.begin(), outcomes.end(), [](const SiteOutcome &a, const SiteOutcome &b) {
        return std::pair(a.periodStart, a.periodEnd) < std::pair(b.periodStart, b.periodEnd);
    });
    history.m_outcomes = outcomes;
    std::stable_sort(reviews.begin(), reviews.end(),
                     [](const ReviewDocument &a, const ReviewDocument &b) {
                         return std::tie(a.review.visitStart, a.review.createdAt, a.review.uuid)
                             < std::tie(b.review.visitStart, b.review.createdAt, b.review.uuid);
                     });
    for (const ReviewDocument &review : reviews) {
        Entry entry;
        entry.review = review.review;
        entry.catalogId = review.review.catalogId;
        entry.catalogVersion = review.review.catalogVersion;
        entry.consensus = review.consensus();
        for (const Finding &finding : review.findings) {
            if (finding.kind == FindingKind::Recommendation)
                entry.recommendations << finding;
        }
        entry.actions = review.actions;
        entry.levelKey = QLatin1String(ScoreCard::kIncompleteLevel);
        const Instrument *instrument
            = lookup ? lookup(review.review.catalogId, review.review.catalogVersion) : nullptr;
        if (instrument) {
            const ScoreCard card = ScoreCard::compute(*instrument, entry.consensus);
            entry.ratedCount = card.ratedCount();
            entry.criterionCount = card.criterionCount();
            entry.total = card.total();
            entry.meanHundredths = card.meanHundredths();
            entry.levelKey = card.levelKey();
            entry.sections = card.sections();
        }
        history.m_entries << entry;
        history.m_instruments << (instrument ? std::optional<Instrument>(*instrument)
                                             : std::nullopt);
    }
    if (!history.m_entries.isEmpty()) {
        const Entry &last = history.m_entries.constLast();
        const std::optional<Instrument> &instrument = history.m_instruments.constLast();
        // "Good or better" by the catalog's own levels: the total reaches the minimum of the
        // level keyed "good" (or, in a catalog without that key, of its top level).
        bool goodOrBetter = false;
        if (instrument && last.total && !instrument->levels().isEmpty()) {
            const Level *good = instrument->level(QStringLiteral("good"));
            const int threshold
                = good ? good->minTotal : instrument->levels().constFirst().minTotal;
            goodOrBetter = *last.total >= threshold;
        }
        history.m_nextDueMonths = goodOrBetter ? 12 : 6;
        const QDate visited
            = last.review.visitEnd.isValid() ? last.review.visitEnd : last.review.visitStart;
        history.m_nextDue = visited.addMonths(history.m_nextDueMonths);
    }
    return history;
}

QList<SiteHistory::CriterionChange> SiteHistory::changes(int fromIndex, int toIndex) const
{
    QList<CriterionChange> result;
    if (fromIndex < 0 || toIndex < 0 || fromIndex >= m_entries.size()
        || toIndex >= m_entries.size())
        return result;
    const std::optional<Instrument> &instrument
        = m_instruments.at(toIndex) ? m_instruments.at(toIndex) : m_instruments.at(fromIndex);
    if (!instrument)
        return result;
    const Entry &from = m_entries.at(fromIndex);
    const Entry &to = m_entries.at(toIndex);
    for (const Criterion &criterion : instrument->criteria())
        result << CriterionChange {criterion.id, from.consensus.rating(criterion.id),
                                   to.consensus.rating(criterion.id)};
    return result;
}

QList<SiteHistory::FollowUp> SiteHistory::followUps() const
{
    QList<FollowUp> result;
    for (int i = 0; i + 1 < m_entries.size(); ++i) {
        FollowUp followUp;
        followUp.fromIndex = i;
        followUp.toIndex = i + 1;
        const Entry &from = m_entries.at(i);
        for (const ActionItem &action : from.actions)
            (action.status == ActionStatus::Done ? followUp.done : followUp.notDone) << action;
        const QList<CriterionChange> changed = changes(i, i + 1);
        for (const Finding &recommendation : from.recommendations) {
            followUp.recommendations << recommendation;
            std::optional<CriterionChange> change;
            for (const CriterionChange &candidate : changed) {
                if (candidate.criterionId == recommendation.criterionId)
                    change = candidate;
            }
            followUp.recommendationChanges << change;
        }
        result << followUp;
    }
    return result;
}

StorageError SiteHistory::load(Database &database, ReviewRepository &repository,
                               const QString &siteNameOrUuid, SiteHistory &history)
{
    QList<Site> sites;
    if (StorageError error = SiteRepository(database).listSites(sites))
        return error;
    const QString wanted = siteNameOrUuid.trimmed();
    QList<Site> matches;
    for (const Site &site : sites) {
        if (site.uuid == wanted.toLower())
            matches = {site};
    }
    if (matches.isEmpty()) {
        for (const Site &site : sites) {
            if (site.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
                matches << site;
        }
    }
    if (matches.isEmpty())
        return {StorageError::NotFound,
                tr("There is no site \"%1\"; 'laatu-cli list' shows the sites of the reviews.")
                    .arg(wanted)};
    if (matches.size() > 1) {
        QStringList names;
        for (const Site &site : matches)
            names << QStringLiteral("%1 (%2, %3)").arg(site.uuid, site.municipality, site.county);
        return {StorageError::NotFound,
                tr("Several sites are called \"%1\"; give the UUID of one: %2.")
                    .arg(wanted, names.join(QStringLiteral("; ")))};
    }
    const Site site = matches.constFirst();
    QList<ReviewSummary> summaries;
    if (StorageError error = repository.listReviews(summaries))
        return error;
    QList<ReviewDocument> reviews;
    for (const ReviewSummary &summary : summaries) {
        if (summary.siteUuid != site.uuid)
            continue;
        ReviewDocument document;
        if (StorageError error = repository.loadReview(summary.id, document))
            return error;
        reviews << document;
    }
    QList<SiteOutcome> outcomes;
    if (StorageError error = OutcomeRepository(database).listOutcomes(site.id, outcomes))
        return error;
    const auto lookup = [&repository](const QString &id, const QString &version) {
        StorageError ignored; // a review of an unknown catalog is shown without a score
        return repository.catalog(id, version, ignored);
    };
    history = build(site, reviews, lookup, outcomes);
    return {};
}

} // namespace laatu
