#pragma once

#include "review/VisitPlan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace laatu {

// The review file's "visitPlan" member (format version 2): the agenda's items in order, each
// {"uuid", "day", "start", "end", "activity", "participants", "place"}, times as "HH:MM" and
// "end" empty when open. The same item shape, without "uuid", is a plan template's
// (VisitPlanTemplate). Every rule of VisitPlanRules is checked here, so a file with a broken
// plan is refused before anything is written.
class VisitPlanJson
{
    Q_DECLARE_TR_FUNCTIONS(VisitPlanJson)

public:
    static QJsonObject toJson(const VisitPlan &plan);
    static QJsonArray itemsJson(const QList<VisitPlanItem> &items, bool withUuid);
    // The items of `value` (an array); every problem appended to `errors` ("visit plan,
    // item 3: ..."), `where` naming the list in them.
    static QList<VisitPlanItem> itemsFromJson(const QJsonValue &value, bool withUuid,
                                              const QString &where, QStringList &errors);
    static VisitPlan fromJson(const QJsonValue &value, QStringList &errors);
    // A review file's optional "visitPlan" member into `plan`; the problems found, among them
    // a plan in a file older than format version 2.
    static QStringList readMember(const QJsonObject &root, int formatVersion, VisitPlan &plan);
};

} // namespace laatu
