#pragma once

#include "ReviewDocument.h"

#include <QCoreApplication>
#include <QStringList>

namespace laatu {

// Applies TextRules to every text of a review: the site's and reviewers' names and who does
// an action are names; notes, reasons, findings and what an action is are notes; ids and keys
// are held to the name rule too, so no field of a review can carry a control character.
class ReviewTextCheck
{
    Q_DECLARE_TR_FUNCTIONS(ReviewTextCheck)

public:
    // One message per field that breaks its rule, naming where it is and the field
    // ("site: \"name\" holds the control character U+001B at character 4").
    static QStringList problems(const ReviewDocument &document);
    static QStringList siteProblems(const Site &site);
    // The review with every character its fields may not hold replaced by U+FFFD, for
    // documents (PDF, CSV): a review stored before these rules prints harmlessly.
    static ReviewDocument printable(ReviewDocument document);
};

} // namespace laatu
