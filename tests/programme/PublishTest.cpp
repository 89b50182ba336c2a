// Publishing: idempotent snapshots, conflicts kept beside the first, revisions.
#include "ProgrammeFixture.h"

#include "programme/ProgrammePublisher.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace laatu;
using namespace laatu::test;

namespace {
qint64 snapshotsOf(const QList<ReviewDocument> &documents)
{
    QStringList uuids;
    for (const ReviewDocument &document : documents)
        uuids << QStringLiteral("'%1'").arg(document.review.uuid);
    return adminCount(QStringLiteral("SELECT count(*) FROM laatu.snapshot WHERE review_uuid::text"
                                     " IN (%1)")
                          .arg(uuids.join(QLatin1Char(','))));
}

ProgrammePublisher::Result publishAll(Laptop &laptop, const QString &login)
{
    auto connection = connectAs(login);
    ProgrammePublisher publisher(laptop.database(), laptop.repository(), *connection);
    return publisher.publish(laptop.finalOwn());
}
} // namespace

TEST_CASE("publishing the same reviews twice stores each snapshot once", "[programme]")
{
    programme();
    Laptop laptop;
    const QList<ReviewDocument> reviews = laptop.addFinalReviews(101, 3, 2, kCountyA);
    const ProgrammePublisher::Result first = publishAll(laptop, kReviewerA);
    INFO(first.error.message().toStdString());
    REQUIRE_FALSE(first.error);
    CHECK(first.count(ProgrammePublisher::Outcome::Published) == 6);
    CHECK(snapshotsOf(reviews) == 6);
    for (const OutboxRepository::Entry &entry : laptop.outbox()) {
        CHECK(entry.state == OutboxRepository::State::Published);
        CHECK(entry.publishedRevision == 1);
        CHECK(entry.serverSequence > 0);
    }

    const ProgrammePublisher::Result again = publishAll(laptop, kReviewerA);
    REQUIRE_FALSE(again.error);
    CHECK(again.count(ProgrammePublisher::Outcome::AlreadyPublished) == 6);
    CHECK(again.count(ProgrammePublisher::Outcome::Published) == 0);
    CHECK(snapshotsOf(reviews) == 6);

    // The quick "nothing changed" path does not hide a change: a site's details altered
    // behind the app's back make its reviews "changed since publication", and publishing
    // them again at the same revision is a conflict, the published snapshots staying.
    {
        QSqlQuery alter(laptop.database().sql());
        REQUIRE(
            alter.exec(QStringLiteral("UPDATE site SET unit = unit || ' (moved)' WHERE uuid = '%1'")
                           .arg(reviews.constFirst().site.uuid)));
    }
    QHash<qint64, OutboxRepository::Publication> publications;
    REQUIRE_FALSE(OutboxRepository(laptop.database()).publications(publications));
    CHECK(publications.value(reviews.constFirst().review.id)
          == OutboxRepository::Publication::ChangedSincePublication);
    CHECK(publications.value(reviews.constLast().review.id)
          == OutboxRepository::Publication::Published);
    const ProgrammePublisher::Result changed = publishAll(laptop, kReviewerA);
    REQUIRE_FALSE(changed.error);
    CHECK(changed.count(ProgrammePublisher::Outcome::Conflict) == 2); // the site's two reviews
    CHECK(changed.count(ProgrammePublisher::Outcome::AlreadyPublished) == 4);
    CHECK(snapshotsOf(reviews) == 6);

    // A second laptop holding the very same reviews (imported from the same files) finds them
    // on the server: already published, not a second copy.
    Laptop colleague;
    colleague.addFinalReviews(101, 3, 2, kCountyA);
    const ProgrammePublisher::Result fromColleague = publishAll(colleague, kReviewerA2);
    REQUIRE_FALSE(fromColleague.error);
    CHECK(fromColleague.count(ProgrammePublisher::Outcome::AlreadyPublished) == 6);
    CHECK(snapshotsOf(reviews) == 6);
    // The server, not the client, says who published: the first publisher's login.
    CHECK(adminCount(QStringLiteral("SELECT count(*) FROM laatu.snapshot WHERE review_uuid = '%1'"
                                    " AND published_by = '%2'")
                         .arg(reviews.constFirst().review.uuid, kReviewerA))
          == 1);
}

TEST_CASE("the same revision with other content is a conflict and the server keeps the first",
          "[programme]")
{
    programme();
    Laptop lead;
    const QList<ReviewDocument> reviews = lead.addFinalReviews(102, 1, 1, kCountyA);
    REQUIRE_FALSE(publishAll(lead, kReviewerA).error);
    const QString uuid = reviews.constFirst().review.uuid;
    const QString query = QStringLiteral("SELECT count(*) FROM laatu.snapshot WHERE review_uuid"
                                         " = '%1' AND sha256 = '%2'");
    const QHash<qint64, OutboxRepository::Entry> published = lead.outbox();
    REQUIRE(published.size() == 1);
    const QString firstSha = published.constBegin()->publishedSha256;

    // The co-reviewer's copy of the same review differs (a note changed before finalising).
    Laptop other;
    QList<ReviewDocument> changed = reviews;
    REQUIRE_FALSE(changed.first().notes.isEmpty());
    changed.first().notes.first().text += QStringLiteral(" (changed)");
    changed.first().review.id = 0;
    changed.first().site.id = 0;
    REQUIRE_FALSE(other.repository().saveReviews(changed));
    const ProgrammePublisher::Result result = publishAll(other, kReviewerA2);
    REQUIRE_FALSE(result.error);
    REQUIRE(result.count(ProgrammePublisher::Outcome::Conflict) == 1);
    CHECK(result.reviews.constFirst().message.contains(QStringLiteral("conflict")));
    CHECK(adminCount(query.arg(uuid, firstSha)) == 1);
    CHECK(adminCount(QStringLiteral("SELECT count(*) FROM laatu.snapshot WHERE review_uuid = '%1'")
                         .arg(uuid))
          == 1);
    CHECK(adminCount(QStringLiteral("SELECT count(*) FROM laatu.conflict WHERE review_uuid = '%1'")
                         .arg(uuid))
          == 1);
    CHECK(other.outbox().constBegin()->state == OutboxRepository::State::Conflict);
    // Asking again lists it again, not a second time on the server.
    const ProgrammePublisher::Result again = publishAll(other, kReviewerA2);
    CHECK(again.count(ProgrammePublisher::Outcome::Conflict) == 1);
    CHECK(adminCount(QStringLiteral("SELECT count(*) FROM laatu.conflict WHERE review_uuid = '%1'")
                         .arg(uuid))
          == 1);
}

TEST_CASE("a reopened and refinalised review is published as revision 2, both kept", "[programme]")
{
    programme();
    Laptop laptop;
    // The first of the site's two demo reviews is complete (the latest is left unfinished).
    const QList<ReviewDocument> reviews = laptop.addFinalReviews(103, 1, 2, kCountyA);
    REQUIRE_FALSE(publishAll(laptop, kReviewerA).error);
    const qint64 id = reviews.constFirst().review.id;
    REQUIRE_FALSE(laptop.repository().reopen(id, QStringLiteral("a figure was wrong")));
    REQUIRE_FALSE(reviews.constFirst().notes.isEmpty());
    const EvidenceNote note = reviews.constFirst().notes.constFirst();
    REQUIRE_FALSE(laptop.repository().setEvidenceNote(id, note.criterionId, note.source,
                                                      note.text + QStringLiteral(" Corrected.")));
    const StorageError finalised = laptop.repository().finalise(id);
    INFO(finalised.message().toStdString());
    REQUIRE_FALSE(finalised);
    const auto publicationOf = [&laptop](qint64 reviewId) {
        QHash<qint64, OutboxRepository::Publication> publications;
        REQUIRE_FALSE(OutboxRepository(laptop.database()).publications(publications));
        return publications.value(reviewId, OutboxRepository::Publication::NotPublished);
    };
    CHECK(publicationOf(id) == OutboxRepository::Publication::ChangedSincePublication);
    const ProgrammePublisher::Result result = publishAll(laptop, kReviewerA);
    INFO(result.error.message().toStdString());
    REQUIRE_FALSE(result.error);
    CHECK(publicationOf(id) == OutboxRepository::Publication::Published);
    REQUIRE(result.reviews.size() == 2);
    CHECK(result.count(ProgrammePublisher::Outcome::AlreadyPublished) == 1);
    for (const ProgrammePublisher::ReviewResult &review : result.reviews)
        if (review.reviewId == id) {
            CHECK(review.outcome == ProgrammePublisher::Outcome::Published);
            CHECK(review.revision == 2);
        }
    const QString uuid = reviews.constFirst().review.uuid;
    CHECK(adminCount(QStringLiteral("SELECT count(*) FROM laatu.snapshot WHERE review_uuid = '%1'")
                         .arg(uuid))
          == 2);
    CHECK(adminCount(QStringLiteral("SELECT count(DISTINCT sha256) FROM laatu.snapshot"
                                    " WHERE review_uuid = '%1'")
                         .arg(uuid))
          == 2);
    CHECK(laptop.outbox().value(id).publishedRevision == 2);
}
