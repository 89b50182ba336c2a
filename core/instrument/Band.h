#pragma once

#include "ExactNumber.h"

#include <optional>

namespace laatu {

// One edge of a numeric band: the value and whether the value itself belongs to the band.
struct BandEdge
{
    ExactNumber value;
    bool inclusive = false;
};

// A numeric band of a suggestion rule, e.g. "20 < r <= 25 -> 4". A missing edge is unbounded.
struct Band
{
    int rating = 0;
    std::optional<BandEdge> lower;
    std::optional<BandEdge> upper;

    bool contains(const ExactNumber &value) const
    {
        if (lower && (value < lower->value || (value == lower->value && !lower->inclusive)))
            return false;
        if (upper && (value > upper->value || (value == upper->value && !upper->inclusive)))
            return false;
        return true;
    }
};

} // namespace laatu
