#include "instrument/ExactNumber.h"

#include "../support/QtStringMaker.h"

#include <catch2/catch.hpp>

using laatu::ExactNumber;

namespace {
ExactNumber num(const char *text)
{
    const auto parsed = ExactNumber::parse(QString::fromLatin1(text));
    REQUIRE(parsed.has_value());
    return *parsed;
}
} // namespace

TEST_CASE("decimals parse exactly, with either separator", "[exact]")
{
    CHECK(num("6.5") == num("6,5"));
    CHECK(num("6.5").numerator() == 13);
    CHECK(num("6.5").denominator() == 2);
    CHECK(num("20") == ExactNumber::fromInteger(20));
    CHECK(num("20.000") == ExactNumber::fromInteger(20));
    CHECK(num("-3").isNegative());
    CHECK(num("+3") == ExactNumber::fromInteger(3));
    CHECK(num(" 42 ") == ExactNumber::fromInteger(42));
}

TEST_CASE("malformed numbers are refused", "[exact]")
{
    for (const char *bad : {"", " ", "abc", "1.2.3", "1,2.3", "1e5", "1.", ".", "-", "12a", "1 000",
                            "0x10", "1234567890123", "0.1234567891"}) {
        INFO(bad);
        CHECK_FALSE(ExactNumber::parse(QString::fromLatin1(bad)).has_value());
    }
    CHECK(ExactNumber::parse(QStringLiteral(".5")).has_value());
}

TEST_CASE("comparison is exact where doubles are not", "[exact]")
{
    // 0.1 + 0.2 != 0.3 in binary doubles; 3/10 compares equal to 0.3 here.
    const auto threeTenths = ExactNumber::ratio(num("3"), num("10"));
    REQUIRE(threeTenths);
    CHECK(*threeTenths == num("0.3"));
    // 45 clients on 2.25 full-time coaches is exactly 20, not 20.000000000000004.
    const auto caseload = ExactNumber::ratio(num("45"), num("2.25"));
    REQUIRE(caseload);
    CHECK(*caseload == ExactNumber::fromInteger(20));
    CHECK(num("20.000000001") > ExactNumber::fromInteger(20));
    CHECK(num("19.999999999") < ExactNumber::fromInteger(20));
}

TEST_CASE("ratio refuses a zero denominator and keeps signs", "[exact]")
{
    CHECK_FALSE(ExactNumber::ratio(num("1"), num("0")).has_value());
    const auto negative = ExactNumber::ratio(num("1"), num("-4"));
    REQUIRE(negative);
    CHECK(negative->isNegative());
    CHECK(negative->denominator() == 4);
}

TEST_CASE("toString gives the shortest exact decimal or rounds half up", "[exact]")
{
    CHECK(num("6.5").toString() == QStringLiteral("6.5"));
    CHECK(ExactNumber::fromInteger(-12).toString() == QStringLiteral("-12"));
    CHECK(ExactNumber::ratio(num("2"), num("3"))->toString(2) == QStringLiteral("0.67"));
    CHECK(ExactNumber::ratio(num("1"), num("3"))->toString(2) == QStringLiteral("0.33"));
    CHECK(ExactNumber::ratio(num("-1"), num("3"))->toString(2) == QStringLiteral("-0.33"));
    CHECK(num("9.996").toString(2) == QStringLiteral("10"));
    CHECK(num("0.125").toString(2) == QStringLiteral("0.13"));
    CHECK(num("0.5").toDouble() == 0.5);
    CHECK(num("7").times(100) == ExactNumber::fromInteger(700));
}
