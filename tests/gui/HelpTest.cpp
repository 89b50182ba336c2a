// Help → Keyboard Shortcuts is made from the actions and keys themselves; Review → Review Log
// shows who finalised, reopened (and why) and revealed the review.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"
#include "DemoDatabase.h"
#include "GuiDriver.h"

#include "gui/common/DialogRunner.h"
#include "gui/main/AuditLogDialog.h"
#include "gui/main/GuideWindow.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ReviewActions.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/main/ShortcutsDialog.h"
#include "gui/session/ReviewSession.h"
#include "gui/sites/ReviewListPanel.h"
#include "gui/walk/CriterionWalk.h"
#include "i18n/Translator.h"

#include <catch2/catch.hpp>

#include <QMenuBar>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QTreeWidget>

using laatu::gui::DialogRunner;
using laatu::gui::MainWindow;

TEST_CASE("the keyboard shortcuts list comes from the actions and the walk's keys", "[gui][help]")
{
    laatu::Translator::install(QStringLiteral("en"));
    MainWindow window(laatu::test::builtIn());
    laatu::gui::ShortcutsDialog dialog(window.menuBar(), window.workspace()->walk());
    const QStringList rows = dialog.rows();
    INFO(rows.join(QLatin1Char('\n')).toStdString());
    CHECK(rows.contains(QStringLiteral("Quit\tCtrl+Q")));
    CHECK(rows.contains(QStringLiteral("New Review\tCtrl+N")));
    CHECK(rows.contains(QStringLiteral("Rate 3\t3")));
    CHECK(rows.contains(QStringLiteral("Go to the figures\tCtrl+D")));
    // Every menu command with keys is listed once per key set, none is made up.
    int withKeys = 0;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction *action : menu->menu()->actions())
                withKeys += action->shortcuts().isEmpty() ? 0 : 1;
    CHECK(rows.size() >= withKeys);

    // In Finnish the walk's keys are named in Finnish too (after a language change).
    laatu::Translator::install(QStringLiteral("fi"));
    laatu::test::settle(); // the widgets retranslate on the LanguageChange event
    laatu::gui::ShortcutsDialog finnish(window.menuBar(), window.workspace()->walk());
    CHECK_FALSE(finnish.rows().contains(QStringLiteral("Rate 3\t3")));
    CHECK(finnish.rows().contains(QStringLiteral("Anna pistemäärä 3\t3")));
    laatu::Translator::install(QStringLiteral("en"));
}

TEST_CASE("the review log shows finalising, reopening with its reason and revealing", "[gui][help]")
{
    laatu::Translator::install(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.db"));
    laatu::test::demoDatabase(path, 1, 2);
    MainWindow window(laatu::test::builtIn());
    laatu::StorageError error;
    window.setDatabase(laatu::Database::open(path, {}, error));
    qint64 finalId = 0;
    for (const laatu::ReviewSummary &review : window.reviewList()->reviews())
        if (review.status == laatu::ReviewStatus::Final)
            finalId = review.id;
    REQUIRE(finalId);
    REQUIRE(window.openReview(finalId));
    REQUIRE(window.session()->reopen(QStringLiteral("Luku korjattiin")));
    REQUIRE(window.session()->setRating({}, window.workspace()->walk()->currentCriterionId(), 1));
    QStringList what;
    int rows = 0;
    DialogRunner::setNextHandler([&](QDialog &dialog) {
        auto *log = dialog.findChild<QTreeWidget *>(QStringLiteral("logTree"));
        REQUIRE(log);
        rows = log->topLevelItemCount();
        for (int i = 0; i < rows; ++i)
            what << log->topLevelItem(i)->text(1) + QLatin1Char(' ')
                    + log->topLevelItem(i)->text(2);
        dialog.accept();
        return dialog.result();
    });
    window.reviewActions()->showLog();
    INFO(what.join(QLatin1Char('\n')).toStdString());
    CHECK(rows >= 2);
    CHECK(what.filter(QStringLiteral("Reopened Luku korjattiin")).size() == 1);
    CHECK(what.filter(QStringLiteral("Consensus rating changed")).size() == 1);
    CHECK(laatu::gui::AuditLogDialog::actionText(QStringLiteral("reveal"))
          == QStringLiteral("Sheets revealed"));
}

TEST_CASE("the guide is in the user's language and names the commands as the menus do",
          "[gui][help]")
{
    for (const QString &language :
         {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        laatu::Translator::install(language);
        MainWindow window(laatu::test::builtIn());
        laatu::gui::GuideWindow guide;
        CHECK(laatu::gui::GuideWindow::resourceFor(language).endsWith(
            QStringLiteral("guide-%1.html").arg(language)));
        const QString text = QTextDocumentFragment::fromHtml(guide.html()).toPlainText();
        CHECK(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size()
              > 600);
        // The commands of the two-laptop day and of the programme server, exactly as the menus
        // call them.
        for (const char *name :
             {"sendToCoReviewerAction", "openReviewFileAction", "exportMyRatingsAction",
              "mergeRatingsAction", "revealAction", "publishReviewAction", "publishAllFinalAction",
              "pullProgrammeAction", "programmeServerAction"}) {
            const QAction *action = window.findChild<QAction *>(QLatin1String(name));
            REQUIRE(action);
            QString command = action->text();
            command.remove(QLatin1Char('&')).remove(QChar(0x2026));
            INFO(command.toStdString());
            CHECK(text.contains(command.trimmed(), Qt::CaseInsensitive));
        }
    }
    CHECK(laatu::gui::GuideWindow::resourceFor(QStringLiteral("de"))
          == QStringLiteral(":/guide/guide-en.html"));
    laatu::Translator::install(QStringLiteral("en"));
}
