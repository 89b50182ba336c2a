#pragma once

#include "SiteReviewCache.h"
#include "review/Site.h"
#include "storage/OutboxRepository.h"
#include "storage/ReviewSummary.h"

#include <QTreeWidget>

#include <functional>

namespace laatu {
class Instrument;
}

namespace laatu::gui {

// The sites in the database grouped by wellbeing services county, each with its reviews in
// visit order: date, kind, status (with its publication to the programme), total and level. Sites
// without reviews are listed too; archived sites only when asked. A filter text keeps the sites
// whose county, name or municipality contain it.
class ReviewListPanel : public QTreeWidget
{
    Q_OBJECT

public:
    // Finds the catalog a review was rated against, for its level.
    using CatalogLookup
        = std::function<const Instrument *(const QString &id, const QString &version)>;

    // Up to this many reviews the whole list is read at once and every site shown open;
    // above it, a site's reviews are read when it is opened.
    static constexpr int kOpenSitesUpTo = 300;

    explicit ReviewListPanel(QWidget *parent = nullptr);
    void setContents(const QList<Site> &sites, const QList<ReviewSummary> &reviews,
                     const CatalogLookup &catalogFor);
    // The sites with only their review counts; `loader` reads a site's reviews when needed.
    void setLazyContents(const QList<Site> &sites, const QHash<QString, int> &countsBySite,
                         SiteReviewCache::Loader loader, const CatalogLookup &catalogFor);
    // Reviews only (sites taken from them), for callers without a site list.
    void setReviews(const QList<ReviewSummary> &reviews, const CatalogLookup &catalogFor);
    // One review's line again (after an edit), without rereading the whole list.
    void updateReview(const ReviewSummary &summary);
    // Each review's publication to the programme server, shown beside its status: for every
    // final review when a server is set up, else only for those that have one.
    void setPublications(const QHash<qint64, OutboxRepository::Publication> &publications,
                         bool serverConfigured);
    OutboxRepository::Publication publication(qint64 reviewId) const;
    void setFilterText(const QString &text);
    void setShowArchived(bool show);
    int reviewCount() const { return m_reviews.total(); }
    // The reviews read so far (all of them, for a database of up to kOpenSitesUpTo).
    QList<ReviewSummary> reviews() const { return m_reviews.loaded(); }

    // The review of the current row (0: none) and the site of the current row or review.
    qint64 currentReviewId() const;
    QString currentSiteUuid() const;
    const Site *site(const QString &uuid) const;
    // A review of a site already read (nullptr otherwise).
    const ReviewSummary *review(qint64 id) const;
    // The latest review of the site before `visitStart` other than `reviewUuid`, from the
    // site's reviews (read once; rereading thousands of reviews per open would be slow).
    const ReviewSummary *previousReview(const QString &siteUuid, const QString &reviewUuid,
                                        const QDate &visitStart);
    // Selects the review's row; `siteUuid` names its site when that may not be read yet.
    bool selectReview(qint64 id, const QString &siteUuid = {});
    bool selectSite(const QString &uuid);
    QStringList counties() const;

signals:
    void reviewActivated(qint64 reviewId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // What the rows carry besides their texts.
    static constexpr int kReviewIdRole = Qt::UserRole + 1;
    static constexpr int kSiteUuidRole = Qt::UserRole + 2;
    static constexpr int kFilterTextRole = Qt::UserRole + 3;
    static constexpr int kFilledRole = Qt::UserRole + 4;

    // Shows the kind column only when every column fits the list's width, so that in a narrow
    // dock the date, status, total and level stay readable (the kind is in the date's tooltip).
    void fitColumns();
    void noteRowWidths(const QList<QTreeWidgetItem *> &rows);
    int cellMargin() const;
    void setSites(const QList<Site> &sites);
    void rebuild();
    // A site's review rows are made when the site is first opened: with thousands of reviews
    // the list comes up with its sites at once.
    void fillSite(QTreeWidgetItem *siteItem);
    QTreeWidgetItem *siteItem(const QString &uuid) const;
    void applyFilter();
    void retranslate();
    // The status column's text and tooltip of a review row.
    void showStatusOf(QTreeWidgetItem *row, const ReviewSummary &review) const;

    QList<Site> m_sites;
    QHash<QString, qsizetype> m_siteIndex; // site UUID -> index into m_sites
    SiteReviewCache m_reviews;
    CatalogLookup m_catalogFor;
    QHash<qint64, OutboxRepository::Publication> m_publications;
    bool m_serverConfigured = false;
    QString m_filter;
    bool m_showArchived = false;
    QList<int> m_rowWidths; // widest text per column of the review rows made so far
};

} // namespace laatu::gui
