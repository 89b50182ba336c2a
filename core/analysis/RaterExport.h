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
class RaterExport
{
    Q_DECLARE_TR_FUNCTIONS(RaterExport)

public:
    // The rater by UUID or name, as RaterLookup::find.
    static std::optional<Rater> findRater(const ReviewDocument &review, const QString &nameOrUuid,
                                          QString &error);
    static ReviewDocument myRatings(const ReviewDocument &review, const Rater &rater);
};

} // namespace laatu
