#include "DisplayText.h"

namespace laatu::gui {

QString DisplayText::reviewKind(ReviewKind kind)
{
    return kind == ReviewKind::External ? tr("External review") : tr("Self-assessment");
}

QString DisplayText::reviewStatus(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Draft:
        return tr("Draft");
    case ReviewStatus::Consensus:
        return tr("Consensus");
    case ReviewStatus::Final:
        return tr("Final");
    }
    return {};
}

QString DisplayText::findingKind(FindingKind kind)
{
    return kind == FindingKind::Strength ? tr("Strength") : tr("Recommendation");
}

QString DisplayText::actionStatus(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return tr("Open");
    case ActionStatus::InProgress:
        return tr("In progress");
    case ActionStatus::Done:
        return tr("Done");
    case ActionStatus::Dropped:
        return tr("Dropped");
    }
    return {};
}

QList<ActionStatus> DisplayText::actionStatuses()
{
    return {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done,
            ActionStatus::Dropped};
}

} // namespace laatu::gui
