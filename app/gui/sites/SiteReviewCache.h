#pragma once

#include "storage/ReviewSummary.h"

#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <map>

namespace laatu::gui {

// The review list's reviews, per site: all of them at once for a small database, or a site's
// reviews read when they are first needed, so that start-up does not grow with the history. A
// site's list is read once and kept in place (pointers into it stay valid while other sites are
// read).
class SiteReviewCache
{
public:
    // Reads one site's reviews in visit order.
    using Loader = std::function<QList<ReviewSummary>(const QString &siteUuid)>;

    // Every review known now.
    void setAll(const QList<ReviewSummary> &reviews);
    // Only how many there are; `loader` reads a site's reviews when they are first needed.
    void setLazy(int total, Loader loader);

    int total() const { return m_total; }
    // The site's reviews, read now if they were not yet.
    const QList<ReviewSummary> &reviewsOf(const QString &siteUuid);
    bool isLoaded(const QString &siteUuid) const { return m_bySite.count(siteUuid) > 0; }
    // The site's reviews if they were read, else none (nothing is read).
    const QList<ReviewSummary> &loadedOf(const QString &siteUuid) const;
    // A review already read (nullptr when its site was not read yet).
    const ReviewSummary *find(qint64 id) const;
    // Replaces a review already read by `summary` (after an edit); false when not read.
    // Replaces a read review's summary when it keeps its place (the same visit date); false
    // when the site was not read, the review is not there or it would move.
    bool update(const ReviewSummary &summary);
    // The catalogs (id, version) the reviews read so far were rated against, each once.
    QList<QPair<QString, QString>> catalogsInUse() const;
    // The reviews read so far, by county, site and visit.
    QList<ReviewSummary> loaded() const;

private:
    std::map<QString, QList<ReviewSummary>> m_bySite;
    Loader m_loader;
    int m_total = 0;
};

} // namespace laatu::gui
