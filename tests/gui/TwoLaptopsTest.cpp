// Two reviewers on two laptops through the app alone: the lead sends the review to the
// co-reviewer (File → Send to Co-reviewer), who opens it (File → Open Review File) on their own
// sheet with nobody else's ratings anywhere, rates, and exports their ratings; the lead merges.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"
#include "GuiDriver.h"

#include "gui/common/DialogRunner.h"
#include "gui/common/FileDialog.h"
#include "gui/exchange/ExportMineDialog.h"
#include "gui/main/ExchangeActions.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/session/ReviewSession.h"
#include "gui/walk/AnchorCard.h"
#include "gui/walk/CriterionNavigator.h"
#include "gui/walk/CriterionPage.h"
#include "gui/walk/CriterionWalk.h"
#include "i18n/Translator.h"

#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QTemporaryDir>

using laatu::gui::DialogRunner;
using laatu::gui::FileDialog;
using laatu::gui::MainWindow;

namespace {
// The lead's review: a draft with two reviewers where only the lead (the first) has rated.
laatu::ReviewDocument leadsDraft()
{
    for (laatu::ReviewDocument document :
         laatu::DemoGenerator(laatu::test::builtIn(), {2, 2, 5u, true}).generate()) {
        if (document.raters.size() < 2 || document.notes.isEmpty())
            continue;
        document.review.status = laatu::ReviewStatus::Draft;
        const QString lead = document.raters.constFirst().uuid;
        document.ratings.removeIf(
            [&](const laatu::RatingEntry &entry) { return entry.raterUuid != lead; });
        document.findings.clear();
        document.actions.clear();
        return document;
    }
    FAIL("no demo review with two reviewers");
    return {};
}

std::unique_ptr<laatu::Database> open(const QString &path)
{
    laatu::StorageError error;
    auto database = laatu::Database::open(path, {}, error);
    INFO(error.message().toStdString());
    REQUIRE(database);
    return database;
}

// Every text a user can read in the window (labels, buttons, tooltips, accessible names).
QString visibleTexts(QWidget &window)
{
    QStringList texts;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&window))
            continue;
        texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
    }
    return texts.join(QLatin1Char('\n'));
}
} // namespace

TEST_CASE("the co-reviewer gets the review without the lead's ratings and rates on their own sheet",
          "[gui][two-laptops]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    laatu::ReviewDocument draft = leadsDraft();
    const laatu::Rater lead = draft.raters.at(0);
    const laatu::Rater co = draft.raters.at(1);
    {
        auto database = open(dir.filePath(QStringLiteral("lead.db")));
        laatu::ReviewRepository repository(*database);
        bool unchanged = false;
        REQUIRE_FALSE(repository.saveReview(draft, unchanged));
    }
    const QString handOut = dir.filePath(QStringLiteral("for-co.json"));
    {
        MainWindow window(laatu::test::builtIn());
        window.setDatabase(open(dir.filePath(QStringLiteral("lead.db"))));
        laatu::test::showActive(window);
        qint64 id = 0;
        REQUIRE_FALSE(window.repository()->findReview(draft.review.uuid, id));
        REQUIRE(window.openReview(id));
        DialogRunner::setNextHandler([&](QDialog &dialog) {
            auto *raters = dialog.findChild<QComboBox *>(QStringLiteral("raterCombo"));
            auto *evidence = dialog.findChild<QCheckBox *>(QStringLiteral("evidenceCheck"));
            REQUIRE(raters);
            REQUIRE(evidence);
            // The co-reviewer is offered first: the lead is rating on this laptop.
            CHECK(raters->currentData().toString() == co.uuid);
            evidence->setChecked(true);
            dialog.accept();
            return dialog.result();
        });
        FileDialog::setNextFileName(handOut);
        REQUIRE(window.exchangeActions()->sendToCoReviewer());
    }

    MainWindow window(laatu::test::builtIn());
    window.setDatabase(open(dir.filePath(QStringLiteral("co.db"))));
    laatu::test::showActive(window);
    FileDialog::setNextFileName(handOut);
    REQUIRE(window.exchangeActions()->openReviewFile());
    laatu::gui::ReviewSession *session = window.session();
    REQUIRE(session);
    CHECK(session->document().review.uuid == draft.review.uuid);
    CHECK(session->document().ratings.isEmpty());
    CHECK(session->document().notes.isEmpty());
    laatu::gui::CriterionWalk *walk = window.workspace()->walk();
    CHECK(walk->sheet() == co.uuid);
    // Nowhere on the co-reviewer's screen is anything the lead chose.
    for (laatu::gui::AnchorCard *card : walk->page()->findChildren<laatu::gui::AnchorCard *>())
        CHECK_FALSE(card->isChecked());
    // The names of both reviewers are part of the frame; what either chose is not.
    CHECK_FALSE(visibleTexts(window).contains(QStringLiteral("Chosen by")));
    CHECK(session->isBlind());

    // The co-reviewer rates the first criterion with the keyboard, on their own sheet.
    walk->page()->focusRating();
    laatu::test::press(window, Qt::Key_4);
    laatu::test::settle();
    const QString criterion = walk->page()->criterionId();
    CHECK(session->rating(co.uuid, criterion) == 4);
    CHECK_FALSE(session->rating(lead.uuid, criterion).has_value());

    // Their ratings go back to the lead, who merges them into the same review.
    const QString mine = dir.filePath(QStringLiteral("mine.json"));
    DialogRunner::setNextHandler([&](QDialog &dialog) {
        auto *exportDialog = qobject_cast<laatu::gui::ExportMineDialog *>(&dialog);
        REQUIRE(exportDialog);
        CHECK(exportDialog->raterName() == co.name);
        CHECK_FALSE(exportDialog->withRecords()); // the record sample stays unless chosen
        dialog.accept();
        return dialog.result();
    });
    FileDialog::setNextFileName(mine);
    REQUIRE(window.exchangeActions()->exportMyRatings());

    MainWindow leadWindow(laatu::test::builtIn());
    leadWindow.setDatabase(open(dir.filePath(QStringLiteral("lead.db"))));
    FileDialog::setNextFileName(mine);
    REQUIRE(leadWindow.exchangeActions()->mergeRatings());
    REQUIRE(leadWindow.session());
    CHECK(leadWindow.session()->rating(co.uuid, criterion) == 4);
    // Both sheets are in, but still blind on the lead's screen until the lead reveals them.
    REQUIRE(leadWindow.session()->isBlind());
    laatu::gui::CriterionWalk *leadWalk = leadWindow.workspace()->walk();
    for (int row = 0; row < leadWalk->navigator()->count(); ++row)
        CHECK_FALSE(leadWalk->navigator()->stateText(row).contains(QStringLiteral("differ")));
    CHECK_FALSE(visibleTexts(leadWindow).contains(QStringLiteral("Chosen by")));
    // The lead's own ratings are as they were.
    for (const laatu::RatingEntry &entry : draft.ratings)
        CHECK(leadWindow.session()->rating(lead.uuid, entry.criterionId) == entry.value);
}
