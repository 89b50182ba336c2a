// Row-level security and TLS: who reads and writes what, and that the connection is the
// programme's server.
#include "ProgrammeFixture.h"

#include "programme/ProgrammePublisher.h"

#include <catch2/catch.hpp>

using namespace laatu;
using namespace laatu::test;

namespace {
qint64 visibleTo(ServerConnection &connection, const QString &county)
{
    QSqlQuery query = connection.newQuery();
    REQUIRE_FALSE(connection.exec(
        query, QStringLiteral("SELECT count(*) FROM laatu.snapshot WHERE county = ?"), {county},
        QStringLiteral("counting")));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

ProgrammeError insertRaw(ServerConnection &connection, const QString &sql,
                         const QVariantList &values)
{
    QSqlQuery query = connection.newQuery();
    return connection.exec(query, sql, values, QStringLiteral("writing a snapshot by hand"));
}
} // namespace

TEST_CASE("a reviewer of county A neither reads nor publishes county B; a programme manager "
          "reads all; published_by is the login",
          "[programme]")
{
    programme();
    Laptop laptopB;
    laptopB.addFinalReviews(201, 2, 1, kCountyB);
    {
        auto reviewerB = connectAs(kReviewerB);
        const auto result = ProgrammePublisher(laptopB.database(), laptopB.repository(), *reviewerB)
                                .publish(laptopB.finalOwn());
        REQUIRE_FALSE(result.error);
        REQUIRE(result.count(ProgrammePublisher::Outcome::Published) == 2);
    }
    Laptop laptopA;
    laptopA.addFinalReviews(202, 1, 1, kCountyA);
    auto reviewerA = connectAs(kReviewerA);
    REQUIRE_FALSE(ProgrammePublisher(laptopA.database(), laptopA.repository(), *reviewerA)
                      .publish(laptopA.finalOwn())
                      .error);

    // Reading: A sees A only, the county manager of A the same, the programme manager all.
    CHECK(visibleTo(*reviewerA, kCountyB) == 0);
    CHECK(visibleTo(*reviewerA, kCountyA) > 0);
    CHECK(visibleTo(*connectAs(kCountyManagerA), kCountyB) == 0);
    CHECK(visibleTo(*connectAs(kCountyManagerA), kCountyA) == visibleTo(*reviewerA, kCountyA));
    CHECK(visibleTo(*connectAs(kProgrammeManager), kCountyB)
          == adminCount(QStringLiteral("SELECT count(*) FROM laatu.snapshot WHERE county = '%1'")
                            .arg(kCountyB)));
    CHECK(visibleTo(*connectAs(kProgrammeManager), kCountyB) >= 2);

    // Publishing county B's review as reviewer A: refused with SQLSTATE 42501, said plainly.
    Laptop wrongCounty;
    wrongCounty.addFinalReviews(203, 1, 1, kCountyB);
    const auto refused
        = ProgrammePublisher(wrongCounty.database(), wrongCounty.repository(), *reviewerA)
              .publish(wrongCounty.finalOwn());
    REQUIRE(refused.reviews.size() == 1);
    CHECK(refused.reviews.constFirst().outcome == ProgrammePublisher::Outcome::Refused);
    CHECK(refused.reviews.constFirst().message.contains(QStringLiteral("42501")));
    CHECK(refused.reviews.constFirst().message.contains(QStringLiteral("not allowed")));
    CHECK(refused.pending == 1);
    CHECK(wrongCounty.outbox().constBegin()->state == OutboxRepository::State::Pending);

    // published_by: whatever a client tries, the server writes the login.
    ReviewDocument document;
    REQUIRE_FALSE(
        laptopA.repository().loadReview(laptopA.finalOwn().constFirst().reviewId, document));
    const ProgrammeError forged = insertRaw(
        *reviewerA,
        QStringLiteral("INSERT INTO laatu.snapshot (review_uuid, revision, document_text,"
                       " published_by) VALUES (?::uuid, 7, ?, ?)"),
        {document.review.uuid, QStringLiteral("{}"), kProgrammeManager});
    CHECK(forged.code() == ProgrammeError::Denied);
    CHECK(forged.sqlState() == QStringLiteral("42501"));
    CHECK(adminCount(QStringLiteral("SELECT count(*) FROM laatu.snapshot WHERE review_uuid = '%1'"
                                    " AND published_by <> '%2'")
                         .arg(document.review.uuid, kReviewerA))
          == 0);
    // Nor can a snapshot be changed afterwards, or a manager publish.
    CHECK(insertRaw(*reviewerA,
                    QStringLiteral("UPDATE laatu.snapshot SET published_by = ? WHERE review_uuid"
                                   " = ?::uuid"),
                    {kProgrammeManager, document.review.uuid})
              .code()
          == ProgrammeError::Denied);
    CHECK(insertRaw(*connectAs(kCountyManagerA),
                    QStringLiteral("INSERT INTO laatu.snapshot (review_uuid, revision,"
                                   " document_text) VALUES (?::uuid, 9, '{}')"),
                    {document.review.uuid})
              .code()
          == ProgrammeError::Denied);
    // Row-level security is enabled and forced on every table; no login owns one.
    CHECK(adminCount(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON"
                                    " n.oid = c.relnamespace WHERE n.nspname = 'laatu' AND"
                                    " c.relkind = 'r' AND NOT (c.relrowsecurity AND"
                                    " c.relforcerowsecurity)"))
          == 0);
    CHECK(adminCount(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON"
                                    " n.oid = c.relnamespace JOIN pg_roles r ON r.oid ="
                                    " c.relowner WHERE n.nspname = 'laatu' AND r.rolcanlogin"))
          == 0);
}

TEST_CASE("TLS: verify-full refuses a certificate for another host; plain text is refused by "
          "the client's rules and by the server",
          "[programme]")
{
    TestCluster &server = programme();
    // The certificate names "localhost"; 127.0.0.1 is the same server under another name.
    {
        QString problem;
        const auto address = ServerAddress::parse(
            server.url(kReviewerA, QStringLiteral("127.0.0.1")), {}, problem);
        REQUIRE(address);
        ProgrammeError error;
        CHECK_FALSE(ServerConnection::open(*address, passwordOf(kReviewerA), error));
        CHECK(error.code() == ProgrammeError::Refused);
        CHECK(error.message().contains(QStringLiteral("does not match host name")));
    }
    // A URL asking for less than verify-full is refused before any connection...
    for (const char *mode : {"disable", "prefer", "require", "verify-ca"}) {
        QString problem;
        CHECK_FALSE(
            ServerAddress::parse(server.url(kReviewerA, QStringLiteral("localhost"),
                                            QStringLiteral("&sslmode=%1").arg(QLatin1String(mode))),
                                 {}, problem));
        CHECK(problem.contains(QStringLiteral("verify-full")));
    }
    QString problem;
    CHECK_FALSE(ServerAddress::parse(
        QStringLiteral("postgresql://a@db.example.org/p?sslmode=disable"), {true}, problem));
    // ... and the default is verify-full.
    const auto byDefault
        = ServerAddress::parse(QStringLiteral("postgresql://a@db.example.org/p"), {}, problem);
    REQUIRE(byDefault);
    CHECK(byDefault->sslMode() == QStringLiteral("verify-full"));
    CHECK(byDefault->connectOptions().contains(QStringLiteral("connect_timeout=10")));
    CHECK_FALSE(
        ServerAddress::parse(QStringLiteral("postgresql://a:secret@localhost/p"), {}, problem));
    // Allowed for a local test server, plain text still finds no pg_hba entry (hostssl only).
    const auto plain = ServerAddress::parse(
        server.url(kReviewerA, QStringLiteral("127.0.0.1"), QStringLiteral("&sslmode=disable")),
        {true}, problem);
    REQUIRE(plain);
    ProgrammeError error;
    CHECK_FALSE(ServerConnection::open(*plain, passwordOf(kReviewerA), error));
    CHECK(error.code() == ProgrammeError::Refused);
    CHECK(error.message().contains(QStringLiteral("no encryption")));
}
