#include "VisitPlanJson.h"

#include "ReviewFileFormat.h"

#include "review/VisitPlanRules.h"
#include "text/TextRules.h"

#include <QSet>

namespace laatu {

namespace {
const QStringList &itemKeys()
{
    static const QStringList keys {QStringLiteral("uuid"),     QStringLiteral("day"),
                                   QStringLiteral("start"),    QStringLiteral("end"),
                                   QStringLiteral("activity"), QStringLiteral("participants"),
                                   QStringLiteral("place")};
    return keys;
}
} // namespace

QJsonArray VisitPlanJson::itemsJson(const QList<VisitPlanItem> &items, bool withUuid)
{
    QJsonArray array;
    for (const VisitPlanItem &item : items) {
        QJsonObject object {{QStringLiteral("day"), item.day},
                            {QStringLiteral("start"), VisitPlanTimes::toText(item.start)},
                            {QStringLiteral("end"), VisitPlanTimes::toText(item.end)},
                            {QStringLiteral("activity"), item.activity},
                            {QStringLiteral("participants"), item.participants},
                            {QStringLiteral("place"), item.place}};
        if (withUuid)
            object.insert(QStringLiteral("uuid"), item.uuid);
        array.append(object);
    }
    return array;
}

QJsonObject VisitPlanJson::toJson(const VisitPlan &plan)
{
    return QJsonObject {{QStringLiteral("items"), itemsJson(plan.items, true)}};
}

QList<VisitPlanItem> VisitPlanJson::itemsFromJson(const QJsonValue &value, bool withUuid,
                                                  const QString &where, QStringList &errors)
{
    QList<VisitPlanItem> items;
    if (!value.isArray()) {
        errors << tr("%1: \"items\" must be a list").arg(where);
        return items;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > VisitPlan::kMaxItems) {
        errors << tr("%1: more than %2 items").arg(where).arg(VisitPlan::kMaxItems);
        return items;
    }
    QSet<QString> uuids;
    for (int i = 0; i < array.size(); ++i) {
        const QString at = tr("%1, item %2").arg(where).arg(i + 1);
        const auto fail = [&](const QString &what) { errors << tr("%1: %2").arg(at, what); };
        if (!array.at(i).isObject()) {
            fail(tr("must be an object"));
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        const qsizetype before = errors.size();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            if (!itemKeys().contains(it.key()) || (!withUuid && it.key() == QLatin1String("uuid")))
                fail(tr("unknown member \"%1\"").arg(TextRules::oneLine(it.key())));
        VisitPlanItem item;
        const QJsonValue day = object.value(QStringLiteral("day"));
        // A whole number, not 1.5 nor "1": what a day of the visit is.
        if (!day.isDouble() || day.toDouble() != double(day.toInt()))
            fail(tr("\"day\" must be a whole number"));
        else
            item.day = day.toInt();
        const auto text = [&](const char *key, bool required) {
            const QJsonValue member = object.value(QLatin1String(key));
            if (member.isUndefined() && !required)
                return QString();
            if (!member.isString()) {
                fail(tr("\"%1\" must be a text").arg(QLatin1String(key)));
                return QString();
            }
            if (member.toString().size() > ReviewFileFormat::kMaxTextLength)
                fail(tr("\"%1\" is longer than %2 characters")
                         .arg(QLatin1String(key))
                         .arg(ReviewFileFormat::kMaxTextLength));
            return member.toString();
        };
        if (withUuid)
            item.uuid = text("uuid", true);
        const QString start = text("start", true);
        item.start = VisitPlanTimes::fromText(start);
        if (!start.isEmpty() && !item.start.isValid())
            fail(
                tr("\"start\" must be a time as HH:MM, not \"%1\"").arg(TextRules::oneLine(start)));
        const QString end = text("end", false);
        item.end = VisitPlanTimes::fromText(end);
        if (!end.isEmpty() && !item.end.isValid())
            fail(tr("\"end\" must be a time as HH:MM or empty, not \"%1\"")
                     .arg(TextRules::oneLine(end)));
        item.activity = text("activity", true);
        item.participants = text("participants", false);
        item.place = text("place", false);
        // The rules of a stored item, once the shape is right (one fault, one message).
        if (errors.size() == before)
            errors << VisitPlanRules::itemProblems(item, at, withUuid);
        if (withUuid && !item.uuid.isEmpty() && uuids.contains(item.uuid))
            fail(tr("the UUID %1 is used by an earlier item").arg(item.uuid));
        uuids.insert(item.uuid);
        items << item;
    }
    return items;
}

VisitPlan VisitPlanJson::fromJson(const QJsonValue &value, QStringList &errors)
{
    VisitPlan plan;
    const QString where = tr("visit plan");
    if (!value.isObject()) {
        errors << tr("%1: must be an object").arg(where);
        return plan;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (it.key() != QLatin1String("items"))
            errors << tr("%1: unknown member \"%2\"").arg(where, TextRules::oneLine(it.key()));
    plan.items = itemsFromJson(object.value(QStringLiteral("items")), true, where, errors);
    return plan;
}

QStringList VisitPlanJson::readMember(const QJsonObject &root, int formatVersion, VisitPlan &plan)
{
    QStringList errors;
    if (!root.contains(QStringLiteral("visitPlan")))
        return errors;
    if (formatVersion < 2)
        errors << ReviewFileFormat::tr("a visit plan needs \"formatVersion\" 2");
    else
        plan = fromJson(root.value(QStringLiteral("visitPlan")), errors);
    return errors;
}

} // namespace laatu
