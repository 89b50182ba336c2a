// The per-edit saves behind the walk's figures, checklists, findings and action plan, and the
// site list: each one edit, checked against the catalog, refused on a final review.
#include "../support/QtStringMaker.h"
#include "StorageFixture.h"

#include "storage/SiteRepository.h"

#include <catch2/catch.hpp>

using laatu::StorageError;
using laatu::test::StorageFixture;

namespace {
qint64 draftReview(StorageFixture &fixture)
{
    laatu::ReviewDocument document
        = laatu::DemoGenerator(laatu::test::builtIn(), {1, 1, 11u, false}).generate().constFirst();
    document.review.status = laatu::ReviewStatus::Draft;
    bool unchanged = false;
    REQUIRE_FALSE(fixture.repository->saveReview(document, unchanged));
    return document.review.id;
}

QString numberOf(const laatu::ReviewDocument &document, const QString &criterion,
                 const QString &key)
{
    for (const laatu::EvidenceNumber &number : document.numbers)
        if (number.criterionId == criterion && number.inputKey == key)
            return number.value;
    return QStringLiteral("<none>");
}

std::optional<bool> elementOf(const laatu::ReviewDocument &document, const QString &criterion,
                              const QString &key)
{
    for (const laatu::ElementCheck &check : document.elements)
        if (check.criterionId == criterion && check.elementKey == key)
            return check.present;
    return std::nullopt;
}
} // namespace

TEST_CASE("figures of a numeric criterion are saved as typed, checked and cleared",
          "[storage][edit]")
{
    StorageFixture fixture;
    const qint64 id = draftReview(fixture);
    const QString caseload = QStringLiteral("caseload");
    REQUIRE_FALSE(fixture.repository->setEvidenceNumber(id, caseload, QStringLiteral("coachFte"),
                                                        QStringLiteral("2.25")));
    CHECK(numberOf(fixture.load(id), caseload, QStringLiteral("coachFte"))
          == QStringLiteral("2.25"));
    CHECK(fixture.repository
              ->setEvidenceNumber(id, caseload, QStringLiteral("coachFte"), QStringLiteral("kaksi"))
              .code()
          == StorageError::InvalidInput);
    CHECK(fixture.repository
              ->setEvidenceNumber(id, caseload, QStringLiteral("noSuchInput"), QStringLiteral("1"))
              .code()
          == StorageError::InvalidInput);
    CHECK(numberOf(fixture.load(id), caseload, QStringLiteral("coachFte"))
          == QStringLiteral("2.25"));
    REQUIRE_FALSE(
        fixture.repository->setEvidenceNumber(id, caseload, QStringLiteral("coachFte"), {}));
    CHECK(numberOf(fixture.load(id), caseload, QStringLiteral("coachFte"))
          == QStringLiteral("<none>"));
}

TEST_CASE("checklist elements are saved present or absent and cleared", "[storage][edit]")
{
    StorageFixture fixture;
    const qint64 id = draftReview(fixture);
    const laatu::Criterion *counted = nullptr;
    for (const laatu::Criterion &criterion : laatu::test::builtIn().criteria())
        if (criterion.rule.kind == laatu::RuleKind::CountedElements && !counted)
            counted = &criterion;
    REQUIRE(counted);
    const QString element = counted->rule.elements.constFirst().key;
    REQUIRE_FALSE(fixture.repository->setElementCheck(id, counted->id, element, false));
    CHECK(elementOf(fixture.load(id), counted->id, element) == false);
    REQUIRE_FALSE(fixture.repository->setElementCheck(id, counted->id, element, true));
    CHECK(elementOf(fixture.load(id), counted->id, element) == true);
    CHECK(fixture.repository->setElementCheck(id, counted->id, QStringLiteral("nope"), true).code()
          == StorageError::InvalidInput);
    REQUIRE_FALSE(fixture.repository->setElementCheck(id, counted->id, element, std::nullopt));
    CHECK_FALSE(elementOf(fixture.load(id), counted->id, element).has_value());
}

TEST_CASE("findings and action items are added at the end, changed in place and removed",
          "[storage][edit]")
{
    StorageFixture fixture;
    const qint64 id = draftReview(fixture);
    const int findingsBefore = int(fixture.load(id).findings.size());
    const laatu::Finding finding {QStringLiteral("f-new"), QStringLiteral("disclosure"),
                                  laatu::FindingKind::Recommendation,
                                  QStringLiteral("Keskustelkaa työnantajalle kertomisesta")};
    REQUIRE_FALSE(fixture.repository->saveFinding(id, finding));
    laatu::ReviewDocument loaded = fixture.load(id);
    REQUIRE(loaded.findings.size() == findingsBefore + 1);
    CHECK(loaded.findings.constLast() == finding);
    laatu::Finding changed = finding;
    changed.text = QStringLiteral("Muutettu");
    REQUIRE_FALSE(fixture.repository->saveFinding(id, changed));
    loaded = fixture.load(id);
    CHECK(loaded.findings.size() == findingsBefore + 1);
    CHECK(loaded.findings.constLast() == changed);
    changed.text = QStringLiteral("  ");
    CHECK(fixture.repository->saveFinding(id, changed).code() == StorageError::InvalidInput);
    REQUIRE_FALSE(fixture.repository->removeFinding(id, finding.uuid));
    CHECK(fixture.load(id).findings.size() == findingsBefore);

    const int actionsBefore = int(fixture.load(id).actions.size());
    laatu::ActionItem action {QStringLiteral("a-new"), QStringLiteral("Koulutus"),
                              QStringLiteral("Tiimi"), QDate(2026, 3, 1),
                              laatu::ActionStatus::Open};
    REQUIRE_FALSE(fixture.repository->saveAction(id, action));
    action.status = laatu::ActionStatus::Done;
    action.due = QDate();
    REQUIRE_FALSE(fixture.repository->saveAction(id, action));
    loaded = fixture.load(id);
    REQUIRE(loaded.actions.size() == actionsBefore + 1);
    CHECK(loaded.actions.constLast() == action);
    REQUIRE_FALSE(fixture.repository->removeAction(id, action.uuid));
    CHECK(fixture.load(id).actions.size() == actionsBefore);
}

TEST_CASE("a final review refuses figure, checklist, finding and action edits", "[storage][edit]")
{
    StorageFixture fixture(1, 2); // the demo's first review of a site is final
    const laatu::ReviewSummary summary = fixture.list().constFirst();
    REQUIRE(summary.status == laatu::ReviewStatus::Final);
    const laatu::ReviewDocument before = fixture.load(summary.id);
    CHECK(fixture.repository
              ->setEvidenceNumber(summary.id, QStringLiteral("caseload"), QStringLiteral("clients"),
                                  QStringLiteral("1"))
              .code()
          == StorageError::ReviewLocked);
    CHECK(fixture.repository
              ->saveFinding(
                  summary.id,
                  {QStringLiteral("x"), {}, laatu::FindingKind::Strength, QStringLiteral("text")})
              .code()
          == StorageError::ReviewLocked);
    CHECK(fixture.repository->removeAction(summary.id, QStringLiteral("x")).code()
          == StorageError::ReviewLocked);
    CHECK(fixture.load(summary.id).sameContent(before));
}

TEST_CASE("sites are listed with and without reviews, renamed and archived", "[storage][sites]")
{
    StorageFixture fixture(2, 1);
    laatu::SiteRepository sites(*fixture.database);
    QList<laatu::Site> listed;
    REQUIRE_FALSE(sites.listSites(listed));
    REQUIRE(listed.size() == 2);
    laatu::Site site;
    site.uuid = QStringLiteral("5b7e1c1e-0000-4000-8000-000000000001");
    site.name = QStringLiteral("Uusi palvelu");
    site.county = QStringLiteral("Keski-Suomen hyvinvointialue");
    REQUIRE_FALSE(sites.saveSite(site));
    CHECK(site.id > 0);
    site.name = QStringLiteral("Uusi nimi");
    site.archived = true;
    REQUIRE_FALSE(sites.saveSite(site));
    listed.clear();
    REQUIRE_FALSE(sites.listSites(listed));
    REQUIRE(listed.size() == 3);
    const auto found = std::find_if(listed.cbegin(), listed.cend(), [&](const laatu::Site &entry) {
        return entry.uuid == site.uuid;
    });
    REQUIRE(found != listed.cend());
    CHECK(*found == site);
    laatu::Site nameless = site;
    nameless.name = QStringLiteral(" ");
    CHECK(sites.saveSite(nameless).code() == StorageError::InvalidInput);
}
