// Which of the main window's commands can be used now, and the review list's publication
// states. Apart from MainWindow.cpp, which sets the window up and opens and closes reviews.
#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "gui/common/MessageBox.h"
#include "gui/main/ProgrammeActions.h"
#include "gui/main/WorkbookActions.h"
#include "gui/session/ReviewSession.h"
#include "gui/sites/ReviewListPanel.h"
#include "programme/ProgrammeSettings.h"
#include "storage/OutboxRepository.h"
#include "storage/ReviewRepository.h"

#include <algorithm>

namespace laatu::gui {

void MainWindow::updateActions()
{
    const bool writable = isWritable();
    const bool reviewChosen = reviewList()->currentReviewId() != 0;
    const bool siteChosen = !reviewList()->currentSiteUuid().isEmpty();
    const bool open = m_session != nullptr;
    const bool reportable = currentReviewId() != 0;
    m_ui->newReviewAction->setEnabled(writable);
    m_ui->openReviewAction->setEnabled(reviewChosen);
    m_ui->followUpAction->setEnabled(writable && (reviewChosen || open));
    m_ui->newSiteAction->setEnabled(writable);
    m_ui->editSiteAction->setEnabled(writable && siteChosen);
    m_ui->archiveSiteAction->setEnabled(writable && siteChosen);
    const Site *site
        = siteChosen ? reviewList()->listedSite(reviewList()->currentSiteUuid()) : nullptr;
    m_ui->archiveSiteAction->setText(site && site->archived ? tr("Restore Archived Site")
                                                            : tr("&Archive Site"));
    for (QAction *action :
         {m_ui->showCriteriaAction, m_ui->showConsensusAction, m_ui->showFindingsAction,
          m_ui->closeReviewAction, m_ui->auditLogAction})
        action->setEnabled(open);
    m_ui->finaliseAction->setEnabled(open && m_session->isEditable());
    m_ui->revealAction->setEnabled(open && m_session->isEditable() && m_session->isBlind());
    m_ui->exportReportAction->setEnabled(reportable);
    m_ui->exportMyRatingsAction->setEnabled(reportable);
    m_ui->sendToCoReviewerAction->setEnabled(reportable);
    m_ui->openReviewFileAction->setEnabled(writable);
    m_ui->mergeRatingsAction->setEnabled(writable);
    m_ui->siteHistoryAction->setEnabled(m_database != nullptr);
    m_ui->countyComparisonAction->setEnabled(m_database != nullptr);
    m_ui->printReportAction->setEnabled(reportable);
    // A pulled review is the programme's: only its own reviewers reopen or delete it.
    const bool pulled
        = reviewList()->publication(currentReviewId()) == OutboxRepository::Publication::Pulled;
    m_ui->reopenAction->setEnabled(open && writable && m_session->isFinal() && !pulled);
    m_ui->deleteReviewAction->setEnabled(
        writable && reviewChosen
        && reviewList()->publication(reviewList()->currentReviewId())
            != OutboxRepository::Publication::Pulled);
    const bool idle = writable && !m_programmeActions->isBusy();
    m_ui->publishReviewAction->setEnabled(idle && reportable);
    m_ui->publishAllFinalAction->setEnabled(idle);
    m_ui->pullProgrammeAction->setEnabled(idle);
    if (m_workbookActions)
        m_workbookActions->updateActions();
}

bool MainWindow::showOpenReviewAgain()
{
    // An edit changes one review's line (status, total): its site's reviews are read again,
    // not the whole list, which at 40,000 reviews costs some 20 ms for every rating typed.
    if (!m_repository || !m_session)
        return false;
    QList<ReviewSummary> reviews;
    if (m_repository->listSiteReviews(m_session->document().site.uuid, reviews))
        return false;
    const auto open
        = std::find_if(reviews.cbegin(), reviews.cend(),
                       [this](const ReviewSummary &r) { return r.id == m_session->reviewId(); });
    if (open == reviews.cend() || !reviewList()->updateReview(*open))
        return false;
    reloadPublications();
    return true;
}

void MainWindow::reloadPublications()
{
    if (!m_database)
        return;
    QHash<qint64, OutboxRepository::Publication> publications;
    if (StorageError error = OutboxRepository(*m_database).publications(publications)) {
        showStatusMessage(error.message());
        return;
    }
    reviewList()->setPublications(publications, ProgrammeSettings::isConfigured());
    updateActions();
}

} // namespace laatu::gui
