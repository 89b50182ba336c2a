#include "review/CountyList.h"
#include "demo/DemoGenerator.h"

#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QSet>

using laatu::County;
using laatu::CountyList;

TEST_CASE("the county list loads 21 wellbeing services counties, Helsinki and Åland", "[counties]")
{
    QString error;
    const CountyList list
        = CountyList::fromFile(QString::fromLatin1(CountyList::ResourcePath), &error);
    INFO(error.toStdString());
    REQUIRE(list.size() == 23);
    CHECK(CountyList::builtIn().counties() == list.counties());
    QSet<QString> ids;
    QSet<QString> names;
    int wellbeingCounties = 0;
    for (const County &county : list.counties()) {
        CHECK_FALSE(county.id.isEmpty());
        CHECK_FALSE(county.finnish.isEmpty());
        CHECK_FALSE(county.swedish.isEmpty());
        ids.insert(county.id);
        names.insert(CountyList::normalized(county.finnish));
        names.insert(CountyList::normalized(county.swedish));
        if (county.finnish.endsWith(QStringLiteral(" hyvinvointialue"))
            && county.swedish.endsWith(QStringLiteral(" välfärdsområde")))
            ++wellbeingCounties;
    }
    CHECK(ids.size() == 23);
    CHECK(names.size() == 46);
    CHECK(wellbeingCounties == 21);
    const County *helsinki = list.find(QStringLiteral("Helsingin kaupunki"));
    REQUIRE(helsinki);
    CHECK(helsinki->swedish == QStringLiteral("Helsingfors stad"));
    const County *aland = list.find(QStringLiteral("Åland"));
    REQUIRE(aland);
    CHECK(aland->finnish == QStringLiteral("Ahvenanmaa"));
}

TEST_CASE("a county is found by its Finnish or Swedish name, whatever the case and spacing",
          "[counties]")
{
    const CountyList &list = CountyList::builtIn();
    const County *kantaHame = list.find(QStringLiteral("Kanta-Hämeen hyvinvointialue"));
    REQUIRE(kantaHame);
    CHECK(kantaHame->swedish == QStringLiteral("Egentliga Tavastlands välfärdsområde"));
    CHECK(list.find(QStringLiteral("Egentliga Tavastlands välfärdsområde")) == kantaHame);
    CHECK(list.find(QStringLiteral("  kanta-HÄMEEN   hyvinvointialue\t")) == kantaHame);
    CHECK(list.find(QStringLiteral("egentliga tavastlands VÄLFÄRDSOMRÅDE ")) == kantaHame);
    // A decomposed "ä" (as some keyboards and pastes give it) is the same name.
    CHECK(list.find(QStringLiteral("Kanta-Ha\u0308meen hyvinvointialue")) == kantaHame);
    CHECK(list.byId(kantaHame->id) == kantaHame);

    const County *itaUusimaa = list.find(QStringLiteral("östra nylands välfärdsområde"));
    REQUIRE(itaUusimaa);
    CHECK(itaUusimaa->finnish == QStringLiteral("Itä-Uudenmaan hyvinvointialue"));
    const County *pohjanmaa = list.find(QStringLiteral("POHJANMAAN HYVINVOINTIALUE"));
    REQUIRE(pohjanmaa);
    CHECK(pohjanmaa->swedish == QStringLiteral("Österbottens välfärdsområde"));
    CHECK(list.find(QStringLiteral(" helsingfors STAD "))
          == list.find(QStringLiteral("Helsingin kaupunki")));

    CHECK(list.find(QStringLiteral("Kanta-Häme")) == nullptr);
    CHECK(list.find(QStringLiteral("Kanta-Hämeen hyvinvointialueet")) == nullptr);
    CHECK(list.find(QStringLiteral("   ")) == nullptr);
    CHECK(list.find(QString()) == nullptr);

    CHECK(kantaHame->name(QStringLiteral("sv")) == kantaHame->swedish);
    CHECK(kantaHame->name(QStringLiteral("fi")) == kantaHame->finnish);
    CHECK(kantaHame->name(QStringLiteral("en")) == kantaHame->finnish);
    CHECK(list.displayName(QStringLiteral("kanta-hämeen hyvinvointialue"), QStringLiteral("sv"))
          == kantaHame->swedish);
    CHECK(list.displayName(QStringLiteral("Tuntematon"), QStringLiteral("sv"))
          == QStringLiteral("Tuntematon"));
}

TEST_CASE("the county names are sorted per language", "[counties]")
{
    const CountyList &list = CountyList::builtIn();
    const QStringList finnish = list.names(QStringLiteral("fi"));
    const QStringList swedish = list.names(QStringLiteral("sv"));
    REQUIRE(finnish.size() == 23);
    REQUIRE(swedish.size() == 23);
    CHECK(finnish.first() == QStringLiteral("Ahvenanmaa"));
    CHECK(finnish.last() == QStringLiteral("Varsinais-Suomen hyvinvointialue"));
    CHECK(swedish.first() == QStringLiteral("Birkalands välfärdsområde"));
    // Å and Ö come after Z in Swedish.
    CHECK(swedish.indexOf(QStringLiteral("Åland"))
          > swedish.indexOf(QStringLiteral("Västra Nylands välfärdsområde")));
    CHECK(swedish.last() == QStringLiteral("Östra Nylands välfärdsområde"));
}

TEST_CASE("a broken county list is refused with a reason", "[counties]")
{
    QString error;
    CHECK(CountyList::fromJson("{", &error).isEmpty());
    CHECK_FALSE(error.isEmpty());
    error.clear();
    CHECK(CountyList::fromJson(R"({"counties": [{"id": "a", "fi": "A"}]})", &error).isEmpty());
    CHECK_FALSE(error.isEmpty());
    error.clear();
    CHECK(CountyList::fromJson(R"({"counties": [{"id": "a", "fi": "A", "sv": "B"},
                                                {"id": "a", "fi": "C", "sv": "D"}]})",
                               &error)
              .isEmpty());
    CHECK(error.contains(QStringLiteral("\"a\"")));
    error.clear();
    CHECK(CountyList::fromJson(R"({"counties": [{"id": "a", "fi": "A", "sv": "B"},
                                                {"id": "b", "fi": "b", "sv": "D"}]})",
                               &error)
              .isEmpty());
    CHECK_FALSE(error.isEmpty());
    CHECK(CountyList::fromJson(R"({"counties": [{"id": "a", "fi": "Same", "sv": "Same"}]})").size()
          == 1);
}

TEST_CASE("every county of the demo data is in the list exactly", "[counties][demo]")
{
    laatu::DemoGenerator::Options options;
    options.sites = 16;
    options.reviewsPerSite = 1;
    options.withEvidence = false;
    const QList<laatu::ReviewDocument> documents
        = laatu::DemoGenerator(laatu::test::builtIn(), options).generate();
    REQUIRE(documents.size() == 16);
    const CountyList &list = CountyList::builtIn();
    for (const laatu::ReviewDocument &document : documents) {
        const QString county = document.site.county;
        INFO(county.toStdString());
        const County *listed = list.find(county);
        REQUIRE(listed);
        CHECK((county == listed->finnish || county == listed->swedish));
    }
}
