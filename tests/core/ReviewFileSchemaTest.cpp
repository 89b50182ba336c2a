// The JSON Schema in docs/schemas describes exactly what Laatu writes: an exported demo review
// is checked against it with a small validator for the parts of JSON Schema the file uses
// (type, required, properties, items, enum, const, pattern, minLength/maxLength, $ref).
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"

#include "analysis/RaterExport.h"
#include "demo/DemoGenerator.h"
#include "exchange/ReviewFileFormat.h"
#include "exchange/VisitPlanTemplate.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
class MiniSchema
{
public:
    explicit MiniSchema(QJsonObject root)
        : m_root(std::move(root))
    { }

    QStringList problems(const QJsonValue &value)
    {
        return check(m_root, value, QStringLiteral("$"));
    }

private:
    QJsonObject resolve(QJsonObject schema) const
    {
        while (schema.contains(QStringLiteral("$ref"))) {
            const QString ref = schema.value(QStringLiteral("$ref")).toString();
            QJsonObject target = m_root.value(QStringLiteral("$defs"))
                                     .toObject()
                                     .value(ref.section(QLatin1Char('/'), -1))
                                     .toObject();
            schema.remove(QStringLiteral("$ref"));
            for (auto it = schema.begin(); it != schema.end(); ++it)
                target.insert(it.key(), it.value()); // local keywords beside $ref add to it
            schema = target;
        }
        return schema;
    }

    QStringList check(QJsonObject schema, const QJsonValue &value, const QString &path)
    {
        schema = resolve(schema);
        QStringList found;
        const QString type = schema.value(QStringLiteral("type")).toString();
        if ((type == QLatin1String("object") && !value.isObject())
            || (type == QLatin1String("array") && !value.isArray())
            || (type == QLatin1String("string") && !value.isString())
            || (type == QLatin1String("boolean") && !value.isBool())
            || (type == QLatin1String("integer")
                && (!value.isDouble() || value.toDouble() != double(value.toInteger()))))
            return {path + QStringLiteral(": not ") + type};
        if (schema.contains(QStringLiteral("const"))
            && schema.value(QStringLiteral("const")) != value)
            found << path + QStringLiteral(": not the constant");
        if (schema.contains(QStringLiteral("enum"))
            && !schema.value(QStringLiteral("enum")).toArray().contains(value))
            found << path + QStringLiteral(": not one of the enum values");
        if (value.isString()) {
            const QString text = value.toString();
            if (schema.contains(QStringLiteral("pattern"))
                && !QRegularExpression(schema.value(QStringLiteral("pattern")).toString())
                        .match(text)
                        .hasMatch())
                found << path + QStringLiteral(": does not match the pattern");
            if (text.size() > schema.value(QStringLiteral("maxLength")).toInt(INT_MAX)
                || text.size() < schema.value(QStringLiteral("minLength")).toInt(0))
                found << path + QStringLiteral(": length out of bounds");
        }
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
            for (const QJsonValue &required : schema.value(QStringLiteral("required")).toArray()) {
                if (!object.contains(required.toString()))
                    found << path + QStringLiteral(": missing ") + required.toString();
            }
            const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!properties.contains(it.key()) && additional.isObject())
                    found << check(additional.toObject(), it.value(),
                                   path + QLatin1Char('.') + it.key());
                else if (!properties.contains(it.key()))
                    found << path + QStringLiteral(": key not in the schema: ") + it.key();
                else
                    found << check(properties.value(it.key()).toObject(), it.value(),
                                   path + QLatin1Char('.') + it.key());
            }
        }
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            if (array.size() > schema.value(QStringLiteral("maxItems")).toInt(INT_MAX))
                found << path + QStringLiteral(": too many items");
            for (int i = 0; i < array.size(); ++i)
                found << check(schema.value(QStringLiteral("items")).toObject(), array.at(i),
                               QStringLiteral("%1[%2]").arg(path).arg(i));
        }
        return found;
    }

    QJsonObject m_root;
};

QJsonObject schema()
{
    QFile file(QStringLiteral(LAATU_SOURCE_DIR "/docs/schemas/laatu-review-1.schema.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}
} // namespace

TEST_CASE("exported review files follow the published JSON Schema", "[exchange][schema]")
{
    MiniSchema validator(schema());
    const QList<laatu::ReviewDocument> documents
        = laatu::DemoGenerator(laatu::test::builtIn(), {3, 3, 9u, true}).generate();
    QList<laatu::ReviewDocument> withWorkbook = documents;
    // A version 2 file: the first review with a coach and a record in its workbook.
    withWorkbook.first().workbook.coaches
        << laatu::WorkbookRow {QStringLiteral("5d6c0e6e-1d3b-4a53-9b1c-3e0c3b7f2a10"),
                               QStringLiteral("Anna"),
                               withWorkbook.first().raters.constFirst().uuid,
                               {{QStringLiteral("fte"), QStringLiteral("0.8")}}};
    withWorkbook.first().workbook.records
        << laatu::WorkbookRow {QStringLiteral("5d6c0e6e-1d3b-4a53-9b1c-3e0c3b7f2a11"),
                               QStringLiteral("R1"),
                               {},
                               {{QStringLiteral("entry-date"), QStringLiteral("2026-02-01")}}};
    // Another: the second review with the Finnish visit plan, one item's end left open.
    withWorkbook[1].visitPlan = laatu::VisitPlanTemplate::instantiate(
        laatu::VisitPlanTemplate::builtIn(QStringLiteral("fi")));
    withWorkbook[1].visitPlan.items[0].end = QTime();
    for (const laatu::ReviewDocument &document : withWorkbook) {
        const QJsonValue json
            = QJsonDocument::fromJson(laatu::ReviewFileFormat::toJson(document)).object();
        const QStringList problems = validator.problems(json);
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
    }
}

TEST_CASE("the schema validator itself catches what it should", "[exchange][schema]")
{
    MiniSchema validator(schema());
    QJsonObject json
        = QJsonDocument::fromJson(laatu::ReviewFileFormat::toJson(
                                      laatu::DemoGenerator(laatu::test::builtIn(), {1, 1, 2u, true})
                                          .generate()
                                          .constFirst()))
              .object();
    QJsonObject review = json.value(QStringLiteral("review")).toObject();
    review[QStringLiteral("kind")] = QStringLiteral("audit");
    review[QStringLiteral("visitStart")] = QStringLiteral("2.9.2025");
    json[QStringLiteral("review")] = review;
    json.remove(QStringLiteral("actions"));
    json[QStringLiteral("extra")] = 1;
    const QStringList problems = validator.problems(json);
    CHECK(problems.size() == 4);
}

TEST_CASE("one-rater files from export-mine follow the published JSON Schema",
          "[exchange][schema][one-rater]")
{
    MiniSchema validator(schema());
    const QJsonObject root = schema();
    // The marker is a documented, optional member.
    CHECK(
        root.value(QStringLiteral("properties")).toObject().contains(QStringLiteral("onlyRater")));
    CHECK_FALSE(root.value(QStringLiteral("required"))
                    .toArray()
                    .contains(QJsonValue(QStringLiteral("onlyRater"))));
    const QList<laatu::ReviewDocument> documents
        = laatu::DemoGenerator(laatu::test::builtIn(), {2, 2, 9u, true}).generate();
    int files = 0;
    for (const laatu::ReviewDocument &document : documents) {
        for (const laatu::Rater &rater : document.raters) {
            const QJsonObject json
                = QJsonDocument::fromJson(laatu::ReviewFileFormat::toJson(
                                              laatu::RaterExport::myRatings(document, rater)))
                      .object();
            CHECK(json.value(QStringLiteral("onlyRater")).toString() == rater.uuid);
            const QStringList problems = validator.problems(json);
            INFO(problems.join(QLatin1Char('\n')).toStdString());
            CHECK(problems.isEmpty());
            ++files;
        }
    }
    CHECK(files >= 4);
    QJsonObject broken
        = QJsonDocument::fromJson(
              laatu::ReviewFileFormat::toJson(laatu::RaterExport::myRatings(
                  documents.constFirst(), documents.constFirst().raters.constFirst())))
              .object();
    broken[QStringLiteral("onlyRater")] = QStringLiteral("NOT-A-UUID");
    CHECK(validator.problems(broken).size() == 1);
}
