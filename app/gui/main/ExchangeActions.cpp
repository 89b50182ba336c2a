#include "ExchangeActions.h"

#include "gui/common/DialogRunner.h"
#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"
#include "gui/exchange/ExportMineDialog.h"
#include "gui/exchange/HandOutDialog.h"
#include "gui/exchange/MergeConflictDialog.h"
#include "gui/main/ReviewHost.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/session/OwnSheet.h"
#include "gui/session/ReviewSession.h"
#include "gui/walk/CriterionWalk.h"

#include "analysis/MergeConflictText.h"
#include "analysis/RaterExport.h"
#include "analysis/RaterFileMerger.h"
#include "exchange/HandOut.h"
#include "exchange/ReviewFileIo.h"
#include "exchange/ReviewImporter.h"
#include "i18n/DateText.h"
#include "i18n/Translator.h"
#include "storage/ReviewRepository.h"

#include <QDir>
#include <QLocale>
#include <QSet>
#include <QStandardPaths>

namespace laatu::gui {

ExchangeActions::ExchangeActions(ReviewHost &host, QObject *parent)
    : QObject(parent)
    , m_host(host)
{ }

bool ExchangeActions::sendToCoReviewer()
{
    const qint64 id = m_host.currentReviewId();
    if (!m_host.repository() || id == 0)
        return false;
    m_host.workspace()->flush();
    ReviewDocument review;
    if (StorageError error = m_host.repository()->loadReview(id, review)) {
        MessageBox::critical(m_host.dialogParent(), tr("Review Not Sent"), error.message());
        return false;
    }
    if (review.raters.size() < 2) {
        MessageBox::information(m_host.dialogParent(), tr("Send to Co-reviewer"),
                                tr("The review has no co-reviewer. Add the second reviewer "
                                   "when creating the review, then send it."));
        return false;
    }
    // The co-reviewer is whoever is not rating on this laptop.
    const QString sheet = m_host.session() ? m_host.workspace()->walk()->sheet() : QString();
    QString suggested = review.raters.constLast().uuid;
    for (const Rater &rater : review.raters)
        if (!sheet.isEmpty() && rater.uuid != sheet) {
            suggested = rater.uuid;
            break;
        }
    HandOutDialog dialog(review.raters, suggested, m_host.dialogParent());
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return false;
    QString problem;
    const std::optional<ReviewDocument> frame = HandOut::forCoReviewer(
        review, dialog.raterUuid(), HandOut::Options {dialog.shareEvidence()}, problem);
    if (!frame) {
        MessageBox::critical(m_host.dialogParent(), tr("Review Not Sent"), problem);
        return false;
    }
    QString coReviewer;
    for (const Rater &rater : frame->raters)
        if (rater.uuid == frame->handedOutToUuid)
            coReviewer = rater.name;
    const QString suggestedPath
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("%1 - for %2.laatu.json").arg(review.site.name, coReviewer));
    const QString path = FileDialog::saveFileName(m_host.dialogParent(), tr("Send to Co-reviewer"),
                                                  suggestedPath, tr("Laatu review files (*.json)"));
    if (path.isEmpty())
        return false;
    problem = ReviewFileIo::write(path, *frame);
    if (!problem.isEmpty()) {
        MessageBox::critical(m_host.dialogParent(), tr("Review Not Sent"), problem);
        return false;
    }
    m_host.showStatusMessage(tr("Review for %1 saved to %2: without anyone's ratings, notes or "
                                "findings. They open it with File → Open Review File.")
                                 .arg(coReviewer, QDir::toNativeSeparators(path)));
    return true;
}

bool ExchangeActions::openReviewFile()
{
    if (!m_host.repository() || !m_host.isWritable())
        return false;
    m_host.workspace()->flush();
    const QString path = FileDialog::openFileName(m_host.dialogParent(), tr("Open Review File"),
                                                  tr("Laatu review files (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    // A reviewer's own ratings belong in the review they came from: merge, never replace.
    QStringList readProblems;
    const std::optional<ReviewDocument> peek = ReviewFileIo::read(path, readProblems);
    if (peek && !peek->onlyRaterUuid.isEmpty())
        return mergeRatingsFrom(path);
    qint64 existing = 0;
    if (peek && peek->handedOutToUuid.isEmpty()
        && !m_host.repository()->findReview(peek->review.uuid, existing)) {
        ReviewDocument stored;
        const bool differs
            = !m_host.repository()->loadReview(existing, stored) && !stored.sameContent(*peek);
        if (differs
            && MessageBox::question(
                   m_host.dialogParent(), tr("Replace Review"),
                   tr("The review of %1 on %2 is already here, with other content than the "
                      "file. Replace it with the file's version? What is here now is then gone; "
                      "to bring in one reviewer's ratings, use Merge Reviewer's Ratings instead.")
                       .arg(stored.site.name, DateText::date(stored.review.visitStart)))
                != QMessageBox::Yes)
            return false;
    }
    ReviewImporter::Result result = ReviewImporter::importFiles(*m_host.repository(), {path});
    // Changes to a site already here are the user's to agree to: listed, and written only on
    // yes. Any other problem refuses the file as it is.
    const bool onlySiteChanges = !result.siteChanges.isEmpty() && !result.databaseError
        && QSet<QString>(result.fileProblems.cbegin(), result.fileProblems.cend())
            == QSet<QString>(result.siteChanges.cbegin(), result.siteChanges.cend());
    if (onlySiteChanges) {
        if (MessageBox::question(m_host.dialogParent(), tr("Change Site Details"),
                                 tr("The file changes the details of a site already here:\n\n"
                                    "• %1\n\nChange them as the file says?")
                                     .arg(result.siteChanges.join(QStringLiteral("\n• "))))
            != QMessageBox::Yes) {
            m_host.showStatusMessage(tr("Nothing was opened from %1: the sites stay as they are")
                                         .arg(QDir::toNativeSeparators(path)));
            return false;
        }
        result = ReviewImporter::importFiles(*m_host.repository(), {path},
                                             ReviewImporter::Options {true});
    }
    if (!result.fileProblems.isEmpty() || result.databaseError) {
        MessageBox::critical(m_host.dialogParent(), tr("Review File Not Opened"),
                             tr("Nothing was changed.\n\n%1")
                                 .arg(result.fileProblems.isEmpty()
                                          ? result.databaseError.message()
                                          : result.fileProblems.join(QLatin1Char('\n'))));
        return false;
    }
    const ReviewImporter::FileResult &file = result.imported.constFirst();
    if (!file.handedOutTo.isEmpty())
        OwnSheet::remember(file.reviewUuid, file.handedOutTo);
    qint64 id = 0;
    m_host.repository()->findReview(file.reviewUuid, id);
    if (m_host.session() && m_host.session()->reviewId() == id)
        m_host.closeReview();
    m_host.reloadReviews();
    m_host.openReview(id);
    m_host.showStatusMessage(
        file.outcome == ReviewImporter::Outcome::Unchanged
            ? tr("%1 was opened before; nothing in it is new").arg(QDir::toNativeSeparators(path))
            : tr("Review opened from %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

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
    const ReviewSession *session = m_host.session();
    const QString sheet = m_host.workspace()->walk()->sheet();
    ExportMineDialog dialog(review,
                            session && !sheet.isEmpty() ? sheet : review.raters.constFirst().uuid,
                            m_host.dialogParent());
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return false;
    QString problem;
    const std::optional<Rater> rater = RaterExport::findRater(review, dialog.raterUuid(), problem);
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
    const ReviewDocument mine
        = RaterExport::myRatings(review, *rater, RaterExport::Options {dialog.withRecords()});
    problem = ReviewFileIo::write(path, mine);
    if (!problem.isEmpty()) {
        MessageBox::critical(m_host.dialogParent(), tr("Ratings Not Exported"), problem);
        return false;
    }
    const QString saved
        = tr("%1's ratings saved to %2").arg(rater->name, QDir::toNativeSeparators(path));
    // Said whenever the file carries records, so sending them is never a surprise.
    m_host.showStatusMessage(mine.workbook.records.isEmpty() ? saved
                                                             : saved + QLatin1String(" ")
                                     + tr("The file holds %n record row(s) of the record sample.",
                                          nullptr, static_cast<int>(mine.workbook.records.size())));
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
    return !path.isEmpty() && mergeRatingsFrom(path);
}

namespace {
struct FoundConflicts
{
    QList<MergeConflict> conflicts;
    QList<ConflictText> texts;
};

// Every conflict of a merge's files, described for the user in the current language.
FoundConflicts describedConflicts(ReviewRepository &repository,
                                  const RaterFileMerger::Result &result)
{
    FoundConflicts found;
    const QString language = Translator::currentLanguage();
    for (const RaterFileMerger::FileResult &file : result.files) {
        const ReviewDocument &merged = file.merge.merged;
        StorageError error; // without the catalog the texts name ids and keys
        const Instrument *instrument
            = repository.catalog(merged.review.catalogId, merged.review.catalogVersion, error);
        found.conflicts << file.merge.conflicts;
        found.texts << MergeConflictText::describeAll(file.merge.conflicts, merged, instrument,
                                                      language);
    }
    return found;
}

// "2 coach rows and 8 record rows added.", and what a cleared record sample kept out; empty
// when the files brought no workbook rows.
QString workbookSummary(const RaterFileMerger::Result &result)
{
    int coaches = 0;
    int records = 0;
    int notAdded = 0;
    for (const RaterFileMerger::FileResult &file : result.files) {
        coaches += file.merge.addedCoachRows;
        records += file.merge.addedRecordRows;
        notAdded += file.merge.recordsNotAdded;
    }
    QStringList added;
    if (coaches > 0)
        added << ExchangeActions::tr("%n coach row(s)", nullptr, coaches);
    if (records > 0)
        added << ExchangeActions::tr("%n record row(s)", nullptr, records);
    QString text;
    if (added.size() == 2)
        text = ExchangeActions::tr("%1 and %2 added.").arg(added.at(0), added.at(1));
    else if (added.size() == 1)
        text = ExchangeActions::tr("%1 added.").arg(added.at(0));
    if (notAdded > 0)
        text += (text.isEmpty() ? QString() : QStringLiteral(" "))
            + ExchangeActions::tr("%n record row(s) of the file not added: this review's record "
                                  "sample was cleared.",
                                  nullptr, notAdded);
    return text;
}

bool failed(QWidget *parent, const RaterFileMerger::Result &result)
{
    if (result.fileProblems.isEmpty() && !result.databaseError)
        return false;
    MessageBox::critical(parent, ExchangeActions::tr("Ratings Not Merged"),
                         ExchangeActions::tr("Nothing was changed.\n\n%1")
                             .arg(result.fileProblems.isEmpty()
                                      ? result.databaseError.message()
                                      : result.fileProblems.join(QLatin1Char('\n'))));
    return true;
}
} // namespace

bool ExchangeActions::mergeRatingsFrom(const QString &path)
{
    ReviewRepository &repository = *m_host.repository();
    const QString shownPath = QDir::toNativeSeparators(path);
    // First what the merge would do, writing nothing; then the user chooses for every
    // difference, and only then is anything written.
    const RaterFileMerger::Result dryRun = RaterFileMerger::mergeFiles(
        repository, {path}, ConflictPolicy::KeepStored, RaterFileMerger::Mode::DryRun);
    if (failed(m_host.dialogParent(), dryRun))
        return false;
    const FoundConflicts found = describedConflicts(repository, dryRun);
    ConflictResolution resolution = ConflictPolicy::KeepStored;
    if (!found.conflicts.isEmpty()) {
        MergeConflictDialog dialog(found.texts, m_host.dialogParent());
        if (DialogRunner::exec(dialog) != QDialog::Accepted) {
            m_host.showStatusMessage(tr("Nothing was merged from %1").arg(shownPath));
            return false;
        }
        QList<MergeConflict> taken;
        for (const int row : dialog.takenRows())
            taken << found.conflicts.at(row);
        resolution = ConflictResolution::taking(taken);
    }
    const RaterFileMerger::Result result
        = RaterFileMerger::mergeFiles(repository, {path}, resolution);
    if (failed(m_host.dialogParent(), result))
        return false;
    // Show the merged review as it is now stored.
    const qint64 id = result.files.isEmpty() ? 0 : result.files.constFirst().reviewId;
    if (m_host.session() && m_host.session()->reviewId() == id)
        m_host.closeReview();
    m_host.reloadReviews();
    m_host.openReview(id);
    int taken = 0;
    int kept = 0;
    for (const RaterFileMerger::FileResult &file : result.files) {
        taken += file.merge.takenIncoming;
        kept += file.merge.keptStored();
    }
    // A difference that appeared after the dialog (the file or the review changed meanwhile)
    // kept the value here; the user is told which.
    QStringList unseen;
    const FoundConflicts now = describedConflicts(repository, result);
    for (qsizetype i = 0; i < now.conflicts.size(); ++i) {
        if (!found.conflicts.contains(now.conflicts.at(i)))
            unseen << MergeConflictText::line(now.texts.at(i));
    }
    if (!unseen.isEmpty())
        MessageBox::information(
            m_host.dialogParent(), tr("Ratings Merged with Differences"),
            tr("These differences appeared after the choice was made; the values here were "
               "kept:\n\n• %1")
                .arg(unseen.mid(0, 20).join(QStringLiteral("\n• "))));
    const QString rows = workbookSummary(result);
    const QString rowsText = rows.isEmpty() ? QString() : QLatin1Char(' ') + rows;
    if (taken + kept > 0)
        m_host.showStatusMessage(tr("Ratings merged from %1.").arg(shownPath) + QLatin1Char(' ')
                                 + tr("Of %n difference(s): ", nullptr, taken + kept)
                                 + tr("%1 taken from the file, %2 kept here.").arg(taken).arg(kept)
                                 + rowsText);
    else if (result.changed())
        m_host.showStatusMessage(rows.isEmpty()
                                     ? tr("Ratings merged from %1").arg(shownPath)
                                     : tr("Ratings merged from %1.").arg(shownPath) + rowsText);
    else
        m_host.showStatusMessage(tr("Nothing new in %1: it was merged before").arg(shownPath)
                                 + rowsText);
    return true;
}

} // namespace laatu::gui
