// The reviewer's whole walk through the real widgets, by keyboard: a site and a review are
// created, two reviewers rate all 25 criteria, the consensus is agreed with reasons, the score
// matches laatu-cli, the review is finalised and reopened, and a restarted window finds
// everything as it was left.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"
#include "GuiDriver.h"
#include "ReviewDriver.h"

#include "gui/common/DialogRunner.h"
#include "gui/common/MessageBox.h"
#include "gui/consensus/ConsensusView.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ReviewActions.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/main/SiteActions.h"
#include "gui/session/ReviewSession.h"
#include "gui/sites/NewReviewWizard.h"
#include "gui/sites/ReviewListPanel.h"
#include "gui/walk/AnchorCard.h"
#include "gui/walk/CriterionNavigator.h"
#include "gui/walk/CriterionPage.h"
#include "gui/walk/CriterionWalk.h"
#include "gui/walk/ScorePanel.h"
#include "i18n/Translator.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialog>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QWizard>

using laatu::gui::DialogRunner;
using laatu::gui::MainWindow;
using laatu::gui::MessageBox;
using laatu::test::answerSiteDialog;
using laatu::test::answerWizard;
using laatu::test::openDatabase;
using laatu::test::press;
using laatu::test::rateAllByKeyboard;
using laatu::test::ratingOfA;
using laatu::test::ratingOfB;
using laatu::test::settle;
using laatu::test::typeText;

namespace {

QJsonObject cliScore(const QList<int> &consensus)
{
    QStringList values;
    for (int value : consensus)
        values << QString::number(value);
    QProcess cli;
    cli.start(QStringLiteral(LAATU_CLI_PATH),
              {QStringLiteral("score"), QStringLiteral("--ratings"), values.join(QLatin1Char(',')),
               QStringLiteral("--json")});
    REQUIRE(cli.waitForFinished(30000));
    REQUIRE(cli.exitCode() == 0);
    return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
}

} // namespace

TEST_CASE("a whole review by keyboard, from a new site to final, survives a restart",
          "[gui][walk][keyboard]")
{
    laatu::Translator::install(QStringLiteral("en"));
    const laatu::Instrument &instrument = laatu::test::builtIn();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("walk.db"));
    QString reviewUuid;
    QList<int> consensus;
    {
        MainWindow window(instrument);
        window.setDatabase(openDatabase(path));
        laatu::test::showActive(window);

        // A site, then a review of it with two reviewers, all from the keyboard.
        answerSiteDialog(QStringLiteral("Koivu IPS"), QStringLiteral("Hämeenlinna"),
                         QStringLiteral("Kanta-Hämeen hyvinvointialue"));
        window.siteActions()->newSite();
        REQUIRE(window.reviewList()->site(window.reviewList()->currentSiteUuid()));
        laatu::test::showActive(window); // back from the dialog
        answerWizard({QStringLiteral("Anna Arvioija"), QStringLiteral("Mikko Mittari")});
        press(window, Qt::Key_N, Qt::ControlModifier);
        laatu::test::showActive(window);
        REQUIRE(window.session());
        const laatu::ReviewDocument &document = window.session()->document();
        CHECK(document.site.name == QStringLiteral("Koivu IPS"));
        CHECK(document.site.municipality == QStringLiteral("Hämeenlinna"));
        REQUIRE(document.raters.size() == 2);
        reviewUuid = document.review.uuid;
        laatu::gui::CriterionWalk *walk = window.workspace()->walk();
        CHECK(walk->sheet() == document.raters.at(0).uuid);

        // Reviewer A, then Ctrl+R to reviewer B.
        rateAllByKeyboard(window, ratingOfA);
        CHECK(window.session()->scoreCard(document.raters.at(0).uuid).isComplete());
        press(window, Qt::Key_R, Qt::ControlModifier);
        CHECK(walk->sheet() == document.raters.at(1).uuid);
        rateAllByKeyboard(window, ratingOfB);
        const QString anna = document.raters.at(0).uuid;
        const QString mikko = document.raters.at(1).uuid;
        for (int i = 0; i < 25; ++i) {
            const QString id = instrument.criteria().at(i).id;
            CHECK(window.session()->rating(anna, id) == ratingOfA(i));
            CHECK(window.session()->rating(mikko, id) == ratingOfB(i));
        }
        // Independent rating: nothing on either sheet hints at the other's ratings.
        for (int row = 0; row < 25; ++row)
            CHECK_FALSE(walk->navigator()->stateText(row).contains(QStringLiteral("differ")));
        press(window, Qt::Key_4, Qt::AltModifier);
        settle();
        laatu::gui::ConsensusView *view = window.workspace()->consensus();
        REQUIRE(window.workspace()->tabs()->currentWidget() == view);
        CHECK(view->table()->rowCount() == 0);
        CHECK_FALSE(view->table()->isVisibleTo(view));
        // Both are done: the lead reveals the sheets, from the keyboard, and confirms.
        auto *reveal = view->findChild<QPushButton *>(QStringLiteral("revealSheets"));
        REQUIRE(reveal);
        REQUIRE(reveal->isVisibleTo(view));
        reveal->setFocus();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        press(window, Qt::Key_Space);
        settle();
        REQUIRE_FALSE(window.session()->isBlind());
        CHECK(window.session()->document().review.status == laatu::ReviewStatus::Consensus);
        CHECK(view->table()->rowCount() == 25);
        press(window, Qt::Key_3, Qt::AltModifier);
        settle();

        // The side list marks the criteria two points apart.
        CHECK(walk->navigator()->stateText(7).contains(QStringLiteral("differ by 2")));
        CHECK(walk->navigator()->stateText(12).contains(QStringLiteral("differ by 2")));
        CHECK(walk->navigator()->stateText(1).contains(QStringLiteral("differ by 1")));
        CHECK_FALSE(walk->navigator()->stateText(0).contains(QStringLiteral("differ")));

        // The consensus view: agreement figures and the two criteria that need a reason.
        press(window, Qt::Key_4, Qt::AltModifier);
        settle();
        REQUIRE(window.workspace()->tabs()->currentWidget() == view);
        int exact = 0;
        for (int i = 0; i < 25; ++i)
            exact += ratingOfA(i) == ratingOfB(i) ? 1 : 0;
        CHECK(view->agreementText().contains(QStringLiteral("exact %1").arg(exact)));
        CHECK(view->agreementText().contains(QStringLiteral("(criteria 8, 13)")));
        view->findChild<QPushButton *>(QStringLiteral("useAgreedRatings"))->setFocus();
        press(window, Qt::Key_Space);
        settle();
        for (int i = 0; i < 25; ++i) {
            const std::optional<int> agreed
                = window.session()->rating({}, instrument.criteria().at(i).id);
            CHECK(agreed.has_value() == (ratingOfA(i) == ratingOfB(i)));
        }
        // Where they differ, the lead types the consensus (A's rating) into the table.
        QTableWidget *table = view->table();
        table->setFocus();
        for (int i = 0; i < 25; ++i) {
            if (ratingOfA(i) == ratingOfB(i))
                continue;
            table->setCurrentCell(i, view->consensusColumn());
            typeText(window, QString::number(ratingOfA(i)));
            press(window, Qt::Key_Return);
            settle();
        }
        CHECK(view->reasonsMissing()
              == QStringList {instrument.criteria().at(7).id, instrument.criteria().at(12).id});
        // Finalising now is refused and says why; nothing changes.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        press(window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK_FALSE(window.session()->isFinal());
        CHECK(MessageBox::lastText().contains(QStringLiteral("differ by 2")));
        for (const int row : {7, 12}) {
            table->setFocus();
            table->setCurrentCell(row, view->reasonColumn());
            typeText(window, QStringLiteral("Agreed after checking the client records"));
            press(window, Qt::Key_Return);
            settle();
        }
        CHECK(view->reasonsMissing().isEmpty());

        // The score matches laatu-cli's for the same consensus.
        for (int i = 0; i < 25; ++i)
            consensus << *window.session()->rating({}, instrument.criteria().at(i).id);
        const QJsonObject cli = cliScore(consensus);
        const laatu::ScoreCard card = window.session()->scoreCard();
        REQUIRE(card.isComplete());
        CHECK(card.total() == cli.value(QStringLiteral("total")).toInt());
        CHECK(card.levelKey() == cli.value(QStringLiteral("level")).toString());
        press(window, Qt::Key_3, Qt::AltModifier);
        press(window, Qt::Key_R, Qt::ControlModifier); // to the consensus sheet
        CHECK(walk->sheet().isEmpty());
        CHECK(walk->scorePanel()->totalText().startsWith(
            QString::number(cli.value(QStringLiteral("total")).toInt())));
        CHECK(walk->scorePanel()->levelText()
              == instrument.level(cli.value(QStringLiteral("level")).toString())
                     ->name.text(QStringLiteral("en")));

        // Finalise: read-only in the UI. Reopen with a reason: editable again, logged.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        press(window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE(window.session()->isFinal());
        CHECK_FALSE(walk->page()->card(1)->isEnabled());
        const int before = *window.session()->rating({}, instrument.criteria().at(0).id);
        press(window, Qt::Key_1 + (before % 5)); // a rating key does nothing now
        CHECK(window.session()->rating({}, instrument.criteria().at(0).id) == before);
        DialogRunner::setNextHandler([](QDialog &dialog) {
            static_cast<QInputDialog &>(dialog).setTextValue(
                QStringLiteral("The service sent corrected caseload figures"));
            dialog.accept();
            return dialog.result();
        });
        window.reviewActions()->reopenReview();
        laatu::test::showActive(window); // back from the dialog
        REQUIRE_FALSE(window.session()->isFinal());
        QStringList log;
        REQUIRE_FALSE(window.repository()->auditLog(window.session()->reviewId(), log));
        CHECK(log.join(QLatin1Char('\n')).contains(QStringLiteral("corrected caseload")));
        // A note typed on the page is saved as the page changes.
        walk->showCriterion(instrument.criteria().at(0).id);
        settle(); // new widgets of the page are shown by a queued call
        auto *note = walk->page()->findChild<QPlainTextEdit *>(QStringLiteral("note_data"));
        REQUIRE(note);
        note->setFocus();
        typeText(window, QStringLiteral("Caseload list of 3 Sep"));
        press(window, Qt::Key_Escape);
        CHECK(window.session()->note(instrument.criteria().at(0).id, QStringLiteral("data"))
              == QStringLiteral("Caseload list of 3 Sep"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window.reviewActions()->finaliseReview();
        REQUIRE(window.session()->isFinal());
        window.close();
    }

    // A new window on the same database reopens the review as it was left.
    MainWindow again(instrument);
    again.setDatabase(openDatabase(path));
    laatu::test::showActive(again);
    REQUIRE(again.session());
    CHECK(again.session()->document().review.uuid == reviewUuid);
    CHECK(again.session()->isFinal());
    for (int i = 0; i < 25; ++i) {
        INFO("criterion " << i);
        CHECK(again.session()->rating({}, instrument.criteria().at(i).id) == consensus.at(i));
    }
    CHECK(again.session()->consensusReason(instrument.criteria().at(7).id)
          == QStringLiteral("Agreed after checking the client records"));
    CHECK(again.session()->note(instrument.criteria().at(0).id, QStringLiteral("data"))
          == QStringLiteral("Caseload list of 3 Sep"));
}
