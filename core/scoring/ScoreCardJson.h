#pragma once

#include <QJsonObject>

namespace laatu {

class Instrument;
class ScoreCard;

// The score card as a JSON object, for `laatu-cli score --json` and other tools. Totals that do
// not exist yet (incomplete review) are null; the mean is given as text with two decimals.
class ScoreCardJson
{
public:
    static QJsonObject toJson(const ScoreCard &card, const Instrument &instrument);
};

} // namespace laatu
