// Two reviewers' evidence workbooks merged (issue 15): rows matched by UUID within the coaches
// and within the records, added both ways, the same rows counted unchanged, every differing
// code and value a conflict listed and never dropped, the incoming value taken per conflict
// when chosen, a cleared record sample never refilled, a row in the wrong table refused. And
// how the conflicts read for people.
#include "AnalysisFixture.h"

#include "../support/QtStringMaker.h"

#include "analysis/MergeConflictText.h"
#include "analysis/RaterMerge.h"
#include "analysis/WorkbookMerger.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace laatu;
using namespace laatu::test;

namespace {
const QString kLead = QStringLiteral("00000000-0000-4000-8000-0000000000a1");
const QString kSecond = QStringLiteral("00000000-0000-4000-8000-0000000000b2");

QString rowUuid(char table, int n)
{
    return QStringLiteral("%1%2-0000-4000-8000-000000000000")
        .arg(QLatin1Char(table))
        .arg(n, 7, 10, QLatin1Char('0'));
}

WorkbookRow row(const QString &uuid, const char *code, const QString &rater,
                std::initializer_list<std::pair<const char *, const char *>> values)
{
    WorkbookRow result {uuid, QString::fromUtf8(code), rater, {}};
    for (const auto &[key, value] : values)
        result.values.insert(QLatin1String(key), QString::fromUtf8(value));
    return result;
}

ReviewDocument withRaters()
{
    ReviewDocument document = emptyReview();
    document.raters = {Rater {kLead, QStringLiteral("Anna Arvioija")},
                       Rater {kSecond, QStringLiteral("Mikko Mittari")}};
    return document;
}

// The lead's laptop: her coach, a coach both saw (shared), two records she read.
ReviewDocument leads()
{
    ReviewDocument document = withRaters();
    document.workbook.coaches
        = {row(rowUuid('c', 1), "A1", kLead, {{"fte", "0.8"}, {"clients", "20"}}),
           row(rowUuid('c', 2), "Shared", {}, {{"fte", "1"}})};
    document.workbook.records = {
        row(rowUuid('d', 1), "R1", kLead, {{"entry-date", "2026-01-02"}, {"competitive", "yes"}}),
        row(rowUuid('d', 2), "R2", kLead, {{"entry-date", "2026-01-10"}})};
    return document;
}

// The second reviewer's laptop: the shared coach as the lead has it, his own coach and records.
ReviewDocument seconds()
{
    ReviewDocument document = withRaters();
    document.workbook.coaches = {row(rowUuid('c', 2), "Shared", {}, {{"fte", "1"}}),
                                 row(rowUuid('c', 3), "B1", kSecond, {{"fte", "0.5"}})};
    document.workbook.records
        = {row(rowUuid('d', 4), "R4", kSecond, {{"employer", "Kesko"}}),
           row(rowUuid('d', 3), "R3", kSecond, {{"entry-date", "2026-02-01"}})};
    return document;
}

QStringList uuids(const QList<WorkbookRow> &rows)
{
    QStringList result;
    for (const WorkbookRow &r : rows)
        result << r.uuid;
    return result;
}

QList<WorkbookRow> sorted(QList<WorkbookRow> rows)
{
    std::sort(rows.begin(), rows.end(),
              [](const WorkbookRow &a, const WorkbookRow &b) { return a.uuid < b.uuid; });
    return rows;
}
} // namespace

TEST_CASE("workbook merge: rows are added both ways at the end, the same rows count unchanged",
          "[analysis][merge][workbook]")
{
    const MergeResult intoLead = RaterMerge::merge(leads(), seconds());
    CHECK(intoLead.conflicts.isEmpty());
    CHECK(intoLead.problems.isEmpty());
    CHECK(intoLead.addedCoachRows == 1);
    CHECK(intoLead.addedRecordRows == 2);
    CHECK(intoLead.addedWorkbookValues == 0);
    CHECK(intoLead.unchanged == 1 + 2); // the shared coach row; the two raters
    CHECK(intoLead.changed());
    // The stored rows keep their places; the new ones follow in the file's order (R4 before R3).
    CHECK(uuids(intoLead.merged.workbook.coaches)
          == QStringList {rowUuid('c', 1), rowUuid('c', 2), rowUuid('c', 3)});
    CHECK(uuids(intoLead.merged.workbook.records)
          == QStringList {rowUuid('d', 1), rowUuid('d', 2), rowUuid('d', 4), rowUuid('d', 3)});
    // Who filled a row travels with it.
    CHECK(intoLead.merged.workbook.coaches.at(2).raterUuid == kSecond);

    const MergeResult intoSecond = RaterMerge::merge(seconds(), leads());
    CHECK(intoSecond.conflicts.isEmpty());
    CHECK(intoSecond.addedCoachRows == 1);
    CHECK(intoSecond.addedRecordRows == 2);
    CHECK(uuids(intoSecond.merged.workbook.coaches)
          == QStringList {rowUuid('c', 2), rowUuid('c', 3), rowUuid('c', 1)});
    // Either way round, the union of the rows, each once and whole.
    CHECK(sorted(intoLead.merged.workbook.coaches) == sorted(intoSecond.merged.workbook.coaches));
    CHECK(sorted(intoLead.merged.workbook.records) == sorted(intoSecond.merged.workbook.records));

    // Again: nothing new, every row unchanged.
    const MergeResult again = RaterMerge::merge(intoLead.merged, seconds());
    CHECK_FALSE(again.changed());
    CHECK(again.unchanged == 2 + 4); // the raters; the rows of the file
    CHECK(again.merged.sameContent(intoLead.merged));
}

TEST_CASE("workbook merge: each differing code and value is a conflict, the stored one kept",
          "[analysis][merge][workbook]")
{
    const ReviewDocument stored = leads();
    ReviewDocument incoming = leads();
    WorkbookRow &coach = incoming.workbook.coaches[0];
    coach.code = QStringLiteral("A-1");
    coach.values[QStringLiteral("fte")] = QStringLiteral("1");
    coach.values.remove(QStringLiteral("clients")); // only here: stays, no conflict
    coach.values[QStringLiteral("working-hours")] = QStringLiteral("37.5"); // only in the file
    incoming.workbook.records[0].values[QStringLiteral("competitive")] = QStringLiteral("no");
    incoming.workbook.records[0].values[QStringLiteral("entry-date")]
        = QStringLiteral("2026-01-03");
    // A row removed on the other laptop: not in the file, never dropped here.
    incoming.workbook.records.removeAt(1);

    const MergeResult kept = RaterMerge::merge(stored, incoming);
    REQUIRE(kept.conflicts.size() == 4);
    const QString coachKey = WorkbookMerger::conflictKey(WorkbookTable::Coaches, rowUuid('c', 1));
    CHECK(kept.conflicts.at(0)
          == MergeConflict {MergeConflict::What::WorkbookCode, QString(), coachKey,
                            QStringLiteral("A1"), QStringLiteral("A-1")});
    CHECK(kept.conflicts.at(1)
          == MergeConflict {MergeConflict::What::WorkbookValue, QString(),
                            coachKey + QStringLiteral("/fte"), QStringLiteral("0.8"),
                            QStringLiteral("1")});
    const QString recordKey = WorkbookMerger::conflictKey(WorkbookTable::Records, rowUuid('d', 1));
    CHECK(kept.conflicts.at(2).key == recordKey + QStringLiteral("/competitive"));
    CHECK(kept.conflicts.at(3).key == recordKey + QStringLiteral("/entry-date"));
    CHECK(kept.addedWorkbookValues == 1);
    CHECK(kept.takenIncoming == 0);
    CHECK(kept.keptStored() == 4);
    const WorkbookRow &merged = kept.merged.workbook.coaches.at(0);
    CHECK(merged.code == QStringLiteral("A1"));
    CHECK(merged.values.value(QStringLiteral("fte")) == QStringLiteral("0.8"));
    CHECK(merged.values.value(QStringLiteral("clients")) == QStringLiteral("20"));
    CHECK(merged.values.value(QStringLiteral("working-hours")) == QStringLiteral("37.5"));
    CHECK(kept.merged.workbook.records.size() == 2);
    CHECK(kept.merged.workbook.records.at(1) == stored.workbook.records.at(1));
    // The filled-in field is the merge's only change; the conflicts are still there next time.
    CHECK(kept.changed());
    CHECK(RaterMerge::merge(kept.merged, incoming).conflicts == kept.conflicts);

    SECTION("taking the file's value for the conflicts chosen, keeping the others")
    {
        const MergeResult taken = RaterMerge::merge(
            stored, incoming,
            ConflictResolution::taking({kept.conflicts.at(1), kept.conflicts.at(2)}));
        CHECK(taken.conflicts == kept.conflicts); // all listed, chosen or not
        CHECK(taken.takenIncoming == 2);
        CHECK(taken.keptStored() == 2);
        const Workbook &workbook = taken.merged.workbook;
        CHECK(workbook.coaches.at(0).code == QStringLiteral("A1"));
        CHECK(workbook.coaches.at(0).values.value(QStringLiteral("fte")) == QStringLiteral("1"));
        CHECK(workbook.records.at(0).values.value(QStringLiteral("competitive"))
              == QStringLiteral("no"));
        CHECK(workbook.records.at(0).values.value(QStringLiteral("entry-date"))
              == QStringLiteral("2026-01-02"));
    }
    SECTION("taking every value from the file")
    {
        const MergeResult taken = RaterMerge::merge(stored, incoming, ConflictPolicy::TakeIncoming);
        CHECK(taken.takenIncoming == 4);
        CHECK(taken.merged.workbook.coaches.at(0).code == QStringLiteral("A-1"));
        CHECK(taken.merged.workbook.records.at(0).values.value(QStringLiteral("entry-date"))
              == QStringLiteral("2026-01-03"));
        // Still nothing dropped: the stored-only field and row are there.
        CHECK(taken.merged.workbook.coaches.at(0).values.value(QStringLiteral("clients"))
              == QStringLiteral("20"));
        CHECK(taken.merged.workbook.records.size() == 2);
        CHECK(RaterMerge::merge(taken.merged, incoming).conflicts.isEmpty());
    }
}

TEST_CASE("workbook merge: a cleared record sample is not filled again by a file",
          "[analysis][merge][workbook]")
{
    ReviewDocument stored = leads();
    stored.workbook.records.clear();
    stored.workbook.recordsCleared = true;
    const MergeResult result = RaterMerge::merge(stored, seconds());
    CHECK(result.merged.workbook.records.isEmpty());
    CHECK(result.merged.workbook.recordsCleared);
    CHECK(result.recordsNotAdded == 2);
    CHECK(result.addedRecordRows == 0);
    CHECK(result.addedCoachRows == 1); // the coaches still come in
    CHECK(result.problems.isEmpty());

    // And a file whose own records were cleared clears nothing here.
    ReviewDocument cleared = seconds();
    cleared.workbook.records.clear();
    cleared.workbook.recordsCleared = true;
    const MergeResult kept = RaterMerge::merge(leads(), cleared);
    CHECK(kept.merged.workbook.records == leads().workbook.records);
    CHECK_FALSE(kept.merged.workbook.recordsCleared);
}

TEST_CASE("workbook merge: a row whose UUID is in the other table here is refused",
          "[analysis][merge][workbook]")
{
    ReviewDocument incoming = seconds();
    // The lead's coach A1's UUID arrives as a record.
    incoming.workbook.records << row(rowUuid('c', 1), "R9", kSecond, {{"employer", "Posti"}});
    const MergeResult result = RaterMerge::merge(leads(), incoming);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems.constFirst()
          == QStringLiteral("the file's record row \"R9\" (%1) is a coach row here (\"A1\"); a row "
                            "cannot move between the coaches and the records")
                 .arg(rowUuid('c', 1)));
    // Neither table took it.
    CHECK(result.merged.workbook.coaches.at(0) == leads().workbook.coaches.at(0));
    CHECK_FALSE(uuids(result.merged.workbook.records).contains(rowUuid('c', 1)));

    ReviewDocument other = seconds();
    other.workbook.coaches << row(rowUuid('d', 2), "C9", kSecond, {});
    const MergeResult coach = RaterMerge::merge(leads(), other);
    REQUIRE(coach.problems.size() == 1);
    CHECK(coach.problems.constFirst().startsWith(
        QStringLiteral("the file's coach row \"C9\" (%1) is a record row here (\"R2\")")
            .arg(rowUuid('d', 2))));
}

TEST_CASE("workbook conflicts read with the row's code and the field's label",
          "[analysis][merge][workbook]")
{
    ReviewDocument incoming = leads();
    incoming.workbook.coaches[0].values[QStringLiteral("fte")] = QStringLiteral("1");
    incoming.workbook.coaches[0].code = QStringLiteral("A-1");
    incoming.workbook.records[0].values[QStringLiteral("competitive")] = QStringLiteral("no");
    incoming.workbook.records[0].values[QStringLiteral("entry-date")]
        = QStringLiteral("2026-01-03");
    const MergeResult result = RaterMerge::merge(leads(), incoming);
    REQUIRE(result.conflicts.size() == 4);
    const Instrument &catalog = builtIn();
    const auto text = [&](int i, const char *language) {
        return MergeConflictText::describe(result.conflicts.at(i), result.merged, &catalog,
                                           QLatin1String(language));
    };
    CHECK(MergeConflictText::line(text(0, "en"))
          == QStringLiteral("Code of a coach row: A1 here, A-1 in the file"));
    CHECK(text(1, "en").criterion.isEmpty());
    CHECK(MergeConflictText::line(text(1, "en"))
          == QStringLiteral("Coach A1, Full-time equivalent (e.g. 0.8): 0.8 here, 1 in the file"));
    // The field's label and the decimals in the review's language.
    CHECK(text(1, "fi").what == QStringLiteral("Coach A1, Henkilötyövuosi (esim. 0,8)"));
    CHECK(text(1, "fi").here == QStringLiteral("0,8"));
    const ConflictText competitive = text(2, "en");
    CHECK(competitive.what.startsWith(QStringLiteral("Record R1, ")));
    CHECK(competitive.what
          == QStringLiteral("Record R1, ")
              + catalog.workbookField(WorkbookTable::Records, QStringLiteral("competitive"))
                    ->label.text(QStringLiteral("en")));
    CHECK(competitive.here == QStringLiteral("yes"));
    CHECK(competitive.inFile == QStringLiteral("no"));
    // A date as people write it, not as the file stores it.
    CHECK(text(3, "fi").here == QStringLiteral("2.1.2026"));
    CHECK(text(3, "fi").inFile == QStringLiteral("3.1.2026"));
    // Without the catalog the field's key still says what differs.
    CHECK(MergeConflictText::describe(result.conflicts.at(1), result.merged, nullptr,
                                      QStringLiteral("en"))
              .what
          == QStringLiteral("Coach A1, fte"));
}

TEST_CASE("workbook conflict keys name the table, the row and the field, and read back",
          "[analysis][merge][workbook]")
{
    const QString key
        = WorkbookMerger::conflictKey(WorkbookTable::Records, rowUuid('d', 1), QStringLiteral("x"));
    CHECK(key == QStringLiteral("records/%1/x").arg(rowUuid('d', 1)));
    const auto parts = WorkbookMerger::parseKey(key);
    REQUIRE(parts);
    CHECK(parts->table == WorkbookTable::Records);
    CHECK(parts->rowUuid == rowUuid('d', 1));
    CHECK(parts->field == QStringLiteral("x"));
    const auto code = WorkbookMerger::parseKey(
        WorkbookMerger::conflictKey(WorkbookTable::Coaches, rowUuid('c', 1)));
    REQUIRE(code);
    CHECK(code->table == WorkbookTable::Coaches);
    CHECK(code->field.isEmpty());
    CHECK_FALSE(WorkbookMerger::parseKey(QStringLiteral("tables/x")));
    CHECK_FALSE(WorkbookMerger::parseKey(QStringLiteral("coaches/")));
    CHECK_FALSE(WorkbookMerger::parseKey(QStringLiteral("coaches/x/")));
}
