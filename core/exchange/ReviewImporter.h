#pragma once

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace laatu {

class ReviewRepository;

// Imports review files: every file is read and validated (format, catalog, values) before
// anything is written, then each review is written in one transaction. A review already
// present with the same content is left alone. A one-rater file (ReviewDocument::onlyRaterUuid)
// is refused like a broken one: it is merged (RaterFileMerger), never imported.
class ReviewImporter
{
    Q_DECLARE_TR_FUNCTIONS(ReviewImporter)

public:
    enum class Outcome { Added, Replaced, Unchanged };
    struct FileResult
    {
        QString path;
        QString reviewUuid;
        Outcome outcome = Outcome::Added;
        // The reviewer a hand-out file was for (its "handedOutTo"), else empty.
        QString handedOutTo;
    };
    struct Result
    {
        QStringList fileProblems; // "file: problem"; when set, nothing was written
        StorageError databaseError;
        QList<FileResult> imported;
    };

    static Result importFiles(ReviewRepository &repository, const QStringList &paths);
};

} // namespace laatu
