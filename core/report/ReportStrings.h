#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>
#include <optional>

namespace laatu {

// The report's own labels in the report's language, whatever language the user interface
// runs in: a QTranslator of its own (not installed into the application) translates the
// "Report" context. English source text is the fallback for anything not translated.
class ReportStrings
{
public:
    explicit ReportStrings(const QString &language);

    const QString &language() const { return m_language; }
    const QLocale &locale() const { return m_locale; }
    // `source` must be marked with QT_TRANSLATE_NOOP("Report", ...) where it is written.
    QString text(const char *source) const;
    // A date as people write it in the language: 2.9.2024 in Finnish, 2 Sept 2024 in English.
    QString date(const QDate &date) const;
    // A span of days; a one-day visit shows one date.
    QString dateRange(const QDate &start, const QDate &end) const;
    QString number(int value) const { return m_locale.toString(value); }
    QString decimal(double value, int decimals) const
    {
        return m_locale.toString(value, 'f', decimals);
    }
    // A rating, or "–" when there is none.
    QString rating(std::optional<int> value) const
    {
        return value ? number(*value) : QStringLiteral("\u2013");
    }
    // "17 Employer contacts": a criterion's number and title, an en space between them.
    static QString numbered(int number, const QString &title)
    {
        return QStringLiteral("%1\u2002%2").arg(number).arg(title);
    }
    // A share 0..1 as a whole percentage ("83 %" in Finnish, "83%" in English).
    QString percent(int part, int whole) const;

    // fi_FI, sv_FI, en_GB: the conventions the Translator uses for the same languages.
    static QLocale localeFor(const QString &language);
    static bool isSupported(const QString &language);

private:
    QString m_language;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace laatu
