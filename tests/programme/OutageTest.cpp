// A connection lost in the middle of a publish: nothing half-published, nothing lost, nothing
// doubled.
#include "ProgrammeFixture.h"

#include "programme/ProgrammePublisher.h"

#include <catch2/catch.hpp>

using namespace laatu;
using namespace laatu::test;

namespace {
qint64 serverHolds(const QString &siteList)
{
    // The snapshots of this test's own sites (other tests publish to the same server).
    return adminCount(QStringLiteral("SELECT count(*) FROM laatu.snapshot WHERE site_uuid IN (%1)")
                          .arg(siteList));
}

int countState(const QHash<qint64, OutboxRepository::Entry> &outbox, OutboxRepository::State state)
{
    int count = 0;
    for (const OutboxRepository::Entry &entry : outbox)
        count += entry.state == state ? 1 : 0;
    return count;
}
} // namespace

TEST_CASE("a backend killed and a server stopped mid-publish of 100 reviews lose and double "
          "nothing",
          "[programme]")
{
    TestCluster &server = programme();
    Laptop laptop;
    const QList<ReviewDocument> reviews = laptop.addFinalReviews(104, 25, 4, kCountyA);
    REQUIRE(reviews.size() == 100);
    QStringList sites;
    for (const ReviewDocument &document : reviews)
        sites << QStringLiteral("'%1'").arg(document.site.uuid);
    sites.removeDuplicates();
    const QString siteList = sites.join(QLatin1Char(','));

    // 1. The server process of the connection is ended just before the 31st COMMIT.
    {
        auto connection = connectAs(kReviewerA);
        const qint64 pid = connection->backendPid();
        ProgrammePublisher publisher(laptop.database(), laptop.repository(), *connection);
        publisher.beforeCommit = [pid](int sent) {
            if (sent == 30)
                adminExec(QStringLiteral("SELECT pg_terminate_backend(%1, 5000)").arg(pid));
        };
        const ProgrammePublisher::Result result = publisher.publish(laptop.finalOwn());
        CHECK(result.error.code() == ProgrammeError::Unreachable);
        CHECK(result.count(ProgrammePublisher::Outcome::Published) == 30);
        CHECK(result.pending == 70);
    }
    CHECK(serverHolds(siteList) == 30);
    QHash<qint64, OutboxRepository::Entry> outbox = laptop.outbox();
    CHECK(countState(outbox, OutboxRepository::State::Published) == 30);
    CHECK(countState(outbox, OutboxRepository::State::Pending) == 70);

    // 2. The whole server stops before the 21st COMMIT of the next publish.
    {
        auto connection = connectAs(kReviewerA);
        ProgrammePublisher publisher(laptop.database(), laptop.repository(), *connection);
        publisher.beforeCommit = [&server](int sent) {
            if (sent == 20)
                REQUIRE(server.stop());
        };
        const ProgrammePublisher::Result result = publisher.publish(laptop.finalOwn());
        CHECK(result.error.code() == ProgrammeError::Unreachable);
        CHECK(result.count(ProgrammePublisher::Outcome::AlreadyPublished) == 30);
        CHECK(result.count(ProgrammePublisher::Outcome::Published) == 20);
        CHECK(result.pending == 50);
    }
    outbox = laptop.outbox();
    CHECK(countState(outbox, OutboxRepository::State::Published) == 50);
    CHECK(countState(outbox, OutboxRepository::State::Pending) == 50);
    // While it is down, a publish says what it tried.
    {
        QString problem;
        const auto address = ServerAddress::parse(server.url(kReviewerA), {}, problem);
        REQUIRE(address);
        ProgrammeError error;
        CHECK_FALSE(ServerConnection::open(*address, passwordOf(kReviewerA), error));
        CHECK(error.code() == ProgrammeError::Unreachable);
        CHECK(error.message().contains(QStringLiteral("localhost:%1").arg(server.port())));
        CHECK(error.message().contains(QStringLiteral("verify-full")));
    }
    REQUIRE(server.start());
    CHECK(serverHolds(siteList) == 50);

    // 3. The next publish finishes it: exactly the 100, each once.
    const auto connection = connectAs(kReviewerA);
    ProgrammePublisher publisher(laptop.database(), laptop.repository(), *connection);
    const ProgrammePublisher::Result result = publisher.publish(laptop.finalOwn());
    INFO(result.error.message().toStdString());
    REQUIRE_FALSE(result.error);
    CHECK(result.count(ProgrammePublisher::Outcome::Published) == 50);
    CHECK(result.count(ProgrammePublisher::Outcome::AlreadyPublished) == 50);
    CHECK(result.pending == 0);
    CHECK(serverHolds(siteList) == 100);
    CHECK(adminCount(QStringLiteral("SELECT count(DISTINCT review_uuid) FROM laatu.snapshot"
                                    " WHERE site_uuid IN (%1)")
                         .arg(siteList))
          == 100);
    CHECK(countState(laptop.outbox(), OutboxRepository::State::Published) == 100);
}
