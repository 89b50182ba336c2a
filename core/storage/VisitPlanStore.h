#pragma once

#include "StorageError.h"

#include "review/VisitPlan.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace laatu {

// The visit plan's items in table visit_plan_item. Used by the review's reader and writer
// (whole plans) and by the edits (one item at a time), always inside the caller's
// transaction.
class VisitPlanStore
{
    Q_DECLARE_TR_FUNCTIONS(VisitPlanStore)

public:
    static StorageError read(QSqlDatabase &db, qint64 reviewId, VisitPlan &plan,
                             const QString &what);
    // Replaces every item of the review with the plan's.
    static StorageError write(QSqlDatabase &db, qint64 reviewId, const VisitPlan &plan,
                              const QString &what);
    // Adds or changes one item, kept at `position` in the plan's order.
    static StorageError saveItem(QSqlDatabase &db, qint64 reviewId, const VisitPlanItem &item,
                                 int position, const QString &what);
    static StorageError deleteItem(QSqlDatabase &db, qint64 reviewId, const QString &uuid,
                                   const QString &what);
};

} // namespace laatu
