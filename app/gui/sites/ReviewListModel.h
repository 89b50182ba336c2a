#pragma once

#include "SiteReviewCache.h"
#include "storage/OutboxRepository.h"
#include "storage/ReviewListQueries.h"

#include <QAbstractItemModel>
#include <QHash>

#include <functional>

namespace laatu {
class Instrument;
}

namespace laatu::gui {

// The review list's rows: wellbeing services counties, their sites, and each site's reviews in
// visit order (date, kind, status with its publication to the programme, total, level). A
// site's reviews become rows only when the view asks for them (canFetchMore/fetchMore, when it
// is opened), and every text is made when it is shown, so a programme of 4,000 sites comes up
// with 4,000 small rows and no review read. Sites are sorted by county and name as the user's
// locale sorts text.
class ReviewListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    // Finds the catalog a review was rated against, for its level.
    using CatalogLookup
        = std::function<const Instrument *(const QString &id, const QString &version)>;
    // How many reviews a site has, for its tooltip (asked only of a site not read yet).
    using Counter = std::function<int(const Site &site)>;
    using ListedSite = ReviewListQueries::ListedSite;
    // Reads the organisation, unit and municipality of the listed sites (false: it failed and
    // said so); the first frame shows none of them.
    using Completer = std::function<bool(QList<ListedSite> &sites)>;

    enum Column { VisitColumn, KindColumn, StatusColumn, TotalColumn, LevelColumn, ColumnCount };
    // What the rows carry besides their texts (any column of a row answers them).
    enum Role { ReviewIdRole = Qt::UserRole + 1, SiteUuidRole = Qt::UserRole + 2 };

    explicit ReviewListModel(QObject *parent = nullptr);

    // Every review known now: each site's rows are there from the start. The sites come in
    // list order (ReviewListQueries::readListing sorts them).
    void setContents(const QList<ListedSite> &sites, const QList<ReviewSummary> &reviews,
                     const CatalogLookup &catalogFor);
    // Only the sites: `loader` reads a site's reviews when it is opened.
    void setLazyContents(const QList<ListedSite> &sites, int total, SiteReviewCache::Loader loader,
                         Counter counter, const CatalogLookup &catalogFor);
    // After an edit: the review's row again, if its site was read and the row keeps its place
    // (else false: the caller reads the list again).
    bool updateReview(const ReviewSummary &summary);
    void setCompleter(Completer completer) { m_completer = std::move(completer); }
    // The sites' every field, read once per contents when first needed (the filter, a site's
    // dialogs); false when they could not be read.
    bool completeSites();
    void setPublications(const QHash<qint64, OutboxRepository::Publication> &publications,
                         bool serverConfigured);
    OutboxRepository::Publication publication(qint64 reviewId) const;
    // Whether a status has an icon (or the blank one) beside it: a column's width depends on it.
    bool publicationIconsInUse() const { return m_serverConfigured || !m_publications.isEmpty(); }
    // Every text the level column can show for the reviews read so far (for its width).
    QStringList levelTexts() const;
    // The texts follow the language: every shown row is asked again.
    void retranslate();

    SiteReviewCache &reviews() { return m_reviews; }
    const SiteReviewCache &reviews() const { return m_reviews; }
    int siteCount() const { return int(m_sites.size()); }
    const ListedSite &siteAt(int position) const { return m_sites.at(position); }
    // The position of a site in county and name order (-1: none).
    int sitePosition(const QString &uuid) const { return m_sitePositions.value(uuid, -1); }
    QModelIndex siteIndex(int position) const;
    QModelIndex reviewIndex(qint64 reviewId, const QString &siteUuid) const;
    // Makes the site's review rows now (as fetchMore does).
    void fetchSite(int position);
    bool isFetched(int position) const { return m_fetched.at(position); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct County
    {
        QString name;
        int firstSite = 0; // position of its first site
        int sites = 0;
    };
    enum class Level { County, Site, Review };

    void setSites(const QList<ListedSite> &sites);
    Level levelOf(const QModelIndex &index) const;
    // The site of a site row or of a review row.
    int sitePositionOf(const QModelIndex &index) const;
    QVariant countyData(const QModelIndex &index, int role) const;
    QVariant siteData(const QModelIndex &index, int role) const;
    QVariant reviewData(const QModelIndex &index, int role) const;
    QVariant statusData(const ReviewSummary &review, int role) const;

    QList<ListedSite> m_sites; // by county, then name
    QList<int> m_siteCounty; // per site: its county's row
    QList<bool> m_fetched; // per site: whether its review rows exist
    QList<County> m_counties;
    QHash<QString, int> m_sitePositions;
    mutable QHash<int, int> m_counts; // per site position, asked of `m_counter` once
    SiteReviewCache m_reviews;
    Counter m_counter;
    Completer m_completer;
    bool m_sitesComplete = false;
    CatalogLookup m_catalogFor;
    QHash<qint64, OutboxRepository::Publication> m_publications;
    bool m_serverConfigured = false;
};

} // namespace laatu::gui
