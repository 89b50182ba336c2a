#pragma once

#include <QDate>

#include <optional>

namespace laatu {

// What a site achieved over a period, entered by hand: people coached and how many of them
// were in competitive work. Fidelity matters because it predicts this employment rate, so it
// is shown beside the site's fidelity trend.
struct SiteOutcome
{
    QDate periodStart;
    QDate periodEnd;
    int coached = 0;
    int employed = 0;

    // The share 0..1 of coached people in competitive work; none when nobody was coached.
    std::optional<double> employmentRate() const
    {
        return coached > 0 ? std::optional<double>(double(employed) / coached) : std::nullopt;
    }
    friend bool operator==(const SiteOutcome &, const SiteOutcome &) = default;
};

} // namespace laatu
