#include "BandCoverage.h"

#include <algorithm>

namespace laatu {

namespace {
bool lowerComesFirst(const Band &a, const Band &b)
{
    if (!a.lower)
        return b.lower.has_value();
    if (!b.lower)
        return false;
    if (a.lower->value != b.lower->value)
        return a.lower->value < b.lower->value;
    return a.lower->inclusive && !b.lower->inclusive;
}
} // namespace

QStringList BandCoverage::problems(QList<Band> bands)
{
    QStringList found;
    if (bands.isEmpty()) {
        found << tr("there are no bands");
        return found;
    }
    for (const Band &band : bands) {
        if (band.lower && band.upper
            && (band.lower->value > band.upper->value
                || (band.lower->value == band.upper->value
                    && !(band.lower->inclusive && band.upper->inclusive)))) {
            found << tr("the band for rating %1 is empty (from %2 to %3)")
                         .arg(band.rating)
                         .arg(band.lower->value.toString(), band.upper->value.toString());
        }
    }
    std::stable_sort(bands.begin(), bands.end(), lowerComesFirst);
    if (bands.first().lower) {
        found << tr("values below %1 fall into no band").arg(bands.first().lower->value.toString());
    }
    if (bands.last().upper) {
        found << tr("values above %1 fall into no band").arg(bands.last().upper->value.toString());
    }
    for (int i = 1; i < bands.size(); ++i) {
        const Band &before = bands.at(i - 1);
        const Band &after = bands.at(i);
        if (!before.upper || !after.lower) {
            found << tr("the bands for ratings %1 and %2 overlap")
                         .arg(before.rating)
                         .arg(after.rating);
            continue;
        }
        const ExactNumber &end = before.upper->value;
        const ExactNumber &start = after.lower->value;
        if (end < start) {
            found << tr("the bands for ratings %1 and %2 leave a gap between %3 and %4")
                         .arg(before.rating)
                         .arg(after.rating)
                         .arg(end.toString(), start.toString());
        } else if (end > start) {
            found << tr("the bands for ratings %1 and %2 overlap between %3 and %4")
                         .arg(before.rating)
                         .arg(after.rating)
                         .arg(start.toString(), end.toString());
        } else if (before.upper->inclusive && after.lower->inclusive) {
            found << tr("the bands for ratings %1 and %2 both include %3")
                         .arg(before.rating)
                         .arg(after.rating)
                         .arg(end.toString());
        } else if (!before.upper->inclusive && !after.lower->inclusive) {
            found << tr("the value %3 falls between the bands for ratings %1 and %2")
                         .arg(before.rating)
                         .arg(after.rating)
                         .arg(end.toString());
        }
    }
    return found;
}

} // namespace laatu
