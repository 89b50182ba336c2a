// The report's "previous review of the site" comes from one indexed query; it must find what
// the list of every review finds (ReportSource::previousReview, the old way, as the oracle).
#include "StorageFixture.h"

#include "report/ReportSource.h"

#include <QSqlQuery>

using namespace laatu;
using namespace laatu::test;

TEST_CASE("the previous review of a site is found with one indexed query", "[storage][report]")
{
    StorageFixture fixture;
    QList<ReviewDocument> documents = DemoGenerator(builtIn(), {4, 4, 11u, true}).generate();
    REQUIRE(documents.size() >= 8);
    // Two visits of one site starting the same day: the newer row counts as the later one.
    documents[1].review.visitStart = documents[0].review.visitStart;
    documents[1].review.visitEnd = documents[0].review.visitEnd;
    documents[1].site = documents[0].site;
    const StorageError saved = fixture.repository->saveReviews(documents);
    INFO(saved.message().toStdString());
    REQUIRE_FALSE(saved);

    QList<ReviewSummary> reviews;
    REQUIRE_FALSE(fixture.repository->listReviews(reviews));
    REQUIRE(reviews.size() == documents.size());
    int withPrevious = 0;
    for (const ReviewSummary &summary : reviews) {
        const ReviewDocument document = fixture.load(summary.id);
        qint64 found = -1;
        const StorageError error = fixture.repository->previousReview(
            document.site.id, document.review.visitStart, document.review.uuid, found);
        INFO(error.message().toStdString());
        REQUIRE_FALSE(error);
        const std::optional<qint64> expected = ReportSource::previousReview(reviews, document);
        INFO("review " << summary.id);
        CHECK(found == expected.value_or(0));
        withPrevious += expected ? 1 : 0;
    }
    CHECK(withPrevious > 0);

    // Through the index on (site_id, visit_start), without a sort.
    QSqlQuery plan(fixture.database->sql());
    REQUIRE(plan.exec(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT id FROM review WHERE site_id = 1 AND visit_start < '2030-01-01'"
        " AND visit_start <> '' AND uuid <> 'x' ORDER BY visit_start DESC, id DESC LIMIT 1")));
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    INFO(steps.join(QStringLiteral(" | ")).toStdString());
    CHECK(steps.join(QLatin1Char(' ')).contains(QLatin1String("review_by_site")));
    CHECK_FALSE(steps.join(QLatin1Char(' ')).contains(QLatin1String("TEMP B-TREE")));
}
