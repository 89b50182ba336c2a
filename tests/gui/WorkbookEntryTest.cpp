// The evidence workbook filled through the real widgets by keyboard only: two coaches and eight
// records give the figures a hand computation gives and laatu-cli prints, and the criterion
// page follows (WorkbookEditsTest.cpp has the edits, the refusals and the clearing).
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

namespace {
// Alt+letter of a label or button, as the user presses it.
void pressMnemonic(QWidget &window, const QString &text)
{
    const int at = text.indexOf(QLatin1Char('&'));
    REQUIRE(at >= 0);
    press(window, text.at(at + 1).toUpper().unicode(), Qt::AltModifier);
    settle();
}

// What a row holds in the session, by its code.
const WorkbookRow *stored(MainWindow &window, WorkbookTable table, const QString &code)
{
    const laatu::Workbook &workbook = window.session()->document().workbook;
    for (const WorkbookRow &entry :
         table == WorkbookTable::Coaches ? workbook.coaches : workbook.records)
        if (entry.code == code)
            return &entry;
    return nullptr;
}

// One cell after another by Tab: a value typed, or Tab only for a cell left empty. A yes/no
// cell takes "+" for yes (Down once) and "-" for no (Down twice) from the empty choice.
void typeCells(MainWindow &window, const QStringList &cells)
{
    for (int i = 0; i < cells.size(); ++i) {
        const QString &cell = cells.at(i);
        if (cell == QLatin1String("+")) {
            press(window, Qt::Key_Down);
        } else if (cell == QLatin1String("-")) {
            press(window, Qt::Key_Down);
            press(window, Qt::Key_Down);
        } else if (!cell.isEmpty()) {
            typeText(window, cell);
        }
        if (i + 1 < cells.size()) {
            press(window, Qt::Key_Tab);
            settle();
        }
    }
}

// laatu-cli workbook ID: criterion id -> "inputKey = value (origin), ..." and the suggestion.
QMap<QString, QStringList> cliFigures(const QString &database, qint64 reviewId)
{
    QProcess cli;
    cli.start(
        QStringLiteral(LAATU_CLI_PATH),
        {QStringLiteral("workbook"), QString::number(reviewId), QStringLiteral("--db"), database});
    REQUIRE(cli.waitForFinished(30000));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);
    QMap<QString, QStringList> figures;
    const QRegularExpression line(QStringLiteral("^\\d+ (\\S+): (\\S+) -> (\\S+); ([^;]*)"));
    for (const QString &text :
         QString::fromUtf8(cli.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = line.match(text);
        if (match.hasMatch())
            figures.insert(match.captured(1),
                           {match.captured(2), match.captured(3), match.captured(4)});
    }
    return figures;
}
} // namespace

TEST_CASE("two coaches and eight records typed by keyboard give the hand-computed figures, "
          "as laatu-cli does",
          "[gui][workbook][keyboard]")
{
    laatu::Translator::install(QStringLiteral("fi"));
    const laatu::Instrument &instrument = laatu::test::builtIn();
    QTemporaryDir dir;
    const QString path = laatu::test::workbookReviewDatabase(dir);
    MainWindow window(instrument);
    window.setDatabase(laatu::test::openDatabaseFile(path));
    window.resize(1366, 768);
    laatu::test::showActive(window);
    REQUIRE(window.openReview(1));
    laatu::gui::ReviewWorkspace *workspace = window.workspace();
    // A review opens on the walk; Alt+2 is the workbook, the tab after the visit plan.
    CHECK(workspace->tabs()->currentWidget() == workspace->walk());
    CHECK(workspace->tabs()->indexOf(workspace->workbook()) == 1);
    press(window, Qt::Key_2, Qt::AltModifier);
    settle();
    REQUIRE(workspace->tabs()->currentWidget() == workspace->workbook());
    laatu::gui::WorkbookTablePanel *coaches = workspace->workbook()->coaches();
    laatu::gui::WorkbookTablePanel *records = workspace->workbook()->records();

    // Coaches: code, FTE, clients, from own teams, teams, working hours, employment hours,
    // scheduled hours, in the community, employer contacts, sample weeks. Enter on the last
    // cell makes the next row.
    pressMnemonic(window, coaches->findChild<QLabel *>()->text());
    REQUIRE(QApplication::focusWidget() == coaches->view());
    press(window, Qt::Key_Insert);
    settle();
    typeCells(window,
              {QStringLiteral("Aino"), QStringLiteral("1"), QStringLiteral("18"),
               QStringLiteral("16"), QStringLiteral("Mielenterveystiimi"), QStringLiteral("37,5"),
               QStringLiteral("35"), QStringLiteral("20"), QStringLiteral("14"),
               QStringLiteral("12"), QStringLiteral("2")});
    press(window, Qt::Key_Return);
    settle();
    REQUIRE(coaches->model()->rowCount() == 2);
    typeCells(window,
              {QStringLiteral("Pekka"), QStringLiteral("0,8"), QStringLiteral("15"),
               QStringLiteral("15"), QStringLiteral("Sosiaalityö"), QStringLiteral("30"),
               QStringLiteral("30"), QStringLiteral("16"), QStringLiteral("10"),
               QStringLiteral("7"), QStringLiteral("2")});
    press(window, Qt::Key_Tab); // saves the last cell and wraps to the first row
    settle();
    press(window, Qt::Key_Escape);
    settle();

    // Records: code, entry, first employer contact, matched preferences, job type, employer,
    // competitive, time-unlimited support (left empty).
    const QList<QStringList> sample {
        {QStringLiteral("R1"),
         QStringLiteral("5.1.2026"),
         QStringLiteral("19.1.2026"),
         QStringLiteral("+"),
         QStringLiteral("Siivooja"),
         QStringLiteral("Kauppa Oy"),
         QStringLiteral("+"),
         {}},
        {QStringLiteral("R2"),
         QStringLiteral("7.1.2026"),
         QStringLiteral("2.2.2026"),
         QStringLiteral("+"),
         QStringLiteral("Varastotyöntekijä"),
         QStringLiteral("Varasto Oy"),
         QStringLiteral("+"),
         {}},
        {QStringLiteral("R3"),
         QStringLiteral("12.1.2026"),
         QStringLiteral("21.1.2026"),
         QStringLiteral("-"),
         QStringLiteral("siivooja "),
         QStringLiteral("Kauppa Oy"),
         QStringLiteral("-"),
         {}},
        {QStringLiteral("R4"),
         QStringLiteral("2.2.2026"),
         QStringLiteral("2.3.2026"),
         QStringLiteral("+"),
         {},
         {},
         {},
         {}},
        {QStringLiteral("R5"),
         QStringLiteral("3.2.2026"),
         QStringLiteral("10.2.2026"),
         QStringLiteral("+"),
         QStringLiteral("Kokki"),
         QStringLiteral("Ravintola Ky"),
         QStringLiteral("+"),
         {}},
        {QStringLiteral("R6"),
         QStringLiteral("9.2.2026"),
         QStringLiteral("16.3.2026"),
         QStringLiteral("-"),
         {},
         {},
         {},
         {}},
        {QStringLiteral("R7"),
         QStringLiteral("16.2.2026"),
         QStringLiteral("23.2.2026"),
         QStringLiteral("+"),
         {},
         {},
         {},
         {}},
        {QStringLiteral("R8"),
         QStringLiteral("23.2.2026"),
         QStringLiteral("2.3.2026"),
         QStringLiteral("+"),
         QStringLiteral("Myyjä"),
         QStringLiteral("Kauppa Oy"),
         QStringLiteral("+"),
         {}},
    };
    pressMnemonic(window, records->findChild<QLabel *>()->text());
    REQUIRE(QApplication::focusWidget() == records->view());
    for (const QStringList &record : sample) {
        press(window, Qt::Key_N, Qt::ControlModifier); // Ctrl+N in the table: a row, not a review
        settle();
        typeCells(window, record);
        press(window, Qt::Key_Escape);
        settle();
    }
    REQUIRE(records->model()->rowCount() == 8);
    REQUIRE(coaches->model()->rowCount() == 2);
    // Every row is this laptop's reviewer's only when one is known: two reviewers, shared.
    CHECK(stored(window, WorkbookTable::Records, QStringLiteral("R3"))
              ->values.value(QStringLiteral("job-type"))
          == QStringLiteral("siivooja"));
    CHECK(stored(window, WorkbookTable::Coaches, QStringLiteral("Pekka"))
              ->values.value(QStringLiteral("fte"))
          == QStringLiteral("0.8"));

    // The hand computation, from the rows above.
    // Rapid job search: days from entry to the first employer contact,
    //   14 + 26 + 9 + 28 + 7 + 35 + 7 + 7 = 133 over 8 clients.
    // Individual job search: preferences matched in R1, R2, R4, R5, R7, R8 = 6 of 8.
    // Job types: Siivooja (= "siivooja "), Varastotyöntekijä, Kokki, Myyjä = 4 over 5 jobs.
    // Employers: Kauppa Oy, Varasto Oy, Ravintola Ky = 3 over 5 jobs.
    // Competitive: R1, R2, R5, R8 = 4 of 5 jobs.
    // Caseload: 18 + 15 = 33 clients over 1 + 0.8 = 1.8 FTE.
    // Dedicated staff: 35 + 30 = 65 of 37.5 + 30 = 67.5 hours.
    // Team integration: 16 + 15 = 31 of 33 clients.
    // Employer contacts: 12 + 7 = 19 over 2 + 2 = 4 coach-weeks.
    // Community: 14 + 10 = 24 of 20 + 16 = 36 scheduled hours.
    const QMap<QString, QStringList> hand {
        {QStringLiteral("rapid-job-search"), {QStringLiteral("133"), QStringLiteral("8")}},
        {QStringLiteral("individual-job-search"), {QStringLiteral("6"), QStringLiteral("8")}},
        {QStringLiteral("job-type-diversity"), {QStringLiteral("4"), QStringLiteral("5")}},
        {QStringLiteral("employer-diversity"), {QStringLiteral("3"), QStringLiteral("5")}},
        {QStringLiteral("competitive-jobs"), {QStringLiteral("4"), QStringLiteral("5")}},
        {QStringLiteral("caseload"), {QStringLiteral("33"), QStringLiteral("1.8")}},
        {QStringLiteral("dedicated-staff"), {QStringLiteral("65"), QStringLiteral("67.5")}},
        {QStringLiteral("team-integration"), {QStringLiteral("31"), QStringLiteral("33")}},
        {QStringLiteral("employer-contacts"), {QStringLiteral("19"), QStringLiteral("4")}},
        {QStringLiteral("community-based"), {QStringLiteral("24"), QStringLiteral("36")}},
    };
    const QMap<QString, QStringList> cli = cliFigures(path, 1);
    REQUIRE(cli.size() == 10);
    for (auto it = hand.cbegin(); it != hand.cend(); ++it) {
        INFO(it.key().toStdString());
        const laatu::Criterion *criterion = instrument.criterion(it.key());
        REQUIRE(criterion);
        const laatu::CriterionFigures figures = window.session()->figures(it.key());
        REQUIRE(figures.inputs.size() == 2);
        REQUIRE(figures.fromWorkbook());
        CHECK_FALSE(figures.anyTyped());
        QStringList gui;
        QStringList expectedCli;
        for (int i = 0; i < 2; ++i) {
            REQUIRE(figures.inputs.at(i).value);
            gui << figures.inputs.at(i).value->toString();
            expectedCli << QStringLiteral("%1 = %2 (computed)")
                               .arg(criterion->rule.inputs.at(i).key, it.value().at(i));
        }
        CHECK(gui == it.value()); // (a) the hand computation
        // (b) laatu-cli on the same database: the inputs, the value and the suggestion.
        REQUIRE(cli.contains(it.key()));
        CHECK(cli.value(it.key()).at(2) == expectedCli.join(QStringLiteral(", ")));
        REQUIRE(figures.value);
        CHECK(cli.value(it.key()).at(0) == figures.value->toString(2));
        REQUIRE(figures.suggestion);
        CHECK(cli.value(it.key()).at(1) == QString::number(*figures.suggestion));
        CHECK(window.session()->suggestion(it.key()) == figures.suggestion);
    }
    CHECK(window.session()->figures(QStringLiteral("rapid-job-search")).records == 8);
    CHECK(window.session()->figures(QStringLiteral("caseload")).coaches == 2);

    // The criterion page follows: the workbook's figures in the boxes, what they rest on, the
    // suggestion.
    press(window, Qt::Key_3, Qt::AltModifier);
    settle();
    REQUIRE(workspace->tabs()->currentWidget() == workspace->walk());
    workspace->walk()->setSheet({});
    workspace->walk()->showCriterion(QStringLiteral("rapid-job-search"));
    settle();
    laatu::gui::CriterionPage *page = workspace->walk()->page();
    auto *days = page->findChild<QLineEdit *>(QStringLiteral("number_totalDays"));
    REQUIRE(days);
    CHECK(days->text().isEmpty());
    CHECK(days->placeholderText() == QStringLiteral("133"));
    auto *basis = page->findChild<QLabel *>(QStringLiteral("figureBasisLabel"));
    REQUIRE(basis);
    CHECK(basis->text().contains(QStringLiteral("8")));
    const int suggested = *window.session()->suggestion(QStringLiteral("rapid-job-search"));
    auto *accept = page->acceptSuggestionButton();
    REQUIRE(accept->isEnabled());
    CHECK(accept->text().contains(QString::number(suggested)));
    laatu::Translator::install(QStringLiteral("en"));
}
