#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"

#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"
#include "gui/main/MainWindow.h"
#include "i18n/Translator.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using laatu::gui::MainWindow;

namespace {
QTreeWidget *tree(MainWindow &window)
{
    auto *widget = window.findChild<QTreeWidget *>(QStringLiteral("criteriaTree"));
    REQUIRE(widget);
    return widget;
}

QString shownText(MainWindow &window)
{
    auto *view = window.findChild<QTextBrowser *>(QStringLiteral("criterionView"));
    REQUIRE(view);
    return view->toPlainText();
}

int criterionRows(QTreeWidget *widget)
{
    int rows = 0;
    for (int i = 0; i < widget->topLevelItemCount(); ++i)
        rows += widget->topLevelItem(i)->childCount();
    return rows;
}
} // namespace

TEST_CASE("the main window lists the three sections and 25 criteria", "[gui]")
{
    laatu::Translator::install(QStringLiteral("en"));
    MainWindow window(laatu::test::builtIn());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTreeWidget *criteria = tree(window);
    CHECK(criteria->topLevelItemCount() == 3);
    CHECK(criterionRows(criteria) == 25);
    CHECK(criteria->topLevelItem(0)->child(0)->text(0).startsWith(QStringLiteral("1. ")));
    CHECK(shownText(window).contains(QStringLiteral("Choose a criterion")));
    CHECK_FALSE(criteria->accessibleName().isEmpty());
}

TEST_CASE("choosing a criterion shows its definition, anchors and rule", "[gui]")
{
    laatu::Translator::install(QStringLiteral("en"));
    const laatu::Instrument &instrument = laatu::test::builtIn();
    MainWindow window(instrument);
    window.show();
    REQUIRE(window.showCriterion(QStringLiteral("disclosure")));
    const laatu::Criterion &disclosure = *instrument.criterion(QStringLiteral("disclosure"));
    const QString text = shownText(window);
    CHECK(text.contains(disclosure.title.text(QStringLiteral("en"))));
    for (const laatu::LocalizedText &anchor : disclosure.anchors)
        CHECK(text.contains(anchor.text(QStringLiteral("en"))));
    for (const laatu::ChecklistElement &element : disclosure.rule.elements)
        CHECK(text.contains(element.label.text(QStringLiteral("en"))));
    CHECK_FALSE(window.showCriterion(QStringLiteral("no-such")));
}

TEST_CASE("the criteria can be walked with the keyboard alone", "[gui][keyboard]")
{
    laatu::Translator::install(QStringLiteral("en"));
    const laatu::Instrument &instrument = laatu::test::builtIn();
    MainWindow window(instrument);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTreeWidget *criteria = tree(window);
    criteria->setFocus();
    criteria->setCurrentItem(criteria->topLevelItem(0));
    QTest::keyClick(criteria, Qt::Key_Down);
    CHECK(shownText(window).contains(instrument.criteria().at(0).title.text(QStringLiteral("en"))));
    QTest::keyClick(criteria, Qt::Key_Down);
    CHECK(shownText(window).contains(instrument.criteria().at(1).title.text(QStringLiteral("en"))));
    QTest::keyClick(criteria, Qt::Key_End);
    CHECK(shownText(window).contains(
        instrument.criteria().constLast().title.text(QStringLiteral("en"))));
}

TEST_CASE("switching the language retranslates the window and the catalog", "[gui][i18n]")
{
    laatu::Translator::install(QStringLiteral("en"));
    const laatu::Instrument &instrument = laatu::test::builtIn();
    MainWindow window(instrument);
    window.show();
    window.showCriterion(QStringLiteral("caseload"));
    const laatu::Criterion &caseload = *instrument.criterion(QStringLiteral("caseload"));
    CHECK(shownText(window).contains(caseload.title.text(QStringLiteral("en"))));

    QMenu *languageMenu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
    REQUIRE(languageMenu);
    QAction *finnish = nullptr;
    for (QAction *action : languageMenu->actions()) {
        if (action->data().toString() == QLatin1String("fi"))
            finnish = action;
    }
    REQUIRE(finnish);
    finnish->trigger();
    QCoreApplication::processEvents();
    CHECK(laatu::Translator::currentLanguage() == QLatin1String("fi"));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QLatin1String("fi"));
    CHECK(shownText(window).contains(caseload.title.text(QStringLiteral("fi"))));
    CHECK(tree(window)->topLevelItem(0)->text(0)
          == instrument.sections().at(0).name.text(QStringLiteral("fi")));
    CHECK(window.windowTitle().contains(instrument.name().text(QStringLiteral("fi"))));
    QMenu *fileMenu = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
    REQUIRE(fileMenu);
    CHECK(fileMenu->title() != QStringLiteral("&File"));
    laatu::Translator::install(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(fileMenu->title() == QStringLiteral("&File"));
}

TEST_CASE("opening a broken catalog file says why and keeps the current one", "[gui][errors]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"laatu-catalog\", \"formatVersion\": 1, \"id\": \"x\"}");
    file.close();

    MainWindow window(laatu::test::builtIn());
    window.show();
    QAction *open = window.findChild<QAction *>(QStringLiteral("openCatalogAction"));
    REQUIRE(open);
    laatu::gui::FileDialog::setNextFileName(path);
    laatu::gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    open->trigger();
    CHECK(laatu::gui::MessageBox::lastText().contains(
        QStringLiteral("not a valid criteria catalog")));
    CHECK(laatu::gui::MessageBox::lastText().contains(QStringLiteral("\"version\" is missing")));
    CHECK(window.instrument().id() == QStringLiteral("fi-thl-ips25"));
    CHECK(criterionRows(tree(window)) == 25);
}

TEST_CASE("opening another valid catalog shows it", "[gui]")
{
    laatu::Translator::install(QStringLiteral("en"));
    MainWindow window(laatu::test::builtIn());
    window.show();
    laatu::gui::FileDialog::setNextFileName(
        QStringLiteral(LAATU_TEST_DATA_DIR "/catalogs/three-item-example.json"));
    window.findChild<QAction *>(QStringLiteral("openCatalogAction"))->trigger();
    CHECK(window.instrument().id() == QStringLiteral("example-three-items"));
    CHECK(criterionRows(tree(window)) == 3);
    window.findChild<QAction *>(QStringLiteral("builtInCatalogAction"))->trigger();
    CHECK(criterionRows(tree(window)) == 25);
}

TEST_CASE("window geometry and splitter are remembered", "[gui]")
{
    {
        MainWindow window(laatu::test::builtIn());
        window.show();
        window.resize(900, 640);
        window.close();
    }
    CHECK(QSettings().contains(QStringLiteral("window/geometry")));
    CHECK(QSettings().contains(QStringLiteral("window/splitter")));
}
