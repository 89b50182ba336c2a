#pragma once

#include "RaterMerge.h"

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace laatu {

class ReviewRepository;

// Merges reviewers' "my ratings" files into the database: every file is read and checked
// (format, catalog, values, the review must exist here and use the same catalog) before
// anything is written; then the reviews are merged in memory (several files for one review in
// the order given) and written in one transaction through ReviewRepository, which keeps final
// reviews locked and logs changes after a reopen.
class RaterFileMerger
{
    Q_DECLARE_TR_FUNCTIONS(RaterFileMerger)

public:
    struct FileResult
    {
        QString path;
        QString reviewUuid;
        qint64 reviewId = 0;
        MergeResult merge; // against the review as the files before this one left it
    };
    struct Result
    {
        QStringList fileProblems; // "file: problem"; when set, nothing was written
        StorageError databaseError; // when set, nothing was written
        QList<FileResult> files; // in the order given
        bool hasConflicts() const;
        bool changed() const;
    };

    enum class Mode {
        Write, // merge and write, in one transaction
        DryRun, // check and merge in memory only: what a merge would do, nothing written
    };

    // `resolution` says which conflicts take the file's value (a policy for all of them, or
    // the ones a person chose after a dry run); the others keep the stored value.
    static Result mergeFiles(ReviewRepository &repository, const QStringList &paths,
                             const ConflictResolution &resolution, Mode mode = Mode::Write);
};

} // namespace laatu
