// The evidence workbook between two laptops through laatu-cli: export-mine carries the coach
// rows, the record sample only with --with-records; merge --dry-run shows what would come in
// and writes nothing; merge adds the rows and lists a differing value in words.
#include "../support/QtStringMaker.h"
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using laatu::test::readAll;
using laatu::test::runCli;
using laatu::test::withDb;

namespace {
const QString kCoachUuid = QStringLiteral("c0000001-0000-4000-8000-000000000000");
const QString kRecordUuid = QStringLiteral("d0000001-0000-4000-8000-000000000000");
const QString kRecordCode = QStringLiteral("QX7-1");

void writeJson(const QString &path, const QJsonObject &json)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(QJsonDocument(json).toJson()) > 0);
}

QString raterUuid(const QJsonObject &review, const QString &name)
{
    for (const QJsonValue &rater : review.value(QStringLiteral("raters")).toArray()) {
        if (rater.toObject().value(QStringLiteral("name")).toString() == name)
            return rater.toObject().value(QStringLiteral("uuid")).toString();
    }
    FAIL("no reviewer " << name.toStdString());
    return {};
}

QJsonObject workbookRow(const QString &uuid, const QString &code, const QString &rater,
                        const QJsonObject &values)
{
    return QJsonObject {{QStringLiteral("uuid"), uuid},
                        {QStringLiteral("code"), code},
                        {QStringLiteral("rater"), rater},
                        {QStringLiteral("values"), values}};
}
} // namespace

TEST_CASE("export-mine keeps the record sample unless --with-records; merge adds the rows",
          "[cli][workbook][merge]")
{
    QTemporaryDir dir;
    const QString lead = dir.filePath(QStringLiteral("lead.db"));
    REQUIRE(runCli(withDb(lead, {QStringLiteral("demo")})).exitCode == 0);
    const QString whole = dir.filePath(QStringLiteral("whole.json"));
    REQUIRE(runCli(withDb(lead,
                          {QStringLiteral("export"), QStringLiteral("3"), QStringLiteral("--out"),
                           whole}))
                .exitCode
            == 0);
    const QByteArray before = readAll(whole);

    // The second reviewer's laptop: the same review with the rows he filled there.
    QJsonObject review = QJsonDocument::fromJson(before).object();
    const QString reviewUuid = review.value(QStringLiteral("review"))
                                   .toObject()
                                   .value(QStringLiteral("uuid"))
                                   .toString();
    const QString mikko = raterUuid(review, QStringLiteral("Mikko Mittari"));
    review.insert(QStringLiteral("formatVersion"), 2);
    review.insert(
        QStringLiteral("workbook"),
        QJsonObject {
            {QStringLiteral("coaches"),
             QJsonArray {workbookRow(kCoachUuid, QStringLiteral("Ben"), mikko,
                                     {{QStringLiteral("fte"), QStringLiteral("0.8")}})}},
            {QStringLiteral("records"),
             QJsonArray {workbookRow(kRecordUuid, kRecordCode, mikko,
                                     {{QStringLiteral("employer"), QStringLiteral("Bus Co")}})}},
            {QStringLiteral("recordsCleared"), false}});
    const QString laptopFile = dir.filePath(QStringLiteral("laptop.json"));
    writeJson(laptopFile, review);
    const QString laptop = dir.filePath(QStringLiteral("laptop.db"));
    const auto imported = runCli(withDb(laptop, {QStringLiteral("import"), laptopFile}));
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    const QString plain = dir.filePath(QStringLiteral("plain.json"));
    const auto exportPlain
        = runCli(withDb(laptop,
                        {QStringLiteral("export-mine"), reviewUuid, QStringLiteral("--rater"),
                         QStringLiteral("Mikko Mittari"), QStringLiteral("--out"), plain}));
    INFO(exportPlain.err.toStdString());
    REQUIRE(exportPlain.exitCode == 0);
    CHECK(exportPlain.out.contains(QStringLiteral("It holds 1 coach row(s) of the workbook.")));
    CHECK(exportPlain.out.contains(QStringLiteral("stayed on this computer; --with-records")));
    const QByteArray plainBytes = readAll(plain);
    CHECK_FALSE(plainBytes.contains(kRecordCode.toUtf8()));
    CHECK_FALSE(plainBytes.contains(kRecordUuid.toUtf8()));
    CHECK_FALSE(plainBytes.contains("Bus Co"));
    CHECK(plainBytes.contains(kCoachUuid.toUtf8()));

    const QString withRecords = dir.filePath(QStringLiteral("with.json"));
    const auto exportWith
        = runCli(withDb(laptop,
                        {QStringLiteral("export-mine"), reviewUuid, QStringLiteral("--rater"),
                         QStringLiteral("Mikko Mittari"), QStringLiteral("--out"), withRecords,
                         QStringLiteral("--with-records")}));
    REQUIRE(exportWith.exitCode == 0);
    CHECK(
        exportWith.out.contains(QStringLiteral("It holds 1 record row(s) of the record sample.")));
    CHECK(readAll(withRecords).contains(kRecordCode.toUtf8()));

    // A dry run on the lead's laptop: what would come in, and nothing written.
    const auto dry
        = runCli(withDb(lead, {QStringLiteral("merge"), withRecords, QStringLiteral("--dry-run")}));
    INFO(dry.err.toStdString());
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.startsWith(QStringLiteral("would merge ")));
    CHECK(dry.out.contains(QStringLiteral(", 1 coach row(s) added, 1 record row(s) added")));
    CHECK(dry.err.contains(QStringLiteral("nothing was written")));
    const QString afterDry = dir.filePath(QStringLiteral("after-dry.json"));
    REQUIRE(runCli(withDb(lead,
                          {QStringLiteral("export"), QStringLiteral("3"), QStringLiteral("--out"),
                           afterDry}))
                .exitCode
            == 0);
    CHECK(readAll(afterDry) == before);

    const auto merged = runCli(withDb(lead, {QStringLiteral("merge"), withRecords}));
    INFO(merged.err.toStdString());
    CHECK(merged.exitCode == 0);
    CHECK(merged.out.startsWith(QStringLiteral("merged ")));
    CHECK(merged.out.contains(QStringLiteral(", 1 coach row(s) added, 1 record row(s) added")));
    const QString after = dir.filePath(QStringLiteral("after.json"));
    REQUIRE(runCli(withDb(lead,
                          {QStringLiteral("export"), QStringLiteral("3"), QStringLiteral("--out"),
                           after}))
                .exitCode
            == 0);
    const QJsonObject workbook = QJsonDocument::fromJson(readAll(after))
                                     .object()
                                     .value(QStringLiteral("workbook"))
                                     .toObject();
    CHECK(workbook.value(QStringLiteral("coaches")).toArray().size() == 1);
    CHECK(workbook.value(QStringLiteral("records")).toArray().size() == 1);

    // The reviewer corrected the coach's FTE on his laptop: a conflict, in words, kept.
    QJsonObject changed = QJsonDocument::fromJson(readAll(withRecords)).object();
    QJsonObject changedBook = changed.value(QStringLiteral("workbook")).toObject();
    changedBook.insert(QStringLiteral("coaches"),
                       QJsonArray {workbookRow(kCoachUuid, QStringLiteral("Ben"), mikko,
                                               {{QStringLiteral("fte"), QStringLiteral("1")}})});
    changed.insert(QStringLiteral("workbook"), changedBook);
    const QString conflicting = dir.filePath(QStringLiteral("changed.json"));
    writeJson(conflicting, changed);
    const auto kept = runCli(withDb(lead, {QStringLiteral("merge"), conflicting}));
    CHECK(kept.exitCode == 5);
    CHECK(kept.out.contains(QStringLiteral(
        "  kept: Coach Ben, Full-time equivalent (e.g. 0.8): 0.8 here, 1 in the file")));
}
