// What a screen reader is told, from Qt's accessibility interfaces (the tree AT-SPI reads, see
// scripts/check-accessibility): the charts are charts with a name and their figures, the tab
// widgets that take the focus have a name, the score total says its number, and Swedish windows
// have Swedish standard buttons although Debian ships no Swedish Qt translation.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"
#include "DemoDatabase.h"
#include "GuiDriver.h"
#include "ProgrammeCopy.h"

#include "gui/analysis/CountyComparisonView.h"
#include "gui/analysis/SiteHistoryView.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/walk/CriterionWalk.h"
#include "gui/walk/ScorePanel.h"
#include "i18n/Translator.h"
#include "storage/ReviewRepository.h"

#include <catch2/catch.hpp>

#include <QAccessible>
#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>

using laatu::gui::MainWindow;

namespace {
QAccessibleInterface *accessible(QWidget *widget)
{
    REQUIRE(widget);
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    REQUIRE(interface);
    return interface;
}

// Every widget that takes the keyboard focus has a name in the language shown.
QStringList unnamedFocusable(QWidget &root)
{
    QStringList unnamed;
    for (QWidget *widget : root.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&root) || widget->focusPolicy() == Qt::NoFocus
            || widget->focusProxy())
            continue;
        QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
        if (interface && interface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 (%2)").arg(
                widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
    }
    return unnamed;
}
} // namespace

TEST_CASE("charts are charts to a screen reader, with a name and their figures", "[gui][a11y]")
{
    laatu::Translator::install(QStringLiteral("fi"));
    laatu::test::settle();
    QTemporaryDir dir;
    auto database = laatu::test::demoDatabase(dir.filePath(QStringLiteral("a11y.db")), 3, 3);
    // A programme copy, so that the choice of whose reviews shows (and must have a name).
    laatu::test::pullDemoCopy(*database);
    laatu::ReviewRepository repository(*database);
    QList<laatu::ReviewSummary> reviews;
    REQUIRE_FALSE(repository.listReviews(reviews));

    laatu::gui::CountyComparisonView comparison(*database, repository);
    REQUIRE(comparison.setCounty(reviews.constFirst().county));
    comparison.resize(1366, 768);
    comparison.show();
    REQUIRE(QTest::qWaitForWindowExposed(&comparison));
    QAccessibleInterface *totals
        = accessible(comparison.findChild<QWidget *>(QStringLiteral("totalsBarChart")));
    CHECK(totals->role() == QAccessible::Chart);
    CHECK_FALSE(totals->text(QAccessible::Name).isEmpty());
    CHECK_FALSE(totals->text(QAccessible::Description).isEmpty());
    INFO(unnamedFocusable(comparison).join(QLatin1Char('\n')).toStdString());
    CHECK(unnamedFocusable(comparison).isEmpty());

    laatu::gui::SiteHistoryView history(*database, repository);
    REQUIRE(history.showSite(reviews.constFirst().siteUuid));
    history.resize(1366, 768);
    history.show();
    REQUIRE(QTest::qWaitForWindowExposed(&history));
    QAccessibleInterface *trend
        = accessible(history.findChild<QWidget *>(QStringLiteral("fidelityTrendChart")));
    CHECK(trend->role() == QAccessible::Chart);
    CHECK_FALSE(trend->text(QAccessible::Name).isEmpty());
    INFO(unnamedFocusable(history).join(QLatin1Char('\n')).toStdString());
    CHECK(unnamedFocusable(history).isEmpty());
}

TEST_CASE("the main window names its tabs and says the score total's number", "[gui][a11y]")
{
    laatu::Translator::install(QStringLiteral("fi"));
    laatu::test::settle();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a11y.db"));
    laatu::test::demoDatabase(path, 1, 2);
    MainWindow window(laatu::test::builtIn());
    laatu::StorageError error;
    window.setDatabase(laatu::Database::open(path, {}, error));
    window.resize(1366, 768);
    laatu::test::showActive(window);
    REQUIRE(window.openReview(1));
    laatu::test::settle();
    CHECK_FALSE(accessible(window.workspace()->tabs())->text(QAccessible::Name).isEmpty());
    auto *total = window.workspace()->walk()->scorePanel()->findChild<QLabel *>(
        QStringLiteral("scoreTotal"));
    REQUIRE(total);
    CHECK(accessible(total)->text(QAccessible::Name).contains(total->text()));
    INFO(unnamedFocusable(window).join(QLatin1Char('\n')).toStdString());
    CHECK(unnamedFocusable(window).isEmpty());
}

TEST_CASE("Swedish standard buttons although Debian has no Swedish Qt translation", "[gui][a11y]")
{
    laatu::Translator::install(QStringLiteral("sv"));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Avbryt"));
    CHECK(QCoreApplication::translate("QPlatformTheme", "&Yes") == QStringLiteral("&Ja"));
    CHECK(QCoreApplication::translate("QWizard", "&Next >") == QStringLiteral("&Nästa >"));
    laatu::Translator::install(QStringLiteral("fi"));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == QStringLiteral("Peru"));
    laatu::Translator::install(QStringLiteral("en"));
}
