#pragma once

#include <QString>

#include <optional>

class QDate;

namespace laatu::gui {

// The short texts the analysis views show for dates, ratings, means and shares, in the
// user's locale, so the tables, the charts and the summaries write them the same way.
class AnalysisText
{
public:
    static QString date(const QDate &date);
    // "–" for no rating.
    static QString rating(const std::optional<int> &rating);
    // A mean kept in hundredths, with two decimals; "–" for none.
    static QString mean(const std::optional<int> &hundredths);
    // A share of 1 as a whole percent: "35 %".
    static QString percent(double share);
};

} // namespace laatu::gui
