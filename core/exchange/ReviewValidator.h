#pragma once

#include "instrument/Instrument.h"
#include "review/ReviewDocument.h"

#include <QCoreApplication>
#include <QStringList>

namespace laatu {

// Checks a review against the catalog it names: criteria, ratings within the scale, evidence
// sources, inputs and elements the catalog defines, and no duplicates. One message per problem.
class ReviewValidator
{
    Q_DECLARE_TR_FUNCTIONS(ReviewValidator)

public:
    static QStringList problems(const ReviewDocument &document, const Instrument &instrument);
    // The workbook's rows against the catalog's fields: declared, each value of its type.
    static QStringList workbookProblems(const ReviewDocument &document,
                                        const Instrument &instrument);
};

} // namespace laatu
