#include "WorkbookJson.h"

#include "ReviewFileFormat.h"

#include "text/TextRules.h"

#include <QJsonArray>
#include <QUuid>

namespace laatu {

namespace {
QJsonArray rowsJson(const QList<WorkbookRow> &rows)
{
    QJsonArray array;
    for (const WorkbookRow &row : rows) {
        QJsonObject values;
        for (auto it = row.values.cbegin(); it != row.values.cend(); ++it)
            if (!it.value().isEmpty())
                values.insert(it.key(), it.value());
        QJsonObject object {{QStringLiteral("uuid"), row.uuid},
                            {QStringLiteral("code"), row.code},
                            {QStringLiteral("values"), values}};
        if (!row.raterUuid.isEmpty())
            object.insert(QStringLiteral("rater"), row.raterUuid);
        array.append(object);
    }
    return array;
}

QList<WorkbookRow> rowsFrom(const QJsonObject &workbook, const char *key, const QString &kind,
                            QStringList &errors)
{
    QList<WorkbookRow> rows;
    const QJsonValue value = workbook.value(QLatin1String(key));
    if (value.isUndefined())
        return rows;
    if (!value.isArray()) {
        errors << WorkbookJson::tr("workbook: \"%1\" must be a list").arg(QLatin1String(key));
        return rows;
    }
    const QJsonArray array = value.toArray();
    if (array.size() > WorkbookJson::kMaxRows) {
        errors << WorkbookJson::tr("workbook: \"%1\" has more than %2 rows")
                      .arg(QLatin1String(key))
                      .arg(WorkbookJson::kMaxRows);
        return rows;
    }
    for (int i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("%1 %2").arg(kind).arg(i + 1);
        const auto fail = [&](const QString &what) {
            errors << WorkbookJson::tr("workbook, %1: %2").arg(where, what);
        };
        if (!array.at(i).isObject()) {
            fail(WorkbookJson::tr("must be an object"));
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        WorkbookRow row;
        row.uuid = object.value(QStringLiteral("uuid")).toString();
        row.code = object.value(QStringLiteral("code")).toString();
        row.raterUuid = object.value(QStringLiteral("rater")).toString();
        if (!ReviewFileFormat::isUuid(row.uuid)
            || row.uuid == QUuid().toString(QUuid::WithoutBraces))
            fail(WorkbookJson::tr("\"uuid\" must be a lower-case UUID"));
        if (!object.value(QStringLiteral("code")).isString() || row.code.trimmed().isEmpty())
            fail(WorkbookJson::tr("\"code\" must be a non-empty text"));
        else if (const QString problem = TextRules::problem(row.code, TextRules::Kind::Name);
                 !problem.isEmpty())
            fail(TextRules::fieldProblem(QStringLiteral("code"), row.code, TextRules::Kind::Name));
        if (object.contains(QStringLiteral("rater"))
            && (!object.value(QStringLiteral("rater")).isString()
                || !ReviewFileFormat::isUuid(row.raterUuid)))
            fail(WorkbookJson::tr("\"rater\" must be a reviewer's UUID"));
        const QJsonValue values = object.value(QStringLiteral("values"));
        if (!values.isObject()) {
            fail(WorkbookJson::tr("\"values\" must be an object of texts"));
            continue;
        }
        const QJsonObject map = values.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (!it.value().isString() || it.value().toString().isEmpty()) {
                fail(WorkbookJson::tr("the value of \"%1\" must be a non-empty text")
                         .arg(TextRules::oneLine(it.key())));
                continue;
            }
            row.values.insert(it.key(), it.value().toString());
        }
        rows << row;
    }
    return rows;
}
} // namespace

QJsonObject WorkbookJson::toJson(const Workbook &workbook)
{
    return QJsonObject {{QStringLiteral("coaches"), rowsJson(workbook.coaches)},
                        {QStringLiteral("records"), rowsJson(workbook.records)},
                        {QStringLiteral("recordsCleared"), workbook.recordsCleared}};
}

Workbook WorkbookJson::fromJson(const QJsonValue &value, QStringList &errors)
{
    Workbook workbook;
    if (!value.isObject()) {
        errors << tr("workbook: must be an object");
        return workbook;
    }
    const QJsonObject object = value.toObject();
    workbook.coaches = rowsFrom(object, "coaches", tr("coach"), errors);
    workbook.records = rowsFrom(object, "records", tr("record"), errors);
    const QJsonValue cleared = object.value(QStringLiteral("recordsCleared"));
    if (!cleared.isUndefined() && !cleared.isBool())
        errors << tr("workbook: \"recordsCleared\" must be true or false");
    workbook.recordsCleared = cleared.toBool(false);
    return workbook;
}

QStringList WorkbookJson::readMember(const QJsonObject &root, int formatVersion, Workbook &workbook)
{
    QStringList errors;
    if (!root.contains(QStringLiteral("workbook")))
        return errors;
    if (formatVersion < 2)
        errors << ReviewFileFormat::tr("a workbook needs \"formatVersion\" 2");
    else
        workbook = fromJson(root.value(QStringLiteral("workbook")), errors);
    return errors;
}

} // namespace laatu
