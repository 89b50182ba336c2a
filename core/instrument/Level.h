#pragma once

#include "LocalizedText.h"

#include <QString>

namespace laatu {

// A fidelity level: reached when the total of a complete review is at least minTotal (and
// below the next level's minimum). Levels are data so another instrument can define its own.
struct Level
{
    QString key; // "exemplary", "good", "fair", "not-ips"
    int minTotal = 0;
    LocalizedText name;
    LocalizedText description;
};

} // namespace laatu
