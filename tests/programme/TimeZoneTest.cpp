// Dates and times survive publish and pull whatever the zone of the laptop (ctest runs this
// part again with TZ set to Pacific/Chatham, +13:45 in its summer).
#include "ProgrammeFixture.h"

#include "programme/ProgrammePublisher.h"
#include "programme/ProgrammePuller.h"
#include "storage/ProgrammeCopyRepository.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace laatu;
using namespace laatu::test;

TEST_CASE("visit dates, created and published times come back the same in any time zone",
          "[programme][tz]")
{
    programme();
    Laptop laptop;
    // A seed per zone, so that the run under another TZ publishes reviews of its own.
    const quint32 seed = 500
        + static_cast<quint32>(QDateTime::currentDateTime().offsetFromUtc() / 60 % 1000 + 1000);
    const QList<ReviewDocument> reviews = laptop.addFinalReviews(seed, 2, 2, kCountyB);
    {
        auto connection = connectAs(kReviewerB);
        const auto result = ProgrammePublisher(laptop.database(), laptop.repository(), *connection)
                                .publish(laptop.finalOwn());
        REQUIRE_FALSE(result.error);
    }
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-120);
    Laptop manager;
    auto connection = connectAs(kProgrammeManager);
    const auto pulled
        = ProgrammePuller(manager.database(), manager.repository(), *connection).pull();
    INFO(pulled.error.message().toStdString());
    REQUIRE_FALSE(pulled.error);
    for (const ReviewDocument &original : reviews) {
        qint64 id = 0;
        REQUIRE_FALSE(manager.repository().findReview(original.review.uuid, id));
        REQUIRE(id > 0);
        ReviewDocument copy;
        REQUIRE_FALSE(manager.repository().loadReview(id, copy));
        CHECK(copy.review.visitStart == original.review.visitStart);
        CHECK(copy.review.visitEnd == original.review.visitEnd);
        CHECK(copy.review.createdAt == original.review.createdAt);
        CHECK(copy.review.updatedAt == original.review.updatedAt);
        CHECK(copy.review.createdAt.timeSpec() == Qt::UTC);
        QSqlQuery query(manager.database().sql());
        REQUIRE(query.exec(
            QStringLiteral("SELECT published_at FROM programme_copy WHERE review_id = %1")
                .arg(id)));
        REQUIRE(query.next());
        const QDateTime published = QDateTime::fromString(query.value(0).toString(), Qt::ISODate);
        CHECK(published.timeSpec() == Qt::UTC);
        CHECK(published >= before);
        CHECK(published <= QDateTime::currentDateTimeUtc().addSecs(120));
    }
}
