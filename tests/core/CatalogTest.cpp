#include "../support/BuiltInCatalog.h"

#include "../support/QtStringMaker.h"

#include <catch2/catch.hpp>

TEST_CASE("the built-in catalog holds the 25 criteria in display order", "[catalog]")
{
    const laatu::Instrument &instrument = laatu::test::builtIn();
    // Ids and order exactly as in the domain brief (criteria.md).
    const QStringList expected {
        QStringLiteral("caseload"),           QStringLiteral("dedicated-staff"),
        QStringLiteral("generalists"),        QStringLiteral("team-integration"),
        QStringLiteral("team-contact"),       QStringLiteral("employment-services"),
        QStringLiteral("coaching-unit"),      QStringLiteral("supervisor-role"),
        QStringLiteral("zero-exclusion"),     QStringLiteral("agency-focus"),
        QStringLiteral("leadership-support"), QStringLiteral("benefits-counselling"),
        QStringLiteral("disclosure"),         QStringLiteral("work-based-assessment"),
        QStringLiteral("rapid-job-search"),   QStringLiteral("individual-job-search"),
        QStringLiteral("employer-contacts"),  QStringLiteral("employer-contact-quality"),
        QStringLiteral("job-type-diversity"), QStringLiteral("employer-diversity"),
        QStringLiteral("competitive-jobs"),   QStringLiteral("individual-support"),
        QStringLiteral("unlimited-support"),  QStringLiteral("community-based"),
        QStringLiteral("assertive-outreach")};
    REQUIRE(instrument.criteria().size() == expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        CHECK(instrument.criteria().at(i).id == expected.at(i));
        CHECK(instrument.criteria().at(i).number == i + 1);
        CHECK(instrument.criterionIndex(expected.at(i)) == i);
    }
    CHECK(instrument.criterion(QStringLiteral("no-such")) == nullptr);
    CHECK(instrument.criterionIndex(QStringLiteral("no-such")) == -1);
    CHECK(instrument.minTotal() == 25);
    CHECK(instrument.maxTotal() == 125);
}

TEST_CASE("the built-in catalog has three sections of 3, 8 and 14 criteria", "[catalog]")
{
    const laatu::Instrument &instrument = laatu::test::builtIn();
    REQUIRE(instrument.sections().size() == 3);
    CHECK(instrument.sections().at(0).id == QLatin1String("staffing"));
    CHECK(instrument.sections().at(0).criterionIds.size() == 3);
    CHECK(instrument.sections().at(1).id == QLatin1String("organisation"));
    CHECK(instrument.sections().at(1).criterionIds.size() == 8);
    CHECK(instrument.sections().at(2).id == QLatin1String("services"));
    CHECK(instrument.sections().at(2).criterionIds.size() == 14);
    REQUIRE(instrument.section(QStringLiteral("services")));
    CHECK(instrument.section(QStringLiteral("nope")) == nullptr);
    for (const laatu::Criterion &criterion : instrument.criteria())
        CHECK(instrument.section(criterion.sectionId)->criterionIds.contains(criterion.id));
}

TEST_CASE("every text of the built-in catalog exists in fi, sv and en", "[catalog][i18n]")
{
    const laatu::Instrument &instrument = laatu::test::builtIn();
    CHECK(instrument.languages()
          == QStringList {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")});
    for (const QString &language : instrument.languages()) {
        INFO(language.toStdString());
        CHECK(instrument.name().has(language));
        for (const laatu::Criterion &criterion : instrument.criteria()) {
            INFO(criterion.id.toStdString());
            CHECK(criterion.title.has(language));
            CHECK(criterion.definition.has(language));
            CHECK(criterion.guidance.has(language));
            REQUIRE(criterion.anchors.size() == 5);
            for (const laatu::LocalizedText &anchor : criterion.anchors)
                CHECK(anchor.has(language));
            CHECK_FALSE(criterion.sources.isEmpty());
            for (const laatu::ChecklistElement &element : criterion.rule.elements)
                CHECK(element.label.has(language));
            for (const laatu::EvidenceInput &input : criterion.rule.inputs)
                CHECK(input.label.has(language));
        }
    }
    // The three languages really differ (not one copied into the others).
    const laatu::Criterion &first = instrument.criteria().constFirst();
    CHECK(first.title.text(QStringLiteral("fi")) != first.title.text(QStringLiteral("en")));
    CHECK(first.title.text(QStringLiteral("sv")) != first.title.text(QStringLiteral("en")));
    // An unknown language falls back to English.
    CHECK(first.title.text(QStringLiteral("de")) == first.title.text(QStringLiteral("en")));
}

TEST_CASE("levels and evidence sources of the built-in catalog", "[catalog]")
{
    const laatu::Instrument &instrument = laatu::test::builtIn();
    REQUIRE(instrument.levels().size() == 4);
    CHECK(instrument.levels().at(0).key == QLatin1String("exemplary"));
    CHECK(instrument.levels().at(0).minTotal == 115);
    CHECK(instrument.level(QStringLiteral("good"))->minTotal == 100);
    CHECK(instrument.level(QStringLiteral("fair"))->minTotal == 74);
    CHECK(instrument.level(QStringLiteral("not-ips"))->minTotal <= 25);
    CHECK(instrument.level(QStringLiteral("incomplete")) == nullptr);
    QStringList sourceKeys;
    for (const laatu::EvidenceSource &source : instrument.sources())
        sourceKeys << source.key;
    CHECK(sourceKeys
          == QStringList {QStringLiteral("interview"), QStringLiteral("records"),
                          QStringLiteral("data"), QStringLiteral("documents"),
                          QStringLiteral("observation")});
    CHECK(instrument.source(QStringLiteral("data")));
    CHECK(instrument.source(QStringLiteral("gossip")) == nullptr);
}
