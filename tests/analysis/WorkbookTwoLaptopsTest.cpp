// Two reviewers fill their own part of the evidence workbook on their own laptops, each sends
// a "my ratings" file, the lead merges both: the union of the rows, and the figures a hand
// computation gives. And what the file carries: the coach rows always, the record sample only
// when chosen; without it not one record code is in the file's bytes.
#include "../storage/StorageFixture.h"
#include "AnalysisFixture.h"

#include "../support/QtStringMaker.h"

#include "analysis/RaterExport.h"
#include "analysis/RaterFileMerger.h"
#include "exchange/ReviewFileFormat.h"
#include "exchange/ReviewFileIo.h"
#include "exchange/ReviewValidator.h"
#include "scoring/EvidenceFigures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace laatu;
using namespace laatu::test;

namespace {
const Rater kAnna {QStringLiteral("00000000-0000-4000-8000-0000000000a1"),
                   QStringLiteral("Anna Arvioija")};
const Rater kMikko {QStringLiteral("00000000-0000-4000-8000-0000000000b2"),
                    QStringLiteral("Mikko Mittari")};

QString rowUuid(char table, int n)
{
    return QStringLiteral("%1%2-0000-4000-8000-000000000000")
        .arg(QLatin1Char(table))
        .arg(n, 7, 10, QLatin1Char('0'));
}

// Codes no other part of a review file can hold by chance, so their absence means something.
QString recordCode(int i)
{
    return QStringLiteral("QX7-%1").arg(i + 1);
}

WorkbookRow coach(int n, const char *code, const Rater &rater,
                  std::initializer_list<std::pair<const char *, const char *>> values)
{
    WorkbookRow row {rowUuid('c', n), QLatin1String(code), rater.uuid, {}};
    for (const auto &[key, value] : values)
        row.values.insert(QLatin1String(key), QLatin1String(value));
    return row;
}

// The eight records of the visit, record i filled by `rater`.
WorkbookRow record(int i, const Rater &rater)
{
    const char *types[]
        = {"cleaner", "Cleaner", "cook", "warehouse", "cook", "driver", "shop", "IT support"};
    const char *employers[]
        = {"Kesko", "Kesko", "City", "Posti", "Cafe A", "Bus Co", "Kesko", "Firm"};
    const char *entry[] = {"2026-01-02", "2026-01-10", "2026-02-01", "2026-02-03",
                           "2026-02-20", "2026-03-01", "2026-03-02", "2026-03-15"};
    const char *contact[] = {"2026-01-20", "2026-03-01", "2026-02-10", "2026-04-01",
                             "2026-02-25", "2026-03-31", "2026-03-09", "2026-04-30"};
    WorkbookRow row {rowUuid('d', i + 1), recordCode(i), rater.uuid, {}};
    row.values
        = {{QStringLiteral("entry-date"), QLatin1String(entry[i])},
           {QStringLiteral("first-employer-contact"), QLatin1String(contact[i])},
           {QStringLiteral("matches-preferences"),
            i == 3 ? QStringLiteral("no") : QStringLiteral("yes")},
           {QStringLiteral("job-type"), QLatin1String(types[i])},
           {QStringLiteral("employer"), QLatin1String(employers[i])},
           {QStringLiteral("competitive"), i == 5 ? QStringLiteral("no") : QStringLiteral("yes")}};
    return row;
}

WorkbookRow annasCoach()
{
    return coach(1, "Anna", kAnna,
                 {{"fte", "1"},
                  {"clients", "24"},
                  {"clients-from-teams", "22"},
                  {"working-hours", "37.5"},
                  {"employment-hours", "36"},
                  {"scheduled-hours", "20"},
                  {"community-hours", "13"},
                  {"employer-contacts", "14"},
                  {"sample-weeks", "2"}});
}

WorkbookRow bensCoach()
{
    return coach(2, "Ben", kMikko,
                 {{"fte", "0.8"},
                  {"clients", "21"},
                  {"clients-from-teams", "17"},
                  {"working-hours", "30"},
                  {"employment-hours", "30"},
                  {"scheduled-hours", "16"},
                  {"community-hours", "9"},
                  {"employer-contacts", "9"},
                  {"sample-weeks", "2"}});
}

// The review as the lead created it: two reviewers, nothing rated, no workbook yet.
ReviewDocument planned()
{
    ReviewDocument document = emptyReview();
    document.raters = {kAnna, kMikko};
    return document;
}

// One reviewer's laptop: the review with what they rated and filled there.
ReviewDocument laptop(const Rater &rater)
{
    ReviewDocument document = planned();
    const bool anna = rater.uuid == kAnna.uuid;
    document.ratings
        = {RatingEntry {rater.uuid, QStringLiteral("caseload"), anna ? 4 : 5, QString()}};
    document.workbook.coaches = {anna ? annasCoach() : bensCoach()};
    for (int i = anna ? 0 : 4; i < (anna ? 4 : 8); ++i)
        document.workbook.records << record(i, rater);
    return document;
}

ReviewDocument stored(StorageFixture &store, ReviewDocument document)
{
    bool unchanged = false;
    const StorageError error = store.repository->saveReview(document, unchanged);
    INFO(error.message().toStdString());
    REQUIRE_FALSE(error);
    qint64 id = 0;
    REQUIRE_FALSE(store.repository->findReview(document.review.uuid, id));
    return store.load(id);
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The figures of the ten numeric criteria, as "criterion: first / second -> suggestion".
QStringList figures(const ReviewDocument &document)
{
    QStringList result;
    for (const Criterion &criterion : builtIn().criteria()) {
        const CriterionFigures resolved
            = EvidenceFigures::resolve(builtIn(), criterion, document, QStringLiteral("en"));
        if (resolved.inputs.size() != 2)
            continue;
        const auto text = [](const ResolvedFigure &figure) {
            return figure.value ? figure.value->toString(4) : QStringLiteral("-");
        };
        result << QStringLiteral("%1: %2 / %3 -> %4 (%5 coaches, %6 records)")
                      .arg(criterion.id, text(resolved.inputs.at(0)), text(resolved.inputs.at(1)))
                      .arg(resolved.suggestion.value_or(0))
                      .arg(resolved.coaches)
                      .arg(resolved.records);
    }
    return result;
}
} // namespace

TEST_CASE("two laptops' workbooks merged at the lead's give the union and the hand-computed "
          "figures",
          "[analysis][merge][workbook][db]")
{
    StorageFixture lead;
    const ReviewDocument leads = stored(lead, planned());
    QStringList files;
    for (const Rater &rater : {kAnna, kMikko}) {
        StorageFixture own;
        const ReviewDocument mine = stored(own, laptop(rater));
        const QString path = lead.dir.filePath(rater.name + QStringLiteral(".json"));
        REQUIRE(ReviewFileIo::write(path, RaterExport::myRatings(mine, rater, {true})).isEmpty());
        files << path;
    }

    const RaterFileMerger::Result result
        = RaterFileMerger::mergeFiles(*lead.repository, files, ConflictPolicy::KeepStored);
    INFO(result.fileProblems.join(QStringLiteral("; ")).toStdString());
    REQUIRE(result.fileProblems.isEmpty());
    REQUIRE_FALSE(result.databaseError);
    REQUIRE(result.files.size() == 2);
    CHECK_FALSE(result.hasConflicts());
    for (const RaterFileMerger::FileResult &file : result.files) {
        CHECK(file.merge.addedCoachRows == 1);
        CHECK(file.merge.addedRecordRows == 4);
        CHECK(file.merge.addedRatings == 1);
    }

    const ReviewDocument merged = lead.load(leads.review.id);
    // The union of the rows: Anna's first (her file came first), each row whole, who filled it
    // kept.
    REQUIRE(merged.workbook.coaches.size() == 2);
    CHECK(merged.workbook.coaches.at(0) == annasCoach());
    CHECK(merged.workbook.coaches.at(1) == bensCoach());
    REQUIRE(merged.workbook.records.size() == 8);
    for (int i = 0; i < 8; ++i)
        CHECK(merged.workbook.records.at(i) == record(i, i < 4 ? kAnna : kMikko));
    CHECK(merged.raterSheets().at(0).rating(QStringLiteral("caseload")) == 4);
    CHECK(merged.raterSheets().at(1).rating(QStringLiteral("caseload")) == 5);

    // By hand (as in WorkbookFigureTest): caseload 45 / 1.8 = 25 -> 4; dedicated 66 / 67.5 =
    // 97.8 % -> 5; teams 39 / 45 = 86.7 % -> 4; days 18+50+9+57+5+30+7+46 = 222 over 8 ->
    // 27.75 -> 5; preferences 7 / 8 -> 4; contacts 23 / 4 = 5.75 a week -> 4; job types 6 / 8
    // -> 4; employers 6 / 8 -> 4; competitive 7 / 8 -> 4; community 22 / 36 = 61.1 % -> 4.
    const QStringList expected {
        QStringLiteral("caseload: 45 / 1.8 -> 4 (2 coaches, 0 records)"),
        QStringLiteral("dedicated-staff: 66 / 67.5 -> 5 (2 coaches, 0 records)"),
        QStringLiteral("team-integration: 39 / 45 -> 4 (2 coaches, 0 records)"),
        QStringLiteral("rapid-job-search: 222 / 8 -> 5 (0 coaches, 8 records)"),
        QStringLiteral("individual-job-search: 7 / 8 -> 4 (0 coaches, 8 records)"),
        QStringLiteral("employer-contacts: 23 / 4 -> 4 (2 coaches, 0 records)"),
        QStringLiteral("job-type-diversity: 6 / 8 -> 4 (0 coaches, 8 records)"),
        QStringLiteral("employer-diversity: 6 / 8 -> 4 (0 coaches, 8 records)"),
        QStringLiteral("competitive-jobs: 7 / 8 -> 4 (0 coaches, 8 records)"),
        QStringLiteral("community-based: 22 / 36 -> 4 (2 coaches, 0 records)"),
    };
    CHECK(figures(merged) == expected);

    // The same files again change nothing.
    const RaterFileMerger::Result again
        = RaterFileMerger::mergeFiles(*lead.repository, files, ConflictPolicy::KeepStored);
    REQUIRE(again.fileProblems.isEmpty());
    CHECK_FALSE(again.changed());
    CHECK(lead.load(leads.review.id).sameContent(merged));
}

TEST_CASE("a my-ratings file carries the record sample only when chosen",
          "[analysis][merge][workbook][exchange]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ReviewDocument review = laptop(kMikko);
    // A row the other reviewer filled, and a shared one: only the shared one travels.
    review.workbook.coaches << coach(3, "AnnasOwn", kAnna, {{"fte", "0.5"}})
                            << coach(4, "Together", {}, {{"fte", "0.2"}});
    review.workbook.records << record(0, kAnna);
    WorkbookRow sharedRecord = record(1, kMikko);
    sharedRecord.raterUuid.clear();
    review.workbook.records << sharedRecord;

    const QString without = dir.filePath(QStringLiteral("without.json"));
    REQUIRE(ReviewFileIo::write(without, RaterExport::myRatings(review, kMikko)).isEmpty());
    const QByteArray bytes = bytesOf(without);
    for (const WorkbookRow &row : review.workbook.records) {
        INFO(row.code.toStdString());
        CHECK_FALSE(bytes.contains(row.code.toUtf8()));
        CHECK_FALSE(bytes.contains(row.uuid.toUtf8()));
    }
    CHECK_FALSE(bytes.contains("QX7"));
    CHECK_FALSE(bytes.contains("Bus Co")); // nor what the records hold
    CHECK_FALSE(bytes.contains("AnnasOwn"));
    CHECK(bytes.contains("\"Ben\""));
    CHECK(bytes.contains("\"Together\""));
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    CHECK(json.value(QStringLiteral("formatVersion")).toInt() == 2);
    CHECK(json.value(QStringLiteral("onlyRater")).toString() == kMikko.uuid);
    const QJsonObject workbook = json.value(QStringLiteral("workbook")).toObject();
    CHECK(workbook.value(QStringLiteral("records")).toArray().isEmpty());
    CHECK(workbook.value(QStringLiteral("coaches")).toArray().size() == 2);
    QStringList errors;
    const std::optional<ReviewDocument> read = ReviewFileIo::read(without, errors);
    REQUIRE(read);
    CHECK(read->workbook.records.isEmpty());
    CHECK(read->workbook.coaches.size() == 2);

    const QString with = dir.filePath(QStringLiteral("with.json"));
    REQUIRE(ReviewFileIo::write(with, RaterExport::myRatings(review, kMikko, {true})).isEmpty());
    const std::optional<ReviewDocument> chosen = ReviewFileIo::read(with, errors);
    INFO(errors.join(QStringLiteral("; ")).toStdString());
    REQUIRE(chosen);
    // His four records and the shared one, in the order entered; not Anna's.
    QStringList codes;
    for (const WorkbookRow &row : chosen->workbook.records)
        codes << row.code;
    CHECK(
        codes
        == QStringList {recordCode(4), recordCode(5), recordCode(6), recordCode(7), recordCode(1)});
    CHECK(RaterExport::recordRowsOf(review, kMikko.uuid) == 5);
    CHECK(RaterExport::recordRowsOf(review, kAnna.uuid) == 2);
    INFO(ReviewValidator::problems(*chosen, builtIn()).join(QStringLiteral("; ")).toStdString());
    CHECK(ReviewValidator::problems(*chosen, builtIn()).isEmpty());
}

TEST_CASE("a my-ratings file without workbook rows to carry is the version 1 file it was",
          "[analysis][merge][workbook][exchange]")
{
    ReviewDocument review = planned();
    review.ratings = {RatingEntry {kMikko.uuid, QStringLiteral("caseload"), 5, QString()}};
    const QByteArray before = ReviewFileFormat::toJson(RaterExport::myRatings(review, kMikko));
    // Records only (not chosen), and coach rows of the other reviewer: nothing of it travels.
    review.workbook.records << record(4, kMikko);
    review.workbook.coaches << annasCoach();
    const QByteArray after = ReviewFileFormat::toJson(RaterExport::myRatings(review, kMikko));
    CHECK(after == before);
    CHECK(QJsonDocument::fromJson(after).object().value(QStringLiteral("formatVersion")).toInt()
          == 1);
    // The same without a workbook at all, as every file before the workbook existed.
    CHECK(QJsonDocument::fromJson(after).object().contains(QStringLiteral("workbook")) == false);
}

TEST_CASE("a lead without the records gets the coach rows only when the file has no records",
          "[analysis][merge][workbook][db]")
{
    StorageFixture lead;
    const ReviewDocument leads = stored(lead, laptop(kAnna));
    StorageFixture own;
    const ReviewDocument mine = stored(own, laptop(kMikko));
    const QString path = lead.dir.filePath(QStringLiteral("mikko.json"));
    REQUIRE(ReviewFileIo::write(path, RaterExport::myRatings(mine, kMikko)).isEmpty());
    const RaterFileMerger::Result result
        = RaterFileMerger::mergeFiles(*lead.repository, {path}, ConflictPolicy::KeepStored);
    REQUIRE(result.fileProblems.isEmpty());
    REQUIRE(result.files.size() == 1);
    CHECK(result.files.constFirst().merge.addedCoachRows == 1);
    CHECK(result.files.constFirst().merge.addedRecordRows == 0);
    const ReviewDocument merged = lead.load(leads.review.id);
    CHECK(merged.workbook.coaches.size() == 2);
    CHECK(merged.workbook.records == leads.workbook.records); // Anna's four, nothing dropped
}

TEST_CASE("a file with a row in the other table is refused and nothing is written",
          "[analysis][merge][workbook][db]")
{
    StorageFixture lead;
    const ReviewDocument leads = stored(lead, laptop(kAnna));
    ReviewDocument other = laptop(kMikko);
    // Anna's coach row's UUID as one of Mikko's records.
    other.workbook.records[0].uuid = annasCoach().uuid;
    const QString path = lead.dir.filePath(QStringLiteral("mikko.json"));
    REQUIRE(ReviewFileIo::write(path, RaterExport::myRatings(other, kMikko, {true})).isEmpty());
    const RaterFileMerger::Result result
        = RaterFileMerger::mergeFiles(*lead.repository, {path}, ConflictPolicy::TakeIncoming);
    REQUIRE(result.fileProblems.size() == 1);
    CHECK(result.fileProblems.constFirst().contains(
        QStringLiteral("is a coach row here (\"Anna\"); a row cannot move between the coaches "
                       "and the records")));
    CHECK(lead.load(leads.review.id).sameContent(leads));
}
