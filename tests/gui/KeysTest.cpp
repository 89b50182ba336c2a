// Keys that do what people expect: editing keys edit where the focus is (F2 a table cell,
// Ctrl+Del a word), destructive and site commands act only from the review list, Quit and
// closing the window leave no window behind, Esc closes a tool window, Tab follows the page,
// and a site change is undoable.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"
#include "DemoDatabase.h"
#include "GuiDriver.h"

#include "gui/analysis/CountyComparisonView.h"
#include "gui/analysis/SiteHistoryView.h"
#include "gui/common/DialogRunner.h"
#include "gui/common/MessageBox.h"
#include "gui/consensus/ConsensusView.h"
#include "gui/main/AnalysisActions.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/session/ReviewSession.h"
#include "gui/sites/ReviewListPanel.h"
#include "gui/walk/AnchorCard.h"
#include "gui/walk/CriterionPage.h"
#include "gui/walk/CriterionWalk.h"
#include "i18n/Translator.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest/QTest>

using laatu::gui::DialogRunner;
using laatu::gui::MainWindow;
using laatu::gui::MessageBox;
using laatu::test::press;
using laatu::test::settle;

namespace {
struct DemoWindow
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;

    DemoWindow()
    {
        laatu::Translator::install(QStringLiteral("en"));
        const QString path = dir.filePath(QStringLiteral("keys.db"));
        laatu::test::demoDatabase(path, 2, 2);
        window = std::make_unique<MainWindow>(laatu::test::builtIn());
        laatu::StorageError error;
        window->setDatabase(laatu::Database::open(path, {}, error));
        window->resize(1366, 768);
        laatu::test::showActive(*window);
    }

    // Opens a review that is not final (its consensus can be edited).
    void openDraft()
    {
        const laatu::gui::ReviewListPanel *list = window->reviewList();
        for (const laatu::ReviewSummary &review : list->reviews())
            if (review.status != laatu::ReviewStatus::Final) {
                REQUIRE(window->openReview(review.id));
                return;
            }
        FAIL("no draft in the demo database");
    }
};

// Counts the dialogs the application runs while `action` happens.
int dialogsDuring(const std::function<void()> &action)
{
    int dialogs = 0;
    DialogRunner::setNextHandler([&](QDialog &dialog) {
        ++dialogs;
        dialog.reject();
        return dialog.result();
    });
    action();
    settle();
    DialogRunner::setNextHandler({});
    return dialogs;
}
} // namespace

TEST_CASE("F2 in the consensus table edits the cell, not the site", "[gui][keys]")
{
    DemoWindow demo;
    demo.openDraft();
    MainWindow &window = *demo.window;
    window.session()->reveal(); // the consensus table shows once the sheets are revealed
    window.workspace()->tabs()->setCurrentWidget(window.workspace()->consensus());
    settle();
    QTableWidget *table = window.workspace()->consensus()->table();
    REQUIRE(table->rowCount() > 0);
    table->setFocus();
    table->setCurrentCell(0, window.workspace()->consensus()->reasonColumn());
    const QString siteBefore = window.session()->document().site.name;
    const int dialogs = dialogsDuring([&] { press(window, Qt::Key_F2); });
    CHECK(dialogs == 0);
    // The cell's editor has the focus: it is a child of the table's viewport.
    QWidget *focus = QApplication::focusWidget();
    CHECK((focus && focus != table && table->isAncestorOf(focus)));
    CHECK(window.session()->document().site.name == siteBefore);

    // From the review list, F2 is the way to edit the chosen site.
    window.reviewList()->setFocus();
    window.reviewList()->selectSite(window.session()->document().site.uuid);
    CHECK(dialogsDuring([&] { press(window, Qt::Key_F2); }) == 1);
}

TEST_CASE("Ctrl+Del in a text box edits the text and never asks to delete the review",
          "[gui][keys]")
{
    DemoWindow demo;
    demo.openDraft();
    MainWindow &window = *demo.window;
    const qint64 id = window.session()->reviewId();
    auto *note = window.workspace()->walk()->page()->findChild<QPlainTextEdit *>();
    REQUIRE(note);
    note->setFocus();
    laatu::test::typeInto(note, QStringLiteral("kaksi sanaa"));
    note->moveCursor(QTextCursor::Start);
    const QString asked = MessageBox::lastText();
    press(window, Qt::Key_Delete, Qt::ControlModifier);
    settle();
    CHECK(MessageBox::lastText() == asked);
    CHECK(note->toPlainText().trimmed() == QStringLiteral("sanaa")); // the first word is gone
    CHECK(window.session());
    CHECK(window.session()->reviewId() == id);
    CHECK(window.reviewList()->review(id));

    // In the review list it is the delete command (answered No here).
    window.reviewList()->setFocus();
    window.reviewList()->selectReview(id);
    MessageBox::setNextAnswer(QMessageBox::No);
    press(window, Qt::Key_Delete, Qt::ControlModifier);
    settle();
    CHECK(MessageBox::lastText().contains(QStringLiteral("Delete the review")));
    CHECK(window.reviewList()->review(id));
}

TEST_CASE("Quit with the tool windows open closes every window; Esc closes a tool window",
          "[gui][keys]")
{
    DemoWindow demo;
    MainWindow &window = *demo.window;
    QWidget *history = window.analysisActions()->showSiteHistory();
    QWidget *comparison = window.analysisActions()->showCountyComparison();
    REQUIRE(history);
    REQUIRE(comparison);
    CHECK(history->isVisible());
    CHECK(comparison->isVisible());

    // Esc in a tool window closes that window only.
    laatu::test::showActive(*comparison);
    press(*comparison, Qt::Key_Escape);
    settle();
    CHECK_FALSE(comparison->isVisible());
    CHECK(window.isVisible());
    comparison = window.analysisActions()->showCountyComparison();
    REQUIRE(comparison->isVisible());

    // Ctrl+Q pressed in a tool window quits as well as from the main window.
    laatu::test::showActive(*history);
    press(*history, Qt::Key_Q, Qt::ControlModifier);
    settle();
    CHECK_FALSE(window.isVisible());
    CHECK_FALSE(history->isVisible());
    CHECK_FALSE(comparison->isVisible());
    for (QWidget *top : QApplication::topLevelWidgets())
        CHECK_FALSE((top->isVisible() && top->isWindow()));
}

TEST_CASE("Tab on a criterion page goes from the cards to the figures; Ctrl+D jumps there",
          "[gui][keys]")
{
    DemoWindow demo;
    demo.openDraft();
    MainWindow &window = *demo.window;
    laatu::gui::CriterionWalk *walk = window.workspace()->walk();
    // A criterion with figures: the page's first line edit.
    for (int i = 0; i < 25 && walk->page()->findChildren<QLineEdit *>().isEmpty(); ++i)
        walk->next();
    settle();
    const QList<QLineEdit *> figures = walk->page()->findChildren<QLineEdit *>();
    REQUIRE_FALSE(figures.isEmpty());
    walk->page()->card(5)->setFocus();
    // From the last card, past the consensus reason (hidden on a reviewer's sheet), to a figure.
    QWidget *reached = nullptr;
    for (int tabs = 0; tabs < 3; ++tabs) {
        press(window, Qt::Key_Tab);
        reached = QApplication::focusWidget();
        if (qobject_cast<QLineEdit *>(reached))
            break;
    }
    CHECK(figures.contains(qobject_cast<QLineEdit *>(reached)));

    walk->page()->card(2)->setFocus();
    press(window, Qt::Key_D, Qt::ControlModifier);
    CHECK(figures.contains(qobject_cast<QLineEdit *>(QApplication::focusWidget())));
}

TEST_CASE("a site change is undone with Ctrl+Z", "[gui][keys]")
{
    DemoWindow demo;
    MainWindow &window = *demo.window;
    laatu::gui::ReviewListPanel *list = window.reviewList();
    const QString uuid = list->reviews().constFirst().siteUuid;
    REQUIRE(list->selectSite(uuid));
    const QString before = list->site(uuid)->name;
    DialogRunner::setNextHandler([](QDialog &dialog) {
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        REQUIRE(name);
        name->setText(QStringLiteral("Uusi nimi"));
        dialog.accept();
        return dialog.result();
    });
    list->setFocus();
    press(window, Qt::Key_F2);
    settle();
    REQUIRE(list->site(uuid));
    CHECK(list->site(uuid)->name == QStringLiteral("Uusi nimi"));
    auto *undo = window.findChild<QAction *>(QStringLiteral("undoAction"));
    REQUIRE(undo);
    CHECK(undo->isEnabled());
    INFO("undo: " << undo->text().toStdString());
    // The step is named in the menu in sentence case: "Undo site … changed".
    CHECK(undo->text().startsWith(QStringLiteral("&Undo site ")));
    laatu::test::showActive(window); // back from the dialog
    press(window, Qt::Key_Z, Qt::ControlModifier);
    settle();
    REQUIRE(list->site(uuid));
    CHECK(list->site(uuid)->name == before);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Undone")));
}
