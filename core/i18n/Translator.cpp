#include "Translator.h"

#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace laatu {

namespace {
// Owned here so a second install() replaces the first instead of stacking translators.
std::unique_ptr<QTranslator> s_appTranslator;
std::unique_ptr<QTranslator> s_qtTranslator;
QString s_current = QStringLiteral("en");

QLocale localeFor(const QString &language)
{
    if (language == QLatin1String("fi"))
        return QLocale(QLocale::Finnish, QLocale::Finland);
    if (language == QLatin1String("sv"))
        return QLocale(QLocale::Swedish, QLocale::Finland);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}
} // namespace

QStringList Translator::availableLanguages()
{
    return {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")};
}

QString Translator::resolveLanguage(const QString &setting, const QLocale &system)
{
    const QStringList available = availableLanguages();
    if (available.contains(setting))
        return setting;
    for (const QString &preferred : system.uiLanguages()) {
        const QString language = preferred.left(2).toLower();
        if (available.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString Translator::install(const QString &setting)
{
    auto *app = QCoreApplication::instance();
    const QString language = resolveLanguage(setting);
    if (app && s_appTranslator)
        QCoreApplication::removeTranslator(s_appTranslator.get());
    if (app && s_qtTranslator)
        QCoreApplication::removeTranslator(s_qtTranslator.get());
    s_appTranslator = std::make_unique<QTranslator>();
    s_qtTranslator = std::make_unique<QTranslator>();
    if (app && s_appTranslator->load(QStringLiteral(":/i18n/laatu_%1.qm").arg(language)))
        QCoreApplication::installTranslator(s_appTranslator.get());
    if (app
        && s_qtTranslator->load(QStringLiteral("qtbase_%1").arg(language),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qtTranslator.get());
    // "system" keeps the user's own number and date formats; an explicit choice follows it.
    QLocale::setDefault(availableLanguages().contains(setting) ? localeFor(language)
                                                               : QLocale::system());
    s_current = language;
    return language;
}

QString Translator::currentLanguage()
{
    return s_current;
}

QString Translator::nativeName(const QString &language)
{
    if (language == QLatin1String("fi"))
        return QStringLiteral("suomi");
    if (language == QLatin1String("sv"))
        return QStringLiteral("svenska");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return tr("System language");
}

} // namespace laatu
