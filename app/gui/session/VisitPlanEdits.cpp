// The visit plan's edits of the open review (ReviewSession): items added, changed, moved and
// removed, or the whole plan replaced (started from a template), each saved at once and
// undoable. Apart from ReviewSession.cpp, which holds the other edits.
#include "ReviewSession.h"

#include "storage/ReviewRepository.h"

namespace laatu::gui {

namespace {
int indexOf(const VisitPlan &plan, const QString &uuid)
{
    for (int i = 0; i < plan.items.size(); ++i)
        if (plan.items.at(i).uuid == uuid)
            return i;
    return -1;
}
} // namespace

bool ReviewSession::saveVisitPlanItem(const VisitPlanItem &item, std::optional<int> position)
{
    const int index = indexOf(m_document.visitPlan, item.uuid);
    std::optional<VisitPlanItem> old;
    if (index >= 0)
        old = m_document.visitPlan.items.at(index);
    if (old && *old == item && (!position || *position == index))
        return true;
    const qint64 id = reviewId();
    ReviewRepository &repository = m_repository;
    return commit(
        old ? tr("Visit plan item changed") : tr("Visit plan item added"), {},
        [&repository, id, item, position] {
            return repository.saveVisitPlanItem(id, item, position);
        },
        [&repository, id, old, index, uuid = item.uuid] {
            return old ? repository.saveVisitPlanItem(id, *old, index)
                       : repository.removeVisitPlanItem(id, uuid);
        });
}

bool ReviewSession::removeVisitPlanItem(const QString &uuid)
{
    const int index = indexOf(m_document.visitPlan, uuid);
    if (index < 0)
        return true;
    const VisitPlanItem removed = m_document.visitPlan.items.at(index);
    const qint64 id = reviewId();
    ReviewRepository &repository = m_repository;
    return commit(
        tr("Visit plan item removed"), {},
        [&repository, id, uuid] { return repository.removeVisitPlanItem(id, uuid); },
        // Back in its own place, not at the end.
        [&repository, id, removed, index] {
            return repository.saveVisitPlanItem(id, removed, index);
        });
}

bool ReviewSession::moveVisitPlanItem(const QString &uuid, int offset)
{
    const int index = indexOf(m_document.visitPlan, uuid);
    const int target = index + offset;
    if (index < 0 || offset == 0 || target < 0 || target >= m_document.visitPlan.items.size())
        return false;
    const qint64 id = reviewId();
    ReviewRepository &repository = m_repository;
    return commit(
        tr("Visit plan item moved"), {},
        [&repository, id, uuid, offset] { return repository.moveVisitPlanItem(id, uuid, offset); },
        [&repository, id, uuid, offset] {
            return repository.moveVisitPlanItem(id, uuid, -offset);
        });
}

bool ReviewSession::replaceVisitPlan(const VisitPlan &plan)
{
    if (plan == m_document.visitPlan)
        return true;
    const VisitPlan old = m_document.visitPlan;
    const qint64 id = reviewId();
    ReviewRepository &repository = m_repository;
    return commit(
        tr("Visit plan started from the template"), {},
        [&repository, id, plan] { return repository.replaceVisitPlan(id, plan); },
        [&repository, id, old] { return repository.replaceVisitPlan(id, old); });
}

} // namespace laatu::gui
