#pragma once

#include "ReviewListModel.h"
#include "review/Site.h"
#include "storage/OutboxRepository.h"
#include "storage/ReviewSummary.h"

#include <QSet>
#include <QTreeView>

namespace laatu::gui {

// The sites in the database grouped by wellbeing services county, each with its reviews in
// visit order: date, kind, status (with its publication to the programme), total and level. Sites
// without reviews are listed too; archived sites only when asked. A filter text keeps the sites
// whose county, name, municipality or unit contain it. A view of ReviewListModel: rows of the
// same height, county and site rows spanning the columns (set once per contents), columns of
// fixed widths from the texts they can hold, and a site's reviews read when it is opened.
class ReviewListPanel : public QTreeView
{
    Q_OBJECT

public:
    using CatalogLookup = ReviewListModel::CatalogLookup;
    using ListedSite = ReviewListModel::ListedSite;

    // Up to this many reviews the whole list is read at once and every site shown open;
    // above it, a site's reviews are read when it is opened.
    static constexpr int kOpenSitesUpTo = 300;

    explicit ReviewListPanel(QWidget *parent = nullptr);
    // The sites in list order, as ReviewListQueries::readListing gives them.
    void setContents(const QList<ListedSite> &sites, const QList<ReviewSummary> &reviews,
                     const CatalogLookup &catalogFor);
    // The sites only; `loader` reads a site's reviews when needed, `counter` counts them for
    // the site's tooltip.
    void setLazyContents(const QList<ListedSite> &sites, int total, SiteReviewCache::Loader loader,
                         ReviewListModel::Counter counter, const CatalogLookup &catalogFor);
    // One review's line again (after an edit), without rereading the whole list; false when
    // the list must be read again (the review is not shown, or would move).
    bool updateReview(const ReviewSummary &summary);
    // Each review's publication to the programme server, shown beside its status: for every
    // final review when a server is set up, else only for those that have one.
    void setPublications(const QHash<qint64, OutboxRepository::Publication> &publications,
                         bool serverConfigured);
    OutboxRepository::Publication publication(qint64 reviewId) const;
    void setFilterText(const QString &text);
    void setShowArchived(bool show);
    int reviewCount() const { return m_model->reviews().total(); }
    // The reviews read so far (all of them, for a database of up to kOpenSitesUpTo).
    QList<ReviewSummary> reviews() const { return m_model->reviews().loaded(); }
    ReviewListModel *listModel() const { return m_model; }

    // The review of the current row (0: none) and the site of the current row or review.
    qint64 currentReviewId() const;
    QString currentSiteUuid() const;
    // Whether the current row is hidden (by the filter, or an archived site's).
    bool isCurrentRowHidden() const;
    // The site with every field (read for all sites when first asked for).
    const Site *site(const QString &uuid) const;
    // The site as the rows show it: id, uuid, name, county, archived; nothing else is read.
    const Site *listedSite(const QString &uuid) const;
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
    // The current row changed (the actions that depend on it follow).
    void currentRowChanged();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    // Expands, spans and hides the rows of new contents, and selects again what was chosen.
    void showContents(qint64 selectedReview, const QString &selectedSite);
    // Shows the kind column only when every column fits the list's width, so that in a narrow
    // dock the date, status, total and level stay readable (the kind is in the date's tooltip).
    void fitColumns();
    // The widths the columns need for any text they can show, measured once (not per row:
    // a view that sizes columns to their contents shapes every row's text at each layout).
    void measureColumns();
    void applyFilter();
    void retranslate();
    // County and site rows span every column. Only the rows on screen (and a screen more) are
    // told to the view, as they come into sight: each span is a persistent index the view
    // keeps, and spanning 4,000 sites at start cost a tenth of the window's start.
    void spanRowsInSight();

    ReviewListModel *m_model;
    QString m_filter;
    bool m_showArchived = false;
    QList<bool> m_siteHidden; // per site position, as the view was told
    QList<bool> m_siteSpanned; // per site position, whether the view was told it spans
    QSet<QString> m_openSites; // sites the user opened, kept open when the contents change
    QList<int> m_columnWidths; // from measureColumns; empty until measured
    bool m_iconsMeasured = false; // whether m_columnWidths counted a status icon
};

} // namespace laatu::gui
