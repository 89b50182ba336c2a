// The evidence workbook (issue 15): for each of the ten numeric criteria a workbook whose
// computed figure lands exactly on each band edge, and just on either side of it, suggests the
// rating ../shared/domain/criteria.md defines. The workbooks are filled through the catalog's
// own declarations (which fields each figure uses), the expected ratings come from the table
// of criteria.md written out below, not from the catalog's bands.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"

#include "scoring/EvidenceFigures.h"
#include "scoring/RecordClearing.h"

#include <catch2/catch.hpp>

#include <QDate>

#include <functional>
#include <map>

using namespace laatu;

namespace {

ExactNumber number(const char *text)
{
    return *ExactNumber::parse(QString::fromLatin1(text));
}

// criteria.md, "rating from evidence", for the ten numeric criteria.
int expectedRating(const QString &id, const ExactNumber &v)
{
    const auto at = [&](const char *edge) { return number(edge); };
    if (id == QLatin1String("caseload") || id == QLatin1String("rapid-job-search")) {
        const bool caseload = id == QLatin1String("caseload");
        const char *edges[] = {caseload ? "20" : "30", caseload ? "25" : "60",
                               caseload ? "30" : "150", caseload ? "40" : "270"};
        for (int i = 0; i < 4; ++i)
            if (v <= at(edges[i]))
                return 5 - i;
        return 1;
    }
    // "p >= a -> 5; b <= p < a -> 4; ..." as the lower edges of ratings 5, 4, 3, 2.
    static const std::map<QString, std::vector<const char *>> lower {
        {QStringLiteral("dedicated-staff"), {"96", "90", "75", "60"}},
        {QStringLiteral("team-integration"), {"90", "75", "50"}},
        {QStringLiteral("individual-job-search"), {"90", "75", "50", "25"}},
        {QStringLiteral("employer-contacts"), {"6", "5", "4", "2"}},
        {QStringLiteral("job-type-diversity"), {"85", "70", "60", "50"}},
        {QStringLiteral("employer-diversity"), {"85", "70", "60", "50"}},
        {QStringLiteral("competitive-jobs"), {"95", "85", "75", "64"}},
        {QStringLiteral("community-based"), {"65", "50", "40", "30"}},
    };
    const std::vector<const char *> &edges = lower.at(id);
    for (size_t i = 0; i < edges.size(); ++i)
        if (v >= at(edges.at(i)))
            return 5 - int(i);
    // team-integration: below 50 % is 2 (1 is a separate programme, judged, not computed).
    return id == QLatin1String("team-integration") ? 2 : 1;
}

QString placeholder(const WorkbookField &field)
{
    switch (field.type) {
    case WorkbookFieldType::Number:
        return QStringLiteral("1");
    case WorkbookFieldType::YesNo:
        return QStringLiteral("no");
    case WorkbookFieldType::Date:
        return QStringLiteral("2026-01-05");
    case WorkbookFieldType::Text:
        return QStringLiteral("Type 0");
    }
    return {};
}

// Fills `workbook` so that `source` computes exactly `value` (a whole number for the counting
// computations); the denominator is filled first, so the numerator writes over its rows.
void fill(Workbook &workbook, const FigureSource &source, const ExactNumber &value)
{
    QList<WorkbookRow> &rows
        = source.table == WorkbookTable::Coaches ? workbook.coaches : workbook.records;
    const auto ensure = [&](int count) {
        while (rows.size() < count)
            rows << WorkbookRow {QStringLiteral("row-%1").arg(rows.size()),
                                 QStringLiteral("R%1").arg(rows.size() + 1),
                                 {},
                                 {}};
    };
    const qint64 whole = value.numerator() / value.denominator();
    switch (source.aggregate) {
    case FigureAggregate::Sum:
        ensure(1);
        rows[0].values[source.fields.constFirst()] = value.toString(9);
        break;
    case FigureAggregate::Count:
        REQUIRE(value.isInteger());
        ensure(int(whole));
        for (int r = 0; r < whole; ++r)
            for (const QString &key : source.fields)
                rows[r].values[key]
                    = placeholder(*test::builtIn().workbookField(source.table, key));
        break;
    case FigureAggregate::CountYes:
        REQUIRE(value.isInteger());
        REQUIRE(rows.size() >= whole);
        for (int r = 0; r < rows.size(); ++r)
            if (!rows[r].values.value(source.fields.constFirst()).isEmpty())
                rows[r].values[source.fields.constFirst()]
                    = r < whole ? QStringLiteral("yes") : QStringLiteral("no");
        break;
    case FigureAggregate::CountDistinct:
        REQUIRE(value.isInteger());
        // Case and spacing do not make another type: "Siivooja" twice is one.
        for (int r = 0; r < rows.size(); ++r)
            rows[r].values[source.fields.constFirst()] = r < whole
                ? QStringLiteral("Type %1").arg(r)
                : QStringLiteral(" type  0 ").toUpper();
        break;
    case FigureAggregate::SumDays: {
        REQUIRE(value.isInteger());
        const qint64 n = rows.size();
        REQUIRE(n > 0);
        const QDate entry(2026, 1, 5);
        for (int r = 0; r < n; ++r) {
            const qint64 days = whole / n + (r < whole % n ? 1 : 0);
            rows[r].values[source.fields.at(0)] = entry.toString(Qt::ISODate);
            rows[r].values[source.fields.at(1)] = entry.addDays(days).toString(Qt::ISODate);
        }
        break;
    }
    }
}

// (numerator, denominator) pairs whose rule value is `edge`, just below and just above it,
// in the units each computation can express exactly.
struct Probe
{
    ExactNumber first;
    ExactNumber second;
};

QList<Probe> probes(const Criterion &criterion, const ExactNumber &edge)
{
    const bool percent = criterion.rule.computation == ValueComputation::Percent;
    const bool counted = criterion.figures.at(1).aggregate == FigureAggregate::Count;
    // Counts: a denominator of 1000 records (percent) or 10 records (mean days), so that a
    // whole edge is a whole numerator and one more or less is the nearest value either side.
    // Sums: decimals, one tenth either side.
    const ExactNumber denominator = counted ? ExactNumber::fromInteger(percent ? 1000 : 10)
                                            : ExactNumber::fromInteger(percent ? 100 : 1);
    const ExactNumber exact = edge.times(counted ? 10 : 1);
    const ExactNumber step = counted ? ExactNumber::fromInteger(1) : number("0.1");
    const ExactNumber below = *exact.plus(step.times(-1));
    const ExactNumber above = *exact.plus(step);
    return {{exact, denominator}, {below, denominator}, {above, denominator}};
}

} // namespace

TEST_CASE("workbook: each numeric criterion's computed figure on and beside every band edge "
          "suggests the rating criteria.md defines",
          "[workbook][scoring]")
{
    const Instrument &catalog = test::builtIn();
    int criteria = 0;
    int checked = 0;
    for (const Criterion &criterion : catalog.criteria()) {
        if (criterion.rule.kind != RuleKind::NumericBands)
            continue;
        ++criteria;
        INFO(criterion.id.toStdString());
        REQUIRE(criterion.figures.size() == 2);
        for (const Band &band : criterion.rule.bands) {
            for (const std::optional<BandEdge> &edge : {band.lower, band.upper}) {
                if (!edge)
                    continue;
                for (const Probe &probe : probes(criterion, edge->value)) {
                    ReviewDocument document;
                    fill(document.workbook, criterion.figures.at(1), probe.second);
                    fill(document.workbook, criterion.figures.at(0), probe.first);
                    const CriterionFigures figures = EvidenceFigures::resolve(
                        catalog, criterion, document, QStringLiteral("en"));
                    INFO("figures " << probe.first.toString().toStdString() << " / "
                                    << probe.second.toString().toStdString() << "; problems "
                                    << figures.problems().join(u';').toStdString());
                    REQUIRE(figures.value);
                    CHECK(figures.fromWorkbook());
                    CHECK_FALSE(figures.anyTyped());
                    CHECK(figures.suggestion == expectedRating(criterion.id, *figures.value));
                    ++checked;
                }
            }
        }
    }
    CHECK(criteria == 10);
    CHECK(checked >= 10 * 3 * 3);
}

namespace {
WorkbookRow row(const char *code,
                std::initializer_list<std::pair<const char *, const char *>> values)
{
    WorkbookRow made {
        QStringLiteral("uuid-%1").arg(QLatin1String(code)), QLatin1String(code), {}, {}};
    for (const auto &[key, value] : values)
        made.values.insert(QLatin1String(key), QLatin1String(value));
    return made;
}

// Two coaches and eight records, as a reviewer fills them on a visit.
ReviewDocument visit()
{
    ReviewDocument document;
    document.workbook.coaches = {
        row("Anna",
            {{"fte", "1"},
             {"clients", "24"},
             {"clients-from-teams", "22"},
             {"working-hours", "37.5"},
             {"employment-hours", "36"},
             {"scheduled-hours", "20"},
             {"community-hours", "13"},
             {"employer-contacts", "14"},
             {"sample-weeks", "2"}}),
        row("Ben",
            {{"fte", "0.8"},
             {"clients", "21"},
             {"clients-from-teams", "17"},
             {"working-hours", "30"},
             {"employment-hours", "30"},
             {"scheduled-hours", "16"},
             {"community-hours", "9"},
             {"employer-contacts", "9"},
             {"sample-weeks", "2"}}),
    };
    const char *types[]
        = {"cleaner", "Cleaner ", "cook", "warehouse", "cook", "driver", "shop", "IT support"};
    const char *employers[]
        = {"Kesko", "Kesko", "City", "Posti", "Cafe A", "Bus Co", "Kesko", "Firm"};
    const char *entry[] = {"2026-01-02", "2026-01-10", "2026-02-01", "2026-02-03",
                           "2026-02-20", "2026-03-01", "2026-03-02", "2026-03-15"};
    const char *contact[] = {"2026-01-20", "2026-03-01", "2026-02-10", "2026-04-01",
                             "2026-02-25", "2026-03-31", "2026-03-09", "2026-04-30"};
    for (int i = 0; i < 8; ++i) {
        WorkbookRow record = row(qPrintable(QStringLiteral("R%1").arg(i + 1)), {});
        record.values = {
            {QStringLiteral("entry-date"), QLatin1String(entry[i])},
            {QStringLiteral("first-employer-contact"), QLatin1String(contact[i])},
            {QStringLiteral("matches-preferences"),
             i == 3 ? QStringLiteral("no") : QStringLiteral("yes")},
            {QStringLiteral("job-type"), QLatin1String(types[i])},
            {QStringLiteral("employer"), QLatin1String(employers[i])},
            {QStringLiteral("competitive"), i == 5 ? QStringLiteral("no") : QStringLiteral("yes")}};
        document.workbook.records << record;
    }
    return document;
}

CriterionFigures figuresOf(const ReviewDocument &document, const char *id)
{
    return EvidenceFigures::resolve(test::builtIn(), *test::builtIn().criterion(QLatin1String(id)),
                                    document, QStringLiteral("en"));
}
} // namespace

TEST_CASE("workbook: two coaches and eight records give the figures computed by hand",
          "[workbook][scoring]")
{
    const ReviewDocument document = visit();
    struct Expected
    {
        const char *id;
        const char *first;
        const char *second;
        int coaches;
        int records;
        int suggestion;
    };
    // caseload 45 / 1.8 = 25 -> 4; dedicated 66 / 67.5 = 97.8 % -> 5; teams 39 / 45 = 86.7 % -> 4;
    // days 18+50+9+57+5+30+7+46 = 222 over 8 = 27.75 -> 5; preferences 7 / 8 = 87.5 % -> 4;
    // contacts 23 / 4 = 5.75 a week -> 4; job types cleaner, cook, warehouse, driver, shop,
    // it support: 6 / 8 = 75 % -> 4; employers Kesko, City, Posti, Cafe A, Bus Co, Firm: 6 / 8
    // -> 4; competitive 7 / 8 = 87.5 % -> 4; community 22 / 36 = 61.1 % -> 4.
    const Expected expected[] = {
        {"caseload", "45", "1.8", 2, 0, 4},           {"dedicated-staff", "66", "67.5", 2, 0, 5},
        {"team-integration", "39", "45", 2, 0, 4},    {"rapid-job-search", "222", "8", 0, 8, 5},
        {"individual-job-search", "7", "8", 0, 8, 4}, {"employer-contacts", "23", "4", 2, 0, 4},
        {"job-type-diversity", "6", "8", 0, 8, 4},    {"employer-diversity", "6", "8", 0, 8, 4},
        {"competitive-jobs", "7", "8", 0, 8, 4},      {"community-based", "22", "36", 2, 0, 4},
    };
    for (const Expected &e : expected) {
        INFO(e.id);
        const CriterionFigures figures = figuresOf(document, e.id);
        REQUIRE(figures.inputs.size() == 2);
        CHECK(figures.problems().isEmpty());
        CHECK(figures.inputs.at(0).value == number(e.first));
        CHECK(figures.inputs.at(1).value == number(e.second));
        CHECK(figures.coaches == e.coaches);
        CHECK(figures.records == e.records);
        CHECK(figures.suggestion == e.suggestion);
    }
}

TEST_CASE("workbook: a typed figure wins and says so; a contact before entry is named, not "
          "counted",
          "[workbook][scoring]")
{
    ReviewDocument document = visit();
    document.numbers << EvidenceNumber {QStringLiteral("caseload"), QStringLiteral("coachFte"),
                                        QStringLiteral("2.25")};
    const CriterionFigures caseload = figuresOf(document, "caseload");
    CHECK(caseload.inputs.at(0).origin == FigureOrigin::Workbook);
    CHECK(caseload.inputs.at(1).origin == FigureOrigin::Typed);
    CHECK(caseload.inputs.at(1).computed.value == number("1.8")); // still shown beside it
    CHECK(caseload.anyTyped());
    CHECK(caseload.value == number("20")); // 45 / 2.25 exactly
    CHECK(caseload.suggestion == 5);

    document.workbook.records[2].values[QStringLiteral("first-employer-contact")]
        = QStringLiteral("2026-01-15"); // before the entry on 2026-02-01
    const CriterionFigures rapid = figuresOf(document, "rapid-job-search");
    CHECK_FALSE(rapid.value);
    CHECK_FALSE(rapid.suggestion);
    REQUIRE(rapid.problems().size() == 1);
    CHECK(rapid.problems().constFirst()
          == QStringLiteral("record R3: \"First face-to-face employer contact\" is before \"Date "
                            "of entry to the service\""));

    // Rows without the fields a figure needs do not count; an empty workbook suggests nothing.
    ReviewDocument empty;
    empty.workbook.records << row("R1", {{"job-type", "cook"}});
    const CriterionFigures none = figuresOf(empty, "rapid-job-search");
    CHECK(none.inputs.at(0).origin == FigureOrigin::Missing);
    CHECK_FALSE(none.suggestion);
    CHECK(figuresOf(empty, "job-type-diversity").suggestion == 5); // 1 type of 1 job
}

TEST_CASE("workbook: typed values are stored in the field's own form or refused", "[workbook]")
{
    const Instrument &catalog = test::builtIn();
    const WorkbookField &fte
        = *catalog.workbookField(WorkbookTable::Coaches, QStringLiteral("fte"));
    const WorkbookField &entry
        = *catalog.workbookField(WorkbookTable::Records, QStringLiteral("entry-date"));
    const WorkbookField &job
        = *catalog.workbookField(WorkbookTable::Records, QStringLiteral("job-type"));
    const WorkbookField &competitive
        = *catalog.workbookField(WorkbookTable::Records, QStringLiteral("competitive"));
    CHECK(WorkbookFigure::storedValue(fte, QStringLiteral("0,80")) == QStringLiteral("0.8"));
    CHECK(WorkbookFigure::storedValue(fte, QStringLiteral(" ")) == QString());
    CHECK_FALSE(WorkbookFigure::storedValue(fte, QStringLiteral("-1")));
    CHECK_FALSE(WorkbookFigure::storedValue(fte, QStringLiteral("1e3")));
    CHECK(WorkbookFigure::storedValue(entry, QStringLiteral("2026-02-28"))
          == QStringLiteral("2026-02-28"));
    CHECK_FALSE(WorkbookFigure::storedValue(entry, QStringLiteral("2026-02-30")));
    CHECK_FALSE(WorkbookFigure::storedValue(entry, QStringLiteral("28.2.2026")));
    CHECK(WorkbookFigure::storedValue(competitive, QStringLiteral("yes")) == QStringLiteral("yes"));
    CHECK_FALSE(WorkbookFigure::storedValue(competitive, QStringLiteral("maybe")));
    CHECK(WorkbookFigure::storedValue(job, QStringLiteral(" cook ")) == QStringLiteral("cook"));
    CHECK_FALSE(WorkbookFigure::storedValue(job, QStringLiteral("cook\u001b[31m")));
}

TEST_CASE("workbook: without its records a review keeps every figure and suggestion, the "
          "record-based ones as typed figures",
          "[workbook][scoring]")
{
    ReviewDocument document = visit();
    // A typed figure stays as typed, not replaced by the workbook's.
    document.numbers << EvidenceNumber {QStringLiteral("competitive-jobs"), QStringLiteral("jobs"),
                                        QStringLiteral("10")};
    const ReviewDocument cleared = RecordClearing::withoutRecords(document, test::builtIn());
    CHECK(cleared.workbook.records.isEmpty());
    CHECK(cleared.workbook.recordsCleared);
    CHECK(cleared.workbook.coaches == document.workbook.coaches);
    for (const Criterion &criterion : test::builtIn().criteria()) {
        if (criterion.rule.kind != RuleKind::NumericBands)
            continue;
        INFO(criterion.id.toStdString());
        const CriterionFigures before = figuresOf(document, qPrintable(criterion.id));
        const CriterionFigures after = figuresOf(cleared, qPrintable(criterion.id));
        CHECK(after.value == before.value);
        CHECK(after.suggestion == before.suggestion);
        CHECK(after.records == 0);
        if (criterion.figures.constFirst().table == WorkbookTable::Records)
            CHECK(after.anyTyped());
    }
    // 222 days over 8 records, kept exactly.
    const auto typed = [&](const char *input) {
        for (const EvidenceNumber &number : cleared.numbers)
            if (number.criterionId == QLatin1String("rapid-job-search")
                && number.inputKey == QLatin1String(input))
                return number.value;
        return QString();
    };
    CHECK(typed("totalDays") == QStringLiteral("222"));
    CHECK(typed("clients") == QStringLiteral("8"));
    CHECK(RecordClearing::withoutRecords(cleared, test::builtIn()).sameContent(cleared));
}
