// Entering findings and actions on the findings page by keyboard, as a reviewer does: a new row
// opens with the cursor in it, only what has text is stored, Tab moves along an action's row,
// and every command says in the status bar what it did.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"
#include "GuiDriver.h"

#include "demo/DemoGenerator.h"
#include "gui/common/DialogRunner.h"
#include "gui/findings/FindingsView.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ReviewActions.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/session/ReviewSession.h"
#include "gui/sites/ReviewListPanel.h"
#include "i18n/Translator.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QWizard>

#include <functional>

using laatu::gui::FindingsView;
using laatu::gui::MainWindow;
using laatu::test::press;
using laatu::test::settle;

namespace {
enum ActionColumn { WhatColumn, WhoColumn, DueColumn, StatusColumn };
constexpr int kFindingTextColumn = 2;

// One site with a final review (1) and a draft after it (2).
std::unique_ptr<laatu::Database> demoDatabase(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("findings.db"));
    laatu::StorageError error;
    auto database = laatu::Database::open(path, {}, error);
    REQUIRE(database);
    QList<laatu::ReviewDocument> documents
        = laatu::DemoGenerator(laatu::test::builtIn(), {1, 2, 5u, true}).generate();
    documents[1].review.status = laatu::ReviewStatus::Draft;
    laatu::ReviewRepository repository(*database);
    REQUIRE_FALSE(repository.saveReviews(documents));
    return database;
}

laatu::ReviewDocument stored(MainWindow &window)
{
    laatu::ReviewDocument document;
    REQUIRE_FALSE(window.repository()->loadReview(window.session()->reviewId(), document));
    return document;
}

// Waits for what a key starts later (a button's mnemonic clicks it after a short animation).
bool waitFor(const std::function<bool()> &condition, int milliseconds = 3000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < milliseconds)
        QTest::qWait(10);
    return condition();
}

// The focus is in the editor of the current cell of `view`, in `column`.
bool editing(QAbstractItemView *view, int column)
{
    QWidget *editor = view->indexWidget(view->currentIndex());
    QWidget *focus = QApplication::focusWidget();
    return view->currentIndex().column() == column && editor && focus
        && (focus == editor || editor->isAncestorOf(focus));
}

// Typing as a person does: the application handles each key before the next one comes.
void typeSlowly(MainWindow &window, const QString &text)
{
    for (const QChar c : text) {
        laatu::test::typeText(window, QString(c));
        settle();
    }
}

QString statusMessage(MainWindow &window)
{
    return window.statusBar()->currentMessage();
}

// The window with the draft review open on its findings page, in English.
struct FindingsPage
{
    QTemporaryDir dir;
    MainWindow window {laatu::test::builtIn()};
    FindingsView *view = nullptr;

    FindingsPage()
    {
        laatu::Translator::install(QStringLiteral("en"));
        window.setDatabase(demoDatabase(dir));
        laatu::test::showActive(window);
        REQUIRE(window.openReview(2));
        REQUIRE(window.session()->isEditable());
        view = window.workspace()->findings();
        window.workspace()->tabs()->setCurrentWidget(view);
        settle();
    }
};
} // namespace

TEST_CASE("a new strength opens for typing and is stored with the text typed", "[gui][findings]")
{
    FindingsPage page;
    QTreeWidget *findings = page.view->findings();
    const qsizetype before = stored(page.window).findings.size();

    press(page.window, Qt::Key_T, Qt::AltModifier); // Add S&trength
    REQUIRE(waitFor([&] { return editing(findings, kFindingTextColumn); }));
    settle();
    CHECK(editing(findings, kFindingTextColumn)); // still open once the window has caught up
    CHECK(statusMessage(page.window).contains(QStringLiteral("New strength")));
    CHECK(stored(page.window).findings.size() == before); // nothing stored before it has text

    const QString text = QStringLiteral("Hyvä yhteistyö työnantajien kanssa");
    typeSlowly(page.window, text);
    press(page.window, Qt::Key_Return);
    settle();

    const laatu::ReviewDocument after = stored(page.window);
    CHECK(after.findings.size() == before + 1);
    const auto typed = std::find_if(after.findings.cbegin(), after.findings.cend(),
                                    [&](const laatu::Finding &f) { return f.text == text; });
    REQUIRE(typed != after.findings.cend());
    CHECK(typed->kind == laatu::FindingKind::Strength);
    CHECK(typed->criterionId.isEmpty());
    CHECK(std::none_of(after.findings.cbegin(), after.findings.cend(),
                       [](const auto &f) { return f.text == QStringLiteral("New strength"); }));
    CHECK(findings->findItems(text, Qt::MatchExactly, kFindingTextColumn).size() == 1);
    CHECK(statusMessage(page.window).contains(QStringLiteral("Finding added")));
}

TEST_CASE("a new finding or action left empty is not stored", "[gui][findings]")
{
    FindingsPage page;
    QTreeWidget *findings = page.view->findings();
    QTableWidget *actions = page.view->actions();
    const laatu::ReviewDocument before = stored(page.window);
    const int findingRows = findings->topLevelItemCount();
    const int actionRows = actions->rowCount();

    SECTION("a strength left with Esc")
    {
        press(page.window, Qt::Key_T, Qt::AltModifier);
        REQUIRE(waitFor([&] { return editing(findings, kFindingTextColumn); }));
        press(page.window, Qt::Key_Escape);
    }
    SECTION("a recommendation left with Enter, blank")
    {
        press(page.window, Qt::Key_M, Qt::AltModifier); // Add Reco&mmendation
        REQUIRE(waitFor([&] { return editing(findings, kFindingTextColumn); }));
        typeSlowly(page.window, QStringLiteral("   "));
        press(page.window, Qt::Key_Return);
    }
    SECTION("an action left from Who with Esc")
    {
        press(page.window, Qt::Key_N, Qt::AltModifier); // Add Actio&n
        REQUIRE(waitFor([&] { return editing(actions, WhatColumn); }));
        press(page.window, Qt::Key_Tab);
        settle();
        CHECK(editing(actions, WhoColumn));
        press(page.window, Qt::Key_Escape);
    }
    settle();
    settle();
    const laatu::ReviewDocument after = stored(page.window);
    CHECK(after.findings == before.findings);
    CHECK(after.actions == before.actions);
    CHECK(findings->topLevelItemCount() == findingRows);
    CHECK(actions->rowCount() == actionRows);
    CHECK(statusMessage(page.window).contains(QStringLiteral("not saved")));
}

TEST_CASE("a new action is typed along its row with Tab and stored", "[gui][findings]")
{
    FindingsPage page;
    QTableWidget *actions = page.view->actions();
    const qsizetype before = stored(page.window).actions.size();
    REQUIRE(before > 0);

    press(page.window, Qt::Key_N, Qt::AltModifier); // Add Actio&n
    REQUIRE(waitFor([&] { return editing(actions, WhatColumn); }));
    settle();
    const int row = actions->currentRow();
    CHECK(row == actions->rowCount() - 1);
    CHECK(editing(actions, WhatColumn));
    CHECK(statusMessage(page.window).contains(QStringLiteral("New action")));
    CHECK(stored(page.window).actions.size() == before);

    const QString what = QStringLiteral("Käy läpi työnantajakontaktit viikoittain");
    const QString who = QStringLiteral("Päivi Työhönvalmentaja");
    typeSlowly(page.window, what);
    press(page.window, Qt::Key_Tab);
    settle();
    CHECK(actions->currentRow() == row);
    CHECK(editing(actions, WhoColumn));
    typeSlowly(page.window, who);
    press(page.window, Qt::Key_Tab);
    settle();
    CHECK(editing(actions, DueColumn));
    press(page.window, Qt::Key_Tab);
    settle();
    CHECK(actions->currentRow() == row);
    CHECK(QApplication::focusWidget() == actions->cellWidget(row, StatusColumn));
    press(page.window, Qt::Key_Tab, Qt::ShiftModifier);
    settle();
    CHECK(editing(actions, DueColumn));
    press(page.window, Qt::Key_Escape);
    settle();

    const laatu::ReviewDocument after = stored(page.window);
    REQUIRE(after.actions.size() == before + 1);
    CHECK(after.actions.constLast().what == what);
    CHECK(after.actions.constLast().who == who);
    CHECK(after.actions.constLast().status == laatu::ActionStatus::Open);
    CHECK(actions->item(row, WhatColumn)->text() == what);
    CHECK(actions->item(row, WhoColumn)->text() == who);

    // Shift+Tab from What goes back to the status of the row above; Tab from there comes back.
    actions->setFocus();
    actions->setCurrentCell(row, WhatColumn);
    press(page.window, Qt::Key_Tab, Qt::ShiftModifier);
    settle();
    CHECK(QApplication::focusWidget() == actions->cellWidget(row - 1, StatusColumn));
    press(page.window, Qt::Key_Tab);
    settle();
    CHECK(actions->currentRow() == row);
    CHECK(editing(actions, WhatColumn));
    press(page.window, Qt::Key_Escape);
    settle();
    CHECK(stored(page.window).actions.size() == before + 1);
}

TEST_CASE("carrying over open actions says how many, or that there were none", "[gui][findings]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    MainWindow window(laatu::test::builtIn());
    window.setDatabase(demoDatabase(dir));
    laatu::test::showActive(window);
    REQUIRE(window.reviewList()->selectReview(2));
    laatu::gui::DialogRunner::setNextHandler([](QDialog &dialog) {
        dialog.accept(); // the follow-up wizard, filled in from the review
        return dialog.result();
    });
    window.reviewActions()->followUpReview(); // carries the open actions over already
    REQUIRE(window.session());
    laatu::test::showActive(window); // active again after the wizard
    settle();
    FindingsView *view = window.workspace()->findings();
    REQUIRE(window.workspace()->tabs()->currentWidget() == view);
    const std::optional<laatu::ReviewDocument> &previous = window.session()->previousReview();
    REQUIRE(previous);
    QStringList open;
    for (const laatu::ActionItem &action : previous->actions)
        if (action.status == laatu::ActionStatus::Open
            || action.status == laatu::ActionStatus::InProgress)
            open.append(action.what);
    REQUIRE(open.size() >= 2);

    press(window, Qt::Key_V, Qt::AltModifier); // Carry O&ver Open Actions
    REQUIRE(waitFor([&] { return statusMessage(window).contains(QStringLiteral("Nothing")); }));
    CHECK(statusMessage(window).contains(QStringLiteral("already in this plan")));
    const qsizetype planned = stored(window).actions.size();

    // Two of them removed from the plan, by keyboard: the row, then the Remove button.
    QTableWidget *actions = view->actions();
    auto *remove = view->findChild<QPushButton *>(QStringLiteral("removeActionButton"));
    REQUIRE(remove);
    for (int i = 0; i < 2; ++i) {
        const QList<QTableWidgetItem *> rows = actions->findItems(open.at(i), Qt::MatchExactly);
        REQUIRE_FALSE(rows.isEmpty());
        actions->setFocus();
        actions->setCurrentCell(rows.first()->row(), WhatColumn);
        remove->setFocus();
        press(window, Qt::Key_Space);
        settle();
        CHECK(statusMessage(window).contains(QStringLiteral("Action item removed")));
    }
    REQUIRE(stored(window).actions.size() == planned - 2);

    press(window, Qt::Key_V, Qt::AltModifier);
    REQUIRE(waitFor([&] { return statusMessage(window).contains(QStringLiteral("carried")); }));
    CHECK(statusMessage(window).contains(QStringLiteral("2 open action")));
    CHECK(stored(window).actions.size() == planned);
    // The table is refreshed from the session's queued change.
    CHECK(waitFor([&] { return actions->rowCount() == planned; }));
}

TEST_CASE("the findings page's mnemonics are unique in the window", "[gui][findings][keys]")
{
    FindingsPage page;
    // Every Alt+letter the window offers with the page shown: menus, tabs, buttons, labels.
    QList<QPair<QKeySequence, QObject *>> taken;
    for (QAction *menu : page.window.menuBar()->actions())
        taken.append({QKeySequence::mnemonic(menu->text()), menu});
    QTabWidget *tabs = page.window.workspace()->tabs();
    for (int i = 0; i < tabs->count(); ++i)
        taken.append({QKeySequence::mnemonic(tabs->tabText(i)), tabs});
    for (QAbstractButton *button : page.window.findChildren<QAbstractButton *>())
        if (button->isVisible())
            taken.append({QKeySequence::mnemonic(button->text()), button});
    for (QLabel *label : page.window.findChildren<QLabel *>())
        if (label->isVisible() && label->buddy())
            taken.append({QKeySequence::mnemonic(label->text()), label});

    int onPage = 0;
    for (const auto &[key, owner] : taken) {
        auto *widget = qobject_cast<QWidget *>(owner);
        if (key.isEmpty() || !widget || !page.view->isAncestorOf(widget))
            continue;
        ++onPage;
        const auto same = std::count_if(taken.cbegin(), taken.cend(),
                                        [&](const auto &other) { return other.first == key; });
        INFO(widget->objectName().toStdString() << " " << key.toString().toStdString());
        CHECK(same == 1);
    }
    CHECK(onPage == 6);
}
