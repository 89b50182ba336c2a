#pragma once

#include "VisitPlan.h"

#include <QCoreApplication>
#include <QStringList>

namespace laatu {

// What a visit plan may hold, wherever it comes from (a review file, a template, an edit):
// a UUID per item, a day of the visit from 1 to VisitPlan::kMaxDays, a start time, an end
// after the start when given, a text saying what happens; the texts under the text rules
// (what and with whom may hold line feeds, the place is one line).
class VisitPlanRules
{
    Q_DECLARE_TR_FUNCTIONS(VisitPlanRules)

public:
    // Each problem of one item, prefixed with `where` ("visit plan, item 3: ...").
    static QStringList itemProblems(const VisitPlanItem &item, const QString &where,
                                    bool needsUuid = true);
    // Every item's problems, then too many items or two items with one UUID.
    static QStringList planProblems(const VisitPlan &plan);
    // "visit plan, item N" for messages.
    static QString itemPlace(int index);
};

} // namespace laatu
