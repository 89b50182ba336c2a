#include "VisitPlanTemplate.h"

#include "VisitPlanJson.h"

#include "instrument/InputFile.h"
#include "instrument/JsonDuplicateKeys.h"
#include "text/TextRules.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace laatu {

QString VisitPlanTemplate::builtInPath(const QString &language)
{
    const QString known = language == QLatin1String("fi") || language == QLatin1String("sv")
        ? language
        : QStringLiteral("en");
    return QStringLiteral(":/visit-plan/visit-plan-%1.json").arg(known);
}

VisitPlan VisitPlanTemplate::builtIn(const QString &language)
{
    QStringList errors;
    const std::optional<VisitPlan> plan = fromFile(builtInPath(language), errors);
    // The built-in templates are tested in every language; a broken one is a build error.
    Q_ASSERT_X(plan, "VisitPlanTemplate::builtIn", qPrintable(errors.join(QLatin1Char('\n'))));
    return plan.value_or(VisitPlan());
}

std::optional<VisitPlan> VisitPlanTemplate::fromFile(const QString &path, QStringList &errors)
{
    QFile file;
    QString reason;
    switch (InputFile::open(path, file, reason)) {
    case InputFile::Problem::None:
        break;
    case InputFile::Problem::Missing:
        errors << tr("%1 does not exist").arg(TextRules::oneLine(path));
        return std::nullopt;
    default:
        errors << tr("%1 %2").arg(TextRules::oneLine(path), reason);
        return std::nullopt;
    }
    const QByteArray json = file.read(kMaxFileBytes + 1);
    if (json.size() > kMaxFileBytes) {
        errors << tr("%1 is larger than %2 KiB; a visit plan template is a small file")
                      .arg(TextRules::oneLine(path))
                      .arg(kMaxFileBytes / 1024);
        return std::nullopt;
    }
    return fromJson(json, errors);
}

std::optional<VisitPlan> VisitPlanTemplate::fromJson(const QByteArray &json, QStringList &errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors << tr("not valid JSON at byte %1: %2")
                      .arg(parseError.offset)
                      .arg(parseError.errorString());
        return std::nullopt;
    }
    if (const QStringList duplicates = JsonDuplicateKeys::find(json); !duplicates.isEmpty()) {
        errors << duplicates;
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!document.isObject()
        || root.value(QStringLiteral("format")).toString() != QLatin1String(kFormatName)) {
        errors << tr("not a visit plan template (\"format\" must be \"%1\")")
                      .arg(QLatin1String(kFormatName));
        return std::nullopt;
    }
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (version.toInt(0) != kFormatVersion || !version.isDouble()) {
        errors << tr("\"formatVersion\" must be %1").arg(kFormatVersion);
        return std::nullopt;
    }
    const QJsonValue language = root.value(QStringLiteral("language"));
    if (!language.isUndefined() && !language.isString())
        errors << tr("\"language\" must be a text such as \"fi\"");
    VisitPlan plan;
    plan.items = VisitPlanJson::itemsFromJson(root.value(QStringLiteral("items")), false,
                                              tr("visit plan template"), errors);
    if (errors.isEmpty() && plan.items.isEmpty())
        errors << tr("the template has no items");
    if (!errors.isEmpty())
        return std::nullopt;
    return plan;
}

VisitPlan VisitPlanTemplate::instantiate(const VisitPlan &templatePlan)
{
    VisitPlan plan = templatePlan;
    for (VisitPlanItem &item : plan.items)
        item.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return plan;
}

} // namespace laatu
