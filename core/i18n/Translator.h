#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace laatu {

// Chooses the user-interface language and installs the translations for it.
//
// The setting is "system", "fi", "sv" or "en". "system" picks the first of the user's
// preferred languages that Laatu has and falls back to English. An explicit choice also makes
// numbers and dates follow that language's Finnish-region conventions (fi_FI, sv_FI, en_GB),
// so a Swedish-speaking reviewer sees "4,29" as on paper.
class Translator
{
    Q_DECLARE_TR_FUNCTIONS(Translator)

public:
    static QStringList availableLanguages(); // {"fi", "sv", "en"}
    static QString resolveLanguage(const QString &setting,
                                   const QLocale &system = QLocale::system());
    // Installs Laatu's and Qt's own translations into the running application, replacing any
    // installed before, and sets the default QLocale. Returns the language in use.
    static QString install(const QString &setting);
    static QString currentLanguage();
    // The language's name in itself ("suomi", "svenska", "English") for menus.
    static QString nativeName(const QString &language);
};

} // namespace laatu
