// The county comparison against a direct SQL check on a demo database, and its sorting and
// weakest criteria on a hand-made table.
#include "../storage/StorageFixture.h"
#include "AnalysisFixture.h"

#include "../support/QtStringMaker.h"

#include "analysis/CountyComparison.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

using namespace laatu;
using namespace laatu::test;

namespace {
const QString kCounty = QStringLiteral("Keski-Suomen hyvinvointialue");

// The ids of the reviews the comparison should pick, straight from the tables: the latest
// final review of each site (or the latest of any status), or all of them.
QSet<qint64> expectedReviews(Database &database, const QDate &from, const QDate &to, bool latest,
                             bool unfinished = false)
{
    QSqlQuery query(database.sql());
    query.prepare(
        QStringLiteral("SELECT r.id FROM review r JOIN site s ON s.id = r.site_id"
                       " WHERE s.county = :county AND r.visit_start BETWEEN :from AND :to"
                       " AND (:all = 1 OR ((:any = 1 OR r.status = 'final')"
                       "  AND r.visit_start = (SELECT MAX(x.visit_start) FROM review x"
                       "   WHERE x.site_id = r.site_id AND x.visit_start BETWEEN :from2 AND :to2"
                       "   AND (:any2 = 1 OR x.status = 'final'))))"));
    query.bindValue(QStringLiteral(":county"), kCounty);
    query.bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":from2"), from.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":to2"), to.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":all"), latest ? 0 : 1);
    query.bindValue(QStringLiteral(":any"), unfinished ? 1 : 0);
    query.bindValue(QStringLiteral(":any2"), unfinished ? 1 : 0);
    REQUIRE(query.exec());
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

struct Sums
{
    int sum = 0;
    int count = 0;
};

// Per review and per criterion: sum and count of consensus ratings, by GROUP BY.
void expectedSums(Database &database, const QSet<qint64> &reviews, QHash<qint64, Sums> &byReview,
                  QHash<QString, Sums> &byCriterion)
{
    QStringList ids;
    for (const qint64 id : reviews)
        ids << QString::number(id);
    QSqlQuery query(database.sql());
    REQUIRE(query.exec(QStringLiteral("SELECT review_id, SUM(value), COUNT(*) FROM "
                                      "consensus_rating WHERE review_id IN (%1) GROUP BY review_id")
                           .arg(ids.join(QLatin1Char(',')))));
    while (query.next())
        byReview.insert(query.value(0).toLongLong(),
                        {query.value(1).toInt(), query.value(2).toInt()});
    REQUIRE(query.exec(QStringLiteral("SELECT criterion, SUM(value), COUNT(*) FROM "
                                      "consensus_rating WHERE review_id IN (%1) GROUP BY criterion")
                           .arg(ids.join(QLatin1Char(',')))));
    while (query.next())
        byCriterion.insert(query.value(0).toString(),
                           {query.value(1).toInt(), query.value(2).toInt()});
}

void checkAgainstSql(Database &database, const CountyComparison &comparison, const QDate &from,
                     const QDate &to, bool latest, bool unfinished = false)
{
    const QSet<qint64> expected = expectedReviews(database, from, to, latest, unfinished);
    REQUIRE_FALSE(expected.isEmpty());
    QSet<qint64> got;
    for (const CountyComparison::Row &row : comparison.rows())
        got.insert(row.review.reviewId);
    REQUIRE(got == expected);
    REQUIRE(comparison.rows().size() == expected.size()); // no review twice
    QHash<qint64, Sums> byReview;
    QHash<QString, Sums> byCriterion;
    expectedSums(database, expected, byReview, byCriterion);
    for (const CountyComparison::Row &row : comparison.rows()) {
        CHECK(row.ratedTotal == byReview.value(row.review.reviewId).sum);
        CHECK(row.ratedCount == byReview.value(row.review.reviewId).count);
        CHECK(row.isComplete() == (row.ratedCount == 25));
        if (row.total) {
            CHECK(*row.total == row.ratedTotal);
            CHECK(row.levelKey
                  == builtIn().levelForTotal(*row.total)->key); // levels by the catalog
        } else {
            CHECK(row.levelKey == QStringLiteral("incomplete"));
        }
        CHECK(row.review.visitStart >= from);
        CHECK(row.review.visitStart <= to);
    }
    for (const CountyComparison::CriterionMean &mean : comparison.criterionMeans()) {
        CHECK(mean.sum == byCriterion.value(mean.criterionId).sum);
        CHECK(mean.rated == byCriterion.value(mean.criterionId).count);
    }
}
} // namespace

TEST_CASE("the county comparison matches a direct SQL check", "[analysis][comparison]")
{
    StorageFixture store(40, 4);
    for (const bool latest : {true, false}) {
        for (const auto &[from, to] : {std::pair(QDate(2000, 1, 1), QDate(2100, 12, 31)),
                                       std::pair(QDate(2024, 9, 1), QDate(2025, 9, 30))}) {
            INFO("latest " << latest << " from " << from.toString(Qt::ISODate).toStdString());
            ComparisonQuery::Filter filter;
            filter.county = kCounty;
            filter.from = from;
            filter.to = to;
            filter.latestPerSite = latest;
            CountyComparison comparison;
            REQUIRE_FALSE(
                CountyComparison::load(*store.database, *store.repository, filter, comparison));
            CHECK(comparison.rows().size() == (latest ? 10 : (from.year() == 2000 ? 40 : 30)));
            checkAgainstSql(*store.database, comparison, from, to, latest);
            if (!latest)
                continue;
            filter.includeUnfinished = true;
            REQUIRE_FALSE(
                CountyComparison::load(*store.database, *store.repository, filter, comparison));
            CHECK(comparison.rows().size() == 10);
            checkAgainstSql(*store.database, comparison, from, to, latest, true);
        }
    }
}

TEST_CASE("a site whose newest review is a draft is compared by its last final review",
          "[analysis][comparison]")
{
    StorageFixture store(8, 4);
    // Per site of the county: its newest review and its newest final one.
    QHash<QString, ReviewSummary> newest;
    QHash<QString, ReviewSummary> newestFinal;
    for (const ReviewSummary &review : store.list()) {
        if (review.county != kCounty)
            continue;
        if (!newest.contains(review.siteUuid)
            || review.visitStart > newest.value(review.siteUuid).visitStart)
            newest.insert(review.siteUuid, review);
        if (review.status == ReviewStatus::Final
            && (!newestFinal.contains(review.siteUuid)
                || review.visitStart > newestFinal.value(review.siteUuid).visitStart))
            newestFinal.insert(review.siteUuid, review);
    }
    int draftSites = 0;
    for (const ReviewSummary &review : std::as_const(newest))
        draftSites += review.status == ReviewStatus::Final ? 0 : 1;
    REQUIRE(draftSites > 0); // the demo leaves every other site's latest review a draft

    ComparisonQuery::Filter filter;
    filter.county = kCounty;
    CountyComparison comparison;
    REQUIRE_FALSE(CountyComparison::load(*store.database, *store.repository, filter, comparison));
    REQUIRE(comparison.rows().size() == newest.size());
    for (const CountyComparison::Row &row : comparison.rows()) {
        INFO(row.review.siteName.toStdString());
        const ReviewSummary expected = newestFinal.value(row.review.siteUuid);
        CHECK(row.review.reviewId == expected.id);
        CHECK(row.review.status == ReviewStatus::Final);
        // The last complete total, not a draft's partial one.
        REQUIRE(row.total.has_value());
        CHECK(*row.total == expected.consensusTotal);
    }

    filter.includeUnfinished = true;
    REQUIRE_FALSE(CountyComparison::load(*store.database, *store.repository, filter, comparison));
    REQUIRE(comparison.rows().size() == newest.size());
    int drafts = 0;
    for (const CountyComparison::Row &row : comparison.rows()) {
        CHECK(row.review.reviewId == newest.value(row.review.siteUuid).id);
        drafts += row.review.status == ReviewStatus::Final ? 0 : 1;
    }
    CHECK(drafts == draftSites);
}

TEST_CASE("self-assessments can be left out and an empty county gives an empty table",
          "[analysis][comparison]")
{
    StorageFixture store(8, 4);
    ComparisonQuery::Filter filter;
    filter.county = kCounty;
    filter.latestPerSite = false;
    filter.includeSelfAssessments = false;
    CountyComparison comparison;
    REQUIRE_FALSE(CountyComparison::load(*store.database, *store.repository, filter, comparison));
    CHECK(comparison.rows().size() == 6); // 2 sites x the 3 external reviews of 4
    for (const CountyComparison::Row &row : comparison.rows())
        CHECK(row.review.kind == ReviewKind::External);

    filter.county = QStringLiteral("Lapin hyvinvointialue");
    REQUIRE_FALSE(CountyComparison::load(*store.database, *store.repository, filter, comparison));
    CHECK(comparison.rows().isEmpty());
    CHECK(comparison.weakest().isEmpty());
    CHECK(comparison.instrument().criteria().size() == 25);

    QStringList counties;
    REQUIRE_FALSE(ComparisonQuery(*store.database).counties(counties));
    CHECK(counties.size() == 4);
    CHECK(counties.contains(kCounty));
}

TEST_CASE("weakest criteria and sorting of a hand-made table", "[analysis][comparison]")
{
    const auto &criteria = builtIn().criteria();
    const auto row = [&](qint64 id, const QString &site, int base, QHash<QString, int> overrides,
                         int rated = 25) {
        ComparisonRow result;
        result.reviewId = id;
        result.siteName = site;
        result.visitStart = QDate(2025, 1, int(id));
        result.catalogId = builtIn().id();
        result.catalogVersion = builtIn().version();
        for (int c = 0; c < rated; ++c)
            result.consensus.insert(criteria.at(c).id, overrides.value(criteria.at(c).id, base));
        return result;
    };
    // Means: caseload (1+2+4)/3 = 2.33, generalists (2+2+3)/3 = 2.33 (a tie, catalog order
    // puts caseload first), team-contact (2+1)/2 = 1.5 (unrated in the third row).
    const QList<ComparisonRow> rows {
        row(1, QStringLiteral("Verso"), 4,
            {{QStringLiteral("caseload"), 1},
             {QStringLiteral("generalists"), 2},
             {QStringLiteral("team-contact"), 2}}),
        row(2, QStringLiteral("Askel"), 5,
            {{QStringLiteral("caseload"), 2},
             {QStringLiteral("generalists"), 2},
             {QStringLiteral("team-contact"), 1}}),
        row(3, QStringLiteral("Polku"), 3, {{QStringLiteral("caseload"), 4}}, 4)};
    CountyComparison comparison = CountyComparison::build(
        {}, rows, builtIn(), [](const QString &, const QString &) { return &builtIn(); });
    const QList<CountyComparison::CriterionMean> weakest = comparison.weakest(3);
    REQUIRE(weakest.size() == 3);
    CHECK(weakest.at(0).criterionId == QStringLiteral("team-contact"));
    CHECK(weakest.at(0).meanHundredths() == 150);
    CHECK(weakest.at(1).criterionId == QStringLiteral("caseload"));
    CHECK(weakest.at(1).meanHundredths() == 233);
    CHECK(weakest.at(2).criterionId == QStringLiteral("generalists"));
    CHECK(comparison.weakest(-1).size() == 25);

    // Totals: row 1 = 22 x 4 + 1 + 2 + 2 = 93 (fair), row 2 = 22 x 5 + 5 = 115 (exemplary),
    // row 3 incomplete (4 rated).
    CHECK(comparison.rows().at(0).total == 93);
    CHECK(comparison.rows().at(0).levelKey == QStringLiteral("fair"));
    CHECK(comparison.rows().at(1).total == 115);
    CHECK(comparison.rows().at(1).levelKey == QStringLiteral("exemplary"));
    CHECK_FALSE(comparison.rows().at(2).total);
    CHECK(comparison.levelCounts().value(QStringLiteral("incomplete")) == 1);

    comparison.sort(CountyComparison::SortKey::Total, Qt::DescendingOrder);
    CHECK(comparison.rows().at(0).review.reviewId == 2);
    CHECK(comparison.rows().at(2).review.reviewId == 3); // no total: last when descending
    comparison.sort(CountyComparison::SortKey::Site);
    CHECK(comparison.rows().at(0).review.siteName == QStringLiteral("Askel"));
    CHECK(comparison.rows().at(2).review.siteName == QStringLiteral("Verso"));
    comparison.sort(CountyComparison::SortKey::Criterion, Qt::AscendingOrder, 0);
    CHECK(comparison.rows().at(0).review.reviewId == 1); // caseload 1, 2, 4
    CHECK(comparison.rows().at(2).review.reviewId == 3);
    comparison.sort(CountyComparison::SortKey::Criterion, Qt::AscendingOrder, 4);
    CHECK(comparison.rows().at(0).review.reviewId == 3); // team-contact unrated first
    comparison.sort(CountyComparison::SortKey::Level, Qt::DescendingOrder);
    CHECK(comparison.rows().at(0).levelKey == QStringLiteral("exemplary"));
}
