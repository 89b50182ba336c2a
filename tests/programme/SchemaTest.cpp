// The server's schema version: init is safe to run again, and a Laatu meeting a schema it
// does not know refuses to publish or pull, naming the version it needs.
#include "ProgrammeFixture.h"

#include "programme/ProgrammePublisher.h"
#include "programme/ProgrammePuller.h"
#include "programme/ServerSchema.h"

#include <catch2/catch.hpp>

using namespace laatu;
using namespace laatu::test;

TEST_CASE("server init runs again harmlessly; an unknown schema version is refused by name",
          "[programme]")
{
    programme();
    {
        auto admin = connectAs(QLatin1String(TestCluster::kAdmin));
        QStringList log;
        const ProgrammeError again = ServerSchema::init(*admin, log);
        INFO(again.message().toStdString());
        REQUIRE_FALSE(again);
        CHECK(log.constLast().contains(QStringLiteral("nothing to do")));
        int version = 0;
        REQUIRE_FALSE(ServerSchema::version(*admin, version));
        CHECK(version == ServerSchema::knownVersion());
    }
    adminExec(QStringLiteral("BEGIN; SET LOCAL ROLE laatu_owner;"
                             " INSERT INTO laatu.schema_version (version) VALUES (%1); COMMIT")
                  .arg(ServerSchema::knownVersion() + 1));
    Laptop laptop;
    laptop.addFinalReviews(601, 1, 1, kCountyA);
    auto connection = connectAs(kReviewerA);
    const auto published = ProgrammePublisher(laptop.database(), laptop.repository(), *connection)
                               .publish(laptop.finalOwn());
    const auto pulled = ProgrammePuller(laptop.database(), laptop.repository(), *connection).pull();
    adminExec(QStringLiteral("BEGIN; SET LOCAL ROLE laatu_owner;"
                             " DELETE FROM laatu.schema_version WHERE version = %1; COMMIT")
                  .arg(ServerSchema::knownVersion() + 1));
    for (const ProgrammeError &error : {published.error, pulled.error}) {
        CHECK(error.code() == ProgrammeError::SchemaMismatch);
        CHECK(error.message().contains(
            QStringLiteral("needs version %1").arg(ServerSchema::knownVersion())));
    }
    CHECK(published.reviews.isEmpty());
    CHECK(laptop.outbox().isEmpty());
    CHECK(adminCount(QStringLiteral("SELECT count(*) FROM laatu.schema_version")) == 1);
}
