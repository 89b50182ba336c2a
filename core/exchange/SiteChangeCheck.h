#pragma once

#include "storage/StorageError.h"

#include "review/ReviewDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace laatu {

class ReviewRepository;

// What importing review files would do to the sites already in the database. A review file
// names its site by UUID and carries the site's details, so without this check a file could
// rename another site or move a review to another site without a word. Findings come in two
// kinds:
//  - refused: a final review would move, or a site with a final review would change (a final
//    review's site is as locked as the review: reopen it first); two files of one import that
//    disagree about a site's details;
//  - to confirm: a draft review moving to another site, a site's details changing. The user
//    is shown each and must agree (laatu-cli import --accept-site-changes) before anything is
//    written.
class SiteChangeCheck
{
    Q_DECLARE_TR_FUNCTIONS(SiteChangeCheck)

public:
    struct Findings
    {
        QStringList refused; // "file: problem"
        QStringList toConfirm; // "file: change"
    };

    // `paths` names the file of each document (same order).
    static StorageError inspect(ReviewRepository &repository,
                                const QList<ReviewDocument> &documents, const QStringList &paths,
                                Findings &findings);

    // The differences between two versions of a site's details, one phrase each
    // ("name \"A\" → \"B\""); empty when they are the same.
    static QStringList differences(const Site &stored, const Site &incoming);
};

} // namespace laatu
