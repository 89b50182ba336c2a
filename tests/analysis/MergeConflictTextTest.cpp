// Merge conflicts for people: the criterion's number and title, the input's or element's label
// and the source's name from the catalog in the user's language; the review's evidence worded
// as the review's, never as a reviewer's. And a merge that takes the conflicts a person chose
// from the file and keeps the rest.
#include "../storage/StorageFixture.h"
#include "AnalysisFixture.h"

#include "../support/QtStringMaker.h"

#include "analysis/MergeConflictText.h"
#include "analysis/RaterExport.h"
#include "analysis/RaterFileMerger.h"
#include "exchange/ReviewFileIo.h"

#include <catch2/catch.hpp>

using namespace laatu;
using namespace laatu::test;

namespace {
const QString kLead = QStringLiteral("00000000-0000-4000-8000-0000000000a1");
const QString kSecond = QStringLiteral("00000000-0000-4000-8000-0000000000b2");
const QString kEmployerContacts = QStringLiteral("employer-contacts");
const QString kCaseload = QStringLiteral("caseload");

MergeConflict conflictOf(const QList<MergeConflict> &conflicts, MergeConflict::What what)
{
    for (const MergeConflict &conflict : conflicts) {
        if (conflict.what == what)
            return conflict;
    }
    FAIL("no such conflict");
    return {};
}

ReviewDocument twoRaters()
{
    ReviewDocument document = emptyReview();
    document.raters = {Rater {kLead, QStringLiteral("Anna Arvioija")},
                       Rater {kSecond, QStringLiteral("Mikko Mittari")}};
    return document;
}
} // namespace

TEST_CASE("a conflict names the criterion, the input's label and the values in the user's language",
          "[analysis][merge]")
{
    ReviewDocument stored = twoRaters();
    stored.ratings = {RatingEntry {kSecond, kCaseload, 3, {}}};
    stored.numbers
        = {EvidenceNumber {kEmployerContacts, QStringLiteral("contacts"), QStringLiteral("60")},
           EvidenceNumber {kCaseload, QStringLiteral("coachFte"), QStringLiteral("2.5")}};
    stored.elements
        = {ElementCheck {QStringLiteral("team-contact"), QStringLiteral("weeklyMeetings"), true}};
    stored.notes = {EvidenceNote {kCaseload, QStringLiteral("interview"),
                                  QStringLiteral("Two coaches, 45 clients.")}};
    stored.normalize();
    ReviewDocument incoming = stored;
    incoming.ratings[0].value = 4;
    for (EvidenceNumber &number : incoming.numbers) {
        number.value = number.inputKey == QStringLiteral("contacts") ? QStringLiteral("72")
                                                                     : QStringLiteral("2.25");
    }
    incoming.elements[0].present = false;
    incoming.notes[0].text = QStringLiteral("Three coaches, 45 clients.");
    incoming.raters[1].name = QStringLiteral("Mikko M.");

    const MergeResult result = RaterMerge::merge(stored, incoming);
    REQUIRE(result.conflicts.size() == 6);
    const Instrument &catalog = builtIn();

    const MergeConflict figure = [&] {
        for (const MergeConflict &conflict : result.conflicts) {
            if (conflict.what == MergeConflict::What::Number
                && conflict.key == QStringLiteral("contacts"))
                return conflict;
        }
        FAIL("no conflict of the figure");
        return MergeConflict {};
    }();
    const ConflictText fi
        = MergeConflictText::describe(figure, result.merged, &catalog, QStringLiteral("fi"));
    CHECK(fi.criterion == QStringLiteral("17. Työnantajakontaktien määrä"));
    CHECK(fi.what.contains(QStringLiteral("Kasvokkaiset työnantajakontaktit jakson aikana")));
    CHECK(fi.here == QStringLiteral("60"));
    CHECK(fi.inFile == QStringLiteral("72"));
    const ConflictText en
        = MergeConflictText::describe(figure, result.merged, &catalog, QStringLiteral("en"));
    CHECK(en.criterion == QStringLiteral("17. Frequent employer contacts"));
    CHECK(en.what
          == QStringLiteral("The review's figure: Face-to-face employer contacts in the period"));
    // A figure belongs to the review: no reviewer is named, no "same reviewer".
    const QString line = MergeConflictText::line(en);
    CHECK(line
          == QStringLiteral("17. Frequent employer contacts – The review's figure: Face-to-face "
                            "employer contacts in the period: 60 here, 72 in the file"));
    CHECK_FALSE(line.contains(QStringLiteral("reviewer"), Qt::CaseInsensitive));
    CHECK_FALSE(line.contains(QStringLiteral("contacts:"))); // the key is not shown, the label is

    // Decimals as the language writes them.
    const MergeConflict fte = [&] {
        for (const MergeConflict &conflict : result.conflicts) {
            if (conflict.key == QStringLiteral("coachFte"))
                return conflict;
        }
        FAIL("no conflict of the full-time equivalents");
        return MergeConflict {};
    }();
    const ConflictText fteFi
        = MergeConflictText::describe(fte, result.merged, &catalog, QStringLiteral("fi"));
    CHECK(fteFi.criterion == QStringLiteral("1. Asiakasmäärä työhönvalmentajaa kohden"));
    CHECK(fteFi.here == QStringLiteral("2,5"));
    CHECK(fteFi.inFile == QStringLiteral("2,25"));
    CHECK(MergeConflictText::describe(fte, result.merged, &catalog, QStringLiteral("en")).here
          == QStringLiteral("2.5"));

    const ConflictText rating
        = MergeConflictText::describe(conflictOf(result.conflicts, MergeConflict::What::Rating),
                                      result.merged, &catalog, QStringLiteral("en"));
    CHECK(rating.criterion == QStringLiteral("1. Caseload per job coach"));
    CHECK(rating.what == QStringLiteral("Rating by Mikko Mittari"));
    CHECK(rating.here == QStringLiteral("3"));
    CHECK(rating.inFile == QStringLiteral("4"));

    const ConflictText element
        = MergeConflictText::describe(conflictOf(result.conflicts, MergeConflict::What::Element),
                                      result.merged, &catalog, QStringLiteral("fi"));
    CHECK(element.criterion == QStringLiteral("5. Tiivis yhteistyö tiimin kanssa"));
    CHECK(element.what.contains(QStringLiteral("Osallistuu tiimin palavereihin viikoittain")));
    CHECK(element.here == QStringLiteral("present"));
    CHECK(element.inFile == QStringLiteral("not present"));

    const ConflictText note
        = MergeConflictText::describe(conflictOf(result.conflicts, MergeConflict::What::Note),
                                      result.merged, &catalog, QStringLiteral("en"));
    CHECK(note.what == QStringLiteral("The review's note: Interviews"));
    CHECK(note.here == QStringLiteral("Two coaches, 45 clients."));
    CHECK(MergeConflictText::line(note)
          == QStringLiteral("1. Caseload per job coach – The review's note: Interviews: \"Two "
                            "coaches, 45 clients.\" here, \"Three coaches, 45 clients.\" in the "
                            "file"));

    const ConflictText name
        = MergeConflictText::describe(conflictOf(result.conflicts, MergeConflict::What::RaterName),
                                      result.merged, &catalog, QStringLiteral("en"));
    CHECK(name.criterion.isEmpty());
    CHECK(MergeConflictText::line(name)
          == QStringLiteral("Name of a reviewer: Mikko Mittari here, Mikko M. in the file"));

    // None of the review's evidence is worded as a reviewer's.
    for (const ConflictText &text : MergeConflictText::describeAll(
             result.conflicts, result.merged, &catalog, QStringLiteral("en"))) {
        if (!text.what.startsWith(QStringLiteral("Rating by"))
            && !text.what.startsWith(QStringLiteral("Name of")))
            CHECK(text.what.startsWith(QStringLiteral("The review's")));
        CHECK_FALSE(text.what.contains(QStringLiteral("same")));
    }

    // Without the catalog the ids and keys still say what differs.
    const ConflictText bare
        = MergeConflictText::describe(figure, result.merged, nullptr, QStringLiteral("en"));
    CHECK(bare.criterion == kEmployerContacts);
    CHECK(bare.what == QStringLiteral("The review's figure: contacts"));
}

TEST_CASE("a merge takes the chosen conflicts from the file and keeps the others",
          "[analysis][merge][db]")
{
    StorageFixture store {2, 2};
    qint64 id = 0;
    ReviewDocument stored;
    for (const ReviewSummary &summary : store.list()) {
        ReviewDocument candidate = store.load(summary.id);
        if (summary.status == ReviewStatus::Draft && candidate.raters.size() == 2 && id == 0) {
            id = summary.id;
            stored = candidate;
        }
    }
    REQUIRE(id > 0);
    const Rater second = stored.raters.at(1);
    // Here: the figure 60 and the second reviewer's rating 3 of the caseload.
    stored.numbers.removeIf(
        [](const EvidenceNumber &e) { return e.criterionId == kEmployerContacts; });
    stored.numbers << EvidenceNumber {kEmployerContacts, QStringLiteral("contacts"),
                                      QStringLiteral("60")};
    stored.ratings.removeIf([&](const RatingEntry &e) {
        return e.raterUuid == second.uuid && e.criterionId == kCaseload;
    });
    stored.ratings << RatingEntry {second.uuid, kCaseload, 3, {}};
    stored.normalize();
    bool unchanged = false;
    REQUIRE_FALSE(store.repository->saveReview(stored, unchanged));
    stored = store.load(id);

    // In the file: 72 and 4.
    ReviewDocument theirs = stored;
    for (EvidenceNumber &number : theirs.numbers) {
        if (number.criterionId == kEmployerContacts)
            number.value = QStringLiteral("72");
    }
    for (RatingEntry &entry : theirs.ratings) {
        if (entry.raterUuid == second.uuid && entry.criterionId == kCaseload)
            entry.value = 4;
    }
    const QString path = store.dir.filePath(QStringLiteral("mine.json"));
    REQUIRE(ReviewFileIo::write(path, RaterExport::myRatings(theirs, second)).isEmpty());

    // The dry run finds both and writes nothing.
    const RaterFileMerger::Result dryRun = RaterFileMerger::mergeFiles(
        *store.repository, {path}, ConflictPolicy::KeepStored, RaterFileMerger::Mode::DryRun);
    REQUIRE(dryRun.fileProblems.isEmpty());
    REQUIRE_FALSE(dryRun.databaseError);
    REQUIRE(dryRun.files.size() == 1);
    const QList<MergeConflict> &conflicts = dryRun.files.constFirst().merge.conflicts;
    REQUIRE(conflicts.size() == 2);
    const ReviewDocument afterDryRun = store.load(id);
    CHECK(afterDryRun.sameContent(stored));
    CHECK(afterDryRun.review.updatedAt == stored.review.updatedAt);

    // The user takes the figure and keeps the rating.
    const MergeConflict figure = conflictOf(conflicts, MergeConflict::What::Number);
    const RaterFileMerger::Result merged = RaterFileMerger::mergeFiles(
        *store.repository, {path}, ConflictResolution::taking({figure}));
    REQUIRE(merged.fileProblems.isEmpty());
    REQUIRE_FALSE(merged.databaseError);
    CHECK(merged.files.constFirst().merge.takenIncoming == 1);
    CHECK(merged.files.constFirst().merge.keptStored() == 1);
    const ReviewDocument after = store.load(id);
    ReviewDocument expected = stored;
    for (EvidenceNumber &number : expected.numbers) {
        if (number.criterionId == kEmployerContacts)
            number.value = QStringLiteral("72");
    }
    expected.review.updatedAt = after.review.updatedAt;
    CHECK(after.sameContent(expected));
    CHECK(after.raterSheets().at(1).rating(kCaseload) == 3);

    // Again with the same choice: nothing is left to take, nothing changes.
    const RaterFileMerger::Result again = RaterFileMerger::mergeFiles(
        *store.repository, {path}, ConflictResolution::taking({figure}));
    REQUIRE(again.fileProblems.isEmpty());
    CHECK_FALSE(again.changed());
    CHECK(again.files.constFirst().merge.conflicts.size() == 1);
    CHECK(again.files.constFirst().merge.takenIncoming == 0);
    const ReviewDocument last = store.load(id);
    CHECK(last.sameContent(after));
    CHECK(last.review.updatedAt == after.review.updatedAt);
}

TEST_CASE("a chosen conflict whose value changed since is kept", "[analysis][merge]")
{
    ReviewDocument stored = twoRaters();
    stored.numbers
        = {EvidenceNumber {kEmployerContacts, QStringLiteral("contacts"), QStringLiteral("60")}};
    ReviewDocument incoming = stored;
    incoming.numbers[0].value = QStringLiteral("72");
    const MergeConflict seen = RaterMerge::merge(stored, incoming).conflicts.constFirst();
    incoming.numbers[0].value = QStringLiteral("75"); // the file changed after the choice
    const MergeResult result
        = RaterMerge::merge(stored, incoming, ConflictResolution::taking({seen}));
    CHECK(result.takenIncoming == 0);
    CHECK(result.merged.numbers.constFirst().value == QStringLiteral("60"));
    incoming.numbers[0].value = QStringLiteral("72");
    CHECK(RaterMerge::merge(stored, incoming, ConflictResolution::taking({seen}))
              .merged.numbers.constFirst()
              .value
          == QStringLiteral("72"));
}
