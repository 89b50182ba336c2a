#include "VisitPlanStore.h"

#include "SqlStatement.h"

namespace laatu {

StorageError VisitPlanStore::read(QSqlDatabase &db, qint64 reviewId, VisitPlan &plan,
                                  const QString &what)
{
    plan = VisitPlan();
    SqlStatement query(db,
                       QStringLiteral("SELECT uuid, day, start_time, end_time, activity,"
                                      " participants, place FROM visit_plan_item"
                                      " WHERE review_id = ? ORDER BY position, uuid"));
    query.bind(reviewId);
    if (StorageError error = query.exec(what))
        return error;
    while (query.next()) {
        VisitPlanItem item;
        item.uuid = query.value(0).toString();
        item.day = query.value(1).toInt();
        item.start = VisitPlanTimes::fromText(query.value(2).toString());
        const QString end = query.value(3).toString();
        item.end = VisitPlanTimes::fromText(end);
        item.activity = query.value(4).toString();
        item.participants = query.value(5).toString();
        item.place = query.value(6).toString();
        // The table's checks hold these; a row that breaks them was written outside Laatu.
        const bool valid = item.day >= 1 && item.day <= VisitPlan::kMaxDays && item.start.isValid()
            && (end.isEmpty() || item.end > item.start);
        if (!valid)
            return {StorageError::Corrupt,
                    tr("Review %1 holds a damaged visit plan item %2. Run 'laatu-cli check' and "
                       "restore the newest backup (laatu-cli restore).")
                        .arg(reviewId)
                        .arg(item.uuid)};
        plan.items << item;
    }
    return query.readError(what);
}

StorageError VisitPlanStore::write(QSqlDatabase &db, qint64 reviewId, const VisitPlan &plan,
                                   const QString &what)
{
    SqlStatement clear(db, QStringLiteral("DELETE FROM visit_plan_item WHERE review_id = ?"));
    clear.bind(reviewId);
    if (StorageError error = clear.exec(what))
        return error;
    for (int i = 0; i < plan.items.size(); ++i)
        if (StorageError error = saveItem(db, reviewId, plan.items.at(i), i, what))
            return error;
    return {};
}

StorageError VisitPlanStore::saveItem(QSqlDatabase &db, qint64 reviewId, const VisitPlanItem &item,
                                      int position, const QString &what)
{
    SqlStatement upsert(
        db,
        QStringLiteral(
            "INSERT INTO visit_plan_item (review_id, uuid, position, day, start_time,"
            " end_time, activity, participants, place) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (review_id, uuid) DO UPDATE SET position = excluded.position,"
            " day = excluded.day, start_time = excluded.start_time,"
            " end_time = excluded.end_time, activity = excluded.activity,"
            " participants = excluded.participants, place = excluded.place"));
    upsert.bind(reviewId)
        .bind(item.uuid)
        .bind(position)
        .bind(item.day)
        .bind(VisitPlanTimes::toText(item.start))
        .bind(VisitPlanTimes::toText(item.end))
        .bind(item.activity)
        .bind(item.participants)
        .bind(item.place);
    return upsert.exec(what);
}

StorageError VisitPlanStore::deleteItem(QSqlDatabase &db, qint64 reviewId, const QString &uuid,
                                        const QString &what)
{
    SqlStatement remove(
        db, QStringLiteral("DELETE FROM visit_plan_item WHERE review_id = ? AND uuid = ?"));
    remove.bind(reviewId).bind(uuid);
    return remove.exec(what);
}

} // namespace laatu
