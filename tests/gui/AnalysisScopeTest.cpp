// Whose reviews the analysis windows count: with a programme copy (reviews pulled from the
// programme server), the comparison and the history offer "This laptop" (own reviews only)
// or "The programme" (own and pulled, the default), name the time of the last pull, and keep
// the user's county, period and site when the choice changes; without a copy they look as
// they always did.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"

#include "DemoDatabase.h"
#include "GuiDriver.h"
#include "ProgrammeCopy.h"
#include "gui/analysis/ComparisonTableModel.h"
#include "gui/analysis/CountyComparisonView.h"
#include "gui/analysis/ReviewScopeChoice.h"
#include "gui/analysis/SiteHistoryView.h"
#include "gui/main/AnalysisActions.h"
#include "gui/main/MainWindow.h"
#include "i18n/DateText.h"
#include "i18n/Translator.h"

#include "analysis/CountyComparison.h"
#include "storage/ReviewRepository.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

#include <ctime>

using laatu::gui::AnalysisSource;
using laatu::gui::CountyComparisonView;
using laatu::gui::SiteHistoryView;
using Scope = laatu::gui::AnalysisSource::Scope;

namespace {
const QString kKantaHame = QStringLiteral("Kanta-Hämeen hyvinvointialue");
const QString kPaijatHame = QStringLiteral("Päijät-Hämeen hyvinvointialue");
const QString kPohjoisPohjanmaa = QStringLiteral("Pohjois-Pohjanmaan hyvinvointialue");
constexpr quint32 kOwnSeed = 3u;

// This laptop: 3 sites (Kanta-Häme, Päijät-Häme twice) with 2 reviews each. The programme
// adds 5 sites of another laptop (Pohjois-Pohjanmaa among their counties, which this laptop
// has none of) and 3 reviews of this laptop's first site made by another pair of reviewers.
struct Laptop
{
    QTemporaryDir dir;
    std::unique_ptr<laatu::Database> database;
    std::unique_ptr<laatu::ReviewRepository> repository;
    QList<laatu::ReviewDocument> own;
    QList<laatu::ReviewDocument> pulled;

    explicit Laptop(bool withCopy = true)
    {
        database = laatu::test::demoDatabase(path(), 3, 2, kOwnSeed);
        repository = std::make_unique<laatu::ReviewRepository>(*database);
        own = laatu::test::otherLaptopReviews(3, 2, kOwnSeed); // what demoDatabase stored
        if (!withCopy)
            return;
        pulled = laatu::test::otherLaptopReviews(5, 2, 77u);
        for (laatu::ReviewDocument document : laatu::test::otherLaptopReviews(1, 3, 91u)) {
            document.site = own.constFirst().site;
            document.review.visitStart = document.review.visitStart.addDays(10);
            document.review.visitEnd = document.review.visitEnd.addDays(10);
            pulled << document;
        }
        laatu::test::storePulled(*database, pulled);
    }
    QString path() const { return dir.filePath(QStringLiteral("scope.db")); }
    const QString &firstSite() const { return own.constFirst().site.uuid; }
    QString pulledOnlySite() const { return pulled.constFirst().site.uuid; }
    QSet<QString> pulledUuids() const
    {
        QSet<QString> uuids;
        for (const laatu::ReviewDocument &document : pulled)
            uuids.insert(document.review.uuid);
        return uuids;
    }
};

QStringList rowUuids(const laatu::CountyComparison &comparison)
{
    QStringList uuids;
    for (const laatu::CountyComparison::Row &row : comparison.rows())
        uuids << row.review.reviewUuid;
    uuids.sort();
    return uuids;
}

QStringList entryUuids(const laatu::SiteHistory &history)
{
    QStringList uuids;
    for (const laatu::SiteHistory::Entry &entry : history.entries())
        uuids << entry.review.uuid;
    uuids.sort();
    return uuids;
}

// As the user chooses: the entry of the combo box, by its position.
void choose(laatu::gui::ReviewScopeChoice *choice, Scope scope)
{
    REQUIRE(choice);
    REQUIRE_FALSE(choice->isHidden());
    QComboBox *combo = choice->comboBox();
    const int index = combo->findData(static_cast<int>(scope));
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    laatu::test::settle();
}

bool intersects(const QStringList &uuids, const QSet<QString> &set)
{
    return std::any_of(uuids.cbegin(), uuids.cend(),
                       [&](const QString &uuid) { return set.contains(uuid); });
}
} // namespace

TEST_CASE("without a programme copy the analysis windows offer no choice of whose reviews",
          "[gui][scope]")
{
    laatu::Translator::install(QStringLiteral("en"));
    Laptop laptop(false);
    CountyComparisonView comparison(*laptop.database, *laptop.repository);
    comparison.show();
    REQUIRE(QTest::qWaitForWindowExposed(&comparison));
    CHECK_FALSE(comparison.scopeChoice()->isVisible());
    CHECK(comparison.scope() == Scope::Programme);
    CHECK_FALSE(comparison.scopeChoice()->choose(Scope::Laptop));
    for (QLabel *label : comparison.findChildren<QLabel *>())
        CHECK_FALSE((label->isVisible() && label->text().contains(QStringLiteral("Revie&ws"))));

    SiteHistoryView history(*laptop.database, *laptop.repository);
    history.show();
    REQUIRE(QTest::qWaitForWindowExposed(&history));
    CHECK_FALSE(history.scopeChoice()->isVisible());
    REQUIRE(history.showSite(laptop.firstSite()));
    CHECK(history.history().entries().size() == 2);
}

TEST_CASE("the programme counts the pulled reviews, this laptop only its own", "[gui][scope]")
{
    laatu::Translator::install(QStringLiteral("en"));
    Laptop laptop;
    // The same laptop without a copy: what "This laptop" must count.
    QTemporaryDir plainDir;
    auto plain
        = laatu::test::demoDatabase(plainDir.filePath(QStringLiteral("plain.db")), 3, 2, kOwnSeed);
    laatu::ReviewRepository plainRepository(*plain);

    CountyComparisonView comparison(*laptop.database, *laptop.repository);
    comparison.show();
    REQUIRE(QTest::qWaitForWindowExposed(&comparison));
    REQUIRE(comparison.scopeChoice()->isVisible());
    CHECK(comparison.scope() == Scope::Programme);
    comparison.setLatestPerSite(false);
    REQUIRE(comparison.setCounty(kKantaHame));
    const QStringList programme = rowUuids(comparison.model()->comparison());
    CHECK(intersects(programme, laptop.pulledUuids()));

    choose(comparison.scopeChoice(), Scope::Laptop);
    CHECK(comparison.scope() == Scope::Laptop);
    const QStringList own = rowUuids(comparison.model()->comparison());
    CHECK_FALSE(own.isEmpty());
    CHECK_FALSE(intersects(own, laptop.pulledUuids()));
    laatu::CountyComparison expected;
    REQUIRE_FALSE(
        laatu::CountyComparison::load(*plain, plainRepository, comparison.filter(), expected));
    CHECK(own == rowUuids(expected));
    CHECK(programme.size() > own.size());
    // A county only the programme has sites in is not offered for the laptop's own.
    CHECK_FALSE(comparison.setCounty(kPohjoisPohjanmaa));
    choose(comparison.scopeChoice(), Scope::Programme);
    CHECK(rowUuids(comparison.model()->comparison()) == programme);
    CHECK(comparison.setCounty(kPohjoisPohjanmaa));

    SiteHistoryView history(*laptop.database, *laptop.repository);
    history.show();
    REQUIRE(QTest::qWaitForWindowExposed(&history));
    REQUIRE(history.scopeChoice()->isVisible());
    CHECK(history.scope() == Scope::Programme);
    REQUIRE(history.showSite(laptop.firstSite()));
    CHECK(history.history().entries().size() == 5);
    CHECK(history.showSite(laptop.pulledOnlySite()));
    REQUIRE(history.showSite(laptop.firstSite()));
    choose(history.scopeChoice(), Scope::Laptop);
    CHECK(history.scope() == Scope::Laptop);
    CHECK(history.currentSiteUuid() == laptop.firstSite());
    QStringList ownOfSite;
    for (const laatu::ReviewDocument &document : laptop.own)
        if (document.site.uuid == laptop.firstSite())
            ownOfSite << document.review.uuid;
    ownOfSite.sort();
    CHECK(entryUuids(history.history()) == ownOfSite);
    CHECK_FALSE(history.showSite(laptop.pulledOnlySite()));
    CHECK(history.reviewTable()->rowCount() == 2);

    // The main connection still sees every review: the narrowing is the view's own.
    QList<laatu::ReviewSummary> all;
    REQUIRE_FALSE(laptop.repository->listReviews(all));
    CHECK(all.size() == laptop.own.size() + laptop.pulled.size());
}

TEST_CASE("the programme's entry says when it was pulled, in local time", "[gui][scope]")
{
    laatu::Translator::install(QStringLiteral("fi"));
    // Three hours ahead of UTC all year: a time shown in UTC would not match.
    const QByteArray zone = qgetenv("TZ");
    const bool hadZone = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", "XYZ-3");
    tzset();
    Laptop laptop;
    laatu::ProgrammeCopyRepository::PullState state;
    REQUIRE_FALSE(laatu::ProgrammeCopyRepository(*laptop.database).state(state));
    QDateTime pulledAt = QDateTime::fromString(state.lastPullAt, Qt::ISODate);
    REQUIRE(pulledAt.isValid());
    pulledAt.setTimeSpec(Qt::UTC);
    const QDateTime wall = pulledAt.addSecs(3 * 3600);
    const QString expected = QStringLiteral("%1 %2").arg(laatu::DateText::date(wall.date()),
                                                         laatu::DateText::time(wall.time()));

    CountyComparisonView comparison(*laptop.database, *laptop.repository);
    SiteHistoryView history(*laptop.database, *laptop.repository);
    for (laatu::gui::ReviewScopeChoice *choice :
         {comparison.scopeChoice(), history.scopeChoice()}) {
        QComboBox *combo = choice->comboBox();
        const QString programme = combo->itemText(combo->findData(int(Scope::Programme)));
        INFO(programme.toStdString() << " / " << expected.toStdString());
        CHECK(programme.contains(expected));
        CHECK(combo->currentText() == programme);
        const QString laptopText = combo->itemText(combo->findData(int(Scope::Laptop)));
        CHECK_FALSE(laptopText.isEmpty());
        CHECK_FALSE(laptopText.contains(expected));
        auto *label = choice->findChild<QLabel *>();
        REQUIRE(label);
        CHECK(label->buddy() == combo);
        CHECK(label->text().contains(QLatin1Char('&')));
        CHECK_FALSE(combo->accessibleName().isEmpty());
    }
    if (hadZone)
        qputenv("TZ", zone);
    else
        qunsetenv("TZ");
    tzset();
    laatu::Translator::install(QStringLiteral("en"));
}

TEST_CASE("changing whose reviews keeps the county, the period and the site", "[gui][scope]")
{
    laatu::Translator::install(QStringLiteral("en"));
    Laptop laptop;
    CountyComparisonView comparison(*laptop.database, *laptop.repository);
    REQUIRE(comparison.setCounty(kPaijatHame));
    const QDate from(2024, 6, 1);
    const QDate to(2026, 12, 31);
    comparison.setPeriod(from, to);
    comparison.setLatestPerSite(false);
    for (Scope scope : {Scope::Laptop, Scope::Programme, Scope::Laptop}) {
        choose(comparison.scopeChoice(), scope);
        CHECK(comparison.scope() == scope);
        CHECK(comparison.county() == kPaijatHame);
        CHECK(comparison.filter().from == from);
        CHECK(comparison.filter().to == to);
        CHECK_FALSE(comparison.filter().latestPerSite);
        CHECK(comparison.model()->rowCount() > 0);
    }
    // A county the laptop has no site in gives way to one it has.
    choose(comparison.scopeChoice(), Scope::Programme);
    REQUIRE(comparison.setCounty(kPohjoisPohjanmaa));
    choose(comparison.scopeChoice(), Scope::Laptop);
    CHECK(comparison.county() != kPohjoisPohjanmaa);
    CHECK_FALSE(comparison.county().isEmpty());

    SiteHistoryView history(*laptop.database, *laptop.repository);
    const QString second = laptop.own.at(2).site.uuid;
    REQUIRE(history.showSite(second));
    for (Scope scope : {Scope::Laptop, Scope::Programme}) {
        choose(history.scopeChoice(), scope);
        CHECK(history.currentSiteUuid() == second);
        CHECK(history.history().site().uuid == second);
    }
    // A site known only through pulled reviews gives way to one of the laptop's own.
    REQUIRE(history.showSite(laptop.pulledOnlySite()));
    choose(history.scopeChoice(), Scope::Laptop);
    CHECK(history.currentSiteUuid() != laptop.pulledOnlySite());
    CHECK(history.history().site().uuid == history.currentSiteUuid());
}

TEST_CASE("after a pull the open analysis windows offer the programme and count it", "[gui][scope]")
{
    laatu::Translator::install(QStringLiteral("en"));
    Laptop laptop(false);
    const QString path = laptop.path();
    laptop.repository.reset();
    laptop.database.reset();
    laatu::gui::MainWindow window(laatu::test::builtIn());
    laatu::StorageError error;
    window.setDatabase(laatu::Database::open(path, {}, error));
    REQUIRE(window.database());
    laatu::gui::AnalysisActions *actions = window.analysisActions();
    CountyComparisonView *comparison = actions->showCountyComparison();
    SiteHistoryView *history = actions->showSiteHistory();
    REQUIRE(comparison);
    REQUIRE(history);
    REQUIRE(comparison->setCounty(kKantaHame));
    REQUIRE(history->showSite(laptop.firstSite()));
    CHECK_FALSE(comparison->scopeChoice()->isVisible());
    CHECK_FALSE(history->scopeChoice()->isVisible());
    const int ownRows = comparison->model()->rowCount();
    const int ownEntries = int(history->history().entries().size());

    QList<laatu::ReviewDocument> pulled = laatu::test::otherLaptopReviews(1, 3, 91u);
    for (laatu::ReviewDocument &document : pulled) {
        document.site = laptop.own.constFirst().site;
        document.review.visitStart = document.review.visitStart.addDays(10);
        document.review.visitEnd = document.review.visitEnd.addDays(10);
    }
    pulled << laatu::test::otherLaptopReviews(1, 2, 77u); // a site of its own in Kanta-Häme
    laatu::test::storePulled(*window.database(), pulled);
    actions->programmeCopyChanged();
    laatu::test::settle();

    CHECK(comparison->scopeChoice()->isVisible());
    CHECK(history->scopeChoice()->isVisible());
    CHECK(comparison->scope() == Scope::Programme);
    CHECK(comparison->county() == kKantaHame);
    CHECK(comparison->model()->rowCount() == ownRows + 1);
    CHECK(history->currentSiteUuid() == laptop.firstSite());
    CHECK(int(history->history().entries().size()) == ownEntries + 3);
    choose(history->scopeChoice(), Scope::Laptop);
    CHECK(int(history->history().entries().size()) == ownEntries);
    window.close();
}

TEST_CASE("the choice of whose reviews is reached by Tab in reading order and by its letter",
          "[gui][scope][keys]")
{
    laatu::Translator::install(QStringLiteral("en"));
    Laptop laptop;
    CountyComparisonView comparison(*laptop.database, *laptop.repository);
    SiteHistoryView history(*laptop.database, *laptop.repository);
    const auto check = [](QWidget &view, const QString &before, const char *after) {
        view.resize(1366, 768);
        laatu::test::showActive(view);
        QComboBox *combo = view.findChild<QComboBox *>(QStringLiteral("reviewScope"));
        REQUIRE(combo);
        combo->setFocus();
        laatu::test::press(view, Qt::Key_Backtab);
        auto *previous = qobject_cast<QAbstractButton *>(QApplication::focusWidget());
        REQUIRE(previous);
        CHECK(previous->text() == before);
        laatu::test::press(view, Qt::Key_Tab);
        CHECK(QApplication::focusWidget() == combo);
        laatu::test::press(view, Qt::Key_Tab);
        REQUIRE(QApplication::focusWidget());
        CHECK(QApplication::focusWidget()->objectName() == QLatin1String(after));
        laatu::test::press(view, Qt::Key_W, Qt::AltModifier);
        CHECK(QApplication::focusWidget() == combo);
        view.close();
    };
    // Below the other choices: after the last of them, before the first button below.
    check(comparison, QStringLiteral("Include &self-assessments"), "exportComparisonCsv");
    // Below the site's row, which ends in the chart's export: before the chart.
    check(history, QStringLiteral("E&xport Chart…"), "fidelityTrendChart");
}
