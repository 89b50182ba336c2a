// laatu_screenshots: the screenshots in docs/screenshots, taken from the real widgets on a
// demo database: the main window, a criterion page, the consensus view and the findings, in
// one language. Run by scripts/screenshots under Xvfb (so fonts and style are the desktop's).
//
//   laatu_screenshots --db DEMO.db --lang fi --out DIR
#include "gui/consensus/ConsensusView.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/session/ReviewSession.h"
#include "gui/sites/ReviewListPanel.h"
#include "gui/walk/CriterionWalk.h"

#include "i18n/Translator.h"
#include "instrument/CatalogReader.h"

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
    if (!window.openReview(reviewId))
        return 1;
    laatu::gui::ReviewWorkspace *workspace = window.workspace();
    workspace->walk()->setSheet({});
    workspace->walk()->showCriterion(QStringLiteral("caseload"));
    ok = save(window, prefix.arg(QStringLiteral("criterion-page"))) && ok;
    workspace->tabs()->setCurrentWidget(workspace->consensus());
    ok = save(window, prefix.arg(QStringLiteral("consensus"))) && ok;
    workspace->tabs()->setCurrentIndex(2);
    ok = save(window, prefix.arg(QStringLiteral("findings"))) && ok;
    return ok ? 0 : 1;
}
