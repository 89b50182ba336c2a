#include "MainMenus.h"

#include "ui_MainWindow.h"

#include "gui/common/DialogRunner.h"
#include "gui/common/MessageBox.h"
#include "gui/consensus/ConsensusView.h"
#include "gui/findings/FindingsView.h"
#include "gui/main/AnalysisActions.h"
#include "gui/main/CatalogActions.h"
#include "gui/main/ExchangeActions.h"
#include "gui/main/GuideWindow.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ProgrammeActions.h"
#include "gui/main/ReportActions.h"
#include "gui/main/ReviewActions.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/main/ShortcutsDialog.h"
#include "gui/main/SiteActions.h"
#include "gui/main/WorkbookActions.h"
#include "gui/programme/ProgrammeServerDialog.h"
#include "gui/sites/ReviewListPanel.h"
#include "gui/walk/CriterionWalk.h"

#include "LaatuVersion.h"

#include <QMenuBar>
#include <QTabWidget>

namespace laatu::gui {

namespace {
void showAbout(QWidget &parent)
{
    MessageBox::information(
        &parent, MainWindow::tr("About Laatu"),
        MainWindow::tr(
            "Laatu %1\n\nIPS fidelity reviews against the 25 quality criteria: rate, agree, score "
            "and report, offline.\n\nThe criteria texts are written for Laatu from the public "
            "description of the scale; an organisation can load its own catalog file.")
            .arg(QStringLiteral(LAATU_VERSION_STRING)));
}
} // namespace

void assignMainShortcuts(Ui::MainWindow &ui)
{
    ui.openCatalogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    // Ctrl+Q wherever the platform's own binding for Quit is something else or nothing.
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys << QKeySequence(Qt::CTRL | Qt::Key_Q);
    ui.quitAction->setShortcuts(quitKeys);
    // Quit from any of Laatu's windows, the tool windows too, not only from the main one.
    ui.quitAction->setShortcutContext(Qt::ApplicationShortcut);
    ui.newReviewAction->setShortcut(QKeySequence::New);
    ui.followUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    ui.deleteReviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    ui.editSiteAction->setShortcut(QKeySequence(Qt::Key_F2));
    ui.closeReviewAction->setShortcut(QKeySequence::Close);
    // Alt+1 and Alt+2 are the Visit Plan and Workbook tabs (WorkbookActions): the keys follow
    // the tabs' order.
    ui.showCriteriaAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    ui.showConsensusAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    ui.showFindingsAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_5));
    ui.finaliseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    ui.exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    ui.printReportAction->setShortcut(QKeySequence::Print);
    ui.guideAction->setShortcut(QKeySequence(Qt::Key_F1));
    ui.siteHistoryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    ui.countyComparisonAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
}

void connectMainMenus(Ui::MainWindow &ui, MainWindow &window)
{
    const auto on = [&window](QAction *action, auto slot) {
        QObject::connect(action, &QAction::triggered, &window, slot);
    };
    on(ui.newReviewAction, [&window] { window.reviewActions()->newReview(); });
    on(ui.openReviewAction,
       [&window] { window.openReview(window.reviewList()->currentReviewId()); });
    on(ui.followUpAction, [&window] { window.reviewActions()->followUpReview(); });
    on(ui.deleteReviewAction, [&window] { window.reviewActions()->deleteReview(); });
    on(ui.exportReportAction, [&window] { window.reportActions()->exportReport(); });
    on(ui.printReportAction, [&window] { window.reportActions()->printReport(); });
    // File → Data Request…, after the report's commands and usable whenever they are.
    QAction *dataRequest = window.reportActions()->dataRequestAction();
    const QList<QAction *> fileActions = ui.fileMenu->actions();
    ui.fileMenu->insertAction(fileActions.value(fileActions.indexOf(ui.printReportAction) + 1),
                              dataRequest);
    dataRequest->setEnabled(ui.exportReportAction->isEnabled());
    QObject::connect(ui.exportReportAction, &QAction::enabledChanged, dataRequest,
                     &QAction::setEnabled);
    on(dataRequest, [&window] { window.reportActions()->exportDataRequest(); });
    on(ui.sendToCoReviewerAction, [&window] { window.exchangeActions()->sendToCoReviewer(); });
    on(ui.openReviewFileAction, [&window] { window.exchangeActions()->openReviewFile(); });
    on(ui.exportMyRatingsAction, [&window] { window.exchangeActions()->exportMyRatings(); });
    on(ui.mergeRatingsAction, [&window] { window.exchangeActions()->mergeRatings(); });
    on(ui.publishReviewAction, [&window] { window.programmeActions()->publishReview(); });
    on(ui.publishAllFinalAction, [&window] { window.programmeActions()->publishAllFinal(); });
    on(ui.pullProgrammeAction, [&window] { window.programmeActions()->pullProgramme(); });
    on(ui.openCatalogAction, [&window] { window.catalogActions()->openCatalogFile(); });
    on(ui.builtInCatalogAction, [&window] { window.catalogActions()->useBuiltInCatalog(); });
    on(ui.quitAction, [&window] { window.close(); });
    on(ui.newSiteAction, [&window] { window.siteActions()->newSite(); });
    on(ui.editSiteAction, [&window] { window.siteActions()->editSite(); });
    on(ui.archiveSiteAction, [&window] { window.siteActions()->toggleArchiveSite(); });
    on(ui.revealAction, [&window] { window.reviewActions()->revealSheets(); });
    on(ui.auditLogAction, [&window] { window.reviewActions()->showLog(); });
    on(ui.guideAction, [&window] {
        // One guide window, kept open beside the main window until closed.
        auto *guide = window.findChild<GuideWindow *>();
        if (!guide)
            guide = new GuideWindow(&window);
        guide->show();
        guide->raise();
        guide->activateWindow();
    });
    on(ui.shortcutsAction, [&window] {
        ShortcutsDialog dialog(window.menuBar(), window.workspace()->walk(), &window);
        DialogRunner::exec(dialog);
    });
    on(ui.finaliseAction, [&window] { window.reviewActions()->finaliseReview(); });
    on(ui.reopenAction, [&window] { window.reviewActions()->reopenReview(); });
    on(ui.closeReviewAction, [&window] { window.closeReview(); });
    on(ui.siteHistoryAction, [&window] { window.analysisActions()->showSiteHistory(); });
    on(ui.countyComparisonAction, [&window] { window.analysisActions()->showCountyComparison(); });
    on(ui.aboutAction, [&window] { showAbout(window); });
    on(ui.programmeServerAction, [&window] {
        ProgrammeServerDialog dialog(&window);
        if (DialogRunner::exec(dialog) == QDialog::Accepted)
            window.reloadPublications(); // with a server, each final review says if it is sent
    });
    // Review → Visit Plan and Workbook before the other tabs, and Clear Record Sample… after
    // Reopen.
    ui.reviewMenu->insertAction(ui.showCriteriaAction, window.workbookActions()->showPlanAction());
    ui.reviewMenu->insertAction(ui.showCriteriaAction, window.workbookActions()->showAction());
    const QList<QAction *> reviewActions = ui.reviewMenu->actions();
    ui.reviewMenu->insertAction(reviewActions.value(reviewActions.indexOf(ui.reopenAction) + 1),
                                window.workbookActions()->clearAction());
    on(ui.showCriteriaAction,
       [&window] { window.workspace()->tabs()->setCurrentWidget(window.workspace()->walk()); });
    on(ui.showConsensusAction, [&window] {
        window.workspace()->tabs()->setCurrentWidget(window.workspace()->consensus());
    });
    on(ui.showFindingsAction,
       [&window] { window.workspace()->tabs()->setCurrentWidget(window.workspace()->findings()); });
}

} // namespace laatu::gui
