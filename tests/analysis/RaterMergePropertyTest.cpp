// Merge properties over thousands of generated pairs (seeded, so every run checks the same
// documents): idempotence, order independence for non-conflicting content, every conflict
// kept in the list, nothing dropped, no duplicate raters.
#include "AnalysisFixture.h"

#include "../support/QtStringMaker.h"

#include "analysis/RaterMerge.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QSet>

using namespace laatu;
using namespace laatu::test;

namespace {
constexpr int kRounds = 3000;

// Every keyed value of a document: "rating|rater|criterion" -> value, and so on.
QHash<QString, QString> values(const ReviewDocument &document)
{
    QHash<QString, QString> result;
    for (const Rater &rater : document.raters)
        result.insert(QStringLiteral("rater|") + rater.uuid, rater.name);
    for (const RatingEntry &entry : document.ratings)
        result.insert(QStringLiteral("rating|%1|%2").arg(entry.raterUuid, entry.criterionId),
                      QString::number(entry.value));
    for (const EvidenceNote &note : document.notes)
        result.insert(QStringLiteral("note|%1|%2").arg(note.criterionId, note.source), note.text);
    for (const EvidenceNumber &number : document.numbers)
        result.insert(QStringLiteral("number|%1|%2").arg(number.criterionId, number.inputKey),
                      number.value);
    for (const ElementCheck &element : document.elements)
        result.insert(QStringLiteral("element|%1|%2").arg(element.criterionId, element.elementKey),
                      element.present ? QStringLiteral("true") : QStringLiteral("false"));
    return result;
}

QString conflictKey(const MergeConflict &conflict)
{
    switch (conflict.what) {
    case MergeConflict::What::RaterName:
        return QStringLiteral("rater|") + conflict.key;
    case MergeConflict::What::Rating:
        return QStringLiteral("rating|%1|%2").arg(conflict.key, conflict.criterionId);
    case MergeConflict::What::Note:
        return QStringLiteral("note|%1|%2").arg(conflict.criterionId, conflict.key);
    case MergeConflict::What::Number:
        return QStringLiteral("number|%1|%2").arg(conflict.criterionId, conflict.key);
    case MergeConflict::What::Element:
        return QStringLiteral("element|%1|%2").arg(conflict.criterionId, conflict.key);
    case MergeConflict::What::WorkbookCode:
    case MergeConflict::What::WorkbookValue:
        return QStringLiteral("workbook|") + conflict.key;
    }
    return {};
}

// What the merge may take from `incoming`: raters, their ratings, evidence. Not the consensus.
QHash<QString, QString> mergeable(const ReviewDocument &incoming)
{
    QHash<QString, QString> result = values(incoming);
    for (auto it = result.begin(); it != result.end();) {
        if (it.key().startsWith(QLatin1String("rating||")))
            it = result.erase(it);
        else
            ++it;
    }
    return result;
}
} // namespace

TEST_CASE("merging the same document twice changes nothing", "[analysis][merge][property]")
{
    MergeDocumentGenerator generator(20261129);
    for (int round = 0; round < kRounds; ++round) {
        const ReviewDocument stored = generator.next();
        const ReviewDocument incoming = generator.next();
        for (const ConflictPolicy policy :
             {ConflictPolicy::KeepStored, ConflictPolicy::TakeIncoming}) {
            const MergeResult once = RaterMerge::merge(stored, incoming, policy);
            const MergeResult twice = RaterMerge::merge(once.merged, incoming, policy);
            INFO("round " << round);
            REQUIRE(twice.merged.sameContent(once.merged));
            REQUIRE_FALSE(twice.changed());
            REQUIRE(twice.addedRaters.isEmpty());
            // Kept conflicts are shown again (they are still there); taken ones are gone.
            if (policy == ConflictPolicy::KeepStored)
                REQUIRE(twice.conflicts == once.conflicts);
            else
                REQUIRE(twice.conflicts.isEmpty());
        }
    }
}

TEST_CASE("every incoming value is added, unchanged or listed as a conflict",
          "[analysis][merge][property]")
{
    MergeDocumentGenerator generator(77);
    int conflictsSeen = 0;
    for (int round = 0; round < kRounds; ++round) {
        const ReviewDocument stored = generator.next();
        const ReviewDocument incoming = generator.next();
        const QHash<QString, QString> before = values(stored);
        const QHash<QString, QString> offered = mergeable(incoming);
        for (const ConflictPolicy policy :
             {ConflictPolicy::KeepStored, ConflictPolicy::TakeIncoming}) {
            INFO("round " << round << " policy " << int(policy));
            const MergeResult result = RaterMerge::merge(stored, incoming, policy);
            const QHash<QString, QString> after = values(result.merged);
            QHash<QString, MergeConflict> conflicts;
            for (const MergeConflict &conflict : result.conflicts)
                conflicts.insert(conflictKey(conflict), conflict);
            REQUIRE(conflicts.size() == result.conflicts.size()); // each listed once
            conflictsSeen += static_cast<int>(conflicts.size());
            for (auto it = offered.cbegin(); it != offered.cend(); ++it) {
                const auto storedValue = before.constFind(it.key());
                if (storedValue == before.cend() || storedValue.value() == it.value()) {
                    REQUIRE(after.value(it.key()) == it.value());
                    REQUIRE_FALSE(conflicts.contains(it.key()));
                    continue;
                }
                // Both sides hold a different value: listed, with both values.
                REQUIRE(conflicts.contains(it.key()));
                REQUIRE(conflicts.value(it.key()).storedValue == storedValue.value());
                REQUIRE(conflicts.value(it.key()).incomingValue == it.value());
                REQUIRE(
                    after.value(it.key())
                    == (policy == ConflictPolicy::KeepStored ? storedValue.value() : it.value()));
            }
            // Nothing of the stored review is lost, and nothing comes from nowhere.
            for (auto it = before.cbegin(); it != before.cend(); ++it) {
                REQUIRE(after.contains(it.key()));
                if (!conflicts.contains(it.key()) || policy == ConflictPolicy::KeepStored)
                    REQUIRE(after.value(it.key()) == it.value());
            }
            for (auto it = after.cbegin(); it != after.cend(); ++it)
                REQUIRE((before.contains(it.key()) || offered.contains(it.key())));
            // Raters are never duplicated.
            QSet<QString> uuids;
            for (const Rater &rater : result.merged.raters)
                uuids.insert(rater.uuid);
            REQUIRE(uuids.size() == result.merged.raters.size());
            // The counts add up: each offered value is exactly one of the four outcomes.
            REQUIRE(result.addedRaters.size() + result.addedRatings + result.addedEvidence
                        + result.unchanged + result.conflicts.size()
                    == offered.size());
            // The consensus, findings, actions and header stay the stored ones.
            REQUIRE(result.merged.consensus().ratings() == stored.consensus().ratings());
            REQUIRE(result.merged.review == stored.review);
        }
    }
    CHECK(conflictsSeen > kRounds); // the generator does make conflicts
}

TEST_CASE("merging two non-conflicting documents gives the same state in either order",
          "[analysis][merge][property]")
{
    MergeDocumentGenerator generator(4711);
    int compared = 0;
    for (int round = 0; round < kRounds * 2; ++round) {
        const ReviewDocument stored = generator.next();
        const ReviewDocument a = generator.next();
        const ReviewDocument b = generator.next();
        // A and B disagree nowhere (they may each disagree with the stored review).
        if (!RaterMerge::merge(a, b).conflicts.isEmpty())
            continue;
        ++compared;
        for (const ConflictPolicy policy :
             {ConflictPolicy::KeepStored, ConflictPolicy::TakeIncoming}) {
            INFO("round " << round << " policy " << int(policy));
            const ReviewDocument ab
                = RaterMerge::merge(RaterMerge::merge(stored, a, policy).merged, b, policy).merged;
            const ReviewDocument ba
                = RaterMerge::merge(RaterMerge::merge(stored, b, policy).merged, a, policy).merged;
            REQUIRE(sameMergeState(ab, ba));
        }
    }
    CHECK(compared > 300); // enough pairs met the condition to mean something
}
