// File → Merge Reviewer's Ratings when the file and this database disagree: every difference is
// shown with the criterion, what differs and both values, the user keeps or takes each one
// (with the keyboard), and exactly the chosen values are stored; Cancel merges nothing.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"
#include "GuiDriver.h"

#include "gui/common/DialogRunner.h"
#include "gui/common/FileDialog.h"
#include "gui/exchange/MergeConflictDialog.h"
#include "gui/main/ExchangeActions.h"
#include "gui/main/MainWindow.h"
#include "i18n/Translator.h"

#include "analysis/RaterExport.h"
#include "demo/DemoGenerator.h"
#include "exchange/ReviewFileIo.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"

#include <catch2/catch.hpp>

#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>

using laatu::gui::DialogRunner;
using laatu::gui::FileDialog;
using laatu::gui::MainWindow;
using laatu::gui::MergeConflictDialog;

namespace {
const QString kEmployerContacts = QStringLiteral("employer-contacts");
const QString kCaseload = QStringLiteral("caseload");

// Two sheets that disagree: here the figure 60 and the co-reviewer's 3 for the caseload, in the
// co-reviewer's file 72 and 4.
struct TwoSheets
{
    QTemporaryDir dir;
    QString database = dir.filePath(QStringLiteral("lead.db"));
    QString file = dir.filePath(QStringLiteral("mine.json"));
    laatu::ReviewDocument stored;
    laatu::Rater co;

    TwoSheets()
    {
        for (laatu::ReviewDocument document :
             laatu::DemoGenerator(laatu::test::builtIn(), {2, 2, 5u, true}).generate()) {
            if (document.raters.size() == 2 && stored.raters.isEmpty())
                stored = document;
        }
        REQUIRE(stored.raters.size() == 2);
        stored.review.status = laatu::ReviewStatus::Draft;
        co = stored.raters.at(1);
        stored.numbers.removeIf(
            [](const laatu::EvidenceNumber &e) { return e.criterionId == kEmployerContacts; });
        stored.numbers << laatu::EvidenceNumber {kEmployerContacts, QStringLiteral("contacts"),
                                                 QStringLiteral("60")};
        stored.ratings.removeIf([&](const laatu::RatingEntry &e) {
            return e.raterUuid == co.uuid && e.criterionId == kCaseload;
        });
        stored.ratings << laatu::RatingEntry {co.uuid, kCaseload, 3, {}};
        stored.normalize();
        {
            auto db = open();
            laatu::ReviewRepository repository(*db);
            bool unchanged = false;
            REQUIRE_FALSE(repository.saveReview(stored, unchanged));
        }
        laatu::ReviewDocument theirs = stored;
        for (laatu::EvidenceNumber &number : theirs.numbers) {
            if (number.criterionId == kEmployerContacts)
                number.value = QStringLiteral("72");
        }
        for (laatu::RatingEntry &entry : theirs.ratings) {
            if (entry.raterUuid == co.uuid && entry.criterionId == kCaseload)
                entry.value = 4;
        }
        REQUIRE(
            laatu::ReviewFileIo::write(file, laatu::RaterExport::myRatings(theirs, co)).isEmpty());
    }

    std::unique_ptr<laatu::Database> open() const
    {
        laatu::StorageError error;
        auto db = laatu::Database::open(database, {}, error);
        INFO(error.message().toStdString());
        REQUIRE(db);
        return db;
    }

    static laatu::ReviewDocument load(MainWindow &window, const QString &uuid)
    {
        qint64 id = 0;
        REQUIRE_FALSE(window.repository()->findReview(uuid, id));
        laatu::ReviewDocument document;
        REQUIRE_FALSE(window.repository()->loadReview(id, document));
        return document;
    }
};

QString figure(const laatu::ReviewDocument &document)
{
    for (const laatu::EvidenceNumber &number : document.numbers) {
        if (number.criterionId == kEmployerContacts
            && number.inputKey == QStringLiteral("contacts"))
            return number.value;
    }
    return {};
}

int rating(const laatu::ReviewDocument &document, const QString &rater)
{
    for (const laatu::RatingEntry &entry : document.ratings) {
        if (entry.raterUuid == rater && entry.criterionId == kCaseload)
            return entry.value;
    }
    return 0;
}

int rowContaining(QTableWidget &table, int column, const QString &text)
{
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.item(row, column)->text().contains(text))
            return row;
    }
    return -1;
}
} // namespace

TEST_CASE("the user takes the file's figure and keeps the rating here", "[gui][merge]")
{
    laatu::Translator::install(QStringLiteral("en"));
    TwoSheets sheets;
    MainWindow window(laatu::test::builtIn());
    window.setDatabase(sheets.open());
    laatu::test::showActive(window);

    bool shown = false;
    DialogRunner::setNextHandler([&](QDialog &dialog) {
        shown = true;
        auto *conflicts = qobject_cast<MergeConflictDialog *>(&dialog);
        REQUIRE(conflicts);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("conflictTable"));
        REQUIRE(table);
        REQUIRE(table->rowCount() == 2);
        // What a person reads: the criterion, what differs, both values.
        const int figureRow = rowContaining(*table, 1, QStringLiteral("The review's figure"));
        const int ratingRow
            = rowContaining(*table, 1, QStringLiteral("Rating by ") + sheets.co.name);
        REQUIRE(figureRow >= 0);
        REQUIRE(ratingRow >= 0);
        CHECK(table->item(figureRow, 0)->text()
              == QStringLiteral("17. Frequent employer contacts"));
        CHECK(table->item(figureRow, 1)
                  ->text()
                  .contains(QStringLiteral("Face-to-face employer contacts in the period")));
        CHECK(table->item(figureRow, 2)->text() == QStringLiteral("60"));
        CHECK(table->item(figureRow, 3)->text() == QStringLiteral("72"));
        CHECK(table->item(ratingRow, 0)->text() == QStringLiteral("1. Caseload per job coach"));
        CHECK(table->item(ratingRow, 2)->text() == QStringLiteral("3"));
        CHECK(table->item(ratingRow, 3)->text() == QStringLiteral("4"));
        // Everything is kept until the user says otherwise.
        CHECK(conflicts->takenRows().isEmpty());
        CHECK(table->item(figureRow, 4)->text() == QStringLiteral("Keep here"));

        // Take All, Keep All, then the figure alone with the keyboard: Space on its row.
        dialog.findChild<QPushButton *>(QStringLiteral("takeAllButton"))->click();
        CHECK(conflicts->takenRows().size() == 2);
        dialog.findChild<QPushButton *>(QStringLiteral("keepAllButton"))->click();
        CHECK(conflicts->takenRows().isEmpty());
        table->setFocus();
        // Through the selection model: the view's own setCurrentCell() and selectRow() read
        // the application's keyboard modifiers, and a Ctrl a test before left down would make
        // them toggle the selection instead of moving it.
        table->selectionModel()->setCurrentIndex(table->model()->index(figureRow, 0),
                                                 QItemSelectionModel::ClearAndSelect
                                                     | QItemSelectionModel::Rows);
        QTest::keyClick(table, Qt::Key_Space);
        CHECK(conflicts->takesFromFile(figureRow));
        CHECK_FALSE(conflicts->takesFromFile(ratingRow));
        CHECK(table->item(figureRow, 4)->text() == QStringLiteral("Take from file"));
        CHECK(table->item(ratingRow, 4)->text() == QStringLiteral("Keep here"));
        dialog.accept();
        return dialog.result();
    });
    FileDialog::setNextFileName(sheets.file);
    REQUIRE(window.exchangeActions()->mergeRatings());
    CHECK(shown);

    const laatu::ReviewDocument merged = TwoSheets::load(window, sheets.stored.review.uuid);
    CHECK(figure(merged) == QStringLiteral("72"));
    CHECK(rating(merged, sheets.co.uuid) == 3);
    const QString status = window.statusBar()->currentMessage();
    CHECK(status.contains(QStringLiteral("1 taken from the file, 1 kept")));

    // The same file again: only the kept rating differs, and keeping it changes nothing.
    DialogRunner::setNextHandler([&](QDialog &dialog) {
        auto *conflicts = qobject_cast<MergeConflictDialog *>(&dialog);
        REQUIRE(conflicts);
        CHECK(conflicts->count() == 1);
        dialog.accept();
        return dialog.result();
    });
    FileDialog::setNextFileName(sheets.file);
    REQUIRE(window.exchangeActions()->mergeRatings());
    const laatu::ReviewDocument again = TwoSheets::load(window, sheets.stored.review.uuid);
    CHECK(again.sameContent(merged));
    CHECK(again.review.updatedAt == merged.review.updatedAt);
    CHECK(window.statusBar()->currentMessage().contains(
        QStringLiteral("0 taken from the file, 1 kept")));
}

TEST_CASE("cancelling the differences merges nothing", "[gui][merge]")
{
    laatu::Translator::install(QStringLiteral("en"));
    TwoSheets sheets;
    MainWindow window(laatu::test::builtIn());
    window.setDatabase(sheets.open());
    laatu::test::showActive(window);
    const laatu::ReviewDocument before = TwoSheets::load(window, sheets.stored.review.uuid);

    DialogRunner::setNextHandler([&](QDialog &dialog) {
        dialog.findChild<QPushButton *>(QStringLiteral("takeAllButton"))->click();
        dialog.reject();
        return dialog.result();
    });
    FileDialog::setNextFileName(sheets.file);
    CHECK_FALSE(window.exchangeActions()->mergeRatings());
    const laatu::ReviewDocument after = TwoSheets::load(window, sheets.stored.review.uuid);
    CHECK(after.sameContent(before));
    CHECK(after.review.updatedAt == before.review.updatedAt);
    CHECK(figure(after) == QStringLiteral("60"));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Nothing was merged")));
}
