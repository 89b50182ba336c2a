#include "ReviewActions.h"

#include "gui/common/DialogRunner.h"
#include "gui/common/MessageBox.h"
#include "gui/consensus/ConsensusView.h"
#include "gui/findings/FindingsView.h"
#include "gui/main/AuditLogDialog.h"
#include "gui/main/ReviewHost.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/main/SiteActions.h"
#include "gui/session/ReviewSession.h"
#include "gui/sites/NewReviewWizard.h"
#include "gui/sites/ReviewListPanel.h"

#include "i18n/DateText.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"
#include "storage/SiteRepository.h"

#include <QInputDialog>
#include <QLocale>
#include <QTabWidget>
#include <QUuid>

#include <algorithm>

namespace laatu::gui {

ReviewActions::ReviewActions(ReviewHost &host, SiteActions &sites, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_sites(sites)
{ }

bool ReviewActions::createReview(ReviewDocument document)
{
    bool unchanged = false;
    if (StorageError error = m_host.repository()->saveReview(document, unchanged)) {
        MessageBox::critical(m_host.dialogParent(), tr("Review Not Created"), error.message());
        return false;
    }
    m_host.reloadReviews();
    qint64 id = 0;
    m_host.repository()->findReview(document.review.uuid, id);
    return m_host.openReview(id);
}

void ReviewActions::newReview()
{
    if (!m_host.repository() || !m_host.isWritable())
        return;
    QList<Site> sites;
    m_host.siteRepository()->listSites(sites);
    NewReviewWizard wizard(
        sites, m_host.instrument(), [this] { return m_sites.askNewSite(); }, m_host.dialogParent());
    if (!m_host.reviewList()->currentSiteUuid().isEmpty())
        wizard.setSite(m_host.reviewList()->currentSiteUuid());
    if (DialogRunner::exec(wizard) != QDialog::Accepted)
        return;
    createReview(wizard.document());
}

void ReviewActions::followUpReview()
{
    if (!m_host.repository() || !m_host.isWritable())
        return;
    ReviewSession *session = m_host.session();
    const qint64 sourceId = m_host.reviewList()->currentReviewId()
        ? m_host.reviewList()->currentReviewId()
        : (session ? session->reviewId() : 0);
    ReviewDocument source;
    if (StorageError error = m_host.repository()->loadReview(sourceId, source)) {
        MessageBox::critical(m_host.dialogParent(), tr("Review Not Read"), error.message());
        return;
    }
    QList<Site> sites;
    m_host.siteRepository()->listSites(sites);
    NewReviewWizard wizard(
        sites, m_host.instrument(), [this] { return m_sites.askNewSite(); }, m_host.dialogParent());
    wizard.setWindowTitle(tr("Follow-up Review"));
    wizard.setSite(source.site.uuid);
    wizard.setKind(source.review.kind);
    QStringList names;
    for (const Rater &rater : source.raters)
        names << rater.name;
    wizard.setRaters(names);
    const QDate due = source.review.visitStart.addMonths(6);
    wizard.setVisit(std::max(due, QDate::currentDate()), std::max(due, QDate::currentDate()));
    if (DialogRunner::exec(wizard) != QDialog::Accepted)
        return;
    ReviewDocument followUp = wizard.document();
    // What is to be checked on the visit: the actions still open, and every recommendation.
    for (const ActionItem &action : source.actions) {
        if (action.status == ActionStatus::Done || action.status == ActionStatus::Dropped)
            continue;
        ActionItem copy = action;
        copy.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        followUp.actions << copy;
    }
    for (const Finding &finding : source.findings) {
        if (finding.kind != FindingKind::Recommendation)
            continue;
        const bool already
            = std::any_of(followUp.actions.cbegin(), followUp.actions.cend(),
                          [&](const ActionItem &action) { return action.what == finding.text; });
        if (already)
            continue;
        followUp.actions << ActionItem {QUuid::createUuid().toString(QUuid::WithoutBraces),
                                        tr("Check: %1").arg(finding.text), QString(), QDate(),
                                        ActionStatus::Open};
    }
    if (createReview(followUp))
        m_host.workspace()->tabs()->setCurrentWidget(m_host.workspace()->findings());
}

void ReviewActions::deleteReview()
{
    const qint64 id = m_host.reviewList()->currentReviewId();
    const ReviewSummary *summary = m_host.reviewList()->review(id);
    if (!summary || !m_host.repository())
        return;
    const QString question
        = tr("Delete the review of %1 on %2 with all its ratings, notes, findings and actions?"
             "\n\nThis cannot be undone. The daily backup still holds it until it is rotated.")
              .arg(summary->siteName, DateText::date(summary->visitStart));
    if (MessageBox::question(m_host.dialogParent(), tr("Delete Review"), question)
        != QMessageBox::Yes)
        return;
    if (m_host.session() && m_host.session()->reviewId() == id)
        m_host.closeReview();
    if (StorageError error = m_host.repository()->deleteReview(id)) {
        MessageBox::critical(m_host.dialogParent(), tr("Review Not Deleted"), error.message());
        return;
    }
    m_host.reloadReviews();
    m_host.showStatusMessage(tr("Review deleted"));
    m_host.updateActions();
}

bool ReviewActions::revealSheets()
{
    ReviewSession *session = m_host.session();
    if (!session || !session->isBlind() || !session->isEditable())
        return false;
    m_host.workspace()->flush();
    QStringList unfinished;
    for (const Rater &rater : session->document().raters) {
        const int unrated = int(session->scoreCard(rater.uuid).unrated().size());
        if (unrated > 0)
            unfinished << tr("%1: %n criteria unrated", nullptr, unrated).arg(rater.name);
    }
    const QString question = unfinished.isEmpty()
        ? tr("Every reviewer has rated every criterion. Reveal the sheets so that each sees "
             "the others' ratings and the consensus can be agreed?")
        : tr("Not every reviewer has finished:\n\n• %1\n\nOnce revealed, the sheets are no "
             "longer independent. Reveal them anyway?")
              .arg(unfinished.join(QStringLiteral("\n• ")));
    if (MessageBox::question(m_host.dialogParent(), tr("Reveal the Sheets"), question)
        != QMessageBox::Yes)
        return false;
    if (!session->reveal())
        return false;
    m_host.workspace()->tabs()->setCurrentWidget(m_host.workspace()->consensus());
    m_host.updateActions();
    return true;
}

void ReviewActions::showLog()
{
    const ReviewSession *session = m_host.session();
    if (!session)
        return;
    QStringList entries;
    if (StorageError error = m_host.repository()->auditLog(session->reviewId(), entries)) {
        MessageBox::critical(m_host.dialogParent(), tr("Log Not Read"), error.message());
        return;
    }
    const ReviewDocument &document = session->document();
    AuditLogDialog dialog(
        tr("%1, %2").arg(document.site.name, DateText::date(document.review.visitStart)), entries,
        m_host.dialogParent());
    DialogRunner::exec(dialog);
}

void ReviewActions::finaliseReview()
{
    ReviewSession *session = m_host.session();
    if (!session)
        return;
    m_host.workspace()->flush();
    if (MessageBox::question(m_host.dialogParent(), tr("Finalise Review"),
                             tr("Make the review final? It is then read-only; reopening it "
                                "later is possible and is logged with its reason."))
        != QMessageBox::Yes)
        return;
    session->finalise();
    m_host.updateActions();
    if (session->isFinal())
        emit finalised(session->reviewId());
}

void ReviewActions::reopenReview()
{
    ReviewSession *session = m_host.session();
    if (!session || !session->isFinal())
        return;
    if (m_host.reviewList()->publication(session->reviewId())
        == OutboxRepository::Publication::Pulled) {
        MessageBox::information(m_host.dialogParent(), tr("Reopen Review"),
                                tr("This review was pulled from the programme and is read-only "
                                   "here: only its own reviewers can reopen it."));
        return;
    }
    QInputDialog dialog(m_host.dialogParent());
    dialog.setWindowTitle(tr("Reopen Review"));
    dialog.setLabelText(tr("Why is the final review reopened? The reason goes into the review's "
                           "log with every change that follows."));
    dialog.setInputMode(QInputDialog::TextInput);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    const QString reason = dialog.textValue().trimmed();
    if (reason.isEmpty()) {
        MessageBox::information(m_host.dialogParent(), tr("Reopen Review"),
                                tr("The review stays final: a reason is needed to reopen it."));
        return;
    }
    session->reopen(reason);
    m_host.updateActions();
    if (!session->isFinal())
        emit reopened(session->reviewId());
}

} // namespace laatu::gui
