// A whole review on two laptops through the app's own menus: the lead creates the review and
// rates, sends it to the co-reviewer, who opens it on their laptop and rates blind, exports their
// ratings, corrects two and exports again; the lead merges both files (choosing in the conflict
// dialog), reveals, agrees the consensus, finalises and exports the PDF, whose agreement
// section must equal the kappa computed from the two sheets. No laatu-cli, no direct calls into
// the controllers: only menu actions, keys and the dialogs' own widgets.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"
#include "GuiDriver.h"
#include "ReviewDriver.h"

#include "gui/common/DialogRunner.h"
#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"
#include "gui/consensus/ConsensusView.h"
#include "gui/exchange/ExportMineDialog.h"
#include "gui/exchange/MergeConflictDialog.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/session/ReviewSession.h"
#include "gui/walk/AnchorCard.h"
#include "gui/walk/CriterionNavigator.h"
#include "gui/walk/CriterionPage.h"
#include "gui/walk/CriterionWalk.h"
#include "gui/walk/ScorePanel.h"
#include "i18n/Translator.h"

#include "scoring/Agreement.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>

using laatu::gui::DialogRunner;
using laatu::gui::FileDialog;
using laatu::gui::MainWindow;
using laatu::gui::MessageBox;
using laatu::test::press;
using laatu::test::ratingOfA;
using laatu::test::ratingOfB;
using laatu::test::settle;
using laatu::test::typeText;

namespace {

// Each laptop has its own settings (which sheet is the user's own is remembered there).
void onLaptop(const QString &folder)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
}

void trigger(MainWindow &window, const char *actionName)
{
    auto *action = window.findChild<QAction *>(QString::fromLatin1(actionName));
    INFO(actionName);
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    action->trigger();
    settle();
}

// The co-reviewer's final sheet: B's ratings, of which the first was corrected to 2 after the
// first export (the lead takes that from the second file) and the fourth to 5 (the lead keeps
// the 4 of the first file).
int finalRatingOfB(int index)
{
    return index == 0 ? 2 : ratingOfB(index);
}

int correctedRatingOfB(int index)
{
    return index == 0 ? 2 : index == 3 ? 5 : ratingOfB(index);
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

void exportRatings(MainWindow &window, const QString &name, const QString &path)
{
    DialogRunner::setNextHandler([name](QDialog &dialog) {
        auto *exportDialog = qobject_cast<laatu::gui::ExportMineDialog *>(&dialog);
        REQUIRE(exportDialog);
        CHECK(exportDialog->raterName() == name);
        dialog.accept();
        return dialog.result();
    });
    FileDialog::setNextFileName(path);
    trigger(window, "exportMyRatingsAction");
    REQUIRE(QFileInfo::exists(path));
}

QString pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext (poppler-utils, installed by scripts/setup) is needed to read the report");
    REQUIRE_FALSE(pdftotext.isEmpty());
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString lineWith(const QString &text, const QString &needle)
{
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (line.contains(needle))
            return line.simplified();
    return {};
}
} // namespace

TEST_CASE("two reviewers do a whole review on two laptops through the menus alone, blind until "
          "revealed, and the report's kappa is that of their sheets",
          "[gui][two-laptops][whole-review]")
{
    laatu::Translator::install(QStringLiteral("en"));
    settle();
    const laatu::Instrument &instrument = laatu::test::builtIn();
    const int count = int(instrument.criteria().size());
    QTemporaryDir dir;
    const QString leadSettings = dir.filePath(QStringLiteral("lead-settings"));
    const QString coSettings = dir.filePath(QStringLiteral("co-settings"));
    const QString anna = QStringLiteral("Anna Arvioija");
    const QString mikko = QStringLiteral("Mikko Mittari");

    // The lead's laptop: a site, a review with two reviewers, the lead's own ratings.
    onLaptop(leadSettings);
    MainWindow lead(instrument);
    lead.setDatabase(laatu::test::openDatabase(dir.filePath(QStringLiteral("lead.db"))));
    laatu::test::showActive(lead);
    laatu::test::answerSiteDialog(QStringLiteral("Koivu IPS"), QStringLiteral("Hämeenlinna"),
                                  QStringLiteral("Kanta-Hämeen hyvinvointialue"));
    trigger(lead, "newSiteAction");
    laatu::test::showActive(lead);
    laatu::test::answerWizard({anna, mikko});
    trigger(lead, "newReviewAction");
    laatu::test::showActive(lead);
    REQUIRE(lead.session());
    const QString reviewUuid = lead.session()->document().review.uuid;
    const QString annaUuid = lead.session()->document().raters.at(0).uuid;
    const QString mikkoUuid = lead.session()->document().raters.at(1).uuid;
    laatu::gui::CriterionWalk *leadWalk = lead.workspace()->walk();
    REQUIRE(leadWalk->sheet() == annaUuid);
    laatu::test::rateAllByKeyboard(lead, ratingOfA);

    // File → Send to Co-reviewer: the co-reviewer is offered, the file goes on a stick.
    const QString handOut = dir.filePath(QStringLiteral("for-mikko.laatu.json"));
    DialogRunner::setNextHandler([&](QDialog &dialog) {
        auto *raters = dialog.findChild<QComboBox *>(QStringLiteral("raterCombo"));
        REQUIRE(raters);
        CHECK(raters->currentData().toString() == mikkoUuid);
        dialog.accept();
        return dialog.result();
    });
    FileDialog::setNextFileName(handOut);
    trigger(lead, "sendToCoReviewerAction");
    REQUIRE(QFileInfo::exists(handOut));
    lead.hide();

    // The co-reviewer's laptop: File → Open Review File, on their own sheet, blind.
    onLaptop(coSettings);
    MainWindow co(instrument);
    co.setDatabase(laatu::test::openDatabase(dir.filePath(QStringLiteral("co.db"))));
    laatu::test::showActive(co);
    FileDialog::setNextFileName(handOut);
    trigger(co, "openReviewFileAction");
    REQUIRE(co.session());
    CHECK(co.session()->document().review.uuid == reviewUuid);
    laatu::gui::CriterionWalk *coWalk = co.workspace()->walk();
    REQUIRE(coWalk->sheet() == mikkoUuid);
    CHECK(co.session()->isBlind());
    for (int i = 0; i < count; ++i) {
        INFO("criterion " << i + 1 << " on the co-reviewer's screen");
        coWalk->showCriterion(instrument.criteria().at(i).id);
        settle();
        for (laatu::gui::AnchorCard *card :
             coWalk->page()->findChildren<laatu::gui::AnchorCard *>())
            CHECK_FALSE(card->isChecked());
        CHECK_FALSE(coWalk->navigator()->stateText(i).contains(QStringLiteral("differ")));
        CHECK_FALSE(visibleTexts(co).contains(QStringLiteral("Chosen by")));
        CHECK_FALSE(coWalk->scorePanel()->totalText().startsWith(QString::number([&] {
            int total = 0;
            for (int j = 0; j < count; ++j)
                total += ratingOfA(j);
            return total;
        }())));
    }
    CHECK(co.workspace()->consensus()->table()->rowCount() == 0);

    // The co-reviewer rates, exports, then corrects two ratings and exports again.
    laatu::test::rateAllByKeyboard(co, ratingOfB);
    for (int i = 0; i < count; ++i)
        CHECK(co.session()->rating(mikkoUuid, instrument.criteria().at(i).id) == ratingOfB(i));
    CHECK_FALSE(co.session()->rating(annaUuid, instrument.criteria().at(0).id).has_value());
    const QString firstExport = dir.filePath(QStringLiteral("mikko-1.laatu.json"));
    exportRatings(co, mikko, firstExport);
    laatu::test::showActive(co); // back from the dialog
    for (const int index : {0, 3}) {
        coWalk->showCriterion(instrument.criteria().at(index).id);
        settle();
        coWalk->page()->focusRating();
        press(co, Qt::Key_0 + correctedRatingOfB(index));
        settle();
        CHECK(co.session()->rating(mikkoUuid, instrument.criteria().at(index).id)
              == correctedRatingOfB(index));
    }
    const QString secondExport = dir.filePath(QStringLiteral("mikko-2.laatu.json"));
    exportRatings(co, mikko, secondExport);
    co.hide();

    // Back on the lead's laptop: the first file merges without a question.
    onLaptop(leadSettings);
    laatu::test::showActive(lead);
    FileDialog::setNextFileName(firstExport);
    trigger(lead, "mergeRatingsAction");
    REQUIRE(lead.session());
    for (int i = 0; i < count; ++i)
        CHECK(lead.session()->rating(mikkoUuid, instrument.criteria().at(i).id) == ratingOfB(i));
    // The second differs in two ratings: the lead takes the first correction, keeps the other.
    bool asked = false;
    DialogRunner::setNextHandler([&](QDialog &dialog) {
        asked = true;
        auto *conflicts = qobject_cast<laatu::gui::MergeConflictDialog *>(&dialog);
        REQUIRE(conflicts);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("conflictTable"));
        REQUIRE(table);
        REQUIRE(table->rowCount() == 2);
        int first = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            CHECK(table->item(row, 1)->text().contains(QStringLiteral("Rating by ") + mikko));
            if (table->item(row, 0)->text().startsWith(QStringLiteral("1. ")))
                first = row;
        }
        REQUIRE(first >= 0);
        table->setFocus();
        table->setCurrentCell(first, 0);
        table->selectRow(first);
        QTest::keyClick(table, Qt::Key_Space);
        CHECK(conflicts->takenRows() == QList<int> {first});
        dialog.accept();
        return dialog.result();
    });
    FileDialog::setNextFileName(secondExport);
    trigger(lead, "mergeRatingsAction");
    INFO("last message: " << MessageBox::lastText().toStdString());
    CHECK(asked);
    laatu::test::showActive(lead); // back from the dialog
    REQUIRE(lead.session());
    leadWalk = lead.workspace()->walk();
    for (int i = 0; i < count; ++i) {
        INFO("criterion " << i + 1);
        CHECK(lead.session()->rating(mikkoUuid, instrument.criteria().at(i).id)
              == finalRatingOfB(i));
        CHECK(lead.session()->rating(annaUuid, instrument.criteria().at(i).id) == ratingOfA(i));
    }
    // Both sheets are in, still blind on the lead's screen until the lead reveals them.
    REQUIRE(lead.session()->isBlind());
    CHECK(leadWalk->sheet() == annaUuid);
    for (int row = 0; row < count; ++row)
        CHECK_FALSE(leadWalk->navigator()->stateText(row).contains(QStringLiteral("differ")));
    CHECK_FALSE(visibleTexts(lead).contains(QStringLiteral("Chosen by")));

    // Review → Reveal, then the consensus: the agreed ratings at once, the rest typed, the two
    // criteria two points apart with a reason.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    trigger(lead, "revealAction");
    REQUIRE_FALSE(lead.session()->isBlind());
    trigger(lead, "showConsensusAction");
    laatu::gui::ConsensusView *view = lead.workspace()->consensus();
    REQUIRE(lead.workspace()->tabs()->currentWidget() == view);
    REQUIRE(view->table()->rowCount() == count);
    view->findChild<QPushButton *>(QStringLiteral("useAgreedRatings"))->setFocus();
    press(lead, Qt::Key_Space);
    settle();
    QTableWidget *table = view->table();
    for (int i = 0; i < count; ++i) {
        if (ratingOfA(i) == finalRatingOfB(i))
            continue;
        table->setFocus();
        table->setCurrentCell(i, view->consensusColumn());
        typeText(lead, QString::number(ratingOfA(i)));
        press(lead, Qt::Key_Return);
        settle();
    }
    for (const int row : {7, 12}) {
        table->setFocus();
        table->setCurrentCell(row, view->reasonColumn());
        typeText(lead, QStringLiteral("Agreed after reading the caseload lists"));
        press(lead, Qt::Key_Return);
        settle();
    }
    CHECK(view->reasonsMissing() == QStringList {});
    MessageBox::setNextAnswer(QMessageBox::Yes);
    trigger(lead, "finaliseAction");
    REQUIRE(lead.session()->isFinal());

    // File → Export Report: the agreement section is that of the two sheets.
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    DialogRunner::setNextHandler([](QDialog &dialog) {
        dialog.accept();
        return dialog.result();
    });
    FileDialog::setNextFileName(pdf);
    trigger(lead, "exportReportAction");
    REQUIRE(QFileInfo::exists(pdf));
    const QString text = pdfText(pdf);
    QList<std::pair<int, int>> pairs;
    int exact = 0;
    for (int i = 0; i < count; ++i) {
        pairs << std::pair {ratingOfA(i), finalRatingOfB(i)};
        exact += ratingOfA(i) == finalRatingOfB(i) ? 1 : 0;
    }
    const std::optional<double> kappa = laatu::Agreement::quadraticWeightedKappa(pairs, 1, 5);
    REQUIRE(kappa);
    const QString kappaLine = lineWith(text, QStringLiteral("Weighted kappa"));
    INFO(text.toStdString());
    CHECK(kappaLine.endsWith(QLocale(QLocale::English).toString(*kappa, 'f', 2)));
    CHECK(lineWith(text, QStringLiteral("Same rating"))
              .contains(QStringLiteral("%1 of %2").arg(exact).arg(count)));
    CHECK_FALSE(text.contains(QStringLiteral("DRAFT")));
}
