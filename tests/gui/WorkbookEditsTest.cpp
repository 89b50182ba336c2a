// Editing the evidence workbook through the real widgets: row edits undo and redo, a final
// review refuses, "Show rows" on a criterion page selects the rows behind its figures, and the
// record sample cleared after Finalise leaves the figures, typed.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"
#include "GuiDriver.h"
#include "WorkbookSample.h"

#include "demo/DemoGenerator.h"
#include "gui/common/MessageBox.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ReviewActions.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/main/WorkbookActions.h"
#include "gui/session/OwnSheet.h"
#include "gui/session/ReviewSession.h"
#include "gui/walk/CriterionPage.h"
#include "gui/walk/CriterionWalk.h"
#include "gui/workbook/WorkbookTableModel.h"
#include "gui/workbook/WorkbookTablePanel.h"
#include "gui/workbook/WorkbookTableView.h"
#include "gui/workbook/WorkbookView.h"
#include "i18n/Translator.h"
#include "scoring/EvidenceFigures.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUuid>

using laatu::WorkbookRow;
using laatu::WorkbookTable;
using laatu::gui::MainWindow;
using laatu::gui::MessageBox;
using laatu::test::press;
using laatu::test::settle;
using laatu::test::typeText;

TEST_CASE("a workbook row edit is undone and redone, in the database too", "[gui][workbook][undo]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString path
        = laatu::test::workbookReviewDatabase(dir, false, laatu::test::smallWorkbook());
    MainWindow window(laatu::test::builtIn());
    window.setDatabase(laatu::test::openDatabaseFile(path));
    laatu::test::showActive(window);
    REQUIRE(window.openReview(1));
    laatu::gui::WorkbookTablePanel *coaches = window.workspace()->workbook()->coaches();
    laatu::gui::WorkbookTableModel *model = coaches->model();
    REQUIRE(model->rowCount() == 2);
    const auto storedFte = [&] {
        laatu::ReviewDocument document;
        REQUIRE_FALSE(window.repository()->loadReview(1, document));
        return document.workbook.coaches.at(1).values.value(QStringLiteral("fte"));
    };
    const int fte = model->columnOf(QStringLiteral("fte"));
    window.workspace()->tabs()->setCurrentWidget(window.workspace()->workbook());
    coaches->view()->editCell(1, fte);
    typeText(window, QStringLiteral("0.5"));
    press(window, Qt::Key_Tab);
    settle();
    CHECK(storedFte() == QStringLiteral("0.5"));
    CHECK(model->index(1, fte).data().toString() == QStringLiteral("0.5"));
    CHECK(window.session()->figures(QStringLiteral("caseload")).inputs.at(1).value->toString()
          == QStringLiteral("1.5"));
    press(window, Qt::Key_Escape);
    window.session()->undoStack()->undo();
    settle();
    CHECK(storedFte() == QStringLiteral("0.8"));
    CHECK(model->index(1, fte).data().toString() == QStringLiteral("0.8"));
    window.session()->undoStack()->redo();
    settle();
    CHECK(storedFte() == QStringLiteral("0.5"));

    // A row removed by Delete comes back by undo, in its place.
    coaches->view()->setFocus();
    coaches->view()->setCurrentIndex(model->index(0, 0));
    press(window, Qt::Key_Delete);
    settle();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->uuidAt(0) == laatu::test::workbookRowId(QStringLiteral("c2")));
    window.session()->undoStack()->undo();
    settle();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->uuidAt(0) == laatu::test::workbookRowId(QStringLiteral("c1")));
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("Aino"));

    // A new row is this laptop's reviewer's when the laptop knows whose sheet it is.
    const laatu::ReviewDocument &document = window.session()->document();
    REQUIRE(document.raters.size() == 2);
    QString added;
    REQUIRE(window.session()->addWorkbookRow(WorkbookTable::Records, &added));
    CHECK(window.session()->document().workbook.records.constLast().uuid == added);
    CHECK(window.session()->document().workbook.records.constLast().raterUuid.isEmpty());
    laatu::gui::OwnSheet::remember(document.review.uuid, document.raters.at(1).uuid);
    REQUIRE(window.session()->addWorkbookRow(WorkbookTable::Records, &added));
    CHECK(window.session()->document().workbook.records.constLast().raterUuid
          == document.raters.at(1).uuid);
    CHECK(QUuid::fromString(added).version() == QUuid::Random);
    window.session()->undoStack()->undo();
    window.session()->undoStack()->undo();
    settle();
    CHECK(window.session()->document().workbook.records.size() == 3);

    // A value not of the field's type is refused; the stored one stays.
    CHECK_FALSE(model->setData(model->index(1, fte), QStringLiteral("lots")));
    CHECK(storedFte() == QStringLiteral("0.5"));
    laatu::gui::WorkbookTableModel *records = window.workspace()->workbook()->records()->model();
    const int entry = records->columnOf(QStringLiteral("entry-date"));
    CHECK_FALSE(records->setData(records->index(0, entry), QStringLiteral("32.13.2026")));
    CHECK(records->index(0, entry).data(Qt::EditRole).toString()
          == QStringLiteral("05/01/2026")); // en_GB
    // And at the database's door, whoever writes.
    const WorkbookRow good = window.session()->document().workbook.coaches.at(0);
    WorkbookRow bad = good;
    bad.values.insert(QStringLiteral("fte"), QStringLiteral("-1"));
    CHECK(window.repository()->saveWorkbookRow(1, WorkbookTable::Coaches, bad, 0).code()
          == laatu::StorageError::InvalidInput);
    bad = good;
    bad.values.insert(QStringLiteral("fte"), QStringLiteral("0,5")); // typed, not stored form
    CHECK(window.repository()->saveWorkbookRow(1, WorkbookTable::Coaches, bad, 0).code()
          == laatu::StorageError::InvalidInput);
    bad = good;
    bad.values.insert(QStringLiteral("no-such-field"), QStringLiteral("1"));
    CHECK(window.repository()->saveWorkbookRow(1, WorkbookTable::Coaches, bad, 0).code()
          == laatu::StorageError::InvalidInput);
    CHECK_FALSE(window.repository()->saveWorkbookRow(1, WorkbookTable::Coaches, good, 0));
}

TEST_CASE("a final review's workbook is read-only and a refused edit shows the stored value",
          "[gui][workbook]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString path
        = laatu::test::workbookReviewDatabase(dir, true, laatu::test::smallWorkbook());
    MainWindow window(laatu::test::builtIn());
    window.setDatabase(laatu::test::openDatabaseFile(path));
    laatu::test::showActive(window);
    REQUIRE(window.openReview(1));
    laatu::gui::WorkbookTablePanel *coaches = window.workspace()->workbook()->coaches();
    laatu::gui::WorkbookTableModel *model = coaches->model();
    window.workspace()->tabs()->setCurrentWidget(window.workspace()->workbook());
    CHECK_FALSE(coaches->addButton()->isEnabled());
    CHECK_FALSE(coaches->removeButton()->isEnabled());
    CHECK_FALSE(model->flags(model->index(0, 0)).testFlag(Qt::ItemIsEditable));
    // Typing in a cell opens no editor; Insert adds no row.
    coaches->view()->setFocus();
    coaches->view()->setCurrentIndex(model->index(0, 0));
    typeText(window, QStringLiteral("X"));
    press(window, Qt::Key_Insert);
    settle();
    CHECK(model->rowCount() == 2);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("Aino"));
    // A write that gets through anyway (a stale view) is refused and the stored value shown.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(model->setData(model->index(0, 0), QStringLiteral("Changed")));
    settle();
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("Aino"));
    CHECK(window.session()->undoStack()->count() == 0);
    WorkbookRow row = window.session()->document().workbook.coaches.at(0);
    row.code = QStringLiteral("Changed");
    CHECK(window.repository()->saveWorkbookRow(1, WorkbookTable::Coaches, row, 0).code()
          == laatu::StorageError::ReviewLocked);
    CHECK(window.repository()
              ->removeWorkbookRow(1, laatu::test::workbookRowId(QStringLiteral("c1")))
              .code()
          == laatu::StorageError::ReviewLocked);
}

TEST_CASE("Show rows on a criterion page selects the workbook rows behind its figures",
          "[gui][workbook]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    MainWindow window(laatu::test::builtIn());
    window.setDatabase(laatu::test::openDatabaseFile(
        laatu::test::workbookReviewDatabase(dir, false, laatu::test::smallWorkbook())));
    laatu::test::showActive(window);
    REQUIRE(window.openReview(1));
    laatu::gui::ReviewWorkspace *workspace = window.workspace();
    const auto selection = [](laatu::gui::WorkbookTablePanel *panel) {
        QStringList cells;
        for (const QModelIndex &index : panel->view()->selectionModel()->selectedIndexes())
            cells << QStringLiteral("%1:%2").arg(panel->model()->uuidAt(index.row()).right(2),
                                                 panel->model()->field(index.column())->key);
        cells.sort();
        return cells;
    };
    workspace->walk()->showCriterion(QStringLiteral("rapid-job-search"));
    settle();
    auto *show
        = workspace->walk()->page()->findChild<QPushButton *>(QStringLiteral("showFigureRows"));
    REQUIRE(show);
    CHECK(show->accessibleName() == QStringLiteral("Show rows"));
    show->click();
    settle();
    REQUIRE(workspace->tabs()->currentWidget() == workspace->workbook());
    // R1 and R3 have both dates; R2 has no first contact and is not behind the figure.
    CHECK(selection(workspace->workbook()->records())
          == QStringList {
              QStringLiteral("r1:entry-date"), QStringLiteral("r1:first-employer-contact"),
              QStringLiteral("r3:entry-date"), QStringLiteral("r3:first-employer-contact")});
    CHECK(QApplication::focusWidget() == workspace->workbook()->records()->view());

    window.workspace()->tabs()->setCurrentWidget(workspace->walk());
    workspace->walk()->showCriterion(QStringLiteral("caseload"));
    settle();
    workspace->walk()->page()->findChild<QPushButton *>(QStringLiteral("showFigureRows"))->click();
    settle();
    CHECK(selection(workspace->workbook()->coaches())
          == QStringList {QStringLiteral("c1:clients"), QStringLiteral("c1:fte"),
                          QStringLiteral("c2:clients"), QStringLiteral("c2:fte")});
    // Employer contacts need contacts and sample weeks: no coach has both yet.
    CHECK_FALSE(workspace->workbook()->showRowsBehind(QStringLiteral("employer-contacts")));
    CHECK(workspace->workbook()->coaches()->view()->selectionModel()->selectedIndexes().isEmpty());
}

TEST_CASE("the record sample cleared after Finalise leaves the figures typed, and the log says so",
          "[gui][workbook][final]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    MainWindow window(laatu::test::builtIn());
    window.setDatabase(laatu::test::openDatabaseFile(
        laatu::test::workbookReviewDatabase(dir, false, laatu::test::smallWorkbook())));
    laatu::test::showActive(window);
    REQUIRE(window.openReview(1));
    const laatu::CriterionFigures before
        = window.session()->figures(QStringLiteral("rapid-job-search"));
    REQUIRE(before.fromWorkbook());
    REQUIRE(before.value);
    QAction *clear = window.workbookActions()->clearAction();
    CHECK_FALSE(clear->isEnabled()); // not final yet

    SECTION("offered right after Finalise, kept by the default answer")
    {
        MessageBox::setNextAnswer(QMessageBox::Yes); // finalise
        window.reviewActions()->finaliseReview(); // the offer gets the default: keep
        settle();
        REQUIRE(window.session()->isFinal());
        CHECK(MessageBox::lastText().contains(QStringLiteral("3 record rows")));
        CHECK(window.session()->document().workbook.records.size() == 3);
        CHECK(clear->isEnabled());
        // Later, from the Review menu, confirmed.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        clear->trigger();
        settle();
    }
    SECTION("offered right after Finalise, cleared")
    {
        MessageBox::setNextAnswer(QMessageBox::Yes); // finalise
        MessageBox::setNextAnswer(QMessageBox::Yes); // clear now
        window.reviewActions()->finaliseReview();
        settle();
        REQUIRE(window.session()->isFinal());
    }
    const laatu::ReviewDocument &document = window.session()->document();
    CHECK(document.workbook.records.isEmpty());
    CHECK(document.workbook.recordsCleared);
    CHECK(document.workbook.coaches.size() == 2);
    CHECK_FALSE(clear->isEnabled());
    const laatu::CriterionFigures after
        = window.session()->figures(QStringLiteral("rapid-job-search"));
    REQUIRE(after.value);
    CHECK(*after.value == *before.value);
    CHECK(after.suggestion == before.suggestion);
    CHECK(after.anyTyped());
    CHECK_FALSE(after.fromWorkbook());
    laatu::ReviewDocument fromDisk;
    REQUIRE_FALSE(window.repository()->loadReview(1, fromDisk));
    CHECK(fromDisk.workbook.records.isEmpty());
    QStringList log;
    REQUIRE_FALSE(window.repository()->auditLog(1, log));
    CHECK(log.join(QLatin1Char('\n')).contains(QStringLiteral("clear-records")));
    // The workbook says the sample was cleared instead of showing an empty table.
    laatu::gui::WorkbookTablePanel *records = window.workspace()->workbook()->records();
    window.workspace()->tabs()->setCurrentWidget(window.workspace()->workbook());
    settle();
    CHECK(records->findChild<QLabel *>(QStringLiteral("recordsClearedLabel"))->isVisible());
    CHECK_FALSE(records->view()->isVisible());
}
