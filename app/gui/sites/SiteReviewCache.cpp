#include "SiteReviewCache.h"

#include <algorithm>
#include <tuple>

namespace laatu::gui {

void SiteReviewCache::setAll(const QList<ReviewSummary> &reviews)
{
    m_bySite.clear();
    m_loader = {};
    for (const ReviewSummary &review : reviews)
        m_bySite[review.siteUuid] << review;
    m_total = static_cast<int>(reviews.size());
}

void SiteReviewCache::setLazy(int total, Loader loader)
{
    m_bySite.clear();
    m_loader = std::move(loader);
    m_total = total;
}

const QList<ReviewSummary> &SiteReviewCache::reviewsOf(const QString &siteUuid)
{
    auto it = m_bySite.find(siteUuid);
    if (it == m_bySite.end()) {
        QList<ReviewSummary> reviews;
        if (m_loader)
            reviews = m_loader(siteUuid);
        it = m_bySite.emplace(siteUuid, std::move(reviews)).first;
    }
    return it->second;
}

const QList<ReviewSummary> &SiteReviewCache::loadedOf(const QString &siteUuid) const
{
    static const QList<ReviewSummary> none;
    const auto it = m_bySite.find(siteUuid);
    return it == m_bySite.end() ? none : it->second;
}

const ReviewSummary *SiteReviewCache::find(qint64 id) const
{
    for (const auto &[site, reviews] : m_bySite)
        for (const ReviewSummary &review : reviews)
            if (review.id == id)
                return &review;
    return nullptr;
}

bool SiteReviewCache::update(const ReviewSummary &summary)
{
    const auto it = m_bySite.find(summary.siteUuid);
    if (it == m_bySite.end())
        return false;
    for (ReviewSummary &review : it->second)
        if (review.id == summary.id) {
            if (review.visitStart != summary.visitStart)
                return false; // the site's reviews are in visit order: the list is read again
            review = summary;
            return true;
        }
    return false;
}

QList<QPair<QString, QString>> SiteReviewCache::catalogsInUse() const
{
    QList<QPair<QString, QString>> catalogs;
    for (const auto &[site, reviews] : m_bySite)
        for (const ReviewSummary &review : reviews)
            if (const QPair<QString, QString> catalog {review.catalogId, review.catalogVersion};
                !catalogs.contains(catalog))
                catalogs << catalog;
    return catalogs;
}

QList<ReviewSummary> SiteReviewCache::loaded() const
{
    QList<ReviewSummary> all;
    for (const auto &[site, reviews] : m_bySite)
        all << reviews;
    // As the repository lists them: by county, site and visit.
    std::stable_sort(all.begin(), all.end(), [](const ReviewSummary &a, const ReviewSummary &b) {
        return std::tie(a.county, a.siteName, a.visitStart, a.id)
            < std::tie(b.county, b.siteName, b.visitStart, b.id);
    });
    return all;
}

} // namespace laatu::gui
