// The app's Export PDF and Print: the same document as `laatu-cli report`, in the language and
// with the notes chosen in the options dialog.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"
#include "DemoDatabase.h"
#include "GuiDriver.h"

#include "gui/common/DialogRunner.h"
#include "gui/common/FileDialog.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ReportActions.h"
#include "gui/sites/ReviewListPanel.h"
#include "i18n/Translator.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>

using laatu::gui::DialogRunner;
using laatu::gui::MainWindow;

namespace {
// Chooses the report language and notes in the options dialog.
void answerOptions(const QString &language, bool withNotes)
{
    DialogRunner::setNextHandler([=](QDialog &dialog) {
        auto *languages = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        auto *notes = dialog.findChild<QCheckBox *>(QStringLiteral("notesCheck"));
        REQUIRE(languages);
        REQUIRE(notes);
        languages->setCurrentIndex(languages->findData(language));
        notes->setChecked(withNotes);
        dialog.accept();
        return dialog.result();
    });
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

TEST_CASE("Export PDF writes the same report as laatu-cli, in the chosen language", "[gui][report]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("report.db"));
    laatu::test::demoDatabase(db, 1, 2);
    const QString fromApp = dir.filePath(QStringLiteral("app.pdf"));
    {
        MainWindow window(laatu::test::builtIn());
        laatu::StorageError error;
        window.setDatabase(laatu::Database::open(db, {}, error));
        laatu::test::showActive(window);
        const qint64 id = 1;
        REQUIRE(window.openReview(id));
        answerOptions(QStringLiteral("fi"), true);
        laatu::gui::FileDialog::setNextFileName(fromApp);
        REQUIRE(window.reportActions()->exportReport());
    }
    QFile pdf(fromApp);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    pdf.close();

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("pdftotext not installed: the app's and the CLI's reports are not compared");
        return;
    }
    const QString fromCli = dir.filePath(QStringLiteral("cli.pdf"));
    QProcess cli;
    cli.start(QStringLiteral(LAATU_CLI_PATH),
              {QStringLiteral("--db"), db, QStringLiteral("report"), QStringLiteral("1"),
               QStringLiteral("--out"), fromCli, QStringLiteral("--lang"), QStringLiteral("fi"),
               QStringLiteral("--with-notes")});
    REQUIRE(cli.waitForFinished(60000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);
    const QString appText = pdfText(fromApp);
    CHECK(appText == pdfText(fromCli));
    // Finnish catalog texts: the first criterion's title in Finnish.
    CHECK(appText.contains(
        laatu::test::builtIn().criteria().constFirst().title.text(QStringLiteral("fi")).left(12)));
}

TEST_CASE("Export Report with a name ending in .odt writes the editable OpenDocument "
          "text",
          "[gui][report]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("report.db"));
    laatu::test::demoDatabase(db, 1, 2);
    const QString fromApp = dir.filePath(QStringLiteral("app.odt"));
    {
        MainWindow window(laatu::test::builtIn());
        laatu::StorageError error;
        window.setDatabase(laatu::Database::open(db, {}, error));
        laatu::test::showActive(window);
        REQUIRE(window.openReview(1));
        answerOptions(QStringLiteral("sv"), false);
        laatu::gui::FileDialog::setNextFileName(fromApp);
        REQUIRE(window.reportActions()->exportReport());
        CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("for editing")));
    }
    QFile odt(fromApp);
    REQUIRE(odt.open(QIODevice::ReadOnly));
    const QByteArray bytes = odt.readAll();
    // A zip whose first entry names the type, as ODF requires.
    CHECK(bytes.startsWith("PK"));
    CHECK(bytes.left(100).contains("application/vnd.oasis.opendocument.text"));

    // With the chart as a picture (entry names are stored uncompressed).
    CHECK(bytes.contains("Pictures/"));
}

TEST_CASE("Print shows a preview of the report's pages", "[gui][report]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("print.db"));
    laatu::test::demoDatabase(db, 1, 2);
    MainWindow window(laatu::test::builtIn());
    laatu::StorageError error;
    window.setDatabase(laatu::Database::open(db, {}, error));
    laatu::test::showActive(window);
    REQUIRE(window.reviewList()->selectReview(1));
    int pages = 0;
    bool previewed = false;
    // The options dialog first, then the preview: the handler of the second is set inside the
    // first.
    DialogRunner::setNextHandler([&](QDialog &options) {
        options.accept();
        DialogRunner::setNextHandler([&](QDialog &dialog) {
            auto *preview = qobject_cast<QPrintPreviewDialog *>(&dialog);
            REQUIRE(preview);
            auto *widget = preview->findChild<QPrintPreviewWidget *>();
            REQUIRE(widget);
            widget->updatePreview();
            QCoreApplication::processEvents();
            pages = widget->pageCount();
            previewed = true;
            return int(QDialog::Rejected);
        });
        return options.result();
    });
    window.reportActions()->printReport();
    CHECK(previewed);
    CHECK(pages >= 4);
}
