// laatu_screenshots: the screenshots in docs/screenshots, taken from the real widgets on a
// demo database: the main window, a criterion page, the consensus view, the findings and the
// evidence workbook (a few rows are added to the shown review's empty workbook) and the
// visit plan (the built-in template's, when the review has none), in one language. Run by
// scripts/screenshots under Xvfb (so fonts and style are the desktop's).
//
//   laatu_screenshots --db DEMO.db --lang fi --out DIR
#include "exchange/VisitPlanTemplate.h"
#include "gui/consensus/ConsensusView.h"
#include "gui/findings/FindingsView.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/session/ReviewSession.h"
#include "gui/sites/ReviewListPanel.h"
#include "gui/visit/VisitPlanView.h"
#include "gui/walk/CriterionWalk.h"
#include "gui/workbook/WorkbookView.h"

#include "i18n/Translator.h"
#include "instrument/CatalogReader.h"
#include "storage/ReviewRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {
bool save(QWidget &window, const QString &path)
{
    QTest::qWait(300); // let layouts and queued refreshes settle
    const bool ok = window.grab().save(path);
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "wrote" : "could not write",
                 qPrintable(path));
    return ok;
}
// A few coaches and records in the shown review's workbook, when it has none: the same rows
// on every run, so the screenshots only change when the view does.
void fillWorkbook(laatu::ReviewRepository &repository, qint64 reviewId)
{
    laatu::ReviewDocument document;
    if (repository.loadReview(reviewId, document) || !document.workbook.isEmpty())
        return;
    const auto row = [](int number, const QString &code, QMap<QString, QString> values) {
        return laatu::WorkbookRow {
            QStringLiteral("5c1e0a00-0000-4000-8000-%1").arg(number, 12, 10, QLatin1Char('0')),
            code,
            {},
            std::move(values)};
    };
    const auto text = [](const char *value) { return QString::fromUtf8(value); };
    const QList<laatu::WorkbookRow> coaches {row(1, text("Aino"),
                                                 {{text("fte"), text("1")},
                                                  {text("clients"), text("18")},
                                                  {text("clients-from-teams"), text("16")},
                                                  {text("teams"), text("Mielenterveystiimi")},
                                                  {text("working-hours"), text("37.5")},
                                                  {text("employment-hours"), text("35")},
                                                  {text("scheduled-hours"), text("20")},
                                                  {text("community-hours"), text("14")},
                                                  {text("employer-contacts"), text("12")},
                                                  {text("sample-weeks"), text("2")}}),
                                             row(2, text("Pekka"),
                                                 {{text("fte"), text("0.8")},
                                                  {text("clients"), text("15")},
                                                  {text("clients-from-teams"), text("15")},
                                                  {text("teams"), text("Sosiaalityö")},
                                                  {text("working-hours"), text("30")},
                                                  {text("employment-hours"), text("30")},
                                                  {text("scheduled-hours"), text("16")},
                                                  {text("community-hours"), text("10")},
                                                  {text("employer-contacts"), text("7")},
                                                  {text("sample-weeks"), text("2")}})};
    const QList<laatu::WorkbookRow> records {
        row(11, text("A1"),
            {{text("entry-date"), text("2026-01-05")},
             {text("first-employer-contact"), text("2026-01-19")},
             {text("matches-preferences"), text("yes")},
             {text("job-type"), text("Siivooja")},
             {text("employer"), text("Kauppa Oy")},
             {text("competitive"), text("yes")},
             {text("unlimited-support"), text("yes")}}),
        row(12, text("A2"),
            {{text("entry-date"), text("2026-01-07")},
             {text("first-employer-contact"), text("2026-02-02")},
             {text("matches-preferences"), text("yes")},
             {text("job-type"), text("Varastotyöntekijä")},
             {text("employer"), text("Varasto Oy")},
             {text("competitive"), text("yes")}}),
        row(13, text("A3"),
            {{text("entry-date"), text("2026-01-12")},
             {text("first-employer-contact"), text("2026-01-21")},
             {text("matches-preferences"), text("no")}}),
        row(14, text("A4"),
            {{text("entry-date"), text("2026-02-02")},
             {text("matches-preferences"), text("yes")}})};
    for (int i = 0; i < coaches.size(); ++i)
        repository.saveWorkbookRow(reviewId, laatu::WorkbookTable::Coaches, coaches.at(i), i);
    for (int i = 0; i < records.size(); ++i)
        repository.saveWorkbookRow(reviewId, laatu::WorkbookTable::Records, records.at(i), i);
}
// The built-in template's agenda in the shown language, when the review has no plan (a
// template's items get fresh UUIDs, which no screenshot shows).
void fillVisitPlan(laatu::ReviewRepository &repository, qint64 reviewId, const QString &language)
{
    laatu::ReviewDocument document;
    if (repository.loadReview(reviewId, document) || !document.visitPlan.items.isEmpty())
        return;
    repository.replaceVisitPlan(
        reviewId,
        laatu::VisitPlanTemplate::instantiate(laatu::VisitPlanTemplate::builtIn(language)));
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Settings of this run only: no remembered window state or language leaks in.
    QTemporaryDir settingsFolder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsFolder.path());
    QApplication::setOrganizationName(QStringLiteral("LaatuScreenshots"));
    QApplication::setApplicationName(QStringLiteral("laatu"));

    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("db"), QStringLiteral("Demo database."), QStringLiteral("path")},
         {QStringLiteral("lang"), QStringLiteral("fi, sv or en."), QStringLiteral("language"),
          QStringLiteral("en")},
         {QStringLiteral("out"), QStringLiteral("Folder for the PNG files."), QStringLiteral("dir"),
          QStringLiteral(".")},
         {QStringLiteral("review"), QStringLiteral("Review id to show."), QStringLiteral("id"),
          QStringLiteral("0")}});
    parser.process(app);
    const QString language = laatu::Translator::install(parser.value(QStringLiteral("lang")));
    const QDir out(parser.value(QStringLiteral("out")));

    laatu::CatalogReader::Result catalog = laatu::CatalogReader::readBuiltIn();
    laatu::StorageError error;
    auto database = laatu::Database::open(parser.value(QStringLiteral("db")), {}, error);
    if (!catalog.ok() || !database) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    laatu::gui::MainWindow window(*catalog.instrument);
    window.resize(1366, 768);
    window.setDatabase(std::move(database));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    const QString prefix = out.filePath(QStringLiteral("%1-") + language + QStringLiteral(".png"));
    bool ok = save(window, prefix.arg(QStringLiteral("main-window")));

    // The newest draft with two reviewers: the walk at a numeric criterion, the consensus and
    // the findings.
    qint64 reviewId = parser.value(QStringLiteral("review")).toLongLong();
    if (reviewId == 0) {
        QList<laatu::ReviewSummary> reviews;
        laatu::ReviewRepository(*window.database()).listReviews(reviews);
        for (const laatu::ReviewSummary &review : reviews)
            if (review.status == laatu::ReviewStatus::Draft)
                reviewId = review.id;
    }
    fillWorkbook(*window.repository(), reviewId);
    fillVisitPlan(*window.repository(), reviewId, language);
    if (!window.openReview(reviewId))
        return 1;
    laatu::gui::ReviewWorkspace *workspace = window.workspace();
    workspace->walk()->setSheet({});
    workspace->walk()->showCriterion(QStringLiteral("caseload"));
    ok = save(window, prefix.arg(QStringLiteral("criterion-page"))) && ok;
    workspace->tabs()->setCurrentWidget(workspace->consensus());
    ok = save(window, prefix.arg(QStringLiteral("consensus"))) && ok;
    workspace->tabs()->setCurrentWidget(workspace->findings());
    ok = save(window, prefix.arg(QStringLiteral("findings"))) && ok;
    workspace->tabs()->setCurrentWidget(workspace->workbook());
    ok = save(window, prefix.arg(QStringLiteral("workbook"))) && ok;
    workspace->tabs()->setCurrentWidget(workspace->visitPlan());
    QTest::qWait(100); // the rows take their heights as the columns take their widths
    ok = save(window, prefix.arg(QStringLiteral("visit-plan"))) && ok;
    return ok ? 0 : 1;
}
