// Catalogs that catalog --check used to accept (issue 12, item 9), each generated over every
// place it can occur in the shipped catalog: a criterionCount below 1, two inputs with one
// key, a minimum above the maximum, a language listed twice, a lone surrogate in any text, a
// key given twice, and a rating scale too large to be a number Laatu keeps.
#include "instrument/CatalogReader.h"

#include "../support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <functional>

using laatu::CatalogReader;

namespace {
QByteArray builtInBytes()
{
    QFile file(CatalogReader::builtInPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QJsonObject builtInJson()
{
    return QJsonDocument::fromJson(builtInBytes()).object();
}

QStringList errorsOf(const QByteArray &json)
{
    const CatalogReader::Result result = CatalogReader::read(json);
    CHECK_FALSE(result.ok());
    return result.errors;
}

QStringList errorsOf(const QJsonObject &root)
{
    return errorsOf(QJsonDocument(root).toJson());
}

bool anyContains(const QStringList &errors, const QString &needle)
{
    for (const QString &error : errors)
        if (error.contains(needle))
            return true;
    UNSCOPED_INFO("errors: " << errors.join(QStringLiteral(" | ")).toStdString());
    return false;
}

// Calls `visit` with a copy of the catalog for each criterion, changed by `change`; `change`
// returns false for a criterion it does not apply to.
int forEachCriterion(const std::function<bool(QJsonObject &criterion)> &change,
                     const std::function<void(const QString &id, const QJsonObject &root)> &visit)
{
    const QJsonObject original = builtInJson();
    const QJsonArray sections = original.value(QStringLiteral("sections")).toArray();
    int visited = 0;
    for (int s = 0; s < sections.size(); ++s) {
        const QJsonArray criteria
            = sections.at(s).toObject().value(QStringLiteral("criteria")).toArray();
        for (int c = 0; c < criteria.size(); ++c) {
            QJsonObject criterion = criteria.at(c).toObject();
            if (!change(criterion))
                continue;
            QJsonArray changedCriteria = criteria;
            changedCriteria[c] = criterion;
            QJsonObject section = sections.at(s).toObject();
            section[QStringLiteral("criteria")] = changedCriteria;
            QJsonArray changedSections = sections;
            changedSections[s] = section;
            QJsonObject root = original;
            root[QStringLiteral("sections")] = changedSections;
            visit(criterion.value(QStringLiteral("id")).toString(), root);
            ++visited;
        }
    }
    return visited;
}

bool isBands(const QJsonObject &criterion)
{
    return criterion.value(QStringLiteral("suggestion"))
               .toObject()
               .value(QStringLiteral("kind"))
               .toString()
        == QLatin1String("bands");
}
} // namespace

TEST_CASE("catalog: criterionCount below 1 is refused, not taken as undeclared",
          "[catalog][hostile]")
{
    for (const int count : {-1, 0, -25, -1000000}) {
        QJsonObject root = builtInJson();
        root[QStringLiteral("criterionCount")] = count;
        INFO(count);
        CHECK(anyContains(errorsOf(root), QStringLiteral("\"criterionCount\" must be at least 1")));
    }
}

TEST_CASE("catalog: two inputs of a numeric rule with one key are refused", "[catalog][hostile]")
{
    const int rules = forEachCriterion(
        [](QJsonObject &criterion) {
            if (!isBands(criterion))
                return false;
            QJsonObject suggestion = criterion.value(QStringLiteral("suggestion")).toObject();
            QJsonArray inputs = suggestion.value(QStringLiteral("inputs")).toArray();
            QJsonObject second = inputs.at(1).toObject();
            second[QStringLiteral("key")] = inputs.at(0).toObject().value(QStringLiteral("key"));
            inputs[1] = second;
            suggestion[QStringLiteral("inputs")] = inputs;
            criterion[QStringLiteral("suggestion")] = suggestion;
            return true;
        },
        [](const QString &id, const QJsonObject &root) {
            INFO(id.toStdString());
            CHECK(anyContains(errorsOf(root), QStringLiteral("duplicate input key")));
        });
    CHECK(rules > 0);
}

TEST_CASE("catalog: a minimum above the maximum is refused", "[catalog][hostile]")
{
    const int rules = forEachCriterion(
        [](QJsonObject &criterion) {
            if (!isBands(criterion))
                return false;
            QJsonObject suggestion = criterion.value(QStringLiteral("suggestion")).toObject();
            suggestion[QStringLiteral("minimum")] = 1000;
            suggestion[QStringLiteral("maximum")] = QStringLiteral("999.5");
            criterion[QStringLiteral("suggestion")] = suggestion;
            return true;
        },
        [](const QString &id, const QJsonObject &root) {
            INFO(id.toStdString());
            CHECK(anyContains(errorsOf(root), QStringLiteral("\"minimum\" 1000 is above")));
        });
    CHECK(rules > 0);
}

TEST_CASE("catalog: a language listed twice is refused", "[catalog][hostile]")
{
    const QJsonArray languages = builtInJson().value(QStringLiteral("languages")).toArray();
    REQUIRE(languages.size() >= 2);
    for (const QJsonValue &language : languages) {
        QJsonObject root = builtInJson();
        QJsonArray twice = languages;
        twice.append(language);
        root[QStringLiteral("languages")] = twice;
        INFO(language.toString().toStdString());
        CHECK(anyContains(errorsOf(root), QStringLiteral("listed twice")));
    }
}

TEST_CASE("catalog: a lone surrogate in any text of any language is refused", "[catalog][hostile]")
{
    // Every text object {"fi": …, "sv": …, "en": …} in the file, each language in turn.
    const QString text = QString::fromUtf8(builtInBytes());
    static const QRegularExpression localized(QStringLiteral("\"(fi|sv|en)\": \""));
    auto it = localized.globalMatch(text);
    int cases = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        // Every fifth text keeps the run short; the offsets still reach every part of the file.
        if (cases++ % 5 != 0)
            continue;
        QString hostile = text;
        hostile.insert(match.capturedEnd(0), QStringLiteral("\\ud800"));
        INFO("text at " << match.capturedStart(0));
        CHECK(anyContains(errorsOf(hostile.toUtf8()), QStringLiteral("lone surrogate")));
    }
    CHECK(cases > 300);
    QJsonObject root = builtInJson();
    root[QStringLiteral("version")] = QString(QChar(0xdc00));
    CHECK(anyContains(errorsOf(root), QStringLiteral("lone surrogate")));
}

TEST_CASE("catalog: a key given twice anywhere is refused", "[catalog][hostile]")
{
    const QString text = QString::fromUtf8(builtInBytes());
    static const QRegularExpression member(QStringLiteral("\"([A-Za-z]+)\": "));
    auto it = member.globalMatch(text);
    int cases = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (cases++ % 7 != 0)
            continue;
        QString hostile = text;
        hostile.insert(match.capturedStart(0),
                       QStringLiteral("\"%1\": null, ").arg(match.captured(1)));
        INFO("key " << match.captured(1).toStdString() << " at " << match.capturedStart(0));
        CHECK(anyContains(errorsOf(hostile.toUtf8()),
                          QStringLiteral("\"%1\" appears more than once").arg(match.captured(1))));
    }
    CHECK(cases > 500);
}

TEST_CASE("catalog: a rating scale too large says so", "[catalog][hostile]")
{
    for (const double huge : {1e10, 1e300, -1e12}) {
        QJsonObject root = builtInJson();
        QJsonObject scale = root.value(QStringLiteral("ratingScale")).toObject();
        scale[QStringLiteral("max")] = huge;
        root[QStringLiteral("ratingScale")] = scale;
        INFO(huge);
        const QStringList errors = errorsOf(root);
        CHECK(anyContains(errors, QStringLiteral("\"max\" is too large")));
        CHECK_FALSE(anyContains(errors, QStringLiteral("whole number")));
    }
}
