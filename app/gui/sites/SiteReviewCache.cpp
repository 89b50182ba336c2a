#include "SiteReviewCache.h"

#include <algorithm>
#include <tuple>

namespace laatu::gui {

void SiteReviewCache::setAll(const QList<ReviewSummary> &reviews)
{
    m_bySite.clear();
    m_counts.clear();
    m_loader = {};
    for (const ReviewSummary &review : reviews)
        m_bySite[review.siteUuid] << review;
    m_total = static_cast<int>(reviews.size());
}

void SiteReviewCache::setLazy(const QHash<QString, int> &countsBySite, Loader loader)
{
    m_bySite.clear();
    m_counts = countsBySite;
    m_loader = std::move(loader);
    m_total = 0;
    for (const int count : countsBySite)
        m_total += count;
}

int SiteReviewCache::count(const QString &siteUuid) const
{
    if (const auto it = m_bySite.find(siteUuid); it != m_bySite.end())
        return static_cast<int>(it->second.size());
    return m_counts.value(siteUuid);
}

const QList<ReviewSummary> &SiteReviewCache::reviewsOf(const QString &siteUuid)
{
    auto it = m_bySite.find(siteUuid);
    if (it == m_bySite.end()) {
        QList<ReviewSummary> reviews;
        if (m_loader && m_counts.value(siteUuid) > 0)
            reviews = m_loader(siteUuid);
        it = m_bySite.emplace(siteUuid, std::move(reviews)).first;
    }
    return it->second;
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
            review = summary;
            return true;
        }
    return false;
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
