#pragma once

// A small evidence workbook for the widget tests: two coaches and three records, stored as the
// workbook stores them (numbers with '.', ISO dates, yes/no keys), and a database with one
// review to put it in.
#include "../support/BuiltInCatalog.h"

#include "demo/DemoGenerator.h"
#include "review/Workbook.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <memory>

namespace laatu::test {

// A row's UUID from a short name: "c1" -> "00000000-0000-4000-8000-0000000000c1".
inline QString workbookRowId(const QString &name)
{
    return QStringLiteral("00000000-0000-4000-8000-") + name.rightJustified(12, QLatin1Char('0'));
}

inline WorkbookRow workbookRow(const QString &name, const QString &code,
                               QMap<QString, QString> values)
{
    return {workbookRowId(name), code, {}, std::move(values)};
}

// Two coaches and three records, stored as the workbook would store them.
inline Workbook smallWorkbook()
{
    Workbook workbook;
    workbook.coaches << workbookRow(QStringLiteral("c1"), QStringLiteral("Aino"),
                                    {{QStringLiteral("fte"), QStringLiteral("1")},
                                     {QStringLiteral("clients"), QStringLiteral("18")}})
                     << workbookRow(QStringLiteral("c2"), QStringLiteral("Pekka"),
                                    {{QStringLiteral("fte"), QStringLiteral("0.8")},
                                     {QStringLiteral("clients"), QStringLiteral("15")},
                                     {QStringLiteral("employer-contacts"), QStringLiteral("7")}});
    workbook.records
        << workbookRow(QStringLiteral("r1"), QStringLiteral("A1"),
                       {{QStringLiteral("entry-date"), QStringLiteral("2026-01-05")},
                        {QStringLiteral("first-employer-contact"), QStringLiteral("2026-01-19")}})
        << workbookRow(QStringLiteral("r2"), QStringLiteral("A2"),
                       {{QStringLiteral("entry-date"), QStringLiteral("2026-01-07")},
                        {QStringLiteral("competitive"), QStringLiteral("yes")}})
        << workbookRow(QStringLiteral("r3"), QStringLiteral("A3"),
                       {{QStringLiteral("entry-date"), QStringLiteral("2026-01-12")},
                        {QStringLiteral("first-employer-contact"), QStringLiteral("2026-01-21")}});
    return workbook;
}

// One site with one review in consensus, every criterion rated, no figure typed and an empty
// workbook; `final` makes it final, `workbook` fills it first.
inline QString workbookReviewDatabase(QTemporaryDir &dir, bool final = false,
                                      const Workbook &workbook = {})
{
    const QString path = dir.filePath(QStringLiteral("workbook.db"));
    StorageError error;
    auto database = Database::open(path, {}, error);
    REQUIRE(database);
    // The demo's second site's review is final, every criterion agreed: it can be final again.
    QList<ReviewDocument> documents = DemoGenerator(test::builtIn(), {2, 1, 7u, true}).generate();
    documents.removeIf(
        [](const ReviewDocument &d) { return d.review.status != ReviewStatus::Final; });
    REQUIRE(documents.size() == 1);
    documents[0].review.status = final ? ReviewStatus::Final : ReviewStatus::Consensus;
    documents[0].numbers.clear();
    documents[0].workbook = workbook;
    ReviewRepository repository(*database);
    REQUIRE_FALSE(repository.saveReviews(documents));
    return path;
}

inline std::unique_ptr<Database> openDatabaseFile(const QString &path)
{
    StorageError error;
    auto database = Database::open(path, {}, error);
    REQUIRE(database);
    return database;
}

} // namespace laatu::test
