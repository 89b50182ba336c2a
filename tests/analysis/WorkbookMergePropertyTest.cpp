// Workbook merge properties over thousands of generated pairs (seeded, so every run checks the
// same workbooks): merging twice changes nothing, no stored row or value is ever dropped,
// every incoming value ends up added, unchanged or listed as a conflict, and two workbooks
// that do not disagree give the same rows in either order (rows compared as a set: their
// order is the order they arrived in).
#include "AnalysisFixture.h"

#include "../support/QtStringMaker.h"

#include "analysis/RaterMerge.h"
#include "analysis/WorkbookMerger.h"

#include <catch2/catch.hpp>

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>

using namespace laatu;
using namespace laatu::test;

namespace {
constexpr int kRounds = 3000;

// Six rows over a small key space, so that the same rows and fields meet often: rows 0-2 are
// coaches, 3-5 records (a row never changes table here; that case is refused and tested on
// its own), two codes per row, three fields with two values each.
class WorkbookGenerator
{
public:
    explicit WorkbookGenerator(quint32 seed)
        : m_random(seed)
    { }

    ReviewDocument next()
    {
        ReviewDocument document = emptyReview();
        QList<int> order {0, 1, 2, 3, 4, 5};
        std::shuffle(order.begin(), order.end(), m_random);
        for (const int n : order) {
            if (m_random.bounded(2) == 0)
                continue;
            WorkbookRow row {QStringLiteral("%1-0000-4000-8000-000000000000")
                                 .arg(QStringLiteral("e000000%1").arg(n)),
                             QStringLiteral("C%1").arg(n)
                                 + (m_random.bounded(6) == 0 ? QStringLiteral("b") : QString()),
                             QString(),
                             {}};
            for (const char *field : {"f1", "f2", "f3"}) {
                if (m_random.bounded(2) == 0)
                    row.values.insert(QLatin1String(field),
                                      QString::number(m_random.bounded(2) + 1));
            }
            (n < 3 ? document.workbook.coaches : document.workbook.records) << row;
        }
        return document;
    }

private:
    QRandomGenerator m_random;
};

// Every keyed value of a workbook: "table/row" -> code, "table/row/field" -> value.
QHash<QString, QString> values(const Workbook &workbook)
{
    QHash<QString, QString> result;
    for (const WorkbookTable table : {WorkbookTable::Coaches, WorkbookTable::Records}) {
        for (const WorkbookRow &row :
             table == WorkbookTable::Coaches ? workbook.coaches : workbook.records) {
            result.insert(WorkbookMerger::conflictKey(table, row.uuid), row.code);
            for (auto it = row.values.cbegin(); it != row.values.cend(); ++it)
                result.insert(WorkbookMerger::conflictKey(table, row.uuid, it.key()), it.value());
        }
    }
    return result;
}

QList<WorkbookRow> sorted(QList<WorkbookRow> rows)
{
    std::sort(rows.begin(), rows.end(),
              [](const WorkbookRow &a, const WorkbookRow &b) { return a.uuid < b.uuid; });
    return rows;
}
} // namespace

TEST_CASE("workbook merge properties: twice is once, nothing dropped, every value accounted for",
          "[analysis][merge][workbook][property]")
{
    WorkbookGenerator generator(20261201);
    int conflictsSeen = 0;
    int addedSeen = 0;
    for (int round = 0; round < kRounds; ++round) {
        const ReviewDocument stored = generator.next();
        const ReviewDocument incoming = generator.next();
        const QHash<QString, QString> before = values(stored.workbook);
        const QHash<QString, QString> offered = values(incoming.workbook);
        for (const ConflictPolicy policy :
             {ConflictPolicy::KeepStored, ConflictPolicy::TakeIncoming}) {
            INFO("round " << round << " policy " << int(policy));
            const MergeResult once = RaterMerge::merge(stored, incoming, policy);
            REQUIRE(once.problems.isEmpty());
            const QHash<QString, QString> after = values(once.merged.workbook);
            QHash<QString, MergeConflict> conflicts;
            for (const MergeConflict &conflict : once.conflicts)
                conflicts.insert(conflict.key, conflict);
            REQUIRE(conflicts.size() == once.conflicts.size()); // each listed once
            conflictsSeen += static_cast<int>(conflicts.size());
            for (auto it = offered.cbegin(); it != offered.cend(); ++it) {
                const auto storedValue = before.constFind(it.key());
                if (storedValue == before.cend() || storedValue.value() == it.value()) {
                    REQUIRE(after.value(it.key()) == it.value());
                    REQUIRE_FALSE(conflicts.contains(it.key()));
                    continue;
                }
                REQUIRE(conflicts.contains(it.key()));
                REQUIRE(conflicts.value(it.key()).storedValue == storedValue.value());
                REQUIRE(conflicts.value(it.key()).incomingValue == it.value());
                REQUIRE(
                    after.value(it.key())
                    == (policy == ConflictPolicy::KeepStored ? storedValue.value() : it.value()));
            }
            // Nothing of the stored workbook is lost, and nothing comes from nowhere.
            for (auto it = before.cbegin(); it != before.cend(); ++it) {
                REQUIRE(after.contains(it.key()));
                if (!conflicts.contains(it.key()) || policy == ConflictPolicy::KeepStored)
                    REQUIRE(after.value(it.key()) == it.value());
            }
            for (auto it = after.cbegin(); it != after.cend(); ++it)
                REQUIRE((before.contains(it.key()) || offered.contains(it.key())));
            // The stored rows keep their places; the new ones follow.
            for (qsizetype i = 0; i < stored.workbook.coaches.size(); ++i)
                REQUIRE(once.merged.workbook.coaches.at(i).uuid
                        == stored.workbook.coaches.at(i).uuid);
            const int newRows = static_cast<int>(
                once.merged.workbook.coaches.size() + once.merged.workbook.records.size()
                - stored.workbook.coaches.size() - stored.workbook.records.size());
            REQUIRE(once.addedCoachRows + once.addedRecordRows == newRows);
            addedSeen += newRows;

            const MergeResult twice = RaterMerge::merge(once.merged, incoming, policy);
            REQUIRE(twice.merged.sameContent(once.merged));
            REQUIRE_FALSE(twice.changed());
            if (policy == ConflictPolicy::KeepStored)
                REQUIRE(twice.conflicts == once.conflicts);
            else
                REQUIRE(twice.conflicts.isEmpty());
        }
    }
    CHECK(conflictsSeen > kRounds); // the generator does make conflicts
    CHECK(addedSeen > kRounds); // and new rows
}

TEST_CASE("workbook merge properties: two workbooks that agree give the same rows in either order",
          "[analysis][merge][workbook][property]")
{
    WorkbookGenerator generator(4712);
    int compared = 0;
    for (int round = 0; round < kRounds * 2; ++round) {
        const ReviewDocument stored = generator.next();
        const ReviewDocument a = generator.next();
        const ReviewDocument b = generator.next();
        if (!RaterMerge::merge(a, b).conflicts.isEmpty())
            continue;
        ++compared;
        for (const ConflictPolicy policy :
             {ConflictPolicy::KeepStored, ConflictPolicy::TakeIncoming}) {
            INFO("round " << round << " policy " << int(policy));
            const Workbook ab
                = RaterMerge::merge(RaterMerge::merge(stored, a, policy).merged, b, policy)
                      .merged.workbook;
            const Workbook ba
                = RaterMerge::merge(RaterMerge::merge(stored, b, policy).merged, a, policy)
                      .merged.workbook;
            REQUIRE(sorted(ab.coaches) == sorted(ba.coaches));
            REQUIRE(sorted(ab.records) == sorted(ba.records));
        }
    }
    CHECK(compared > kRounds / 10);
}
