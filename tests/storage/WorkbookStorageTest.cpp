// The evidence workbook is kept with its review (issue 15): saved and loaded whole, through a
// review file and back, in the order entered; a review file's workbook rows are checked
// against the catalog's fields; a database of the previous schema gains the workbook table on
// opening and keeps every review as it was.
#include "StorageFixture.h"

#include "../support/QtStringMaker.h"

#include "exchange/ReviewFileFormat.h"
#include "exchange/ReviewValidator.h"
#include "exchange/WorkbookCsv.h"
#include "scoring/EvidenceFigures.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>

using namespace laatu;

namespace {
Workbook sampleWorkbook(const QString &raterUuid)
{
    Workbook workbook;
    workbook.coaches << WorkbookRow {QStringLiteral("0a1b2c3d-0000-4000-8000-000000000001"),
                                     QStringLiteral("Anna"),
                                     raterUuid,
                                     {{QStringLiteral("fte"), QStringLiteral("1")},
                                      {QStringLiteral("clients"), QStringLiteral("24")}}};
    workbook.coaches << WorkbookRow {QStringLiteral("0a1b2c3d-0000-4000-8000-000000000002"),
                                     QStringLiteral("Ben"),
                                     QString(),
                                     {{QStringLiteral("fte"), QStringLiteral("0.8")},
                                      {QStringLiteral("clients"), QStringLiteral("21")},
                                      {QStringLiteral("teams"), QStringLiteral("=Mielenterveys")}}};
    // Entered R2 before R1: the order entered is kept, not sorted.
    for (const char *code : {"R2", "R1"})
        workbook.records << WorkbookRow {
            QStringLiteral("0a1b2c3d-0000-4000-8000-00000000010%1").arg(QLatin1String(code).mid(1)),
            QLatin1String(code),
            QString(),
            {{QStringLiteral("entry-date"), QStringLiteral("2026-02-01")},
             {QStringLiteral("first-employer-contact"), QStringLiteral("2026-02-11")},
             {QStringLiteral("competitive"), QStringLiteral("yes")}}};
    return workbook;
}
} // namespace

TEST_CASE("workbook: saved with its review and loaded the same, through a file and back",
          "[storage][workbook]")
{
    test::StorageFixture fixture(1, 1);
    QList<ReviewSummary> reviews;
    REQUIRE_FALSE(fixture.repository->listReviews(reviews));
    ReviewDocument document = fixture.load(reviews.constFirst().id);
    document.workbook = sampleWorkbook(document.raters.constFirst().uuid);
    // The demo typed the caseload figures; without them the workbook's figures are used.
    document.numbers.removeIf([](const EvidenceNumber &number) {
        return number.criterionId == QLatin1String("caseload");
    });
    CHECK(ReviewValidator::problems(document, test::builtIn()).isEmpty());
    bool unchanged = false;
    REQUIRE_FALSE(fixture.repository->saveReview(document, unchanged));
    const ReviewDocument loaded = fixture.load(document.review.id);
    CHECK(loaded.workbook == document.workbook);
    CHECK(loaded.workbook.records.constFirst().code == QStringLiteral("R2"));

    const QByteArray file = ReviewFileFormat::toJson(loaded);
    QStringList errors;
    const std::optional<ReviewDocument> read = ReviewFileFormat::fromJson(file, errors);
    INFO(errors.join(u'\n').toStdString());
    REQUIRE(read);
    CHECK(read->workbook == loaded.workbook);
    CHECK(ReviewFileFormat::toJson(*read) == file);

    // The figures follow: 45 clients on 1.8 FTE is exactly 25 (rating 4), from 2 coaches.
    const CriterionFigures caseload = EvidenceFigures::resolve(
        test::builtIn(), *test::builtIn().criterion(QStringLiteral("caseload")), loaded,
        QStringLiteral("en"));
    CHECK(caseload.value == ExactNumber::fromInteger(25));
    CHECK(caseload.coaches == 2);

    // The CSV: one row per coach and record, a typed "=..." kept as text.
    const QString csv = QString::fromUtf8(WorkbookCsv::toCsv(loaded.workbook, test::builtIn()));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines.at(0).startsWith(QStringLiteral("table,code,uuid,coaches.fte,")));
    CHECK(lines.at(2).contains(QStringLiteral(",'=Mielenterveys,")));
    CHECK(lines.at(3).startsWith(QStringLiteral("records,R2,")));

    // Replacing the review with an empty workbook removes the rows from the database.
    ReviewDocument emptied = loaded;
    emptied.workbook = Workbook();
    REQUIRE_FALSE(fixture.repository->saveReview(emptied, unchanged));
    QSqlQuery rows(fixture.database->sql());
    REQUIRE(rows.exec(QStringLiteral("SELECT count(*) FROM workbook_row")));
    REQUIRE(rows.next());
    CHECK(rows.value(0).toInt() == 0);
}

TEST_CASE("workbook: a review file's rows are checked against the catalog's fields",
          "[exchange][workbook]")
{
    ReviewDocument document
        = DemoGenerator(test::builtIn(), {1, 1, 7u, true}).generate().constFirst();
    document.workbook = sampleWorkbook(QString());
    CHECK(ReviewValidator::problems(document, test::builtIn()).isEmpty());

    ReviewDocument undeclared = document;
    undeclared.workbook.coaches[0].values[QStringLiteral("salary")] = QStringLiteral("3000");
    CHECK(ReviewValidator::problems(undeclared, test::builtIn())
          == QStringList {QStringLiteral(
              "workbook coaches row 1: the catalog declares no coaches field \"salary\"")});

    ReviewDocument badValue = document;
    badValue.workbook.records[1].values[QStringLiteral("entry-date")] = QStringLiteral("1.2.2026");
    badValue.workbook.coaches[1].values[QStringLiteral("fte")] = QStringLiteral("0,8");
    CHECK(ReviewValidator::problems(badValue, test::builtIn())
          == QStringList {QStringLiteral("workbook coaches row 2: \"0,8\" is not a valid number "
                                         "for \"fte\""),
                          QStringLiteral("workbook records row 2: \"1.2.2026\" is not a valid "
                                         "date for \"entry-date\"")});

    ReviewDocument stranger = document;
    stranger.workbook.coaches[0].raterUuid = QStringLiteral("0a1b2c3d-0000-4000-8000-0000000000ff");
    stranger.workbook.records[1].uuid = stranger.workbook.coaches[1].uuid;
    CHECK(ReviewValidator::problems(stranger, test::builtIn()).size() == 2);

    ReviewDocument cleared = document;
    cleared.workbook.recordsCleared = true;
    CHECK(ReviewValidator::problems(cleared, test::builtIn())
          == QStringList {QStringLiteral(
              "the workbook says its records were cleared, but it still holds record rows (2)")});
}

TEST_CASE("workbook: clearing a final review's records removes them from the database and the "
          "next backup, keeps the figures, and is in the audit log",
          "[storage][workbook]")
{
    test::StorageFixture fixture(1, 1);
    QList<ReviewSummary> reviews;
    REQUIRE_FALSE(fixture.repository->listReviews(reviews));
    ReviewDocument document = fixture.load(reviews.constFirst().id);
    document.workbook = sampleWorkbook(QString());
    const QString secret = QStringLiteral("PSEUDO-CODE-4711");
    document.workbook.records[0].code = secret;
    document.numbers.removeIf([](const EvidenceNumber &number) {
        return number.criterionId == QLatin1String("rapid-job-search");
    });
    bool unchanged = false;
    REQUIRE_FALSE(fixture.repository->saveReview(document, unchanged));
    const qint64 id = document.review.id;
    const auto rapid = [](const ReviewDocument &review) {
        return EvidenceFigures::resolve(
            test::builtIn(), *test::builtIn().criterion(QStringLiteral("rapid-job-search")), review,
            QStringLiteral("en"));
    };
    const CriterionFigures before = rapid(fixture.load(id));
    REQUIRE(before.value == ExactNumber::fromInteger(10)); // 20 days over 2 records

    int cleared = 0;
    // Only a final review's records are cleared.
    document.review.status = ReviewStatus::Draft;
    REQUIRE_FALSE(fixture.repository->saveReview(document, unchanged));
    CHECK(fixture.repository->clearRecords(id, cleared).code() == StorageError::InvalidInput);
    CHECK(fixture.load(id).workbook.records.size() == 2);
    document.review.status = ReviewStatus::Final;
    REQUIRE_FALSE(fixture.repository->saveReview(document, unchanged));
    REQUIRE_FALSE(fixture.repository->clearRecords(id, cleared));
    CHECK(cleared == 2);
    const ReviewDocument after = fixture.load(id);
    CHECK(after.workbook.records.isEmpty());
    CHECK(after.workbook.recordsCleared);
    CHECK(after.workbook.coaches.size() == 2);
    const CriterionFigures kept = rapid(after);
    CHECK(kept.value == before.value);
    CHECK(kept.suggestion == before.suggestion);
    CHECK(kept.anyTyped());
    QStringList log;
    REQUIRE_FALSE(fixture.repository->auditLog(id, log));
    CHECK(log.join(u'\n').contains(QStringLiteral("clear-records")));
    CHECK(fixture.repository->clearRecords(id, cleared).code() == StorageError::InvalidInput);

    // Not in the file (its pages were overwritten) nor in a backup made now.
    QSqlQuery checkpoint(fixture.database->sql());
    REQUIRE(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    checkpoint.finish();
    const auto holds = [&](const QString &path) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll().contains(secret.toUtf8());
    };
    CHECK_FALSE(holds(fixture.path));
    const QString backup = fixture.dir.filePath(QStringLiteral("after-clearing.db"));
    QSqlQuery vacuum(fixture.database->sql());
    REQUIRE(vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(backup)));
    CHECK_FALSE(holds(backup));
}
