// Editing an open review through the real widgets: undo and redo, follow-up reviews that carry
// actions over, deleting with confirmation, sites renamed and archived, a read-only second
// window, and the catalog texts following the language.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"
#include "GuiDriver.h"

#include "demo/DemoGenerator.h"
#include "gui/common/DialogRunner.h"
#include "gui/common/MessageBox.h"
#include "gui/findings/FindingsView.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ReviewActions.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/main/SiteActions.h"
#include "gui/session/ReviewSession.h"
#include "gui/sites/ReviewListPanel.h"
#include "gui/walk/AnchorCard.h"
#include "gui/walk/CriterionPage.h"
#include "gui/walk/CriterionWalk.h"
#include "i18n/Translator.h"

#include <catch2/catch.hpp>

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QWizard>

using laatu::gui::DialogRunner;
using laatu::gui::MainWindow;
using laatu::gui::MessageBox;
using laatu::test::press;

namespace {
const QString kCaseload = QStringLiteral("caseload");

// One site with a final review and a draft after it.
QString demoDatabase(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("edit.db"));
    laatu::StorageError error;
    auto database = laatu::Database::open(path, {}, error);
    REQUIRE(database);
    QList<laatu::ReviewDocument> documents
        = laatu::DemoGenerator(laatu::test::builtIn(), {1, 2, 5u, true}).generate();
    documents[1].review.status = laatu::ReviewStatus::Draft;
    laatu::ReviewRepository repository(*database);
    REQUIRE_FALSE(repository.saveReviews(documents));
    return path;
}

std::unique_ptr<laatu::Database> open(const QString &path)
{
    laatu::StorageError error;
    auto database = laatu::Database::open(path, {}, error);
    REQUIRE(database);
    return database;
}

std::optional<int> storedConsensus(MainWindow &window, const QString &criterion)
{
    laatu::ReviewDocument stored;
    REQUIRE_FALSE(window.repository()->loadReview(window.session()->reviewId(), stored));
    return stored.consensus().rating(criterion);
}
} // namespace

TEST_CASE("undo and redo take back ratings and notes, in the database too", "[gui][undo]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    MainWindow window(laatu::test::builtIn());
    window.setDatabase(open(demoDatabase(dir)));
    laatu::test::showActive(window);
    REQUIRE(window.openReview(2));
    laatu::gui::CriterionWalk *walk = window.workspace()->walk();
    walk->setSheet({});
    walk->showCriterion(kCaseload);
    laatu::test::settle();
    walk->page()->focusRating();
    REQUIRE(walk->isAncestorOf(QApplication::focusWidget()));
    const std::optional<int> before = storedConsensus(window, kCaseload);
    const int other = before.value_or(1) == 5 ? 4 : 5;
    press(window, Qt::Key_0 + other);
    CHECK(storedConsensus(window, kCaseload) == other);
    CHECK(walk->page()->card(other)->isChecked());
    press(window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(storedConsensus(window, kCaseload) == before);
    CHECK(window.session()->rating({}, kCaseload) == before);
    press(window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(storedConsensus(window, kCaseload) == other);

    // A note typed in several bursts is one undo step.
    auto *note = walk->page()->findChild<QPlainTextEdit *>(QStringLiteral("note_data"));
    REQUIRE(note);
    const QString original = window.session()->note(kCaseload, QStringLiteral("data"));
    note->setFocus();
    note->moveCursor(QTextCursor::End);
    laatu::test::typeText(window, QStringLiteral(" Lista 1."));
    note->clearFocus(); // saves
    note->setFocus();
    laatu::test::typeText(window, QStringLiteral(" Lista 2."));
    press(window, Qt::Key_Escape); // saves and leaves the box
    CHECK(window.session()->note(kCaseload, QStringLiteral("data"))
          == original + QStringLiteral(" Lista 1. Lista 2."));
    press(window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(window.session()->note(kCaseload, QStringLiteral("data")) == original);
    CHECK(note->toPlainText() == original);
}

TEST_CASE("a follow-up review carries open actions and recommendations over to check",
          "[gui][follow-up]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    MainWindow window(laatu::test::builtIn());
    window.setDatabase(open(demoDatabase(dir)));
    laatu::test::showActive(window);
    laatu::ReviewDocument source;
    REQUIRE_FALSE(window.repository()->loadReview(2, source));
    REQUIRE(window.reviewList()->selectReview(2));
    DialogRunner::setNextHandler([](QDialog &dialog) {
        // The wizard comes filled in from the source review: Finish as it is.
        auto &wizard = static_cast<QWizard &>(dialog);
        CHECK(wizard.findChild<QLineEdit *>(QStringLiteral("rater1Edit"))->text()
              == QStringLiteral("Anna Arvioija"));
        wizard.accept();
        return wizard.result();
    });
    window.reviewActions()->followUpReview();
    REQUIRE(window.session());
    const laatu::ReviewDocument &followUp = window.session()->document();
    CHECK(followUp.review.uuid != source.review.uuid);
    CHECK(followUp.site.uuid == source.site.uuid);
    CHECK(followUp.raters.size() == source.raters.size());
    CHECK(followUp.ratings.isEmpty());
    int expected = 0;
    for (const laatu::ActionItem &action : source.actions)
        expected += action.status == laatu::ActionStatus::Done
                || action.status == laatu::ActionStatus::Dropped
            ? 0
            : 1;
    for (const laatu::Finding &finding : source.findings)
        expected += finding.kind == laatu::FindingKind::Recommendation ? 1 : 0;
    CHECK(followUp.actions.size() == expected);
    laatu::test::settle();
    laatu::gui::FindingsView *findings = window.workspace()->findings();
    CHECK(window.workspace()->tabs()->currentWidget() == findings);
    CHECK(findings->actions()->rowCount() == expected);
    CHECK(findings->previousActions()->rowCount() == source.actions.size());
}

TEST_CASE("deleting a review asks first, and a final review must be reopened", "[gui][delete]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    MainWindow window(laatu::test::builtIn());
    window.setDatabase(open(demoDatabase(dir)));
    laatu::test::showActive(window);
    REQUIRE(window.reviewList()->reviewCount() == 2);
    REQUIRE(window.reviewList()->selectReview(2));
    MessageBox::setNextAnswer(QMessageBox::No);
    window.reviewActions()->deleteReview();
    CHECK(window.reviewList()->reviewCount() == 2);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    window.reviewActions()->deleteReview();
    CHECK(window.reviewList()->reviewCount() == 1);
    // The final one: refused, with the reason, and kept.
    REQUIRE(window.reviewList()->selectReview(1));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.reviewActions()->deleteReview();
    CHECK(window.reviewList()->reviewCount() == 1);
    CHECK(MessageBox::lastText().contains(QStringLiteral("final")));
}

TEST_CASE("a site is renamed and archived, and archived sites are listed on request",
          "[gui][sites]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    MainWindow window(laatu::test::builtIn());
    window.setDatabase(open(demoDatabase(dir)));
    laatu::test::showActive(window);
    laatu::gui::ReviewListPanel *list = window.reviewList();
    REQUIRE(list->selectReview(1));
    const QString uuid = list->currentSiteUuid();
    DialogRunner::setNextHandler([](QDialog &dialog) {
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        name->setText(QStringLiteral("Uusi nimi IPS"));
        dialog.accept();
        return dialog.result();
    });
    window.siteActions()->editSite();
    REQUIRE(list->site(uuid));
    CHECK(list->site(uuid)->name == QStringLiteral("Uusi nimi IPS"));
    REQUIRE(list->selectSite(uuid));
    window.siteActions()->toggleArchiveSite();
    CHECK(list->site(uuid)->archived);
    // Hidden from the list until archived sites are shown.
    REQUIRE(list->selectSite(uuid));
    CHECK(list->isCurrentRowHidden());
    list->setShowArchived(true);
    REQUIRE(list->selectSite(uuid));
    CHECK_FALSE(list->isCurrentRowHidden());
    CHECK(list->currentIndex().data().toString().contains(QStringLiteral("archived")));
}

TEST_CASE("a second window on the same database shows the review but changes nothing",
          "[gui][read-only]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString path = demoDatabase(dir);
    MainWindow first(laatu::test::builtIn());
    first.setDatabase(open(path));
    MainWindow second(laatu::test::builtIn());
    second.setDatabase(open(path));
    REQUIRE(second.database()->isReadOnly());
    laatu::test::showActive(second);
    REQUIRE(second.openReview(2));
    CHECK_FALSE(second.session()->isEditable());
    laatu::gui::CriterionWalk *walk = second.workspace()->walk();
    walk->setSheet({});
    walk->showCriterion(kCaseload);
    const std::optional<int> before = second.session()->rating({}, kCaseload);
    CHECK_FALSE(walk->page()->card(before.value_or(1) == 5 ? 4 : 5)->isEnabled());
    CHECK_FALSE(second.session()->setRating({}, kCaseload, before.value_or(1) == 5 ? 4 : 5));
    CHECK(MessageBox::lastText().contains(QStringLiteral("read-only")));
    CHECK(second.session()->rating({}, kCaseload) == before);
}

TEST_CASE("the walk shows the catalog in the chosen language and follows a switch", "[gui][i18n]")
{
    laatu::Translator::install(QStringLiteral("fi"));
    const laatu::Instrument &instrument = laatu::test::builtIn();
    QTemporaryDir dir;
    MainWindow window(instrument);
    window.setDatabase(open(demoDatabase(dir)));
    laatu::test::showActive(window);
    REQUIRE(window.openReview(2));
    laatu::gui::CriterionWalk *walk = window.workspace()->walk();
    walk->showCriterion(kCaseload);
    auto *title = walk->page()->findChild<QLabel *>(QStringLiteral("criterionTitle"));
    REQUIRE(title);
    const laatu::Criterion &caseload = *instrument.criterion(kCaseload);
    CHECK(title->text().contains(caseload.title.text(QStringLiteral("fi"))));
    CHECK(walk->page()->card(3)->accessibleDescription()
          == caseload.anchors.at(2).text(QStringLiteral("fi")));
    laatu::Translator::install(QStringLiteral("sv"));
    laatu::test::settle();
    title
        = window.workspace()->walk()->page()->findChild<QLabel *>(QStringLiteral("criterionTitle"));
    CHECK(title->text().contains(caseload.title.text(QStringLiteral("sv"))));
    laatu::Translator::install(QStringLiteral("en"));
}
