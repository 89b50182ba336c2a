// The county comparison's read (ComparisonQuery) on hand-set dates, kinds and statuses: which
// review stands for a site, and each row's consensus ratings as the table holds them.
#include "StorageFixture.h"

#include "../support/QtStringMaker.h"

#include "storage/ComparisonQuery.h"

#include <QSqlQuery>

using namespace laatu;
using namespace laatu::test;

namespace {
const QString kCounty = QStringLiteral("Keski-Suomen hyvinvointialue");

void exec(Database &database, const QString &sql)
{
    QSqlQuery query(database.sql());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
}

QList<qint64> reviewsOfSite(Database &database, qint64 siteId)
{
    QSqlQuery query(database.sql());
    REQUIRE(query.exec(
        QStringLiteral("SELECT id FROM review WHERE site_id = %1 ORDER BY id").arg(siteId)));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

QHash<QString, int> consensusOf(Database &database, qint64 reviewId)
{
    QSqlQuery query(database.sql());
    REQUIRE(query.exec(
        QStringLiteral("SELECT criterion, value FROM consensus_rating WHERE review_id = %1")
            .arg(reviewId)));
    QHash<QString, int> values;
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1).toInt());
    return values;
}

QList<ComparisonRow> load(Database &database, const ComparisonQuery::Filter &filter)
{
    QList<ComparisonRow> rows;
    const StorageError error = ComparisonQuery(database).load(filter, rows);
    INFO(error.message().toStdString());
    REQUIRE_FALSE(error);
    return rows;
}

// The review that stands for `siteId` in `rows`, 0 when the site is not listed.
qint64 pickedFor(const QList<ComparisonRow> &rows, qint64 siteId)
{
    for (const ComparisonRow &row : rows)
        if (row.siteId == siteId)
            return row.reviewId;
    return 0;
}
} // namespace

TEST_CASE("a site's latest review is the newest in the period that passes the filters, the "
          "later one of a day",
          "[storage][comparison]")
{
    StorageFixture store(8, 3); // two sites of the county, three reviews each
    QSqlQuery sites(store.database->sql());
    REQUIRE(sites.exec(
        QStringLiteral("SELECT id FROM site WHERE county = '%1' ORDER BY name").arg(kCounty)));
    QList<qint64> siteIds;
    while (sites.next())
        siteIds << sites.value(0).toLongLong();
    REQUIRE(siteIds.size() == 2);
    const QList<qint64> first = reviewsOfSite(*store.database, siteIds.at(0));
    const QList<qint64> second = reviewsOfSite(*store.database, siteIds.at(1));
    REQUIRE(first.size() == 3);
    REQUIRE(second.size() == 3);
    exec(*store.database, QStringLiteral("UPDATE review SET status = 'final', kind = 'external'"));
    // The first site: an early review, then two on one day, the later-entered a
    // self-assessment; the reviews are entered in an order that is not their visits' order.
    exec(*store.database,
         QStringLiteral("UPDATE review SET visit_start = '2025-05-05', visit_end = '2025-05-06'"
                        " WHERE id IN (%1, %2)")
             .arg(first.at(0))
             .arg(first.at(2)));
    exec(*store.database,
         QStringLiteral("UPDATE review SET visit_start = '2025-02-01', visit_end = '2025-02-01'"
                        " WHERE id = %1")
             .arg(first.at(1)));
    exec(*store.database,
         QStringLiteral("UPDATE review SET kind = 'self-assessment' WHERE id = %1")
             .arg(first.at(2)));
    // The second site: its newest review still a draft, the one before it has no consensus yet.
    for (int i = 0; i < 3; ++i)
        exec(*store.database,
             QStringLiteral("UPDATE review SET visit_start = '2025-0%1-10' WHERE id = %2")
                 .arg(i + 3)
                 .arg(second.at(i)));
    exec(*store.database,
         QStringLiteral("UPDATE review SET status = 'draft' WHERE id = %1").arg(second.at(2)));
    exec(*store.database,
         QStringLiteral("DELETE FROM consensus_rating WHERE review_id = %1").arg(second.at(1)));

    ComparisonQuery::Filter filter;
    filter.county = kCounty;
    QList<ComparisonRow> rows = load(*store.database, filter);
    REQUIRE(rows.size() == 2);
    CHECK(pickedFor(rows, siteIds.at(0)) == first.at(2)); // same day: the later-entered
    CHECK(pickedFor(rows, siteIds.at(1)) == second.at(1)); // the draft does not hide it
    for (const ComparisonRow &row : rows)
        CHECK(row.consensus == consensusOf(*store.database, row.reviewId));
    CHECK(rows.at(1).consensus.isEmpty()); // listed all the same, with nothing rated

    filter.includeUnfinished = true;
    CHECK(pickedFor(load(*store.database, filter), siteIds.at(1)) == second.at(2));
    filter.includeUnfinished = false;

    filter.includeSelfAssessments = false;
    CHECK(pickedFor(load(*store.database, filter), siteIds.at(0)) == first.at(0));
    filter.includeSelfAssessments = true;

    filter.to = QDate(2025, 5, 4);
    rows = load(*store.database, filter);
    CHECK(pickedFor(rows, siteIds.at(0)) == first.at(1));
    CHECK(pickedFor(rows, siteIds.at(1)) == second.at(1));

    filter.to = {};
    filter.from = QDate(2025, 5, 1);
    rows = load(*store.database, filter);
    REQUIRE(rows.size() == 1); // the second site has no final review from May on
    CHECK(rows.constFirst().reviewId == first.at(2));
    CHECK(rows.constFirst().kind == ReviewKind::SelfAssessment);
    CHECK(rows.constFirst().visitStart == QDate(2025, 5, 5));

    // Every review: by site name, then visit, then the order they were entered.
    filter.from = {};
    filter.latestPerSite = false;
    rows = load(*store.database, filter);
    QList<qint64> order;
    for (const ComparisonRow &row : rows) {
        order << row.reviewId;
        CHECK(row.consensus == consensusOf(*store.database, row.reviewId));
    }
    CHECK(order
          == QList<qint64> {first.at(1), first.at(0), first.at(2), second.at(0), second.at(1),
                            second.at(2)});
}
