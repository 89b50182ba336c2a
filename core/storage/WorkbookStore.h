#pragma once

#include "StorageError.h"

#include "review/Workbook.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace laatu {

// The evidence workbook's rows in table workbook_row, and review.records_cleared. Used by the
// review's reader and writer (whole workbooks) and by the edits (one row at a time), always
// inside the caller's transaction.
class WorkbookStore
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookStore)

public:
    static StorageError read(QSqlDatabase &db, qint64 reviewId, Workbook &workbook,
                             const QString &what);
    // Replaces every row of the review with the workbook's.
    static StorageError write(QSqlDatabase &db, qint64 reviewId, const Workbook &workbook,
                              const QString &what);
    // Adds or changes one row, kept at `position` in its table's order.
    static StorageError saveRow(QSqlDatabase &db, qint64 reviewId, bool record,
                                const WorkbookRow &row, int position, const QString &what);
    static StorageError deleteRow(QSqlDatabase &db, qint64 reviewId, const QString &uuid,
                                  const QString &what);
};

} // namespace laatu
