// Every page fits a 1366x768 laptop and a 1280x720 screen at 125 % (1024x576 logical pixels),
// in Finnish, Swedish and English: no page scrolls sideways and no widget sticks out of the
// window or of the scrolled area it is in.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"
#include "DemoDatabase.h"
#include "GuiDriver.h"
#include "ProgrammeCopy.h"
#include "WorkbookSample.h"

#include "exchange/VisitPlanTemplate.h"
#include "gui/analysis/CountyComparisonView.h"
#include "gui/analysis/OutcomeDialog.h"
#include "gui/analysis/ReviewScopeChoice.h"
#include "gui/analysis/SiteHistoryView.h"
#include "gui/consensus/ConsensusView.h"
#include "gui/exchange/HandOutDialog.h"
#include "gui/findings/FindingsView.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/programme/ProgrammeServerDialog.h"
#include "gui/report/ReportOptionsDialog.h"
#include "gui/session/ReviewSession.h"
#include "gui/sites/NewReviewWizard.h"
#include "gui/sites/ReviewListPanel.h"
#include "gui/sites/SiteDialog.h"
#include "gui/visit/VisitPlanView.h"
#include "gui/walk/CriterionNavigator.h"
#include "gui/walk/CriterionWalk.h"
#include "gui/workbook/WorkbookView.h"
#include "i18n/Translator.h"
#include "storage/ReviewRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractScrollArea>
#include <QDialog>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>

using laatu::gui::MainWindow;

namespace {
// What sticks out of `root` (the window) or scrolls sideways inside it, by object name.
QStringList overflows(QWidget *root, const QString &where)
{
    QStringList found;
    const auto name = [](const QWidget *widget) {
        return widget->objectName().isEmpty()
            ? QString::fromLatin1(widget->metaObject()->className())
            : widget->objectName();
    };
    for (QAbstractScrollArea *area : root->findChildren<QAbstractScrollArea *>()) {
        if (!area->isVisibleTo(root))
            continue;
        if (area->horizontalScrollBar()->isVisible())
            found << QStringLiteral("%1: %2 scrolls sideways").arg(where, name(area));
        // What a scroll area holds must fit its viewport's width.
        if (auto *scroll = qobject_cast<QScrollArea *>(area); scroll && scroll->widget()) {
            const int width = scroll->viewport()->width();
            for (QWidget *child : scroll->widget()->findChildren<QWidget *>()) {
                if (!child->isVisibleTo(scroll->widget()) || child->isWindow())
                    continue;
                const int right = child->mapTo(scroll->widget(), QPoint(child->width(), 0)).x();
                if (right > width + 1)
                    found << QStringLiteral("%1: %2 is %3 px wider than its view")
                                 .arg(where, name(child))
                                 .arg(right - width);
            }
        }
    }
    return found;
}

struct Screen
{
    QSize size;
    const char *name;
};
} // namespace

TEST_CASE("every criterion page, the visit plan, the workbook, the consensus and the findings fit "
          "the screen in "
          "fi, sv and en",
          "[gui][fit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fit.db"));
    {
        // The demo reviews with a workbook each, so its tables show rows and long headers.
        laatu::StorageError error;
        auto database = laatu::Database::open(path, {}, error);
        REQUIRE(database);
        QList<laatu::ReviewDocument> documents
            = laatu::DemoGenerator(laatu::test::builtIn(), {1, 2, 3u, true}).generate();
        // And the built-in agenda, whose long rows wrap.
        for (laatu::ReviewDocument &document : documents) {
            document.workbook = laatu::test::smallWorkbook();
            document.visitPlan = laatu::VisitPlanTemplate::instantiate(
                laatu::VisitPlanTemplate::builtIn(QStringLiteral("fi")));
        }
        REQUIRE_FALSE(laatu::ReviewRepository(*database).saveReviews(documents));
    }
    QStringList problems;
    for (const QString &language :
         {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")}) {
        laatu::Translator::install(language);
        for (const Screen &screen :
             {Screen {{1366, 768}, "1366x768"}, Screen {{1024, 576}, "1280x720 at 125 %"}}) {
            MainWindow window(laatu::test::builtIn());
            laatu::StorageError error;
            window.setDatabase(laatu::Database::open(path, {}, error));
            window.resize(screen.size);
            laatu::test::showActive(window);
            // A review with two reviewers and a consensus, so every part of a page shows.
            qint64 id = 0;
            for (const laatu::ReviewSummary &review : window.reviewList()->reviews())
                id = id ? id : review.id;
            REQUIRE(window.openReview(id));
            laatu::gui::ReviewWorkspace *workspace = window.workspace();
            laatu::gui::CriterionWalk *walk = workspace->walk();
            const QString at = QStringLiteral("%1 %2").arg(language, QLatin1String(screen.name));
            for (int row = 0; row < walk->navigator()->count(); ++row) {
                walk->navigator()->setCurrentRow(row);
                laatu::test::settle();
                problems << overflows(&window,
                                      QStringLiteral("%1 criterion %2").arg(at).arg(row + 1));
            }
            workspace->tabs()->setCurrentWidget(workspace->consensus());
            laatu::test::settle();
            problems << overflows(&window, QStringLiteral("%1 consensus").arg(at));
            workspace->tabs()->setCurrentWidget(workspace->findings());
            laatu::test::settle();
            problems << overflows(&window, QStringLiteral("%1 findings").arg(at));
            workspace->tabs()->setCurrentWidget(workspace->workbook());
            laatu::test::settle();
            problems << overflows(&window, QStringLiteral("%1 workbook").arg(at));
            workspace->tabs()->setCurrentWidget(workspace->visitPlan());
            laatu::test::settle();
            problems << overflows(&window, QStringLiteral("%1 visit plan").arg(at));
        }
    }
    problems.removeDuplicates();
    INFO(problems.mid(0, 400).join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("every dialog fits a 1280x720 screen at 125 % in fi, sv and en", "[gui][fit]")
{
    QStringList problems;
    const laatu::Instrument &instrument = laatu::test::builtIn();
    laatu::Site site;
    site.uuid = QStringLiteral("6a1f6f4e-4a43-4d8e-9a51-0d3c9f1b2a10");
    site.name = QStringLiteral("Kipinä IPS-valmennus, Hämeenlinnan aikuissosiaalityö");
    site.county = QStringLiteral("Kanta-Hämeen hyvinvointialue");
    for (const QString &language :
         {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")}) {
        laatu::Translator::install(language);
        std::vector<std::unique_ptr<QDialog>> dialogs;
        dialogs.push_back(std::make_unique<laatu::gui::SiteDialog>(site, QStringList {}));
        dialogs.push_back(std::make_unique<laatu::gui::NewReviewWizard>(
            QList<laatu::Site> {site}, instrument, [] { return std::optional<laatu::Site>(); }));
        dialogs.push_back(
            std::make_unique<laatu::gui::ReportOptionsDialog>(laatu::ReportOptions {}));
        dialogs.push_back(std::make_unique<laatu::gui::HandOutDialog>(
            QList<laatu::Rater> {{QStringLiteral("a"), QStringLiteral("Anna Arvioija")},
                                 {QStringLiteral("b"), QStringLiteral("Mikko Mittari")}},
            QStringLiteral("b")));
        dialogs.push_back(std::make_unique<laatu::gui::OutcomeDialog>(laatu::SiteOutcome {}));
        dialogs.push_back(std::make_unique<laatu::gui::ProgrammeServerDialog>());
        for (const std::unique_ptr<QDialog> &dialog : dialogs) {
            const QString where = QStringLiteral("%1 %2").arg(
                language, QString::fromLatin1(dialog->metaObject()->className()));
            const QSize minimum = dialog->minimumSizeHint();
            if (minimum.width() > 1024 || minimum.height() > 576)
                problems << QStringLiteral("%1: needs %2x%3")
                                .arg(where)
                                .arg(minimum.width())
                                .arg(minimum.height());
            dialog->resize(dialog->sizeHint().boundedTo(QSize(1024, 576)));
            dialog->show();
            laatu::test::settle();
            problems << overflows(dialog.get(), where);
            // Nothing inside may reach past the dialog's own edge.
            for (QWidget *child : dialog->findChildren<QWidget *>()) {
                if (!child->isVisibleTo(dialog.get()) || child->isWindow())
                    continue;
                const int right = child->mapTo(dialog.get(), QPoint(child->width(), 0)).x();
                if (right > dialog->width() + 1)
                    problems << QStringLiteral("%1: %2 is cut off").arg(where, child->objectName());
            }
            dialog->hide();
        }
    }
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("the site history and the county comparison fit the screen in fi, sv and en",
          "[gui][fit]")
{
    QTemporaryDir dir;
    auto database = laatu::test::demoDatabase(dir.filePath(QStringLiteral("fit.db")), 6, 3);
    // With a programme copy, so that the choice between this laptop and the programme shows.
    laatu::test::pullDemoCopy(*database);
    laatu::ReviewRepository repository(*database);
    QList<laatu::ReviewSummary> reviews;
    REQUIRE_FALSE(repository.listReviews(reviews));
    REQUIRE_FALSE(reviews.isEmpty());
    QStringList problems;
    for (const QString &language :
         {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")}) {
        laatu::Translator::install(language);
        laatu::test::settle();
        for (const Screen &screen :
             {Screen {{1366, 768}, "1366x768"}, Screen {{1024, 576}, "1280x720 at 125 %"}}) {
            const QString at = QStringLiteral("%1 %2").arg(language, QLatin1String(screen.name));
            const auto fits = [&](QWidget &view, const QString &what) {
                view.resize(screen.size);
                view.show();
                REQUIRE(QTest::qWaitForWindowExposed(&view));
                laatu::test::settle();
                const QSize needed = view.minimumSizeHint().expandedTo(view.minimumSize());
                if (needed.width() > screen.size.width() || view.width() > screen.size.width())
                    problems << QStringLiteral("%1 %2 needs %3 px, the screen has %4")
                                    .arg(at, what)
                                    .arg(std::max(needed.width(), view.width()))
                                    .arg(screen.size.width());
                if (needed.height() > screen.size.height())
                    problems << QStringLiteral("%1 %2 needs %3 px of height, the screen has %4")
                                    .arg(at, what)
                                    .arg(needed.height())
                                    .arg(screen.size.height());
                view.close();
            };
            laatu::gui::SiteHistoryView history(*database, repository);
            REQUIRE(history.showSite(reviews.constFirst().siteUuid));
            REQUIRE_FALSE(history.scopeChoice()->isHidden());
            fits(history, QStringLiteral("site history"));
            laatu::gui::CountyComparisonView comparison(*database, repository);
            REQUIRE(comparison.setCounty(reviews.constFirst().county));
            REQUIRE_FALSE(comparison.scopeChoice()->isHidden());
            fits(comparison, QStringLiteral("county comparison"));
        }
    }
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}
