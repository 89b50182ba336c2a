#pragma once

#include <QStringList>

namespace laatu {

class ReportStrings;
struct Criterion;
struct ReviewDocument;

// The evidence behind one criterion, in brief, for the criteria table: the numbers collected
// and the value they give, how many elements are present, which sources have notes. The
// notes' text is not here: it goes into the report only when chosen.
class ReportEvidence
{
public:
    static QStringList summarize(const Criterion &criterion, const ReviewDocument &review,
                                 const QList<QString> &sourceNames, const ReportStrings &strings);
};

} // namespace laatu
