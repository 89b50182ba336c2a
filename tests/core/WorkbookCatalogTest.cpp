// What a catalog declares for the site visit is validated like the rest of it (issue 15): a
// workbook field a figure uses but the workbook does not declare, a figure no rule uses, a
// figure whose computation does not fit the field's type, and the like each give their own
// clear error, naming the criterion. Each broken catalog changes one thing in the shipped one.
#include "instrument/CatalogReader.h"

#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using laatu::CatalogReader;

namespace {
QJsonObject builtInJson()
{
    QFile file(CatalogReader::builtInPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject withCriterion(QJsonObject root, const QString &id,
                          const std::function<void(QJsonObject &)> &change)
{
    QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    for (int s = 0; s < sections.size(); ++s) {
        QJsonObject section = sections.at(s).toObject();
        QJsonArray criteria = section.value(QStringLiteral("criteria")).toArray();
        for (int c = 0; c < criteria.size(); ++c) {
            QJsonObject criterion = criteria.at(c).toObject();
            if (criterion.value(QStringLiteral("id")).toString() == id) {
                change(criterion);
                criteria[c] = criterion;
            }
        }
        section[QStringLiteral("criteria")] = criteria;
        sections[s] = section;
    }
    root[QStringLiteral("sections")] = sections;
    return root;
}

QJsonObject withFigures(const QString &id, const QJsonValue &figures)
{
    return withCriterion(builtInJson(), id, [&](QJsonObject &criterion) {
        criterion[QStringLiteral("figures")] = figures;
    });
}

QJsonObject figure(const char *aggregate, const QJsonValue &fields)
{
    return QJsonObject {{QLatin1String(aggregate), fields}};
}

QStringList errorsOf(const QJsonObject &root)
{
    const CatalogReader::Result result = CatalogReader::read(QJsonDocument(root).toJson());
    CHECK_FALSE(result.ok());
    return result.errors;
}
} // namespace

TEST_CASE("catalog: the built-in catalog declares the workbook and figures for all ten numeric "
          "criteria, and providers for every preparation item",
          "[catalog][workbook]")
{
    const laatu::Instrument &catalog = laatu::test::builtIn();
    CHECK(catalog.hasWorkbook());
    int numeric = 0;
    for (const laatu::Criterion &criterion : catalog.criteria()) {
        INFO(criterion.id.toStdString());
        if (criterion.rule.kind == laatu::RuleKind::NumericBands) {
            ++numeric;
            CHECK(criterion.figures.size() == 2);
        } else {
            CHECK(criterion.figures.isEmpty());
        }
        for (const laatu::PreparationItem &item : criterion.preparation)
            CHECK(catalog.provider(item.provider));
    }
    CHECK(numeric == 10);
    CHECK(catalog.workbookFields(laatu::WorkbookTable::Coaches).size() >= 8);
    CHECK(catalog.workbookFields(laatu::WorkbookTable::Records).size() >= 6);
    for (const laatu::WorkbookField &field : catalog.workbookFields())
        for (const char *language : {"fi", "sv", "en"})
            CHECK_FALSE(field.label.text(QLatin1String(language)).isEmpty());
}

TEST_CASE("catalog: each kind of broken workbook declaration gives its own clear error",
          "[catalog][workbook]")
{
    const QJsonObject ratio {
        {QStringLiteral("clients"), figure("sum", QStringLiteral("coaches.clients"))},
        {QStringLiteral("coachFte"), figure("sum", QStringLiteral("coaches.fte"))}};
    struct Case
    {
        const char *name;
        QJsonObject catalog;
        QString error;
    };
    QJsonObject undeclared = ratio;
    undeclared[QStringLiteral("coachFte")] = figure("sum", QStringLiteral("coaches.htv"));
    QJsonObject wrongTable = ratio;
    wrongTable[QStringLiteral("coachFte")] = figure("sum", QStringLiteral("clients.fte"));
    QJsonObject yesNoSum = ratio;
    yesNoSum[QStringLiteral("clients")] = figure("sum", QStringLiteral("records.competitive"));
    QJsonObject extra = ratio;
    extra[QStringLiteral("clientsPerTeam")] = figure("sum", QStringLiteral("coaches.clients"));
    QJsonObject oneOnly {
        {QStringLiteral("clients"), figure("sum", QStringLiteral("coaches.clients"))}};
    QJsonObject unknownComputation = ratio;
    unknownComputation[QStringLiteral("clients")]
        = figure("average", QStringLiteral("coaches.clients"));
    QJsonObject oneDate = ratio;
    oneDate[QStringLiteral("clients")] = figure("sumDays", QStringLiteral("records.entry-date"));
    QJsonObject mixedTables = ratio;
    mixedTables[QStringLiteral("clients")] = figure(
        "count", QJsonArray {QStringLiteral("coaches.fte"), QStringLiteral("records.employer")});
    QJsonObject textDays
        = withFigures(QStringLiteral("rapid-job-search"),
                      QJsonObject {{QStringLiteral("totalDays"),
                                    figure("sumDays",
                                           QJsonArray {QStringLiteral("records.entry-date"),
                                                       QStringLiteral("records.employer")})},
                                   {QStringLiteral("clients"),
                                    figure("count", QStringLiteral("records.entry-date"))}});

    QJsonObject badType = builtInJson();
    {
        QJsonObject workbook = badType.value(QStringLiteral("workbook")).toObject();
        QJsonArray coaches = workbook.value(QStringLiteral("coaches")).toArray();
        QJsonObject first = coaches.at(0).toObject();
        first[QStringLiteral("type")] = QStringLiteral("percent");
        coaches[0] = first;
        coaches.append(coaches.at(1)); // "clients" twice
        workbook[QStringLiteral("coaches")] = coaches;
        badType[QStringLiteral("workbook")] = workbook;
    }
    const QJsonObject unknownProvider
        = withCriterion(builtInJson(), QStringLiteral("caseload"), [](QJsonObject &criterion) {
              criterion[QStringLiteral("prepare")] = QJsonArray {
                  QJsonObject {{QStringLiteral("provider"), QStringLiteral("janitor")},
                               {QStringLiteral("text"),
                                QJsonObject {{QStringLiteral("fi"), QStringLiteral("Avaimet")},
                                             {QStringLiteral("sv"), QStringLiteral("Nycklar")},
                                             {QStringLiteral("en"), QStringLiteral("Keys")}}}}};
          });

    const QList<Case> cases {
        {"a field not declared", withFigures(QStringLiteral("caseload"), undeclared),
         QStringLiteral("criterion caseload, figures coachFte: the workbook declares no coaches "
                        "field \"htv\"")},
        {"a table that does not exist", withFigures(QStringLiteral("caseload"), wrongTable),
         QStringLiteral("criterion caseload, figures coachFte: \"clients.fte\" is not a workbook "
                        "field; write coaches.KEY or records.KEY")},
        {"a sum over a yes/no field", withFigures(QStringLiteral("caseload"), yesNoSum),
         QStringLiteral("criterion caseload, figures clients: \"sum\" needs a number field, but "
                        "records field \"competitive\" is yesNo")},
        {"sumDays over a text field", textDays,
         QStringLiteral("criterion rapid-job-search, figures totalDays: \"sumDays\" needs a date "
                        "field, but records field \"employer\" is text")},
        {"a figure that is no input of the rule", withFigures(QStringLiteral("caseload"), extra),
         QStringLiteral("criterion caseload, figures: the figure \"clientsPerTeam\" is not an "
                        "input of the rule (its inputs: clients, coachFte)")},
        {"figures on a criterion with no numeric rule",
         withFigures(QStringLiteral("generalists"), ratio),
         QStringLiteral("criterion generalists, figures: figures are given, but the criterion's "
                        "suggestion is not numeric: no rule uses them")},
        {"one input without a figure", withFigures(QStringLiteral("caseload"), oneOnly),
         QStringLiteral("criterion caseload, figures: the input \"coachFte\" has no figure; give "
                        "figures for both inputs or for neither")},
        {"an unknown computation", withFigures(QStringLiteral("caseload"), unknownComputation),
         QStringLiteral("criterion caseload, figures clients: unknown computation \"average\" "
                        "(expected sum, count, countYes, countDistinct or sumDays)")},
        {"sumDays with one date", withFigures(QStringLiteral("caseload"), oneDate),
         QStringLiteral("criterion caseload, figures clients: \"sumDays\" needs two date fields, "
                        "from and to")},
        {"one figure over two tables", withFigures(QStringLiteral("caseload"), mixedTables),
         QStringLiteral("criterion caseload, figures clients: the fields of one figure must come "
                        "from one table")},
        {"an unknown field type", badType,
         QStringLiteral("workbook, coaches field 1: unknown field type \"percent\" (expected "
                        "number, yesNo, date or text)")},
        {"a field declared twice", badType, QStringLiteral("duplicate coaches field \"clients\"")},
        {"a provider not declared", unknownProvider,
         QStringLiteral("criterion caseload, prepare 1: unknown provider \"janitor\"; declare it "
                        "under \"providers\"")},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QStringList errors = errorsOf(c.catalog);
        INFO("errors: " << errors.join(QStringLiteral(" | ")).toStdString());
        CHECK(std::count_if(errors.cbegin(), errors.cend(),
                            [&](const QString &error) { return error.contains(c.error); })
              == 1);
    }
}
