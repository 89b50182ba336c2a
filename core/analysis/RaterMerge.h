#pragma once

#include "review/ReviewDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace laatu {

// Where the stored review and an incoming one disagree. Nothing is dropped silently: every
// conflict is listed, and the stored value stays unless the caller asked for the incoming one.
struct MergeConflict
{
    enum class What {
        Rating, // a rater's rating of a criterion (key: rater UUID)
        Note, // the note text of a criterion and source (key: source)
        Number, // the value of a numeric input (key: input key)
        Element, // whether a counted element is present (key: element key)
        RaterName, // the same rater UUID under another name (criterion empty, key: rater UUID)
        // The evidence workbook (criterion empty; key from WorkbookMerger::conflictKey, naming
        // the table, the row's UUID and, for a value, the field):
        WorkbookCode, // a row's code (key: "coaches/<row uuid>")
        WorkbookValue, // a field's value in a row (key: "records/<row uuid>/<field key>")
    };
    What what = What::Rating;
    QString criterionId;
    QString key;
    QString storedValue;
    QString incomingValue;
    friend bool operator==(const MergeConflict &, const MergeConflict &) = default;
};

enum class ConflictPolicy { KeepStored, TakeIncoming };

// Which conflicts a merge resolves with the incoming value; all others keep the stored one. A
// policy converts to a resolution (every conflict kept, or every one taken); taking() names
// the conflicts a person chose, as a dry run listed them.
class ConflictResolution
{
public:
    ConflictResolution(ConflictPolicy policy = ConflictPolicy::KeepStored)
        : m_policy(policy)
    { }
    // Only these conflicts take the incoming value. A conflict matches when what, criterion,
    // key and both values are the same, so a value that changed since the choice was made is
    // kept, never overwritten unseen.
    static ConflictResolution taking(const QList<MergeConflict> &conflicts);

    bool takesIncoming(const MergeConflict &conflict) const;

private:
    ConflictPolicy m_policy;
    QList<MergeConflict> m_taken;
};

// What a merge did, in numbers and lists a message or a dialog can show.
struct MergeResult
{
    ReviewDocument merged;
    QList<Rater> addedRaters;
    int addedRatings = 0;
    int addedEvidence = 0; // notes, numbers and element checks
    int unchanged = 0; // entries the stored review already held with the same value
    int takenIncoming = 0; // conflicts resolved with the incoming value
    int addedCoachRows = 0; // workbook rows the stored review lacked, added at the end
    int addedRecordRows = 0;
    int addedWorkbookValues = 0; // fields filled in rows both sides hold, empty here
    // Record rows of the incoming workbook left out because the stored review's record sample
    // was cleared: a cleared sample is never filled again by a merge.
    int recordsNotAdded = 0;
    int keptStored() const { return static_cast<int>(conflicts.size()) - takenIncoming; }
    // In (criterion, what, key) order; the workbook's after the rest, in the incoming row order.
    QList<MergeConflict> conflicts;
    // Why the incoming document cannot be merged at all (a workbook row in the other table
    // here): the caller writes nothing when set. `merged` then holds the rest merged, for a
    // dry run to show.
    QStringList problems;
    bool changed() const
    {
        return !addedRaters.isEmpty() || addedRatings > 0 || addedEvidence > 0 || takenIncoming > 0
            || addedCoachRows > 0 || addedRecordRows > 0 || addedWorkbookValues > 0;
    }
};

// Merges an incoming review document (typically one reviewer's "my ratings" file, same
// review UUID) into the stored one, as a pure function:
// - raters are matched by UUID; an unknown one is added after the stored raters, a known one
//   never duplicated;
// - each rater's ratings, the evidence notes (by criterion and source), numbers (by
//   criterion and input) and element checks (by criterion and element) are added when the
//   stored review lacks them, counted unchanged when equal, and a conflict when both hold a
//   different value;
// - the evidence workbook's rows are merged by row UUID as WorkbookMerger says (new rows
//   added, a differing code or value a conflict, nothing dropped);
// - consensus ratings, findings, actions, the site and the review header of the incoming
//   document are not merged: they are the lead reviewer's, and the stored ones stand.
// Merging the same document twice changes nothing; merging non-conflicting documents in any
// order gives the same content (raters compared as a set: their display order is the order
// they arrived).
class RaterMerge
{
    Q_DECLARE_TR_FUNCTIONS(RaterMerge)

public:
    static MergeResult merge(const ReviewDocument &stored, const ReviewDocument &incoming,
                             const ConflictResolution &resolution = ConflictPolicy::KeepStored);
    // "rating", "note", ... : stable keys for files and command lines. The words for people
    // are MergeConflictText's.
    static QString whatKey(MergeConflict::What what);
};

} // namespace laatu
