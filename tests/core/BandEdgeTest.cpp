// Every band edge of every numeric criterion, both sides and on the edge, against reference
// functions written straight from criteria.md (not derived from the catalog under test).
#include "../support/BuiltInCatalog.h"

#include "../support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <functional>

using laatu::ExactNumber;

namespace {
ExactNumber num(const QString &text)
{
    const auto parsed = ExactNumber::parse(text);
    REQUIRE(parsed.has_value());
    return *parsed;
}

struct NumericSpec
{
    const char *id;
    QList<int> edges;
    bool isShare; // 0..100, else any non-negative number
    std::function<int(const ExactNumber &)> reference;
};

bool le(const ExactNumber &x, int n)
{
    return x <= ExactNumber::fromInteger(n);
}
bool ge(const ExactNumber &x, int n)
{
    return x >= ExactNumber::fromInteger(n);
}

int diversity(const ExactNumber &p)
{
    return ge(p, 85) ? 5 : ge(p, 70) ? 4 : ge(p, 60) ? 3 : ge(p, 50) ? 2 : 1;
}

const QList<NumericSpec> &numericSpecs()
{
    static const QList<NumericSpec> specs {
        {"caseload",
         {20, 25, 30, 40},
         false,
         [](const ExactNumber &r) {
             return le(r, 20) ? 5 : le(r, 25) ? 4 : le(r, 30) ? 3 : le(r, 40) ? 2 : 1;
         }},
        {"dedicated-staff",
         {96, 90, 75, 60},
         true,
         [](const ExactNumber &p) {
             return ge(p, 96) ? 5 : ge(p, 90) ? 4 : ge(p, 75) ? 3 : ge(p, 60) ? 2 : 1;
         }},
        {"team-integration",
         {90, 75, 50},
         true,
         [](const ExactNumber &p) {
             return ge(p, 90) ? 5 : ge(p, 75) ? 4 : ge(p, 50) ? 3 : 2;
         }},
        {"rapid-job-search",
         {30, 60, 150, 270},
         false,
         [](const ExactNumber &d) {
             return le(d, 30) ? 5 : le(d, 60) ? 4 : le(d, 150) ? 3 : le(d, 270) ? 2 : 1;
         }},
        {"individual-job-search",
         {90, 75, 50, 25},
         true,
         [](const ExactNumber &p) {
             return ge(p, 90) ? 5 : ge(p, 75) ? 4 : ge(p, 50) ? 3 : ge(p, 25) ? 2 : 1;
         }},
        {"employer-contacts",
         {6, 5, 4, 2},
         false,
         [](const ExactNumber &c) {
             return ge(c, 6) ? 5 : ge(c, 5) ? 4 : ge(c, 4) ? 3 : ge(c, 2) ? 2 : 1;
         }},
        {"job-type-diversity", {85, 70, 60, 50}, true, diversity},
        {"employer-diversity", {85, 70, 60, 50}, true, diversity},
        {"competitive-jobs",
         {95, 85, 75, 64},
         true,
         [](const ExactNumber &p) {
             return ge(p, 95) ? 5 : ge(p, 85) ? 4 : ge(p, 75) ? 3 : ge(p, 64) ? 2 : 1;
         }},
        {"community-based",
         {65, 50, 40, 30},
         true,
         [](const ExactNumber &p) {
             return ge(p, 65) ? 5 : ge(p, 50) ? 4 : ge(p, 40) ? 3 : ge(p, 30) ? 2 : 1;
         }},
    };
    return specs;
}
} // namespace

TEST_CASE("numeric bands: both sides of every edge and the edge itself", "[suggest][bands]")
{
    const laatu::Instrument &instrument = laatu::test::builtIn();
    int checked = 0;
    for (const NumericSpec &spec : numericSpecs()) {
        const laatu::Criterion *criterion = instrument.criterion(QLatin1String(spec.id));
        REQUIRE(criterion);
        REQUIRE(criterion->rule.kind == laatu::RuleKind::NumericBands);
        QStringList points {QStringLiteral("0"), QStringLiteral("0.5")};
        for (int edge : spec.edges) {
            points << QString::number(edge) << QStringLiteral("%1.999999999").arg(edge - 1)
                   << QStringLiteral("%1.000000001").arg(edge) << QStringLiteral("%1.5").arg(edge);
        }
        points << (spec.isShare ? QStringLiteral("100") : QStringLiteral("100000"));
        for (const QString &point : points) {
            const ExactNumber value = num(point);
            INFO(spec.id << " at " << point.toStdString());
            CHECK(criterion->rule.suggestForValue(value) == spec.reference(value));
            ++checked;
        }
    }
    CHECK(checked >= 10 * 4 * 4);
}

TEST_CASE("numeric bands: values outside the domain get no suggestion", "[suggest][bands]")
{
    const laatu::Instrument &instrument = laatu::test::builtIn();
    for (const NumericSpec &spec : numericSpecs()) {
        const auto &rule = instrument.criterion(QLatin1String(spec.id))->rule;
        INFO(spec.id);
        CHECK_FALSE(rule.suggestForValue(num(QStringLiteral("-0.000001"))).has_value());
        if (spec.isShare)
            CHECK_FALSE(rule.suggestForValue(num(QStringLiteral("100.000001"))).has_value());
    }
}

TEST_CASE("numbers computed from counts are exact", "[suggest][bands]")
{
    const laatu::Instrument &instrument = laatu::test::builtIn();
    auto suggest
        = [&](const char *id, const char *first, const char *second) -> std::optional<int> {
        const auto &rule = instrument.criterion(QLatin1String(id))->rule;
        const auto value
            = rule.valueFromInputs(num(QLatin1String(first)), num(QLatin1String(second)));
        return value ? rule.suggestForValue(*value) : std::nullopt;
    };
    CHECK(suggest("caseload", "45", "2.25") == 5); // exactly 20 per full-time coach
    CHECK(suggest("caseload", "46", "2.25") == 4); // 20.44...
    CHECK(suggest("caseload", "50", "2") == 4); // exactly 25
    CHECK(suggest("caseload", "7", "0.35")
          == 5); // 20, where 7 / 0.35 in doubles is 20.000000000000004
    CHECK(suggest("job-type-diversity", "17", "20") == 5); // 85 %
    CHECK(suggest("job-type-diversity", "169", "200") == 4); // 84.5 %
    CHECK(suggest("competitive-jobs", "19", "20") == 5); // 95 %
    CHECK(suggest("competitive-jobs", "56", "59") == 4); // 94.9 %
    CHECK(suggest("community-based", "13", "20") == 5); // 65 %
    CHECK(suggest("dedicated-staff", "36", "37.5") == 5); // 96 %
    CHECK(suggest("employer-contacts", "13", "2") == 5); // 6.5 a week
    CHECK(suggest("rapid-job-search", "300", "10") == 5); // 30 days
    CHECK(suggest("rapid-job-search", "301", "10") == 4);
    CHECK_FALSE(suggest("caseload", "10", "0").has_value());
    CHECK_FALSE(suggest("competitive-jobs", "21", "20").has_value()); // 105 % is no share
    CHECK_FALSE(suggest("caseload", "-1", "2").has_value());
}

TEST_CASE("counted elements: every count of every counted criterion", "[suggest][elements]")
{
    const laatu::Instrument &instrument = laatu::test::builtIn();
    struct CountedSpec
    {
        const char *id;
        int elements;
        std::function<int(int)> reference;
    };
    const auto atMostOneIsOne = [](int n) { return n <= 1 ? 1 : n; };
    const QList<CountedSpec> specs {
        {"team-contact", 5, atMostOneIsOne},
        {"supervisor-role", 5, atMostOneIsOne},
        {"agency-focus", 5, atMostOneIsOne},
        {"leadership-support", 5, atMostOneIsOne},
        {"disclosure", 4, [](int n) { return n + 1; }},
        {"assertive-outreach", 6, [](int n) { return n <= 2 ? 1 : n - 1; }},
    };
    for (const CountedSpec &spec : specs) {
        const laatu::Criterion *criterion = instrument.criterion(QLatin1String(spec.id));
        REQUIRE(criterion);
        REQUIRE(criterion->rule.kind == laatu::RuleKind::CountedElements);
        CHECK(criterion->rule.elements.size() == spec.elements);
        for (int n = 0; n <= spec.elements; ++n) {
            INFO(spec.id << " with " << n << " elements");
            CHECK(criterion->rule.suggestForCount(n) == spec.reference(n));
        }
        CHECK_FALSE(criterion->rule.suggestForCount(-1).has_value());
        CHECK_FALSE(criterion->rule.suggestForCount(spec.elements + 1).has_value());
        CHECK_FALSE(criterion->rule.suggestForValue(ExactNumber::fromInteger(3)).has_value());
    }
}

TEST_CASE("descriptive criteria never suggest", "[suggest]")
{
    const laatu::Instrument &instrument = laatu::test::builtIn();
    int descriptive = 0;
    for (const laatu::Criterion &criterion : instrument.criteria()) {
        if (criterion.rule.kind != laatu::RuleKind::Descriptive)
            continue;
        ++descriptive;
        CHECK_FALSE(criterion.rule.suggestForCount(3).has_value());
        CHECK_FALSE(criterion.rule.suggestForValue(ExactNumber::fromInteger(3)).has_value());
        CHECK_FALSE(
            criterion.rule.valueFromInputs(ExactNumber::fromInteger(1), ExactNumber::fromInteger(1))
                .has_value());
    }
    CHECK(descriptive == 9);
}
