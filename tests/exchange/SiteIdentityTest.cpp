// A review file may change a site only as its user would agree to (issue 12, item 3): a review
// never moves to another site silently, a site's details change only when the user accepts
// the listed changes, a final review's site is as locked as the review, and merge refuses a
// file that carries a review's UUID with another review's content. Each case is generated over
// every review and every other site of the demo database, not one file.
#include "ExchangeFixture.h"

#include "analysis/RaterFileMerger.h"
#include "exchange/ReviewFileIo.h"

using namespace laatu;
using laatu::test::ExchangeFixture;

namespace {

QString exportFile(ExchangeFixture &fixture, const QString &name, const ReviewDocument &document)
{
    const QString path = fixture.dir.filePath(name);
    const QString error = ReviewFileIo::write(path, document);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    return path;
}

ReviewImporter::Result importAccepting(ExchangeFixture &fixture, const QStringList &paths)
{
    ReviewImporter::Options options;
    options.acceptSiteChanges = true;
    return ReviewImporter::importFiles(*fixture.repository, paths, options);
}

bool siteHasFinal(const QList<ReviewDocument> &documents, const QString &siteUuid)
{
    return std::any_of(documents.cbegin(), documents.cend(), [&](const ReviewDocument &d) {
        return d.site.uuid == siteUuid && d.review.status == ReviewStatus::Final;
    });
}

QString joined(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n'));
}

// Every edit a file could make to a site's details, one field at a time.
QList<std::pair<const char *, Site>> editedSites(const Site &site)
{
    QList<std::pair<const char *, Site>> result;
    Site edited = site;
    edited.name += QStringLiteral(" (toinen)");
    result.append({"name", edited});
    edited = site;
    edited.organisation = QStringLiteral("Muu organisaatio");
    result.append({"organisation", edited});
    edited = site;
    edited.unit = QStringLiteral("Muu yksikkö");
    result.append({"unit", edited});
    edited = site;
    edited.municipality = QStringLiteral("Muukunta");
    result.append({"municipality", edited});
    edited = site;
    edited.county = QStringLiteral("Muu hyvinvointialue");
    result.append({"county", edited});
    edited = site;
    edited.archived = !site.archived;
    result.append({"archived", edited});
    return result;
}

} // namespace

TEST_CASE("site identity: a review moved to another site is shown and refused, final ones always",
          "[exchange][site]")
{
    const QList<ReviewDocument> initial = laatu::test::demoReviews(3, 2);
    int cases = 0;
    for (const ReviewDocument &review : initial) {
        for (const ReviewDocument &other : initial) {
            if (other.site.uuid == review.site.uuid)
                continue;
            ExchangeFixture fixture(initial);
            ReviewDocument moved = fixture.load(review.review.uuid);
            moved.site = other.site;
            const QString path = exportFile(fixture, QStringLiteral("moved.json"), moved);
            const ExchangeFixture::Snapshot before = fixture.snapshot();
            INFO("review " << review.review.uuid.toStdString() << " to site "
                           << other.site.uuid.toStdString());

            const ReviewImporter::Result refused = fixture.import({path});
            CHECK(refused.imported.isEmpty());
            REQUIRE_FALSE(refused.fileProblems.isEmpty());
            CHECK(joined(refused.fileProblems).contains(review.review.uuid));
            CHECK(joined(refused.fileProblems).contains(other.site.uuid));
            fixture.requireUnchanged(before);

            const ReviewImporter::Result accepted = importAccepting(fixture, {path});
            if (review.review.status == ReviewStatus::Final) {
                CHECK(accepted.imported.isEmpty());
                CHECK(joined(accepted.fileProblems).contains(QStringLiteral("final")));
                fixture.requireUnchanged(before);
            } else {
                INFO(joined(accepted.fileProblems).toStdString());
                REQUIRE(accepted.imported.size() == 1);
                CHECK(fixture.load(review.review.uuid).site.uuid == other.site.uuid);
                // The other site's own details stay as they were: only the review moved.
                Site otherAfter = fixture.load(other.review.uuid).site;
                otherAfter.id = 0;
                Site otherBefore = other.site;
                otherBefore.id = 0;
                CHECK(otherAfter == otherBefore);
            }
            ++cases;
        }
    }
    CHECK(cases == 24); // six reviews, each to the four reviews of the two other sites
}

TEST_CASE("site identity: a site's details change only when accepted, never with a final review",
          "[exchange][site]")
{
    // One review per site: the demo makes every other site's only review final, so both the
    // locked and the open case are met.
    const QList<ReviewDocument> initial = laatu::test::demoReviews(4, 1);
    int cases = 0;
    int acceptedCount = 0;
    for (const ReviewDocument &review : initial) {
        for (const auto &[field, site] : editedSites(review.site)) {
            ExchangeFixture fixture(initial);
            ReviewDocument renamed = fixture.load(review.review.uuid);
            renamed.site = site;
            renamed.site.id = 0;
            const QString path = exportFile(fixture, QStringLiteral("renamed.json"), renamed);
            const ExchangeFixture::Snapshot before = fixture.snapshot();
            INFO("review " << review.review.uuid.toStdString() << ", field " << field);

            const ReviewImporter::Result refused = fixture.import({path});
            CHECK(refused.imported.isEmpty());
            REQUIRE(refused.fileProblems.size() == 1);
            CHECK(refused.fileProblems.at(0).contains(QLatin1String(field)));
            CHECK(refused.fileProblems.at(0).contains(review.site.uuid));
            fixture.requireUnchanged(before);

            const ReviewImporter::Result accepted = importAccepting(fixture, {path});
            if (siteHasFinal(initial, review.site.uuid)) {
                CHECK(accepted.imported.isEmpty());
                CHECK(joined(accepted.fileProblems).contains(QStringLiteral("final")));
                fixture.requireUnchanged(before);
            } else {
                INFO(joined(accepted.fileProblems).toStdString());
                REQUIRE(accepted.imported.size() == 1);
                CHECK(accepted.siteChanges.size() == 1);
                Site stored = fixture.load(review.review.uuid).site;
                stored.id = 0;
                CHECK(stored == renamed.site);
                ++acceptedCount;
            }
            ++cases;
        }
    }
    CHECK(cases == 24);
    CHECK(acceptedCount == 12);
}

TEST_CASE("site identity: a new review naming an existing site cannot rename it silently",
          "[exchange][site]")
{
    const QList<ReviewDocument> initial = laatu::test::demoReviews(2, 2);
    ExchangeFixture fixture(initial);
    for (const ReviewDocument &existing : initial) {
        ReviewDocument fresh = laatu::test::demoReviews(1, 1, true, 123u).constFirst();
        fresh.site = existing.site;
        fresh.site.id = 0;
        fresh.site.name = QStringLiteral("Kaapattu nimi");
        const QString path = exportFile(fixture, QStringLiteral("fresh.json"), fresh);
        const ExchangeFixture::Snapshot before = fixture.snapshot();
        const ReviewImporter::Result refused = fixture.import({path});
        CHECK(refused.imported.isEmpty());
        CHECK(joined(refused.fileProblems).contains(QStringLiteral("Kaapattu nimi")));
        fixture.requireUnchanged(before);
        const ReviewImporter::Result accepted = importAccepting(fixture, {path});
        // The demo's sites each have a final review: their details are locked.
        CHECK(accepted.imported.isEmpty() == siteHasFinal(initial, existing.site.uuid));
        if (!siteHasFinal(initial, existing.site.uuid))
            break; // renamed now; the next round would compare against the new name
        fixture.requireUnchanged(before);
    }
}

TEST_CASE("site identity: two files of one import that disagree about a site are refused",
          "[exchange][site]")
{
    ExchangeFixture fixture(QList<ReviewDocument> {});
    QList<ReviewDocument> pair = laatu::test::demoReviews(1, 2, true, 321u);
    REQUIRE(pair.size() == 2);
    REQUIRE(pair.at(0).site.uuid == pair.at(1).site.uuid);
    pair[1].site.county = QStringLiteral("Toinen alue");
    const QString first = exportFile(fixture, QStringLiteral("a.json"), pair.at(0));
    const QString second = exportFile(fixture, QStringLiteral("b.json"), pair.at(1));
    const ExchangeFixture::Snapshot before = fixture.snapshot();
    for (const QStringList &order : {QStringList {first, second}, QStringList {second, first}}) {
        const ReviewImporter::Result result = importAccepting(fixture, order);
        CHECK(result.imported.isEmpty());
        CHECK(joined(result.fileProblems).contains(QStringLiteral("county")));
        fixture.requireUnchanged(before);
    }
}

TEST_CASE("merge: a file carrying a review's UUID with another review's content is refused",
          "[exchange][site][merge]")
{
    const QList<ReviewDocument> initial = laatu::test::demoReviews(2, 2);
    ExchangeFixture fixture(initial);
    int cases = 0;
    for (const ReviewDocument &target : initial) {
        for (const ReviewDocument &source : initial) {
            if (source.review.uuid == target.review.uuid)
                continue;
            // The other review's reviewers, ratings, site and evidence under this review's UUID.
            ReviewDocument impostor = fixture.load(source.review.uuid);
            impostor.review.uuid = target.review.uuid;
            for (Rater &rater : impostor.raters)
                rater.name += QStringLiteral(" (vieras)");
            const QString path = exportFile(fixture, QStringLiteral("impostor.json"), impostor);
            const ExchangeFixture::Snapshot before = fixture.snapshot();
            for (const ConflictPolicy policy :
                 {ConflictPolicy::KeepStored, ConflictPolicy::TakeIncoming}) {
                const RaterFileMerger::Result result
                    = RaterFileMerger::mergeFiles(*fixture.repository, {path}, policy);
                INFO("target " << target.review.uuid.toStdString() << " source "
                               << source.review.uuid.toStdString());
                REQUIRE(result.fileProblems.size() == 1);
                CHECK(result.fileProblems.at(0).contains(QStringLiteral("not the same review")));
                CHECK(result.files.isEmpty());
                fixture.requireUnchanged(before);
            }
            ++cases;
        }
    }
    CHECK(cases == 12);
}
