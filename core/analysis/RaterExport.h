#pragma once

#include "review/ReviewDocument.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace laatu {

// "My ratings": the part of a review one reviewer brings back from rating on their own
// laptop. The document is a review file (same review and site UUIDs, same header) holding that
// reviewer, their own ratings and the evidence (notes, numbers, element checks), without the
// consensus, findings and actions, and marked as a one-rater file (onlyRaterUuid, file member
// "onlyRater"). The lead reviewer brings it in with RaterMerge (laatu-cli merge); the marker
// makes ReviewImporter refuse it, as an import would replace the whole review with this part.
//
// Of the evidence workbook it carries the rows this reviewer filled and the shared ones (no
// reviewer named): the coach rows always, the record rows only when `withRecords` is chosen.
// The record sample is the most sensitive data Laatu holds, so by default not one record code
// leaves the laptop. Rows another reviewer filled stay out: they are that reviewer's to send,
// and a one-rater file names no other reviewer for them to belong to.
class RaterExport
{
    Q_DECLARE_TR_FUNCTIONS(RaterExport)

public:
    struct Options
    {
        bool withRecords = false; // the record rows too (the user chose to send them)
    };

    // The rater by UUID or name, as RaterLookup::find.
    static std::optional<Rater> findRater(const ReviewDocument &review, const QString &nameOrUuid,
                                          QString &error);
    // Without the record rows.
    static ReviewDocument myRatings(const ReviewDocument &review, const Rater &rater);
    static ReviewDocument myRatings(const ReviewDocument &review, const Rater &rater,
                                    const Options &options);
    // The record rows myRatings() carries with `withRecords`: this reviewer's and the shared.
    static int recordRowsOf(const ReviewDocument &review, const QString &raterUuid);
};

} // namespace laatu
