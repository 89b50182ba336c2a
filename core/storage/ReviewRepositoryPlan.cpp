// The visit plan's edits (ReviewRepository): one item, its place, or the whole plan, each in a
// transaction of its own with its audit line after a reopen, refused for a final review (and
// by the triggers for a pulled one).
#include "ReviewRepository.h"

#include "Database.h"
#include "VisitPlanStore.h"

#include "review/VisitPlanRules.h"

#include <algorithm>

namespace laatu {

namespace {
qsizetype indexOf(const VisitPlan &plan, const QString &uuid)
{
    for (qsizetype i = 0; i < plan.items.size(); ++i)
        if (plan.items.at(i).uuid == uuid)
            return i;
    return -1;
}

StorageError invalid(const QStringList &problems)
{
    return {StorageError::InvalidInput, problems.join(QLatin1Char('\n'))};
}
} // namespace

StorageError ReviewRepository::saveVisitPlanItem(qint64 reviewId, const VisitPlanItem &item,
                                                 std::optional<int> position)
{
    const QString what = tr("saving an item of the visit plan");
    if (const QStringList problems = VisitPlanRules::itemProblems(item, tr("visit plan item"));
        !problems.isEmpty())
        return invalid(problems);
    return edit(
        reviewId, what, QStringLiteral("visit-plan-item"), item.uuid, [&](const EditContext &) {
            VisitPlan plan;
            if (StorageError error = VisitPlanStore::read(m_database.sql(), reviewId, plan, what))
                return error;
            const qsizetype existing = indexOf(plan, item.uuid);
            if (existing < 0 && plan.items.size() >= VisitPlan::kMaxItems)
                return StorageError(
                    StorageError::InvalidInput,
                    tr("A visit plan holds at most %1 items.").arg(VisitPlan::kMaxItems));
            if (existing >= 0 && !position) {
                plan.items[existing] = item;
                return VisitPlanStore::saveItem(m_database.sql(), reviewId, item, int(existing),
                                                what);
            }
            if (existing >= 0)
                plan.items.removeAt(existing);
            const qsizetype at = position ? std::clamp<qsizetype>(*position, 0, plan.items.size())
                                          : plan.items.size();
            plan.items.insert(at, item);
            return VisitPlanStore::write(m_database.sql(), reviewId, plan, what);
        });
}

StorageError ReviewRepository::removeVisitPlanItem(qint64 reviewId, const QString &uuid)
{
    const QString what = tr("removing an item of the visit plan");
    return edit(
        reviewId, what, QStringLiteral("visit-plan-item-removed"), uuid, [&](const EditContext &) {
            VisitPlan plan;
            if (StorageError error = VisitPlanStore::read(m_database.sql(), reviewId, plan, what))
                return error;
            const qsizetype index = indexOf(plan, uuid);
            if (index < 0)
                return StorageError(StorageError::NotFound,
                                    tr("The visit plan has no item %1.").arg(uuid));
            plan.items.removeAt(index);
            // Positions stay 0..n-1, so a later insert "at 3" means the fourth place.
            return VisitPlanStore::write(m_database.sql(), reviewId, plan, what);
        });
}

StorageError ReviewRepository::moveVisitPlanItem(qint64 reviewId, const QString &uuid, int offset)
{
    const QString what = tr("moving an item of the visit plan");
    return edit(reviewId, what, QStringLiteral("visit-plan-item-moved"),
                QStringLiteral("%1 %2").arg(uuid).arg(offset), [&](const EditContext &) {
                    VisitPlan plan;
                    if (StorageError error
                        = VisitPlanStore::read(m_database.sql(), reviewId, plan, what))
                        return error;
                    const qsizetype index = indexOf(plan, uuid);
                    if (index < 0)
                        return StorageError(StorageError::NotFound,
                                            tr("The visit plan has no item %1.").arg(uuid));
                    const qsizetype target = index + offset;
                    if (offset == 0 || target < 0 || target >= plan.items.size())
                        return StorageError(StorageError::InvalidInput,
                                            offset < 0 ? tr("The item is already the first.")
                                                       : tr("The item is already the last."));
                    plan.items.move(index, target);
                    return VisitPlanStore::write(m_database.sql(), reviewId, plan, what);
                });
}

StorageError ReviewRepository::replaceVisitPlan(qint64 reviewId, const VisitPlan &plan)
{
    const QString what = tr("replacing the visit plan");
    if (const QStringList problems = VisitPlanRules::planProblems(plan); !problems.isEmpty())
        return invalid(problems);
    return edit(reviewId, what, QStringLiteral("visit-plan-replaced"),
                QStringLiteral("items=%1").arg(plan.items.size()), [&](const EditContext &) {
                    return VisitPlanStore::write(m_database.sql(), reviewId, plan, what);
                });
}

} // namespace laatu
