#include "RatingList.h"

namespace laatu::cli {

std::optional<RatingSheet> RatingList::parse(const QString &text, const Instrument &instrument,
                                             const QString &raterName, QString &error)
{
    const QStringList values = text.split(QLatin1Char(','));
    const auto &criteria = instrument.criteria();
    if (values.size() != criteria.size()) {
        error = tr("expected %1 ratings separated by commas (one per criterion in catalog order, "
                   "- for not rated), got %2")
                    .arg(criteria.size())
                    .arg(values.size());
        return std::nullopt;
    }
    RatingSheet sheet(raterName);
    for (int i = 0; i < values.size(); ++i) {
        const QString value = values.at(i).trimmed();
        if (value == QLatin1String("-"))
            continue;
        bool ok = false;
        const int rating = value.toInt(&ok);
        if (!ok || rating < instrument.ratingMin() || rating > instrument.ratingMax()) {
            error = tr("rating %1 (%2) is \"%3\"; use a whole number %4-%5 or - for not rated")
                        .arg(i + 1)
                        .arg(criteria.at(i).id, value)
                        .arg(instrument.ratingMin())
                        .arg(instrument.ratingMax());
            return std::nullopt;
        }
        sheet.setRating(criteria.at(i).id, rating);
    }
    return sheet;
}

} // namespace laatu::cli
