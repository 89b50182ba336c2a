#include "RaterFileMerger.h"

#include "exchange/ReviewFileIo.h"
#include "exchange/ReviewValidator.h"
#include "exchange/WorkbookJson.h"
#include "storage/ReviewRepository.h"

#include <QDir>
#include <QHash>

namespace laatu {

bool RaterFileMerger::Result::hasConflicts() const
{
    for (const FileResult &file : files) {
        if (!file.merge.conflicts.isEmpty())
            return true;
    }
    return false;
}

bool RaterFileMerger::Result::changed() const
{
    for (const FileResult &file : files) {
        if (file.merge.changed())
            return true;
    }
    return false;
}

RaterFileMerger::Result RaterFileMerger::mergeFiles(ReviewRepository &repository,
                                                    const QStringList &paths,
                                                    const ConflictResolution &resolution, Mode mode)
{
    Result result;
    QHash<QString, qsizetype> byUuid; // review UUID -> index in `documents`
    QList<ReviewDocument> documents; // the stored reviews, merged file by file
    QList<bool> changed;
    for (const QString &path : paths) {
        const QString native = QDir::toNativeSeparators(path);
        QStringList errors;
        std::optional<ReviewDocument> incoming = ReviewFileIo::read(path, errors);
        qint64 reviewId = 0;
        if (incoming) {
            StorageError error = repository.findReview(incoming->review.uuid, reviewId);
            if (error.code() == StorageError::NotFound) {
                errors << (incoming->onlyRaterUuid.isEmpty()
                               ? tr("review %1 is not in this database; a file with a whole "
                                    "review is brought in with import, not merge")
                                     .arg(incoming->review.uuid)
                               // A one-rater file cannot be imported: the whole review first.
                               : tr("review %1 is not in this database; import the whole review "
                                    "first, then merge this reviewer's file into it")
                                     .arg(incoming->review.uuid));
            } else if (error) {
                result.databaseError = error;
                return result;
            }
        }
        if (incoming && errors.isEmpty() && !byUuid.contains(incoming->review.uuid)) {
            ReviewDocument stored;
            if ((result.databaseError = repository.loadReview(reviewId, stored)))
                return result;
            byUuid.insert(incoming->review.uuid, documents.size());
            documents << stored;
            changed << false;
        }
        if (incoming && errors.isEmpty()) {
            const ReviewDocument &stored = documents.at(byUuid.value(incoming->review.uuid));
            // A file carrying this review's UUID with another review's content (another site,
            // another creation) is not a reviewer's part of this review: merging it would add
            // strangers' ratings to it.
            if (stored.site.uuid != incoming->site.uuid
                || stored.review.createdAt != incoming->review.createdAt) {
                errors << tr("the file's review %1 is a review of site \"%2\" (%3) created %4, "
                             "the review here of site \"%5\" (%6) created %7: they are not "
                             "the same review")
                              .arg(incoming->review.uuid, incoming->site.name, incoming->site.uuid,
                                   incoming->review.createdAt.toString(Qt::ISODate),
                                   stored.site.name, stored.site.uuid,
                                   stored.review.createdAt.toString(Qt::ISODate));
            } else if (stored.review.catalogId != incoming->review.catalogId
                       || stored.review.catalogVersion != incoming->review.catalogVersion) {
                errors << tr("the file was rated against catalog %1 %2, the review here against "
                             "%3 %4; they cannot be merged")
                              .arg(incoming->review.catalogId, incoming->review.catalogVersion,
                                   stored.review.catalogId, stored.review.catalogVersion);
            } else {
                StorageError catalogError;
                const Instrument *instrument = repository.catalog(
                    stored.review.catalogId, stored.review.catalogVersion, catalogError);
                if (catalogError) {
                    result.databaseError = catalogError;
                    return result;
                }
                errors << ReviewValidator::problems(*incoming, *instrument);
            }
        }
        for (const QString &error : errors)
            result.fileProblems << (error.startsWith(native) ? error
                                                             : tr("%1: %2").arg(native, error));
        if (!incoming || !errors.isEmpty())
            continue;
        const qsizetype index = byUuid.value(incoming->review.uuid);
        FileResult file {path, incoming->review.uuid, reviewId,
                         RaterMerge::merge(documents.at(index), *incoming, resolution)};
        // A file the merge refuses (a workbook row in the other table) stops the whole merge,
        // as any other problem of a file does.
        for (const QString &problem : file.merge.problems)
            result.fileProblems << tr("%1: %2").arg(native, problem);
        documents[index] = file.merge.merged;
        changed[index] = changed.at(index) || file.merge.changed();
        result.files << file;
    }
    if (!result.fileProblems.isEmpty())
        return result;
    // The merged review must itself be a valid review (at most 10 reviewers, say).
    QList<ReviewDocument> toWrite;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (!changed.at(i))
            continue;
        ReviewDocument document = documents.at(i);
        // Whole seconds in UTC, as everywhere else.
        document.review.updatedAt = QDateTime::fromString(now, Qt::ISODate);
        if (document.raters.size() > 10) {
            result.fileProblems << tr("review %1 would have more than 10 reviewers after the "
                                      "merge; nothing was merged")
                                       .arg(document.review.uuid);
            return result;
        }
        // As many rows as a review file may carry, so the merged review can still be sent on.
        if (document.workbook.coaches.size() > WorkbookJson::kMaxRows
            || document.workbook.records.size() > WorkbookJson::kMaxRows) {
            result.fileProblems << tr("review %1 would have more than %2 coach or record rows "
                                      "after the merge; nothing was merged")
                                       .arg(document.review.uuid)
                                       .arg(WorkbookJson::kMaxRows);
            return result;
        }
        toWrite << document;
    }
    if (toWrite.isEmpty() || mode == Mode::DryRun)
        return result;
    QList<ReviewRepository::SaveOutcome> outcomes;
    result.databaseError = repository.importReviews(toWrite, outcomes);
    return result;
}

} // namespace laatu
