#include "ExchangeActions.h"

#include "gui/common/DialogRunner.h"
#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"
#include "gui/main/ReviewHost.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/session/ReviewSession.h"
#include "gui/walk/CriterionWalk.h"

#include "analysis/RaterExport.h"
#include "analysis/RaterFileMerger.h"
#include "exchange/ReviewFileIo.h"
#include "storage/ReviewRepository.h"

#include <QDir>
#include <QInputDialog>
#include <QStandardPaths>

namespace laatu::gui {

ExchangeActions::ExchangeActions(ReviewHost &host, QObject *parent)
    : QObject(parent)
    , m_host(host)
{ }

bool ExchangeActions::exportMyRatings()
{
    const qint64 id = m_host.currentReviewId();
    if (!m_host.repository() || id == 0)
        return false;
    m_host.workspace()->flush();
    ReviewDocument review;
    if (StorageError error = m_host.repository()->loadReview(id, review)) {
        MessageBox::critical(m_host.dialogParent(), tr("Ratings Not Exported"), error.message());
        return false;
    }
    if (review.raters.isEmpty())
        return false;
    QStringList names;
    for (const Rater &rater : review.raters)
        names << rater.name;
    QInputDialog dialog(m_host.dialogParent());
    dialog.setWindowTitle(tr("Export My Ratings"));
    dialog.setLabelText(tr("Whose ratings? The file holds that reviewer's own ratings and notes "
                           "only, for the lead reviewer to merge."));
    dialog.setComboBoxItems(names);
    const ReviewSession *session = m_host.session();
    const QString sheet = m_host.workspace()->walk()->sheet();
    dialog.setTextValue(session && !sheet.isEmpty() ? session->raterName(sheet)
                                                    : names.constFirst());
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return false;
    QString problem;
    const std::optional<Rater> rater = RaterExport::findRater(review, dialog.textValue(), problem);
    if (!rater) {
        MessageBox::critical(m_host.dialogParent(), tr("Ratings Not Exported"), problem);
        return false;
    }
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("%1 - %2 - ratings.laatu.json").arg(review.site.name, rater->name));
    const QString path = FileDialog::saveFileName(m_host.dialogParent(), tr("Export My Ratings"),
                                                  suggested, tr("Laatu review files (*.json)"));
    if (path.isEmpty())
        return false;
    problem = ReviewFileIo::write(path, RaterExport::myRatings(review, *rater));
    if (!problem.isEmpty()) {
        MessageBox::critical(m_host.dialogParent(), tr("Ratings Not Exported"), problem);
        return false;
    }
    m_host.showStatusMessage(
        tr("%1's ratings saved to %2").arg(rater->name, QDir::toNativeSeparators(path)));
    return true;
}

bool ExchangeActions::mergeRatings()
{
    if (!m_host.repository() || !m_host.isWritable())
        return false;
    m_host.workspace()->flush();
    const QString path
        = FileDialog::openFileName(m_host.dialogParent(), tr("Merge Reviewer's Ratings"),
                                   tr("Laatu review files (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    const RaterFileMerger::Result result
        = RaterFileMerger::mergeFiles(*m_host.repository(), {path}, ConflictPolicy::KeepStored);
    if (!result.fileProblems.isEmpty() || result.databaseError) {
        MessageBox::critical(m_host.dialogParent(), tr("Ratings Not Merged"),
                             tr("Nothing was changed.\n\n%1")
                                 .arg(result.fileProblems.isEmpty()
                                          ? result.databaseError.message()
                                          : result.fileProblems.join(QLatin1Char('\n'))));
        return false;
    }
    // Show the merged review as it is now stored.
    const qint64 id = result.files.isEmpty() ? 0 : result.files.constFirst().reviewId;
    if (m_host.session() && m_host.session()->reviewId() == id)
        m_host.closeReview();
    m_host.reloadReviews();
    m_host.openReview(id);
    QStringList conflicts;
    for (const RaterFileMerger::FileResult &file : result.files)
        for (const MergeConflict &conflict : file.merge.conflicts)
            conflicts << RaterMerge::describe(conflict, file.merge.merged);
    if (!conflicts.isEmpty()) {
        MessageBox::information(
            m_host.dialogParent(), tr("Ratings Merged with Differences"),
            tr("The ratings were merged. Where the file and this laptop hold different values "
               "for the same reviewer, the values here were kept; check these with the "
               "reviewer:\n\n• %1")
                .arg(conflicts.mid(0, 20).join(QStringLiteral("\n• "))));
    } else {
        m_host.showStatusMessage(
            result.changed() ? tr("Ratings merged from %1").arg(QDir::toNativeSeparators(path))
                             : tr("Nothing new in %1: it was merged before")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    return true;
}

} // namespace laatu::gui
