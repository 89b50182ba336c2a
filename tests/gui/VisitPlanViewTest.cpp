// The visit plan view (issue 15) standalone over a real ReviewSession and database: started
// from the template in the review's language, edited in place by keyboard (a time typed as
// people write it, a wrong time refused), items added, moved and removed by their buttons'
// mnemonics, every edit stored at once and undone step by step; read-only when the review is
// final; the letter exported as PDF and ODT through the file dialog seam.
#include "DemoDatabase.h"
#include "GuiDriver.h"

#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"
#include "gui/session/ReviewSession.h"
#include "gui/visit/VisitPlanTableModel.h"
#include "gui/visit/VisitPlanView.h"

#include "exchange/VisitPlanTemplate.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace laatu;
using laatu::gui::ReviewSession;
using laatu::gui::VisitPlanTableModel;
using laatu::gui::VisitPlanView;

namespace {
struct Opened
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<ReviewRepository> repository;
    std::unique_ptr<ReviewSession> session;

    explicit Opened(ReviewStatus status)
    {
        database = test::demoDatabase(dir.filePath(QStringLiteral("laatu.db")), 1, 3);
        repository = std::make_unique<ReviewRepository>(*database);
        QList<ReviewSummary> reviews;
        REQUIRE_FALSE(repository->listReviews(reviews));
        for (const ReviewSummary &summary : reviews)
            if (summary.status == status) {
                ReviewDocument document;
                REQUIRE_FALSE(repository->loadReview(summary.id, document));
                session
                    = std::make_unique<ReviewSession>(*repository, test::builtIn(), document, true);
                return;
            }
        FAIL("no review with that status in the demo");
    }

    VisitPlan stored() const
    {
        ReviewDocument document;
        REQUIRE_FALSE(repository->loadReview(session->reviewId(), document));
        return document.visitPlan;
    }
};

QPushButton *button(VisitPlanView &view, const QString &text)
{
    for (QPushButton *candidate : view.findChildren<QPushButton *>())
        if (candidate->text() == text)
            return candidate;
    FAIL("no button " << text.toStdString());
    return nullptr;
}

// Types into the current cell as a user does: typing opens its editor, Enter saves.
void typeIntoCell(QTableView *table, const QString &text)
{
    QTest::keyClick(table, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor);
    REQUIRE(editor != table);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
}

// A button's mnemonic clicks it the way a user sees it (QAbstractButton::animateClick), a
// moment after the key: the test waits for the click.
void pressMnemonic(QWidget &view, Qt::Key key)
{
    test::press(view, key, Qt::AltModifier);
    QTest::qWait(150);
}

void goTo(QTableView *table, int row, int column)
{
    table->setCurrentIndex(table->model()->index(row, column));
    table->setFocus();
}
} // namespace

TEST_CASE("visit plan view: started from the template and edited in place by keyboard",
          "[gui][visitplan]")
{
    Opened opened(ReviewStatus::Draft);
    VisitPlanView view;
    view.setSession(opened.session.get(), QStringLiteral("fi"));
    view.resize(1300, 650);
    view.show();
    // Mnemonics are shortcuts of the active window.
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    QTableView *table = view.table();
    REQUIRE(table->model()->rowCount() == 0);
    table->setFocus();

    // The empty plan offers the built-in start, in the review's language (Alt+P).
    QPushButton *fromTemplate = button(view, VisitPlanView::tr("Start from Tem&plate"));
    REQUIRE(fromTemplate->isVisible());
    pressMnemonic(view, Qt::Key_P);
    const VisitPlan finnish = VisitPlanTemplate::builtIn(QStringLiteral("fi"));
    REQUIRE(table->model()->rowCount() == finnish.items.size());
    CHECK(opened.stored().items.constFirst().activity == finnish.items.constFirst().activity);
    CHECK_FALSE(fromTemplate->isVisible());

    // Start of the second item typed as 9.05, the Finnish way: stored as 09:05.
    goTo(table, 1, VisitPlanTableModel::StartColumn);
    typeIntoCell(table, QStringLiteral("9.05"));
    CHECK(VisitPlanTimes::toText(opened.stored().items.at(1).start) == QStringLiteral("09:05"));
    // A time that is none is refused and the stored one stays.
    goTo(table, 1, VisitPlanTableModel::EndColumn);
    const QString endBefore = VisitPlanTimes::toText(opened.stored().items.at(1).end);
    typeIntoCell(table, QStringLiteral("25:00"));
    CHECK(VisitPlanTimes::toText(opened.stored().items.at(1).end) == endBefore);
    // An end before the start: the database's rule refuses it, nothing changes.
    typeIntoCell(table, QStringLiteral("08:00"));
    CHECK(VisitPlanTimes::toText(opened.stored().items.at(1).end) == endBefore);
    // An open end is allowed.
    typeIntoCell(table, QString());
    CHECK_FALSE(opened.stored().items.at(1).end.isValid());

    // What, on two lines (Shift+Enter), and where.
    goTo(table, 0, VisitPlanTableModel::WhatColumn);
    QTest::keyClick(table, Qt::Key_F2);
    auto *what = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    REQUIRE(what);
    QTest::keyClick(what, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(what, QStringLiteral("Aloitus"));
    QTest::keyClick(what, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(what, QStringLiteral("ja esittely"));
    QTest::keyClick(what, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(opened.stored().items.at(0).activity == QStringLiteral("Aloitus\nja esittely"));
    goTo(table, 0, VisitPlanTableModel::WhereColumn);
    typeIntoCell(table, QStringLiteral("Kirjasto"));
    CHECK(opened.stored().items.at(0).place == QStringLiteral("Kirjasto"));
    goTo(table, 0, VisitPlanTableModel::DayColumn);
    typeIntoCell(table, QStringLiteral("2"));
    CHECK(opened.stored().items.at(0).day == 2);

    // Add (Alt+T) after the current item, on its day, from its end; typed at once.
    goTo(table, 2, VisitPlanTableModel::WhatColumn);
    const VisitPlanItem third = opened.stored().items.at(2);
    pressMnemonic(view, Qt::Key_T);
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(qobject_cast<QPlainTextEdit *>(editor));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("Kahvitauko"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    VisitPlan plan = opened.stored();
    REQUIRE(plan.items.size() == finnish.items.size() + 1);
    CHECK(plan.items.at(3).activity == QStringLiteral("Kahvitauko"));
    CHECK(plan.items.at(3).day == third.day);
    CHECK(plan.items.at(3).start == third.end);

    // Move up (Alt+U) and down (Alt+N) keep the item current; remove (Alt+M).
    goTo(table, 3, VisitPlanTableModel::WhatColumn);
    pressMnemonic(view, Qt::Key_U);
    CHECK(opened.stored().items.at(2).activity == QStringLiteral("Kahvitauko"));
    CHECK(table->currentIndex().row() == 2);
    pressMnemonic(view, Qt::Key_N);
    pressMnemonic(view, Qt::Key_N);
    CHECK(opened.stored().items.at(4).activity == QStringLiteral("Kahvitauko"));
    pressMnemonic(view, Qt::Key_M);
    plan = opened.stored();
    CHECK(plan.items.size() == finnish.items.size());
    for (const VisitPlanItem &item : plan.items)
        CHECK(item.activity != QStringLiteral("Kahvitauko"));

    // Undo brings each step back, in order: the removal, then the moves.
    QUndoStack *undo = opened.session->undoStack();
    undo->undo();
    CHECK(opened.stored().items.at(4).activity == QStringLiteral("Kahvitauko"));
    undo->undo();
    undo->undo();
    undo->undo();
    CHECK(opened.stored().items.at(3).activity == QStringLiteral("Kahvitauko"));
    // ... and all the way back to no plan at all.
    while (undo->canUndo())
        undo->undo();
    CHECK(opened.stored().isEmpty());
    CHECK(table->model()->rowCount() == 0);
}

TEST_CASE("visit plan view: a final review's plan is shown read-only", "[gui][visitplan]")
{
    Opened opened(ReviewStatus::Final);
    REQUIRE_FALSE(opened.repository->reopen(opened.session->reviewId(), QStringLiteral("plan")));
    REQUIRE_FALSE(opened.repository->replaceVisitPlan(
        opened.session->reviewId(),
        VisitPlanTemplate::instantiate(VisitPlanTemplate::builtIn(QStringLiteral("sv")))));
    REQUIRE_FALSE(opened.repository->finalise(opened.session->reviewId()));
    ReviewDocument document;
    REQUIRE_FALSE(opened.repository->loadReview(opened.session->reviewId(), document));
    ReviewSession session(*opened.repository, test::builtIn(), document, true);
    VisitPlanView view;
    view.setSession(&session, QStringLiteral("sv"));
    view.show();
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    QTableView *table = view.table();
    REQUIRE(table->model()->rowCount() > 0);
    CHECK_FALSE(table->model()->flags(table->model()->index(0, 0)) & Qt::ItemIsEditable);
    CHECK_FALSE(button(view, VisitPlanView::tr("Add I&tem"))->isEnabled());
    CHECK_FALSE(button(view, VisitPlanView::tr("Re&move Item"))->isEnabled());
    CHECK(button(view, VisitPlanView::tr("E&xport PDF…"))->isEnabled());
    goTo(table, 0, VisitPlanTableModel::WhatColumn);
    QTest::keyClicks(table, QStringLiteral("x"));
    CHECK(QApplication::focusWidget() == table);
    CHECK(session.document().visitPlan == document.visitPlan);
}

TEST_CASE("visit plan view: the letter is exported as PDF and ODT", "[gui][visitplan]")
{
    Opened opened(ReviewStatus::Draft);
    VisitPlanView view;
    view.setSession(opened.session.get(), QStringLiteral("en"));
    view.startFromTemplate();
    REQUIRE(opened.stored().items.size() == view.table()->model()->rowCount());
    REQUIRE(view.table()->model()->rowCount() > 10);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    gui::FileDialog::setNextFileName(pdf);
    REQUIRE(view.exportLetter(false));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    const QString odt = dir.filePath(QStringLiteral("plan.odt"));
    gui::FileDialog::setNextFileName(odt);
    REQUIRE(view.exportLetter(true));
    CHECK(QFileInfo(odt).size() > 1000);
}

// For a look at the view as a user sees it (issue 15: screenshots of the plan): with
// LAATU_SCREENSHOT_DIR set, the view with the Finnish template at 1300x650 is saved there.
TEST_CASE("visit plan view: a screenshot at 1300x650 on request", "[gui][visitplan][.screenshot]")
{
    const QString folder = qEnvironmentVariable("LAATU_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    Opened opened(ReviewStatus::Draft);
    VisitPlanView view;
    view.setSession(opened.session.get(), QStringLiteral("fi"));
    view.startFromTemplate();
    view.resize(1300, 650);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QApplication::processEvents();
    REQUIRE(view.grab().save(QDir(folder).filePath(QStringLiteral("visit-plan-view.png"))));
}
