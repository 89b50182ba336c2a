// The evidence workbook between two laptops in the window: File → Export My Ratings leaves the
// record sample on the laptop unless its box is ticked (off each time, with why), and File →
// Merge Reviewer's Ratings lists a differing workbook value by the row's code and the field's
// label, takes it when chosen, and says how many rows came in.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"
#include "GuiDriver.h"

#include "gui/common/DialogRunner.h"
#include "gui/common/FileDialog.h"
#include "gui/exchange/ExportMineDialog.h"
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

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>

using laatu::gui::DialogRunner;
using laatu::gui::ExportMineDialog;
using laatu::gui::FileDialog;
using laatu::gui::MainWindow;
using laatu::gui::MergeConflictDialog;

namespace {
QString rowUuid(char table, int n)
{
    return QStringLiteral("%1%2-0000-4000-8000-000000000000")
        .arg(QLatin1Char(table))
        .arg(n, 7, 10, QLatin1Char('0'));
}

QString recordCode(int n)
{
    return QStringLiteral("QX7-%1").arg(n);
}

// A draft review of two reviewers with a workbook: the co-reviewer's coach "Ben" and three
// records, and one record the lead filled.
laatu::ReviewDocument withWorkbook()
{
    laatu::ReviewDocument review;
    for (const laatu::ReviewDocument &document :
         laatu::DemoGenerator(laatu::test::builtIn(), {2, 2, 5u, true}).generate()) {
        if (document.raters.size() == 2 && review.raters.isEmpty())
            review = document;
    }
    REQUIRE(review.raters.size() == 2);
    review.review.status = laatu::ReviewStatus::Draft;
    const QString lead = review.raters.at(0).uuid;
    const QString co = review.raters.at(1).uuid;
    review.workbook = {};
    review.workbook.coaches << laatu::WorkbookRow {
        rowUuid('c', 1),
        QStringLiteral("Ben"),
        co,
        {{QStringLiteral("fte"), QStringLiteral("0.8")}}};
    for (int n = 1; n <= 4; ++n)
        review.workbook.records << laatu::WorkbookRow {
            rowUuid('d', n),
            recordCode(n),
            n == 4 ? lead : co,
            {{QStringLiteral("employer"), QStringLiteral("Bus Co")}}};
    return review;
}

std::unique_ptr<laatu::Database> open(const QString &path)
{
    laatu::StorageError error;
    auto database = laatu::Database::open(path, {}, error);
    INFO(error.message().toStdString());
    REQUIRE(database);
    return database;
}

qint64 save(const QString &path, laatu::ReviewDocument document)
{
    auto database = open(path);
    laatu::ReviewRepository repository(*database);
    bool unchanged = false;
    REQUIRE_FALSE(repository.saveReview(document, unchanged));
    qint64 id = 0;
    REQUIRE_FALSE(repository.findReview(document.review.uuid, id));
    return id;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}
} // namespace

TEST_CASE("Export My Ratings sends the record sample only when its box is ticked",
          "[gui][workbook][merge]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    const laatu::ReviewDocument review = withWorkbook();
    const laatu::Rater co = review.raters.at(1);
    const QString database = dir.filePath(QStringLiteral("co.db"));
    const qint64 id = save(database, review);
    MainWindow window(laatu::test::builtIn());
    window.setDatabase(open(database));
    laatu::test::showActive(window);
    REQUIRE(window.openReview(id));

    const auto exportAs = [&](const QString &path, bool tick) {
        DialogRunner::setNextHandler([&](QDialog &dialog) {
            auto *exportDialog = qobject_cast<ExportMineDialog *>(&dialog);
            REQUIRE(exportDialog);
            exportDialog->setRaterUuid(co.uuid);
            auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("recordsCheck"));
            REQUIRE(box);
            // Off every time, and it says what it would send and why it stays.
            CHECK_FALSE(box->isChecked());
            CHECK(box->isEnabled());
            CHECK(box->text().contains(QStringLiteral("record sample (3 row")));
            auto *why = dialog.findChild<QLabel *>(QStringLiteral("recordsWhyLabel"));
            REQUIRE(why);
            CHECK(why->text().contains(QStringLiteral("about clients")));
            if (tick)
                QTest::keyClick(box, Qt::Key_Space);
            CHECK(exportDialog->withRecords() == tick);
            dialog.accept();
            return dialog.result();
        });
        FileDialog::setNextFileName(path);
        REQUIRE(window.exchangeActions()->exportMyRatings());
    };

    const QString without = dir.filePath(QStringLiteral("without.json"));
    exportAs(without, false);
    const QByteArray plain = bytesOf(without);
    for (int n = 1; n <= 4; ++n) {
        CHECK_FALSE(plain.contains(recordCode(n).toUtf8()));
        CHECK_FALSE(plain.contains(rowUuid('d', n).toUtf8()));
    }
    CHECK_FALSE(plain.contains("Bus Co"));
    CHECK(plain.contains(rowUuid('c', 1).toUtf8())); // the coach row travels
    CHECK_FALSE(window.statusBar()->currentMessage().contains(QStringLiteral("record")));

    const QString with = dir.filePath(QStringLiteral("with.json"));
    exportAs(with, true);
    const QByteArray chosen = bytesOf(with);
    for (int n = 1; n <= 3; ++n)
        CHECK(chosen.contains(recordCode(n).toUtf8()));
    CHECK_FALSE(chosen.contains(recordCode(4).toUtf8())); // the lead's record is the lead's
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("3 record row")));

    // The lead, who filled no coach row, has one record to send; nobody else's.
    DialogRunner::setNextHandler([&](QDialog &dialog) {
        auto *exportDialog = qobject_cast<ExportMineDialog *>(&dialog);
        REQUIRE(exportDialog);
        exportDialog->setRaterUuid(review.raters.at(0).uuid);
        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("recordsCheck"));
        REQUIRE(box);
        CHECK(box->text().contains(QStringLiteral("record sample (1 row")));
        dialog.reject();
        return dialog.result();
    });
    CHECK_FALSE(window.exchangeActions()->exportMyRatings());
}

TEST_CASE("merging a co-reviewer's workbook lists a differing value in words and adds the rows",
          "[gui][workbook][merge]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    laatu::ReviewDocument leads = withWorkbook();
    const laatu::Rater co = leads.raters.at(1);
    // The lead has the co-reviewer's coach from an earlier file, none of the records.
    leads.workbook.records.clear();
    const QString database = dir.filePath(QStringLiteral("lead.db"));
    save(database, leads);

    laatu::ReviewDocument theirs = withWorkbook();
    theirs.workbook.coaches[0].values[QStringLiteral("fte")] = QStringLiteral("1");
    const QString file = dir.filePath(QStringLiteral("ben.json"));
    REQUIRE(laatu::ReviewFileIo::write(
                file, laatu::RaterExport::myRatings(theirs, co, laatu::RaterExport::Options {true}))
                .isEmpty());

    MainWindow window(laatu::test::builtIn());
    window.setDatabase(open(database));
    laatu::test::showActive(window);
    bool shown = false;
    DialogRunner::setNextHandler([&](QDialog &dialog) {
        shown = true;
        auto *conflicts = qobject_cast<MergeConflictDialog *>(&dialog);
        REQUIRE(conflicts);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("conflictTable"));
        REQUIRE(table);
        REQUIRE(table->rowCount() == 1);
        CHECK(table->item(0, 0)->text().isEmpty());
        CHECK(table->item(0, 1)->text()
              == QStringLiteral("Coach Ben, Full-time equivalent (e.g. 0.8)"));
        CHECK(table->item(0, 2)->text() == QStringLiteral("0.8"));
        CHECK(table->item(0, 3)->text() == QStringLiteral("1"));
        conflicts->setTakeFromFile(0, true);
        dialog.accept();
        return dialog.result();
    });
    FileDialog::setNextFileName(file);
    REQUIRE(window.exchangeActions()->mergeRatings());
    CHECK(shown);

    qint64 id = 0;
    REQUIRE_FALSE(window.repository()->findReview(leads.review.uuid, id));
    laatu::ReviewDocument merged;
    REQUIRE_FALSE(window.repository()->loadReview(id, merged));
    REQUIRE(merged.workbook.coaches.size() == 1);
    CHECK(merged.workbook.coaches.at(0).values.value(QStringLiteral("fte")) == QStringLiteral("1"));
    CHECK(merged.workbook.records.size() == 3); // the co-reviewer's three
    const QString status = window.statusBar()->currentMessage();
    CHECK(status.contains(QStringLiteral("1 taken from the file, 0 kept")));
    CHECK(status.contains(QStringLiteral("3 record row")));
}
