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
//
// A file may change the database only as its user would agree to: two files of one import
// may not carry the same review; a full file with no reviewers does not wipe a review's
// reviewers; a final review refuses replacement (an input problem: reopen it first); and what
// a file would do to the sites already here (SiteChangeCheck) is refused or, for a draft's
// site, listed in `siteChanges` and written only with Options::acceptSiteChanges.
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
        // Changes to sites already here that need the user's word ("file: change"). Without
        // Options::acceptSiteChanges they are in fileProblems too and nothing was written.
        QStringList siteChanges;
        // Problems of valid files against what the database holds (a final review's site,
        // the reviewers a file would remove, two files of one review); in fileProblems too.
        QStringList conflicts;
        StorageError databaseError;
        QList<FileResult> imported;
    };
    struct Options
    {
        // The user has seen Result::siteChanges and agrees to them.
        bool acceptSiteChanges = false;
    };

    static Result importFiles(ReviewRepository &repository, const QStringList &paths,
                              const Options &options);
    static Result importFiles(ReviewRepository &repository, const QStringList &paths);
};

} // namespace laatu
