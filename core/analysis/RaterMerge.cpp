#include "RaterMerge.h"

#include "WorkbookMerger.h"

#include <QHash>

#include <algorithm>

namespace laatu {

namespace {
// Merges one kind of keyed entry into `merged`: added when the key is new, unchanged when the
// value is the same, a conflict otherwise. `identity` is the full key of an entry, `key` the
// part a conflict names besides the criterion, `value` the text compared and shown.
template<typename Entry, typename Identity, typename Key, typename Value>
void mergeEntries(QList<Entry> &merged, const QList<Entry> &incoming, Identity identity, Key key,
                  Value value, MergeConflict::What what, const ConflictResolution &resolution,
                  MergeResult &result, int &added)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < merged.size(); ++i)
        index.insert(identity(merged.at(i)), i);
    for (const Entry &entry : incoming) {
        const QString id = identity(entry);
        const auto found = index.constFind(id);
        if (found == index.cend()) {
            index.insert(id, merged.size());
            merged << entry;
            ++added;
            continue;
        }
        Entry &existing = merged[found.value()];
        const QString storedValue = value(existing);
        const QString incomingValue = value(entry);
        if (storedValue == incomingValue) {
            ++result.unchanged;
            continue;
        }
        const MergeConflict conflict {what, entry.criterionId, key(entry), storedValue,
                                      incomingValue};
        result.conflicts << conflict;
        if (resolution.takesIncoming(conflict)) {
            existing = entry;
            ++result.takenIncoming;
        }
    }
}

QString joined(const QString &a, const QString &b)
{
    return a + QLatin1Char('\n') + b;
}
} // namespace

ConflictResolution ConflictResolution::taking(const QList<MergeConflict> &conflicts)
{
    ConflictResolution resolution(ConflictPolicy::KeepStored);
    resolution.m_taken = conflicts;
    return resolution;
}

bool ConflictResolution::takesIncoming(const MergeConflict &conflict) const
{
    return m_policy == ConflictPolicy::TakeIncoming || m_taken.contains(conflict);
}

MergeResult RaterMerge::merge(const ReviewDocument &stored, const ReviewDocument &incomingInput,
                              const ConflictResolution &resolution)
{
    MergeResult result;
    result.merged = stored;
    ReviewDocument &merged = result.merged;
    // Canonical incoming order, so conflicts are listed alike whatever order the file had.
    ReviewDocument incoming = incomingInput;
    incoming.normalize();

    // Raters: by UUID, never duplicated. A known UUID under another name is a conflict of its
    // own (the name is only shown; the ratings still belong to that rater).
    QHash<QString, qsizetype> raterIndex;
    for (qsizetype i = 0; i < merged.raters.size(); ++i)
        raterIndex.insert(merged.raters.at(i).uuid, i);
    QList<Rater> newRaters;
    for (const Rater &rater : incoming.raters) {
        const auto found = raterIndex.constFind(rater.uuid);
        if (found == raterIndex.cend()) {
            raterIndex.insert(rater.uuid, -1);
            newRaters << rater;
            continue;
        }
        if (found.value() < 0)
            continue; // listed twice in the incoming document: added once
        Rater &existing = merged.raters[found.value()];
        if (existing.name == rater.name) {
            ++result.unchanged;
            continue;
        }
        const MergeConflict conflict {MergeConflict::What::RaterName, QString(), rater.uuid,
                                      existing.name, rater.name};
        result.conflicts << conflict;
        if (resolution.takesIncoming(conflict)) {
            existing.name = rater.name;
            ++result.takenIncoming;
        }
    }
    // Several new raters from one document always land in the same order.
    std::sort(newRaters.begin(), newRaters.end(),
              [](const Rater &a, const Rater &b) { return a.uuid < b.uuid; });
    merged.raters << newRaters;
    result.addedRaters = newRaters;

    // Only reviewers' own ratings of raters the document names: the consensus is the lead's.
    QList<RatingEntry> raterRatings;
    for (const RatingEntry &entry : incoming.ratings) {
        if (!entry.raterUuid.isEmpty() && raterIndex.contains(entry.raterUuid))
            raterRatings << entry;
    }
    mergeEntries(
        merged.ratings, raterRatings,
        [](const RatingEntry &e) { return joined(e.raterUuid, e.criterionId); },
        [](const RatingEntry &e) { return e.raterUuid; },
        [](const RatingEntry &e) { return QString::number(e.value); }, MergeConflict::What::Rating,
        resolution, result, result.addedRatings);
    mergeEntries(
        merged.notes, incoming.notes,
        [](const EvidenceNote &e) { return joined(e.criterionId, e.source); },
        [](const EvidenceNote &e) { return e.source; },
        [](const EvidenceNote &e) { return e.text; }, MergeConflict::What::Note, resolution, result,
        result.addedEvidence);
    mergeEntries(
        merged.numbers, incoming.numbers,
        [](const EvidenceNumber &e) { return joined(e.criterionId, e.inputKey); },
        [](const EvidenceNumber &e) { return e.inputKey; },
        [](const EvidenceNumber &e) { return e.value; }, MergeConflict::What::Number, resolution,
        result, result.addedEvidence);
    mergeEntries(
        merged.elements, incoming.elements,
        [](const ElementCheck &e) { return joined(e.criterionId, e.elementKey); },
        [](const ElementCheck &e) { return e.elementKey; },
        [](const ElementCheck &e) {
            return e.present ? QStringLiteral("true") : QStringLiteral("false");
        },
        MergeConflict::What::Element, resolution, result, result.addedEvidence);
    WorkbookMerger::merge(merged.workbook, incoming.workbook, resolution, result);
    merged.normalize();
    return result;
}

QString RaterMerge::whatKey(MergeConflict::What what)
{
    switch (what) {
    case MergeConflict::What::Rating:
        return QStringLiteral("rating");
    case MergeConflict::What::Note:
        return QStringLiteral("note");
    case MergeConflict::What::Number:
        return QStringLiteral("number");
    case MergeConflict::What::Element:
        return QStringLiteral("element");
    case MergeConflict::What::RaterName:
        return QStringLiteral("rater-name");
    case MergeConflict::What::WorkbookCode:
        return QStringLiteral("workbook-code");
    case MergeConflict::What::WorkbookValue:
        return QStringLiteral("workbook-value");
    }
    return {};
}

} // namespace laatu
