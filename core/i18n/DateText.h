#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace laatu {

// Dates and times as a reader in the locale's region writes them by hand.
//
// Qt (CLDR) gives Swedish in Finland the ISO forms of Sweden ("2025-09-04", "14:30"), but
// Finland-Swedish users write 4.9.2025 and 14.30, as on every paper form they fill in. Every
// view and the report go through here so a date never reads differently in two places.
class DateText
{
public:
    static QString date(const QDate &date, const QLocale &locale = QLocale());
    static QString time(const QTime &time, const QLocale &locale = QLocale());
    // With seconds, for "saved at" messages that follow one another within a minute.
    static QString timeWithSeconds(const QTime &time, const QLocale &locale = QLocale());
    static QString dateTime(const QDateTime &dateTime, const QLocale &locale = QLocale());
    // The display format for a date editor, matching date().
    static QString dateFormat(const QLocale &locale = QLocale());
    static QString timeFormat(const QLocale &locale = QLocale());
};

} // namespace laatu
