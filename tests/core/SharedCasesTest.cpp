// The public cases in shared/cases, through the core API (tests/cli runs them through the CLI).
#include "../support/SharedCases.h"
#include "../support/BuiltInCatalog.h"

#include "review/RatingSheet.h"
#include "scoring/ScoreCard.h"

#include "../support/QtStringMaker.h"

#include <catch2/catch.hpp>

TEST_CASE("shared scoring cases", "[score][cases]")
{
    const laatu::Instrument &instrument = laatu::test::builtIn();
    const QList<QStringList> rows
        = laatu::test::readCaseTable(laatu::test::sharedCase("scoring.tsv"));
    REQUIRE(rows.size() >= 20);
    for (const QStringList &row : rows) {
        REQUIRE(row.size() == 7);
        INFO(row.join(QLatin1Char(' ')).toStdString());
        const QStringList ratings = row.at(0).split(QLatin1Char(','));
        REQUIRE(ratings.size() == 25);
        laatu::RatingSheet sheet;
        for (int i = 0; i < ratings.size(); ++i) {
            if (ratings.at(i) != QLatin1String("-"))
                sheet.setRating(instrument.criteria().at(i).id, ratings.at(i).toInt());
        }
        const laatu::ScoreCard card = laatu::ScoreCard::compute(instrument, sheet);
        const auto orDash = [](const std::optional<int> &value) {
            return value ? QString::number(*value) : QStringLiteral("-");
        };
        CHECK(orDash(card.total()) == row.at(1));
        CHECK((card.isComplete() ? card.meanText(QLocale::c()) : QStringLiteral("-")) == row.at(2));
        CHECK(card.levelKey() == row.at(3));
        for (int s = 0; s < 3; ++s) {
            const auto &section = card.sections().at(s);
            CHECK((section.isComplete() ? QString::number(section.subtotal) : QStringLiteral("-"))
                  == row.at(4 + s));
        }
    }
}

TEST_CASE("shared suggestion cases", "[suggest][cases]")
{
    const laatu::Instrument &instrument = laatu::test::builtIn();
    const QList<QStringList> rows
        = laatu::test::readCaseTable(laatu::test::sharedCase("suggestions.tsv"));
    REQUIRE(rows.size() >= 20);
    for (const QStringList &row : rows) {
        REQUIRE(row.size() == 3);
        INFO(row.join(QLatin1Char(' ')).toStdString());
        const laatu::Criterion *criterion = instrument.criterion(row.at(0));
        REQUIRE(criterion);
        std::optional<int> suggestion;
        if (criterion->rule.kind == laatu::RuleKind::CountedElements) {
            suggestion = criterion->rule.suggestForCount(row.at(1).toInt());
        } else {
            const auto value = laatu::ExactNumber::parse(row.at(1));
            REQUIRE(value);
            suggestion = criterion->rule.suggestForValue(*value);
        }
        CHECK(suggestion == row.at(2).toInt());
    }
}
