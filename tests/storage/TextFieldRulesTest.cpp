// Every way a name or note reaches the database goes through the same core rule (TextRules):
// the site dialog (SiteRepository::saveSite), the new-review wizard and review files
// (ReviewRepository::saveReview and importReviews), and the per-edit saves of the walk, the
// findings and the action plan. A refused text names its field and changes nothing.
#include "../support/QtStringMaker.h"
#include "StorageFixture.h"

#include "storage/SiteRepository.h"

#include <catch2/catch.hpp>

using laatu::StorageError;
using laatu::test::StorageFixture;

namespace {
QList<QString> badForNames()
{
    return {QStringLiteral("a\x1b[2Jb"),
            QStringLiteral("a\nb"),
            QStringLiteral("a\tb"),
            QStringLiteral("a\rb"),
            QStringLiteral("a") + QChar(0) + QStringLiteral("b"),
            QStringLiteral("a") + QChar(0x202e) + QStringLiteral("b"),
            QStringLiteral("a") + QChar(0x2067) + QStringLiteral("b"),
            QStringLiteral("a") + QChar(0xfffe) + QStringLiteral("b"),
            QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b"),
            QStringLiteral("a") + QChar(0x85) + QStringLiteral("b")};
}

void requireRefused(const StorageError &error, const char *field)
{
    INFO(error.message().toStdString());
    CHECK(error.code() == StorageError::InvalidInput);
    CHECK(error.message().contains(QStringLiteral("\"%1\"").arg(QLatin1String(field))));
}
} // namespace

TEST_CASE("names from the site dialog and the wizard are refused with control characters",
          "[storage][text]")
{
    StorageFixture fixture(1, 1);
    const laatu::ReviewDocument stored = fixture.load(1);
    laatu::SiteRepository sites(*fixture.database);
    for (const QString &bad : badForNames()) {
        for (const char *field : {"name", "organisation", "unit", "municipality", "county"}) {
            laatu::Site site = stored.site;
            const QString name = QLatin1String(field);
            if (name == QLatin1String("name"))
                site.name = bad;
            else if (name == QLatin1String("organisation"))
                site.organisation = bad;
            else if (name == QLatin1String("unit"))
                site.unit = bad;
            else if (name == QLatin1String("municipality"))
                site.municipality = bad;
            else
                site.county = bad;
            requireRefused(sites.saveSite(site), field);
        }
        laatu::ReviewDocument wizard = stored;
        wizard.review.uuid = QStringLiteral("6a0e5c1e-0000-4000-8000-000000000001");
        wizard.raters.first().name = bad;
        bool unchanged = false;
        requireRefused(fixture.repository->saveReview(wizard, unchanged), "name");
        QList<laatu::ReviewDocument> many {wizard};
        requireRefused(fixture.repository->saveReviews(many), "name");
    }
    CHECK(fixture.load(1).sameContent(stored));
}

TEST_CASE("notes keep line feeds and tabs, and the per-edit saves refuse other controls",
          "[storage][text]")
{
    StorageFixture fixture(1, 1);
    laatu::ReviewDocument draft = fixture.load(1);
    draft.review.status = laatu::ReviewStatus::Draft;
    draft.review.uuid = QStringLiteral("6a0e5c1e-0000-4000-8000-000000000002");
    bool unchanged = false;
    REQUIRE_FALSE(fixture.repository->saveReview(draft, unchanged));
    const qint64 id = draft.review.id;
    const QString caseload = QStringLiteral("caseload");
    REQUIRE_FALSE(fixture.repository->setEvidenceNote(id, caseload, QStringLiteral("data"),
                                                      QStringLiteral("rivi 1\nrivi\t2")));
    REQUIRE_FALSE(
        fixture.repository->setConsensusRating(id, caseload, 4, QStringLiteral("syy\nkaksi")));
    const laatu::ReviewDocument before = fixture.load(id);
    for (const QString &bad : badForNames()) {
        if (bad.contains(QLatin1Char('\n')) || bad.contains(QLatin1Char('\t')))
            continue; // allowed in notes
        requireRefused(
            fixture.repository->setEvidenceNote(id, caseload, QStringLiteral("data"), bad), "note");
        requireRefused(fixture.repository->setConsensusRating(id, caseload, 3, bad), "reason");
        requireRefused(
            fixture.repository->saveFinding(id,
                                            {QStringLiteral("6a0e5c1e-0000-4000-8000-0000000000f1"),
                                             caseload, laatu::FindingKind::Strength, bad}),
            "finding");
        requireRefused(
            fixture.repository->saveAction(id,
                                           {QStringLiteral("6a0e5c1e-0000-4000-8000-0000000000a1"),
                                            bad, QString(), QDate(), laatu::ActionStatus::Open}),
            "what");
    }
    for (const QString &bad : badForNames())
        requireRefused(fixture.repository->saveAction(
                           id,
                           {QStringLiteral("6a0e5c1e-0000-4000-8000-0000000000a2"),
                            QStringLiteral("Tee"), bad, QDate(), laatu::ActionStatus::Open}),
                       "who");
    CHECK(fixture.load(id).sameContent(before));
}
