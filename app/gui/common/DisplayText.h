#pragma once

#include "review/ReviewEnums.h"

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
};

} // namespace laatu::gui
