// One site over time: order, scores, changes, follow-up of actions, next review due.
#include "../storage/StorageFixture.h"
#include "AnalysisFixture.h"

#include "../support/QtStringMaker.h"

#include "analysis/SiteHistory.h"
#include "storage/OutcomeRepository.h"

using namespace laatu;
using namespace laatu::test;

namespace {
// A review whose every criterion is rated `base`, with `extra` points added to the first
// criteria (one each), so the total is 25 x base + extra.
ReviewDocument ratedReview(const QString &uuid, QDate visit, int base, int extra)
{
    ReviewDocument document = emptyReview(uuid);
    document.review.visitStart = visit;
    document.review.visitEnd = visit.addDays(1);
    int index = 0;
    for (const Criterion &criterion : builtIn().criteria())
        document.ratings << RatingEntry {{}, criterion.id, base + (index++ < extra ? 1 : 0), {}};
    return document;
}

SiteHistory::CatalogLookup builtInLookup()
{
    return [](const QString &, const QString &) { return &builtIn(); };
}
} // namespace

TEST_CASE("a site's reviews in visit order with totals, levels and the next review due",
          "[analysis][history]")
{
    // Given out of order: fair (3 x 25 + 10 = 85), then good (4 x 25 + 2 = 102).
    ReviewDocument good = ratedReview(QStringLiteral("22222222-0000-4000-8000-000000000002"),
                                      QDate(2026, 3, 10), 4, 2);
    ReviewDocument fair = ratedReview(QStringLiteral("22222222-0000-4000-8000-000000000001"),
                                      QDate(2025, 9, 2), 3, 10);
    fair.findings << Finding {QStringLiteral("f0000000-0000-4000-8000-000000000001"),
                              QStringLiteral("caseload"), FindingKind::Recommendation,
                              QStringLiteral("Lower the caseload.")}
                  << Finding {QStringLiteral("f0000000-0000-4000-8000-000000000002"), QString(),
                              FindingKind::Strength, QStringLiteral("Committed team.")};
    fair.actions << ActionItem {QStringLiteral("a0000000-0000-4000-8000-000000000001"),
                                QStringLiteral("Hire a coach"), QStringLiteral("Manager"),
                                QDate(2025, 12, 1), ActionStatus::Done}
                 << ActionItem {QStringLiteral("a0000000-0000-4000-8000-000000000002"),
                                QStringLiteral("Weekly supervision"), QString(), QDate(),
                                ActionStatus::InProgress};
    const SiteHistory history = SiteHistory::build(good.site, {good, fair}, builtInLookup(), {});
    REQUIRE(history.entries().size() == 2);
    const SiteHistory::Entry &first = history.entries().at(0);
    const SiteHistory::Entry &second = history.entries().at(1);
    CHECK(first.review.uuid == fair.review.uuid);
    CHECK(first.total == 85);
    CHECK(first.meanHundredths == 340);
    CHECK(first.levelKey == QStringLiteral("fair"));
    REQUIRE(first.sections.size() == 3);
    // Staffing is criteria 1-3, all among the first ten that got the extra point: 3 x 4.
    CHECK(first.sections.at(0).subtotal == 12);
    CHECK(second.total == 102);
    CHECK(second.levelKey == QStringLiteral("good"));
    CHECK(first.doneActions().size() == 1);
    CHECK(first.recommendations.size() == 1);

    // Good fidelity at the last review: yearly, from the end of that visit.
    CHECK(history.nextDueMonths() == 12);
    CHECK(history.nextDue() == QDate(2027, 3, 11));

    const QList<SiteHistory::CriterionChange> changes = history.changes(0, 1);
    REQUIRE(changes.size() == 25);
    CHECK(changes.at(0).criterionId == QStringLiteral("caseload"));
    CHECK(changes.at(0).delta() == 1); // 4 -> 5
    CHECK(changes.at(5).delta() == 0); // 4 -> 4
    CHECK(changes.at(24).delta() == 1); // 3 -> 4

    const QList<SiteHistory::FollowUp> followUps = history.followUps();
    REQUIRE(followUps.size() == 1);
    CHECK(followUps.at(0).done.size() == 1);
    CHECK(followUps.at(0).notDone.size() == 1);
    REQUIRE(followUps.at(0).recommendations.size() == 1);
    REQUIRE(followUps.at(0).recommendationChanges.at(0).has_value());
    CHECK(followUps.at(0).recommendationChanges.at(0)->delta() == 1);
}

TEST_CASE("the next review is due in six months until good fidelity", "[analysis][history]")
{
    const ReviewDocument fair = ratedReview(QStringLiteral("22222222-0000-4000-8000-000000000001"),
                                            QDate(2025, 9, 2), 3, 24); // 99: fair
    SiteHistory history = SiteHistory::build(fair.site, {fair}, builtInLookup());
    CHECK(history.entries().constFirst().total == 99);
    CHECK(history.nextDueMonths() == 6);
    CHECK(history.nextDue() == QDate(2026, 3, 3));

    ReviewDocument incomplete = ratedReview(QStringLiteral("22222222-0000-4000-8000-000000000003"),
                                            QDate(2026, 4, 1), 5, 0);
    incomplete.ratings.removeLast();
    history = SiteHistory::build(fair.site, {fair, incomplete}, builtInLookup());
    CHECK_FALSE(history.entries().constLast().isComplete());
    CHECK(history.entries().constLast().levelKey == QStringLiteral("incomplete"));
    CHECK(history.entries().constLast().ratedCount == 24);
    CHECK(history.nextDueMonths() == 6);
    CHECK(history.nextDue() == QDate(2026, 10, 2));

    CHECK_FALSE(SiteHistory::build(fair.site, {}, builtInLookup()).nextDue().has_value());
}

TEST_CASE("a site's history is read from the database with its outcomes", "[analysis][history]")
{
    StorageFixture store(3, 4);
    const ReviewSummary any = store.list().constFirst();
    const ReviewDocument sample = store.load(any.id);
    OutcomeRepository outcomes(*store.database);
    REQUIRE_FALSE(
        outcomes.setOutcome(sample.site.id, {QDate(2025, 1, 1), QDate(2025, 6, 30), 40, 14}));
    SiteHistory history;
    REQUIRE_FALSE(SiteHistory::load(*store.database, *store.repository, sample.site.name, history));
    CHECK(history.site().uuid == sample.site.uuid);
    REQUIRE(history.entries().size() == 4);
    for (int i = 1; i < history.entries().size(); ++i)
        CHECK(history.entries().at(i - 1).review.visitStart
              <= history.entries().at(i).review.visitStart);
    REQUIRE(history.outcomes().size() == 1);
    CHECK(history.outcomes().constFirst().employmentRate() == Approx(0.35));

    SiteHistory byUuid;
    REQUIRE_FALSE(
        SiteHistory::load(*store.database, *store.repository, sample.site.uuid.toUpper(), byUuid));
    CHECK(byUuid.entries().size() == 4);
    SiteHistory none;
    CHECK(SiteHistory::load(*store.database, *store.repository, QStringLiteral("Nowhere"), none)
              .code()
          == StorageError::NotFound);
}
