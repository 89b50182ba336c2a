#pragma once

#include "review/ReviewDocument.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace laatu {

// The hand-off to a co-reviewer: a review file with the review's frame (site, visit, catalog,
// the reviewers, and the shared evidence figures and checklists if the lead chooses) and
// nothing anyone has rated or written: no reviewer's ratings, no consensus, no notes, findings
// or actions. IPS reviewers rate independently before they agree, so the co-reviewer must not
// see the lead's sheet. The file carries the top-level member "handedOutTo" (the co-reviewer's
// UUID), so the co-reviewer's laptop opens the review on their own sheet, and an import never
// replaces ratings already made there.
class HandOut
{
    Q_DECLARE_TR_FUNCTIONS(HandOut)

public:
    static constexpr auto kHandedOutToKey = "handedOutTo";

    struct Options
    {
        // The figures (numbers) and checklists (element checks) gathered so far travel too:
        // they are shared evidence, not anyone's rating.
        bool shareEvidence = false;
    };

    // The frame of `review` for the reviewer named `raterNameOrUuid` (name or UUID). Refused,
    // with `problem` saying why, when there is no such reviewer or the review is final.
    static std::optional<ReviewDocument> forCoReviewer(const ReviewDocument &review,
                                                       const QString &raterNameOrUuid,
                                                       const Options &options, QString &problem);

    // Reads the "handedOutTo" member of a review file into `result` and returns what is wrong
    // with it: a hand-out file holds that reviewer among its reviewers and nothing rated or
    // written, and is a draft. Files without the member give no problems.
    static QStringList readMarker(const QJsonObject &root, ReviewDocument &result);
};

} // namespace laatu
