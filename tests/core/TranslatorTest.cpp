#include "i18n/Translator.h"

#include "../support/QtStringMaker.h"

#include <catch2/catch.hpp>

using laatu::Translator;

TEST_CASE("the language setting resolves to fi, sv or en", "[i18n]")
{
    const QLocale finnish(QLocale::Finnish, QLocale::Finland);
    const QLocale swedish(QLocale::Swedish, QLocale::Finland);
    const QLocale german(QLocale::German, QLocale::Germany);
    CHECK(Translator::resolveLanguage(QStringLiteral("system"), finnish) == QLatin1String("fi"));
    CHECK(Translator::resolveLanguage(QStringLiteral("system"), swedish) == QLatin1String("sv"));
    CHECK(Translator::resolveLanguage(QStringLiteral("system"), german) == QLatin1String("en"));
    CHECK(Translator::resolveLanguage(QStringLiteral("sv"), finnish) == QLatin1String("sv"));
    CHECK(Translator::resolveLanguage(QStringLiteral("klingon"), finnish) == QLatin1String("fi"));
    CHECK(Translator::availableLanguages().size() == 3);
    CHECK(Translator::nativeName(QStringLiteral("fi")) == QStringLiteral("suomi"));
    CHECK(Translator::nativeName(QStringLiteral("sv")) == QStringLiteral("svenska"));
    CHECK(Translator::nativeName(QStringLiteral("en")) == QStringLiteral("English"));
}

TEST_CASE("installing a language translates core messages and sets number formats", "[i18n]")
{
    const QString english = QCoreApplication::translate("BandCoverage", "there are no bands");
    CHECK(Translator::install(QStringLiteral("fi")) == QLatin1String("fi"));
    CHECK(Translator::currentLanguage() == QLatin1String("fi"));
    CHECK(QLocale().toString(4.5, 'f', 2) == QStringLiteral("4,50"));
    const QString finnish = QCoreApplication::translate("BandCoverage", "there are no bands");
    CHECK(finnish != english);
    CHECK_FALSE(finnish.isEmpty());
    Translator::install(QStringLiteral("sv"));
    CHECK(QCoreApplication::translate("BandCoverage", "there are no bands") != finnish);
    Translator::install(QStringLiteral("en"));
    CHECK(QCoreApplication::translate("BandCoverage", "there are no bands") == english);
    CHECK(QLocale().toString(4.5, 'f', 2) == QStringLiteral("4.50"));
}
