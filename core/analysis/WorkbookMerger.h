#pragma once

#include "RaterMerge.h"

#include "instrument/WorkbookSpec.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace laatu {

// The evidence workbook's part of RaterMerge::merge: two reviewers' workbooks (each may have
// filled their own coaches and records on their own laptop) merged by row UUID, within the
// coaches and within the records.
// - A row the stored workbook lacks is added at the end of its table, in the incoming order.
// - The same row with the same code and the same value in every field both sides hold counts
//   unchanged once; a field only the incoming row holds is filled in (not a conflict).
// - A differing code, or a differing value of a field both hold, is a conflict of its own
//   (WorkbookCode, WorkbookValue): listed, the stored value kept unless the resolution takes
//   the incoming one.
// - A row or a field only the stored workbook holds stays: a merge never drops a row.
// - Who filled a row (raterUuid) is the stored row's: it says where the row came from, it is
//   not a value two reviewers disagree on.
// - When the stored review's record sample was cleared, incoming record rows are not added
//   (counted in recordsNotAdded): the data minimisation rule outlasts any file brought in.
// - A row whose UUID is in the other table here is refused (MergeResult::problems): a coach
//   row is never a record, and moving one would mix the two tables' fields.
class WorkbookMerger
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookMerger)

public:
    static void merge(Workbook &merged, const Workbook &incoming,
                      const ConflictResolution &resolution, MergeResult &result);

    // The key of a workbook conflict: "coaches/<row uuid>" for a row's code,
    // "records/<row uuid>/<field key>" for a value. Stable: a dry run's choice names it.
    static QString conflictKey(WorkbookTable table, const QString &rowUuid,
                               const QString &field = {});
    struct KeyParts
    {
        WorkbookTable table = WorkbookTable::Coaches;
        QString rowUuid;
        QString field; // empty for a code
    };
    static std::optional<KeyParts> parseKey(const QString &key);
};

} // namespace laatu
