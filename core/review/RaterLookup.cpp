#include "RaterLookup.h"

#include <QStringList>

namespace laatu {

std::optional<Rater> RaterLookup::find(const ReviewDocument &review, const QString &nameOrUuid,
                                       QString &error)
{
    const QString wanted = nameOrUuid.trimmed();
    for (const Rater &rater : review.raters) {
        if (rater.uuid == wanted.toLower())
            return rater;
    }
    QList<Rater> byName;
    for (const Rater &rater : review.raters) {
        if (rater.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            byName << rater;
    }
    if (byName.size() == 1)
        return byName.constFirst();
    QStringList known;
    for (const Rater &rater : review.raters)
        known << QStringLiteral("%1 (%2)").arg(rater.name, rater.uuid);
    if (byName.isEmpty())
        error = review.raters.isEmpty()
            ? tr("The review %1 has no reviewers yet.").arg(review.review.uuid)
            : tr("The review %1 has no reviewer \"%2\"; its reviewers are: %3.")
                  .arg(review.review.uuid, wanted, known.join(QStringLiteral(", ")));
    else
        error = tr("Several reviewers of review %1 are called \"%2\"; give the UUID instead: %3.")
                    .arg(review.review.uuid, wanted, known.join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace laatu
