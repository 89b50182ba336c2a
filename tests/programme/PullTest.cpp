// Pulling: what two laptops published, into a third's read-only copy, compared as if every
// file had been imported by hand.
#include "ProgrammeFixture.h"

#include "analysis/CountyComparison.h"
#include "exchange/ReviewFileIo.h"
#include "exchange/ReviewImporter.h"
#include "programme/ProgrammePublisher.h"
#include "programme/ProgrammePuller.h"
#include "storage/ProgrammeCopyRepository.h"

#include <catch2/catch.hpp>

#include <QSqlError>
#include <QSqlQuery>

using namespace laatu;
using namespace laatu::test;

namespace {
void publish(Laptop &laptop, const QString &login)
{
    auto connection = connectAs(login);
    const auto result = ProgrammePublisher(laptop.database(), laptop.repository(), *connection)
                            .publish(laptop.finalOwn());
    INFO(result.error.message().toStdString());
    REQUIRE_FALSE(result.error);
}

ProgrammePuller::Result pull(Laptop &laptop, const QString &login)
{
    auto connection = connectAs(login);
    return ProgrammePuller(laptop.database(), laptop.repository(), *connection).pull();
}

// The comparison as lines of text: site, visit, ratings, total, level, per row; then means.
QStringList comparisonOf(Laptop &laptop, const QString &county)
{
    ComparisonQuery::Filter filter;
    filter.county = county;
    filter.latestPerSite = false;
    CountyComparison comparison;
    const StorageError error
        = CountyComparison::load(laptop.database(), laptop.repository(), filter, comparison);
    INFO(error.message().toStdString());
    REQUIRE_FALSE(error);
    QStringList lines;
    for (const CountyComparison::Row &row : comparison.rows()) {
        QStringList ratings;
        for (const std::optional<int> &rating : row.ratings)
            ratings << (rating ? QString::number(*rating) : QStringLiteral("-"));
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(row.review.reviewUuid, row.review.siteName,
                          row.review.visitStart.toString(Qt::ISODate),
                          ratings.join(QLatin1Char(',')),
                          row.total ? QString::number(*row.total) : QStringLiteral("-"),
                          row.levelKey);
    }
    for (const CountyComparison::CriterionMean &mean : comparison.criterionMeans())
        lines << QStringLiteral("%1 %2/%3").arg(mean.criterionId).arg(mean.sum).arg(mean.rated);
    return lines;
}
} // namespace

TEST_CASE("a manager's pull of two laptops compares like every review file imported by hand",
          "[programme]")
{
    programme();
    Laptop first;
    Laptop second;
    const QList<ReviewDocument> ones = first.addFinalReviews(301, 3, 2, kCountyA);
    const QList<ReviewDocument> twos = second.addFinalReviews(302, 2, 3, kCountyA);
    publish(first, kReviewerA);
    publish(second, kReviewerA2);

    Laptop manager;
    const ProgrammePuller::Result result = pull(manager, kCountyManagerA);
    INFO(result.error.message().toStdString());
    REQUIRE_FALSE(result.error);
    CHECK(result.counts.added >= 12);
    // Every snapshot received is accounted for (a second revision replaces its first).
    CHECK(result.received
          == result.counts.added + result.counts.replaced + result.counts.unchanged
              + result.counts.own);
    CHECK(result.counts.own == 0);

    // The same reviews, exported as files on the two laptops and imported by hand.
    QTemporaryDir files;
    QStringList paths;
    for (Laptop *laptop : {&first, &second})
        for (const OutboxRepository::Candidate &candidate : laptop->finalOwn()) {
            ReviewDocument document;
            REQUIRE_FALSE(laptop->repository().loadReview(candidate.reviewId, document));
            paths << files.filePath(candidate.reviewUuid + QStringLiteral(".json"));
            REQUIRE(ReviewFileIo::write(paths.constLast(), document).isEmpty());
        }
    Laptop byHand;
    const ReviewImporter::Result imported = ReviewImporter::importFiles(byHand.repository(), paths);
    INFO(imported.fileProblems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(imported.fileProblems.isEmpty());
    REQUIRE_FALSE(imported.databaseError);

    // The pulled copy holds what other tests published to county A too; the comparison over
    // the copy, restricted to these two laptops' sites, equals the hand-made one.
    QStringList mine;
    for (const ReviewDocument &document : ones + twos)
        mine << document.review.uuid;
    QStringList pulledLines;
    const QStringList pulledAll = comparisonOf(manager, kCountyA);
    for (const QString &line : pulledAll)
        if (mine.contains(line.section(QLatin1Char(' '), 0, 0)))
            pulledLines << line;
    QStringList handLines;
    for (const QString &line : comparisonOf(byHand, kCountyA))
        if (mine.contains(line.section(QLatin1Char(' '), 0, 0)))
            handLines << line;
    REQUIRE(handLines.size() == 12);
    CHECK(pulledLines == handLines);

    // The pulled reviews are read-only here.
    QSet<qint64> pulled;
    REQUIRE_FALSE(ProgrammeCopyRepository(manager.database()).pulledIds(pulled));
    REQUIRE(pulled.size() == result.counts.added);
    const qint64 anyPulled = *pulled.cbegin();
    CHECK(manager.repository().reopen(anyPulled, QStringLiteral("try")).code()
          == StorageError::Constraint);
    for (const QString &sql :
         {QStringLiteral("UPDATE consensus_rating SET value = 1 WHERE review_id = %1"),
          QStringLiteral("DELETE FROM review WHERE id = %1"),
          QStringLiteral("DELETE FROM programme_copy WHERE review_id = %1")}) {
        QSqlQuery query(manager.database().sql());
        CHECK_FALSE(query.exec(sql.arg(anyPulled)));
        CHECK(query.lastError().databaseText().contains(QStringLiteral("read-only")));
    }
    ReviewDocument stored;
    REQUIRE_FALSE(manager.repository().loadReview(anyPulled, stored));
    CHECK(stored.review.status == ReviewStatus::Final);

    // Nothing new: an incremental pull receives nothing and changes nothing.
    const ProgrammePuller::Result again = pull(manager, kCountyManagerA);
    REQUIRE_FALSE(again.error);
    CHECK(again.received == 0);
    CHECK(again.lastSequence == result.lastSequence);

    // The first reviewer pulls too: their own reviews stay their own, never replaced.
    const ProgrammePuller::Result own = pull(first, kReviewerA);
    REQUIRE_FALSE(own.error);
    CHECK(own.counts.own == 6);
    CHECK(first.finalOwn().size() == 6);
    const qint64 ownId = first.finalOwn().constFirst().reviewId;
    CHECK_FALSE(first.repository().reopen(ownId, QStringLiteral("own reviews stay editable")));
}
