#include "SiteChangeCheck.h"

#include "storage/ReviewRepository.h"
#include "storage/SiteRepository.h"
#include "text/TextRules.h"

#include <QDir>
#include <QHash>

namespace laatu {

namespace {
QString quoted(const QString &text)
{
    // The stored side may predate the text rules: never a raw control character in a message.
    return QStringLiteral("\"%1\"").arg(TextRules::oneLine(text));
}

QString siteLabel(const Site &site)
{
    return SiteChangeCheck::tr("site %1 (%2)").arg(quoted(site.name), site.uuid);
}
} // namespace

QStringList SiteChangeCheck::differences(const Site &stored, const Site &incoming)
{
    QStringList result;
    const auto compare = [&](const QString &field, const QString &before, const QString &after) {
        if (before != after)
            result << tr("%1 %2 → %3").arg(field, quoted(before), quoted(after));
    };
    compare(tr("name"), stored.name, incoming.name);
    compare(tr("organisation"), stored.organisation, incoming.organisation);
    compare(tr("unit"), stored.unit, incoming.unit);
    compare(tr("municipality"), stored.municipality, incoming.municipality);
    compare(tr("county"), stored.county, incoming.county);
    if (stored.archived != incoming.archived)
        result << (incoming.archived ? tr("archived") : tr("no longer archived"));
    return result;
}

StorageError SiteChangeCheck::inspect(ReviewRepository &repository,
                                      const QList<ReviewDocument> &documents,
                                      const QStringList &paths, Findings &findings)
{
    SiteRepository sites(repository.database());
    QHash<QString, qsizetype> firstWithSite; // site UUID -> index of the first document
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const ReviewDocument &document = documents.at(i);
        const QString native = QDir::toNativeSeparators(paths.at(i));
        const auto refuse = [&](const QString &problem) {
            findings.refused << tr("%1: %2").arg(native, problem);
        };
        const auto confirm = [&](const QString &change) {
            findings.toConfirm << tr("%1: %2").arg(native, change);
        };

        // Within one import, every file must tell the same story about a site.
        if (const auto it = firstWithSite.constFind(document.site.uuid);
            it != firstWithSite.constEnd()) {
            const QStringList differ = differences(documents.at(*it).site, document.site);
            if (!differ.isEmpty())
                refuse(tr("it gives site %1 other details than %2 (%3); import them one at a "
                          "time")
                           .arg(document.site.uuid, QDir::toNativeSeparators(paths.at(*it)),
                                differ.join(QStringLiteral(", "))));
        } else {
            firstWithSite.insert(document.site.uuid, i);
        }

        // A review that is already here stays at its site unless the user agrees.
        qint64 reviewId = 0;
        StorageError error = repository.findReview(document.review.uuid, reviewId);
        if (error && error.code() != StorageError::NotFound)
            return error;
        if (!error) {
            ReviewDocument stored;
            if ((error = repository.loadReview(reviewId, stored)))
                return error;
            if (stored.site.uuid != document.site.uuid) {
                const QString move
                    = tr("review %1 is here a review of %2; the file makes it a review of %3")
                          .arg(document.review.uuid, siteLabel(stored.site),
                               siteLabel(document.site));
                if (stored.review.status == ReviewStatus::Final)
                    refuse(tr("%1, but the review is final here (reopen it first)").arg(move));
                else
                    confirm(move);
            }
        }

        // A site that is already here keeps its details unless the user agrees; a site with a
        // final review keeps them, full stop.
        Site storedSite;
        bool found = false;
        int finalReviews = 0;
        if ((error = sites.findSite(document.site.uuid, storedSite, found, finalReviews)))
            return error;
        if (!found)
            continue;
        const QStringList differ = differences(storedSite, document.site);
        if (differ.isEmpty())
            continue;
        const QString change = tr("the file changes %1: %2")
                                   .arg(siteLabel(storedSite), differ.join(QStringLiteral(", ")));
        if (finalReviews > 0)
            refuse(tr("%1, but the site has %n final review(s) here, which lock its details "
                      "(reopen them first, or change the site here)",
                      nullptr, finalReviews)
                       .arg(change));
        else
            confirm(change);
    }
    return {};
}

} // namespace laatu
