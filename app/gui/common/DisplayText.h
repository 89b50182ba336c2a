#pragma once

#include "review/ReviewEnums.h"
#include "storage/OutboxRepository.h"

#include <QCoreApplication>

namespace laatu::gui {

// The words the user sees for the review's stored keys, in one place for every view.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    static QString reviewKind(ReviewKind kind);
    static QString reviewStatus(ReviewStatus status);
    static QString findingKind(FindingKind kind);
    static QString actionStatus(ActionStatus status);
    static QList<ActionStatus> actionStatuses();
    // A review's publication to the programme server, in a word or two for the review list,
    // and in a sentence for its tooltip.
    static QString publication(OutboxRepository::Publication publication);
    static QString publicationDetail(OutboxRepository::Publication publication);
};

} // namespace laatu::gui
