#pragma once

#include "storage/ReviewSummary.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <map>

namespace laatu::gui {

// The review list's reviews, per site: all of them at once for a small database, or only the
// counts per site and a site's reviews read when it is first shown, so that start-up does not
// grow with the history. A site's list is read once and kept in place (pointers into it stay
// valid while other sites are read).
class SiteReviewCache
{
public:
    // Reads one site's reviews in visit order.
    using Loader = std::function<QList<ReviewSummary>(const QString &siteUuid)>;

    // Every review known now.
    void setAll(const QList<ReviewSummary> &reviews);
    // Only the counts; `loader` reads a site's reviews when they are first needed.
    void setLazy(const QHash<QString, int> &countsBySite, Loader loader);

    int total() const { return m_total; }
    int count(const QString &siteUuid) const;
    // The site's reviews, read now if they were not yet.
    const QList<ReviewSummary> &reviewsOf(const QString &siteUuid);
    bool isLoaded(const QString &siteUuid) const { return m_bySite.count(siteUuid) > 0; }
    // A review already read (nullptr when its site was not read yet).
    const ReviewSummary *find(qint64 id) const;
    // Replaces a review already read by `summary` (after an edit); false when not read.
    bool update(const ReviewSummary &summary);
    // The reviews read so far, by county, site and visit.
    QList<ReviewSummary> loaded() const;

private:
    std::map<QString, QList<ReviewSummary>> m_bySite;
    QHash<QString, int> m_counts; // lazy only: the sites' counts
    Loader m_loader;
    int m_total = 0;
};

} // namespace laatu::gui
