#include "VisitPlanRules.h"

#include "text/TextRules.h"

#include <QSet>
#include <QUuid>

namespace laatu {

QString VisitPlanRules::itemPlace(int index)
{
    return tr("visit plan, item %1").arg(index + 1);
}

QStringList VisitPlanRules::itemProblems(const VisitPlanItem &item, const QString &where,
                                         bool needsUuid)
{
    QStringList problems;
    const auto fail = [&](const QString &what) { problems << tr("%1: %2").arg(where, what); };
    if (needsUuid) {
        const QUuid uuid = QUuid::fromString(item.uuid);
        if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != item.uuid)
            fail(tr("\"uuid\" must be a lower-case UUID"));
    }
    if (item.day < 1 || item.day > VisitPlan::kMaxDays)
        fail(tr("the day must be a day of the visit from 1 to %1, not %2")
                 .arg(VisitPlan::kMaxDays)
                 .arg(item.day));
    if (!item.start.isValid())
        fail(tr("the start time must be a time of day as HH:MM (00:00 to 23:59)"));
    // Whole minutes only: what the files and the database keep.
    else if (item.start.second() != 0 || item.start.msec() != 0)
        fail(tr("the start time must be whole minutes"));
    if (item.end.isValid() && item.start.isValid() && item.end <= item.start)
        fail(tr("the end time %1 is not after the start time %2")
                 .arg(VisitPlanTimes::toText(item.end), VisitPlanTimes::toText(item.start)));
    else if (item.end.isValid() && (item.end.second() != 0 || item.end.msec() != 0))
        fail(tr("the end time must be whole minutes"));
    if (item.activity.trimmed().isEmpty())
        fail(tr("\"what\" must say what happens"));
    const struct
    {
        const char *field;
        const QString &text;
        TextRules::Kind kind;
    } texts[] = {{"activity", item.activity, TextRules::Kind::Note},
                 {"participants", item.participants, TextRules::Kind::Note},
                 {"place", item.place, TextRules::Kind::Name}};
    for (const auto &text : texts)
        if (const QString problem
            = TextRules::fieldProblem(QLatin1String(text.field), text.text, text.kind);
            !problem.isEmpty())
            fail(problem);
    return problems;
}

QStringList VisitPlanRules::planProblems(const VisitPlan &plan)
{
    QStringList problems;
    if (plan.items.size() > VisitPlan::kMaxItems)
        return {tr("visit plan: more than %1 items").arg(VisitPlan::kMaxItems)};
    QSet<QString> seen;
    for (int i = 0; i < plan.items.size(); ++i) {
        const VisitPlanItem &item = plan.items.at(i);
        problems << itemProblems(item, itemPlace(i));
        if (!item.uuid.isEmpty() && seen.contains(item.uuid))
            problems
                << tr("%1: the UUID %2 is used by an earlier item").arg(itemPlace(i), item.uuid);
        seen.insert(item.uuid);
    }
    return problems;
}

} // namespace laatu
