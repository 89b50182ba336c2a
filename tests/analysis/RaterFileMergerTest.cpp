// Merging "my ratings" files into a database: checked first, written in one transaction,
// final reviews stay locked, the same file twice changes nothing.
#include "../storage/StorageFixture.h"
#include "AnalysisFixture.h"

#include "../support/QtStringMaker.h"

#include "analysis/RaterExport.h"
#include "analysis/RaterFileMerger.h"
#include "exchange/ReviewFileIo.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace laatu;
using namespace laatu::test;

namespace {
struct MergeSetup
{
    StorageFixture store {2, 2};
    qint64 draftId = 0;
    qint64 finalId = 0;
    ReviewDocument full; // the draft review as the demo made it (two reviewers)

    MergeSetup()
    {
        for (const ReviewSummary &summary : store.list()) {
            if (summary.status == ReviewStatus::Draft && draftId == 0)
                draftId = summary.id;
            if (summary.status == ReviewStatus::Final && finalId == 0)
                finalId = summary.id;
        }
        REQUIRE(draftId > 0);
        REQUIRE(finalId > 0);
        full = store.load(draftId);
        REQUIRE(full.raters.size() == 2);
    }

    // The lead's database holds the review without the second reviewer.
    void removeSecondRater()
    {
        ReviewDocument lead = full;
        const QString second = lead.raters.takeLast().uuid;
        lead.ratings.removeIf([&](const RatingEntry &e) { return e.raterUuid == second; });
        bool unchanged = false;
        REQUIRE_FALSE(store.repository->saveReview(lead, unchanged));
    }

    QString writeMine(const ReviewDocument &review, const Rater &rater, const QString &name)
    {
        const QString path = store.dir.filePath(name);
        REQUIRE(ReviewFileIo::write(path, RaterExport::myRatings(review, rater)).isEmpty());
        return path;
    }
};
} // namespace

TEST_CASE("a reviewer's file is merged once, and again changes nothing", "[analysis][merge][db]")
{
    MergeSetup setup;
    setup.removeSecondRater();
    const QString path
        = setup.writeMine(setup.full, setup.full.raters.at(1), QStringLiteral("mine.json"));

    RaterFileMerger::Result first
        = RaterFileMerger::mergeFiles(*setup.store.repository, {path}, ConflictPolicy::KeepStored);
    INFO(first.fileProblems.join(QStringLiteral("; ")).toStdString());
    REQUIRE(first.fileProblems.isEmpty());
    REQUIRE_FALSE(first.databaseError);
    REQUIRE(first.files.size() == 1);
    CHECK(first.files.constFirst().merge.addedRaters.size() == 1);
    CHECK_FALSE(first.hasConflicts());
    CHECK(first.changed());
    ReviewDocument merged = setup.store.load(setup.draftId);
    ReviewDocument expected = setup.full;
    expected.review.updatedAt = merged.review.updatedAt; // the merge is a change: time moves
    CHECK(merged.sameContent(expected));

    const RaterFileMerger::Result second
        = RaterFileMerger::mergeFiles(*setup.store.repository, {path}, ConflictPolicy::KeepStored);
    CHECK(second.fileProblems.isEmpty());
    CHECK_FALSE(second.databaseError);
    CHECK_FALSE(second.changed());
    CHECK(setup.store.load(setup.draftId).sameContent(merged));
}

TEST_CASE("a conflicting file keeps the stored rating unless the incoming one is asked for",
          "[analysis][merge][db]")
{
    MergeSetup setup;
    ReviewDocument changed = setup.full;
    const Rater second = changed.raters.at(1);
    RatingEntry *entry = nullptr;
    for (RatingEntry &candidate : changed.ratings) {
        if (candidate.raterUuid == second.uuid && !entry)
            entry = &candidate;
    }
    REQUIRE(entry);
    const int storedValue = entry->value;
    entry->value = storedValue == 5 ? 4 : storedValue + 1;
    const QString criterion = entry->criterionId;
    const QString path = setup.writeMine(changed, second, QStringLiteral("changed.json"));

    const auto ratingOf = [&](const ReviewDocument &document) {
        for (const RatingEntry &e : document.ratings) {
            if (e.raterUuid == second.uuid && e.criterionId == criterion)
                return e.value;
        }
        return 0;
    };
    const RaterFileMerger::Result kept
        = RaterFileMerger::mergeFiles(*setup.store.repository, {path}, ConflictPolicy::KeepStored);
    REQUIRE(kept.fileProblems.isEmpty());
    REQUIRE(kept.hasConflicts());
    CHECK(kept.files.constFirst().merge.conflicts.size() == 1);
    CHECK(ratingOf(setup.store.load(setup.draftId)) == storedValue);
    CHECK(setup.store.load(setup.draftId).sameContent(setup.full));

    const RaterFileMerger::Result taken = RaterFileMerger::mergeFiles(
        *setup.store.repository, {path}, ConflictPolicy::TakeIncoming);
    REQUIRE_FALSE(taken.databaseError);
    CHECK(taken.hasConflicts());
    CHECK(ratingOf(setup.store.load(setup.draftId)) == entry->value);
}

TEST_CASE("one bad file among good ones and nothing is merged", "[analysis][merge][db]")
{
    MergeSetup setup;
    setup.removeSecondRater();
    const ReviewDocument before = setup.store.load(setup.draftId);
    const QString good
        = setup.writeMine(setup.full, setup.full.raters.at(1), QStringLiteral("good.json"));
    const QString broken = setup.store.dir.filePath(QStringLiteral("broken.json"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"laatu-review\", \"formatVersion\": 1");
    }
    ReviewDocument unknown = setup.full;
    unknown.review.uuid = QStringLiteral("99999999-9999-4999-8999-999999999999");
    const QString notHere
        = setup.writeMine(unknown, unknown.raters.at(1), QStringLiteral("elsewhere.json"));

    const RaterFileMerger::Result result = RaterFileMerger::mergeFiles(
        *setup.store.repository, {good, broken, notHere}, ConflictPolicy::KeepStored);
    REQUIRE(result.fileProblems.size() == 2);
    CHECK(result.fileProblems.at(0).startsWith(broken));
    CHECK(result.fileProblems.at(1).contains(QStringLiteral("is not in this database")));
    CHECK(setup.store.load(setup.draftId).sameContent(before));
}

TEST_CASE("a final review is not changed by a merge", "[analysis][merge][db]")
{
    MergeSetup setup;
    ReviewDocument locked = setup.store.load(setup.finalId);
    ReviewDocument incoming = locked;
    const Rater newcomer {QStringLiteral("00000000-0000-4000-8000-0000000000c3"),
                          QStringLiteral("Liisa Laine")};
    incoming.raters << newcomer;
    incoming.ratings << RatingEntry {newcomer.uuid, QStringLiteral("caseload"), 4, {}};
    const QString path = setup.writeMine(incoming, newcomer, QStringLiteral("late.json"));
    const RaterFileMerger::Result result
        = RaterFileMerger::mergeFiles(*setup.store.repository, {path}, ConflictPolicy::KeepStored);
    CHECK(result.databaseError.code() == StorageError::ReviewLocked);
    CHECK(setup.store.load(setup.finalId).sameContent(locked));
}

TEST_CASE("a one-rater file carries its marker and merges, a whole review file merges as before",
          "[analysis][merge][db][one-rater]")
{
    MergeSetup setup;
    const Rater second = setup.full.raters.at(1);
    const QString mine = setup.writeMine(setup.full, second, QStringLiteral("mine.json"));
    QFile file(mine);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(json.value(QStringLiteral("onlyRater")).toString() == second.uuid);
    CHECK(RaterExport::myRatings(setup.full, second).onlyRaterUuid == second.uuid);

    SECTION("the one-rater file brings the reviewer back")
    {
        setup.removeSecondRater();
        const RaterFileMerger::Result result = RaterFileMerger::mergeFiles(
            *setup.store.repository, {mine}, ConflictPolicy::KeepStored);
        INFO(result.fileProblems.join(QStringLiteral("; ")).toStdString());
        REQUIRE(result.fileProblems.isEmpty());
        REQUIRE_FALSE(result.databaseError);
        REQUIRE(result.files.size() == 1);
        CHECK(result.files.constFirst().merge.addedRaters == QList<Rater> {second});
        const ReviewDocument merged = setup.store.load(setup.draftId);
        CHECK(merged.raters == setup.full.raters);
        CHECK(merged.onlyRaterUuid.isEmpty()); // the marker belongs to the file only
        CHECK(merged.consensus().ratings() == setup.full.consensus().ratings());
        CHECK(merged.findings == setup.full.findings);
    }
    SECTION("a whole review file of the same review is still merged")
    {
        setup.removeSecondRater();
        const QString whole = setup.store.dir.filePath(QStringLiteral("whole.json"));
        REQUIRE(ReviewFileIo::write(whole, setup.full).isEmpty());
        const RaterFileMerger::Result result = RaterFileMerger::mergeFiles(
            *setup.store.repository, {whole}, ConflictPolicy::KeepStored);
        REQUIRE(result.fileProblems.isEmpty());
        REQUIRE_FALSE(result.databaseError);
        REQUIRE(result.files.size() == 1);
        CHECK(result.files.constFirst().merge.addedRaters == QList<Rater> {second});
        CHECK(setup.store.load(setup.draftId).raters == setup.full.raters);
    }
    SECTION("a one-rater file of a review not here says to import the whole review first")
    {
        ReviewDocument unknown = setup.full;
        unknown.review.uuid = QStringLiteral("99999999-9999-4999-8999-999999999999");
        const QString notHere = setup.writeMine(unknown, second, QStringLiteral("elsewhere.json"));
        const RaterFileMerger::Result result = RaterFileMerger::mergeFiles(
            *setup.store.repository, {notHere}, ConflictPolicy::KeepStored);
        REQUIRE(result.fileProblems.size() == 1);
        CHECK(result.fileProblems.constFirst().contains(
            QStringLiteral("import the whole review first")));
    }
}
