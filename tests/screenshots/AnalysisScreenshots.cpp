// laatu_analysis_screenshots: docs/screenshots/site-history-<lang>.png and
// county-comparison-<lang>.png, taken from the real views on a demo database (see
// docs/screenshots; run under Xvfb so fonts and style are the desktop's).
//
//   laatu-cli --db demo.db demo --sites 12 --reviews-per-site 4
//   laatu_analysis_screenshots --db demo.db --lang fi --out docs/screenshots --sample-outcomes
#include "gui/analysis/CountyComparisonView.h"
#include "gui/analysis/SiteHistoryView.h"

#include "i18n/Translator.h"
#include "storage/ComparisonQuery.h"
#include "storage/Database.h"
#include "storage/OutcomeRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/SiteRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QHash>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {
bool save(QWidget &window, const QString &path)
{
    QTest::qWait(300); // let layouts and queued refreshes settle
    const bool ok = window.grab().save(path);
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write",
                 qPrintable(path));
    return ok;
}

// The county with the most sites, and its site with the most reviews.
void choose(laatu::Database &database, laatu::ReviewRepository &repository, QString &county,
            QString &siteUuid)
{
    QList<laatu::ReviewSummary> reviews;
    repository.listReviews(reviews);
    QHash<QString, int> perSite;
    QHash<QString, QString> countyOf;
    for (const laatu::ReviewSummary &review : reviews) {
        ++perSite[review.siteUuid];
        countyOf.insert(review.siteUuid, review.county);
    }
    QHash<QString, int> sitesPerCounty;
    for (auto it = countyOf.cbegin(); it != countyOf.cend(); ++it)
        ++sitesPerCounty[it.value()];
    QStringList counties;
    laatu::ComparisonQuery(database).counties(counties);
    for (const QString &candidate : counties) {
        if (county.isEmpty() || sitesPerCounty.value(candidate) > sitesPerCounty.value(county))
            county = candidate;
    }
    for (const laatu::ReviewSummary &review : reviews) {
        if (review.county == county
            && (siteUuid.isEmpty() || perSite.value(review.siteUuid) > perSite.value(siteUuid)))
            siteUuid = review.siteUuid;
    }
}

// Outcomes for the screenshot's site, when the demo has none: three half-years.
void addSampleOutcomes(laatu::Database &database, const QString &siteUuid)
{
    QList<laatu::Site> sites;
    laatu::SiteRepository(database).listSites(sites);
    for (const laatu::Site &site : sites) {
        if (site.uuid != siteUuid)
            continue;
        laatu::OutcomeRepository outcomes(database);
        QList<laatu::SiteOutcome> existing;
        outcomes.listOutcomes(site.id, existing);
        if (!existing.isEmpty())
            return;
        outcomes.setOutcome(site.id, {QDate(2024, 7, 1), QDate(2024, 12, 31), 38, 9});
        outcomes.setOutcome(site.id, {QDate(2025, 1, 1), QDate(2025, 6, 30), 41, 14});
        outcomes.setOutcome(site.id, {QDate(2025, 7, 1), QDate(2025, 12, 31), 44, 19});
        outcomes.setOutcome(site.id, {QDate(2026, 1, 1), QDate(2026, 6, 30), 40, 20});
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir settingsFolder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsFolder.path());
    QApplication::setOrganizationName(QStringLiteral("LaatuScreenshots"));
    QApplication::setApplicationName(QStringLiteral("laatu"));

    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("db"), QStringLiteral("Demo database."), QStringLiteral("path")},
         {QStringLiteral("lang"), QStringLiteral("fi, sv or en."), QStringLiteral("language"),
          QStringLiteral("en")},
         {QStringLiteral("out"), QStringLiteral("Folder for the PNG files."), QStringLiteral("dir"),
          QStringLiteral(".")},
         {QStringLiteral("sample-outcomes"),
          QStringLiteral("Adds example outcomes to the shown site if it has none.")}});
    parser.process(app);
    const QString language = laatu::Translator::install(parser.value(QStringLiteral("lang")));
    const QDir out(parser.value(QStringLiteral("out")));

    laatu::StorageError error;
    auto database = laatu::Database::open(parser.value(QStringLiteral("db")), {}, error);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    laatu::ReviewRepository repository(*database);
    QString county;
    QString siteUuid;
    choose(*database, repository, county, siteUuid);
    if (parser.isSet(QStringLiteral("sample-outcomes")))
        addSampleOutcomes(*database, siteUuid);
    const QString prefix = out.filePath(QStringLiteral("%1-") + language + QStringLiteral(".png"));

    laatu::gui::SiteHistoryView history(*database, repository);
    history.setWindowTitle(QStringLiteral("Laatu"));
    history.resize(1366, 768);
    history.showSite(siteUuid);
    history.show();
    if (!QTest::qWaitForWindowExposed(&history))
        return 1;
    bool ok = save(history, prefix.arg(QStringLiteral("site-history")));
    history.close();

    laatu::gui::CountyComparisonView comparison(*database, repository);
    comparison.resize(1366, 768);
    comparison.setCounty(county);
    comparison.show();
    if (!QTest::qWaitForWindowExposed(&comparison))
        return 1;
    ok = save(comparison, prefix.arg(QStringLiteral("county-comparison"))) && ok;
    return ok ? 0 : 1;
}
