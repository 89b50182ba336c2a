#include "ReportStrings.h"

namespace laatu {

ReportStrings::ReportStrings(const QString &language)
    : m_language(isSupported(language) ? language : QStringLiteral("en"))
    , m_locale(localeFor(m_language))
    , m_translator(std::make_unique<QTranslator>())
{
    // English needs no file: the source text is English. A missing .qm leaves the English
    // labels, which is readable, rather than failing the report.
    if (m_language != QLatin1String("en")
        && !m_translator->load(QStringLiteral(":/i18n/laatu_%1.qm").arg(m_language)))
        m_translator.reset();
}

QString ReportStrings::text(const char *source) const
{
    if (m_translator) {
        const QString translated = m_translator->translate("Report", source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString ReportStrings::date(const QDate &date) const
{
    if (!date.isValid())
        return QString();
    if (m_language == QLatin1String("fi"))
        return date.toString(QStringLiteral("d.M.yyyy"));
    if (m_language == QLatin1String("sv"))
        return m_locale.toString(date, QStringLiteral("d.M.yyyy"));
    return m_locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QString ReportStrings::dateRange(const QDate &start, const QDate &end) const
{
    if (!end.isValid() || end == start)
        return date(start);
    return QStringLiteral("%1 \u2013 %2").arg(date(start), date(end));
}

QString ReportStrings::percent(int part, int whole) const
{
    if (whole <= 0)
        return QStringLiteral("\u2013");
    // Rounded half up in integers, as the score card rounds the mean.
    const int value = (part * 200 + whole) / (2 * whole);
    return m_language == QLatin1String("en") ? QStringLiteral("%1%").arg(value)
                                             : QStringLiteral("%1\u00a0%").arg(value);
}

QLocale ReportStrings::localeFor(const QString &language)
{
    if (language == QLatin1String("fi"))
        return QLocale(QLocale::Finnish, QLocale::Finland);
    if (language == QLatin1String("sv"))
        return QLocale(QLocale::Swedish, QLocale::Finland);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

bool ReportStrings::isSupported(const QString &language)
{
    return language == QLatin1String("fi") || language == QLatin1String("sv")
        || language == QLatin1String("en");
}

} // namespace laatu
