#include "DateText.h"

namespace laatu {

namespace {
bool finlandSwedish(const QLocale &locale)
{
    return locale.language() == QLocale::Swedish && locale.territory() == QLocale::Finland;
}
} // namespace

QString DateText::dateFormat(const QLocale &locale)
{
    if (finlandSwedish(locale))
        return QStringLiteral("d.M.yyyy");
    return locale.dateFormat(QLocale::ShortFormat);
}

QString DateText::timeFormat(const QLocale &locale)
{
    if (finlandSwedish(locale))
        return QStringLiteral("H.mm");
    return locale.timeFormat(QLocale::ShortFormat);
}

QString DateText::date(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, dateFormat(locale)) : QString();
}

QString DateText::time(const QTime &time, const QLocale &locale)
{
    return time.isValid() ? locale.toString(time, timeFormat(locale)) : QString();
}

QString DateText::timeWithSeconds(const QTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return QString();
    if (finlandSwedish(locale))
        return locale.toString(time, QStringLiteral("H.mm.ss"));
    // The long format ends in the time zone ("t"), which a time of day alone does not have.
    QString format = locale.timeFormat(QLocale::LongFormat);
    if (format.endsWith(QLatin1String(" t")))
        format.chop(2);
    return locale.toString(time, format);
}

QString DateText::dateTime(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return QString();
    const QDateTime local = dateTime.toLocalTime();
    return QStringLiteral("%1 %2").arg(date(local.date(), locale), time(local.time(), locale));
}

} // namespace laatu
