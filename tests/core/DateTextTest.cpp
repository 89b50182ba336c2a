// Dates and times read as the user in Finland writes them, in each of Laatu's languages:
// Finland-Swedish users write 4.9.2025 and 14.30, not Sweden's 2025-09-04 and 14:30 that
// Qt's sv_FI gives.
#include "../support/QtStringMaker.h"

#include "i18n/DateText.h"

#include <catch2/catch.hpp>

using laatu::DateText;

TEST_CASE("dates are written as in the region, Swedish in Finland included", "[i18n][dates]")
{
    const QDate date(2025, 9, 4);
    const QTime time(14, 30, 5);
    const QLocale fi(QLocale::Finnish, QLocale::Finland);
    const QLocale sv(QLocale::Swedish, QLocale::Finland);
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    const QLocale sweden(QLocale::Swedish, QLocale::Sweden);

    CHECK(DateText::date(date, fi) == QStringLiteral("4.9.2025"));
    CHECK(DateText::date(date, sv) == QStringLiteral("4.9.2025"));
    CHECK(DateText::date(date, en) == QStringLiteral("04/09/2025"));
    // Sweden itself keeps its own ISO dates.
    CHECK(DateText::date(date, sweden) == QStringLiteral("2025-09-04"));

    CHECK(DateText::time(time, sv) == QStringLiteral("14.30"));
    CHECK(DateText::time(time, fi) == QStringLiteral("14.30"));
    CHECK(DateText::timeWithSeconds(time, sv) == QStringLiteral("14.30.05"));
    CHECK(DateText::timeWithSeconds(time, fi) == QStringLiteral("14.30.05"));
    // No time zone name after a time of day.
    CHECK(DateText::timeWithSeconds(time, en) == QStringLiteral("14:30:05"));

    // An editor's display format gives back the same text.
    for (const QLocale &locale : {fi, sv, en}) {
        INFO(locale.name().toStdString());
        CHECK(locale.toString(date, DateText::dateFormat(locale)) == DateText::date(date, locale));
        CHECK(locale.toDate(DateText::date(date, locale), DateText::dateFormat(locale)) == date);
    }
    CHECK(DateText::date(QDate(), sv).isEmpty());
    CHECK(DateText::dateTime(QDateTime(), sv).isEmpty());
}

TEST_CASE("a date and time is shown in local time", "[i18n][dates]")
{
    const QLocale sv(QLocale::Swedish, QLocale::Finland);
    const QDateTime local(QDate(2025, 9, 4), QTime(9, 5), Qt::LocalTime);
    CHECK(DateText::dateTime(local.toUTC(), sv) == QStringLiteral("4.9.2025 9.05"));
}
