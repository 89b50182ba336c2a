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

QString DisplayText::publication(OutboxRepository::Publication publication)
{
    using Publication = OutboxRepository::Publication;
    switch (publication) {
    case Publication::NotPublished:
        return tr("not published");
    case Publication::Pending:
        return tr("publishing unfinished");
    case Publication::Published:
        return tr("published");
    case Publication::ChangedSincePublication:
        return tr("changed since publication");
    case Publication::Conflict:
        return tr("conflict on the server");
    case Publication::Pulled:
        return tr("from the programme");
    }
    return {};
}

QString DisplayText::publicationDetail(OutboxRepository::Publication publication)
{
    using Publication = OutboxRepository::Publication;
    switch (publication) {
    case Publication::NotPublished:
        return tr("Not yet on the programme server: File → Publish Review sends it.");
    case Publication::Pending:
        return tr("Sending it to the programme server did not finish; the next publish "
                  "completes it.");
    case Publication::Published:
        return tr("On the programme server as it is here.");
    case Publication::ChangedSincePublication:
        return tr("Changed since it was published: the server holds the earlier version until "
                  "it is final again and published.");
    case Publication::Conflict:
        return tr("The server holds the same revision with other content; it keeps its own and "
                  "lists this laptop's beside it.");
    case Publication::Pulled:
        return tr("Pulled from the programme server: another reviewer's review, read-only "
                  "here.");
    }
    return {};
}

} // namespace laatu::gui
