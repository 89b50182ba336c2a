#include "ReviewListModel.h"

#include <QFont>

#include <algorithm>

namespace laatu::gui {

namespace {
// An index's internal id names its parent: 0 for a county (under the root), 1 + the county's row
// for a site, kReviewTag + the site's position for a review.
constexpr quintptr kReviewTag = quintptr(1) << 40;
} // namespace

ReviewListModel::ReviewListModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void ReviewListModel::setContents(const QList<ListedSite> &sites,
                                  const QList<ReviewSummary> &reviews,
                                  const CatalogLookup &catalogFor)
{
    beginResetModel();
    m_reviews.setAll(reviews);
    m_counter = {};
    m_catalogFor = catalogFor;
    setSites(sites);
    for (int position = 0; position < siteCount(); ++position)
        m_fetched[position] = true;
    endResetModel();
}

void ReviewListModel::setLazyContents(const QList<ListedSite> &sites, int total,
                                      SiteReviewCache::Loader loader, Counter counter,
                                      const CatalogLookup &catalogFor)
{
    beginResetModel();
    m_reviews.setLazy(total, std::move(loader));
    m_counter = std::move(counter);
    m_catalogFor = catalogFor;
    setSites(sites);
    endResetModel();
}

void ReviewListModel::setSites(const QList<ListedSite> &sites)
{
    m_sites.clear();
    m_sites.reserve(sites.size());
    m_siteCounty.clear();
    m_siteCounty.reserve(sites.size());
    m_counties.clear();
    m_sitePositions.clear();
    m_sitePositions.reserve(sites.size());
    m_counts.clear();
    for (const ListedSite &entry : sites) {
        if (m_counties.isEmpty() || m_counties.constLast().name != entry.site.county)
            m_counties << County {entry.site.county, int(m_sites.size()), 0};
        ++m_counties.last().sites;
        m_sitePositions.insert(entry.site.uuid, int(m_sites.size()));
        m_siteCounty << int(m_counties.size()) - 1;
        m_sites << entry;
    }
    m_fetched = QList<bool>(m_sites.size(), false);
    m_sitesComplete = false;
}

bool ReviewListModel::completeSites()
{
    if (!m_sitesComplete && m_completer)
        m_sitesComplete = m_completer(m_sites);
    return m_sitesComplete;
}

ReviewListModel::Level ReviewListModel::levelOf(const QModelIndex &index) const
{
    const quintptr id = index.internalId();
    return id == 0 ? Level::County : id < kReviewTag ? Level::Site : Level::Review;
}

int ReviewListModel::sitePositionOf(const QModelIndex &index) const
{
    const quintptr id = index.internalId();
    if (id == 0)
        return -1;
    if (id >= kReviewTag)
        return int(id - kReviewTag);
    return m_counties.at(int(id - 1)).firstSite + index.row();
}

QModelIndex ReviewListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (levelOf(parent) == Level::County)
        return createIndex(row, column, quintptr(1 + parent.row()));
    return createIndex(row, column, kReviewTag + quintptr(sitePositionOf(parent)));
}

QModelIndex ReviewListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const quintptr id = child.internalId();
    if (id == 0)
        return {};
    if (id < kReviewTag)
        return createIndex(int(id - 1), 0, quintptr(0));
    const int position = int(id - kReviewTag);
    const int county = m_siteCounty.at(position);
    return createIndex(position - m_counties.at(county).firstSite, 0, quintptr(1 + county));
}

int ReviewListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_counties.size());
    if (parent.column() != 0)
        return 0;
    switch (levelOf(parent)) {
    case Level::County:
        return m_counties.at(parent.row()).sites;
    case Level::Site: {
        const int position = sitePositionOf(parent);
        if (!m_fetched.at(position))
            return 0;
        return int(m_reviews.loadedOf(m_sites.at(position).site.uuid).size());
    }
    case Level::Review:
        return 0;
    }
    return 0;
}

int ReviewListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ReviewListModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_counties.isEmpty();
    if (parent.column() != 0)
        return false;
    switch (levelOf(parent)) {
    case Level::County:
        return m_counties.at(parent.row()).sites > 0;
    case Level::Site: {
        const int position = sitePositionOf(parent);
        return m_fetched.at(position) ? rowCount(parent) > 0 : m_sites.at(position).hasReviews;
    }
    case Level::Review:
        return false;
    }
    return false;
}

bool ReviewListModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() != 0 || levelOf(parent) != Level::Site)
        return false;
    const int position = sitePositionOf(parent);
    return !m_fetched.at(position) && m_sites.at(position).hasReviews;
}

void ReviewListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchSite(sitePositionOf(parent));
}

void ReviewListModel::fetchSite(int position)
{
    if (position < 0 || position >= siteCount() || m_fetched.at(position))
        return;
    const int rows = int(m_reviews.reviewsOf(m_sites.at(position).site.uuid).size());
    if (rows == 0) {
        m_fetched[position] = true;
        return;
    }
    beginInsertRows(siteIndex(position), 0, rows - 1);
    m_fetched[position] = true;
    endInsertRows();
}

QModelIndex ReviewListModel::siteIndex(int position) const
{
    if (position < 0 || position >= siteCount())
        return {};
    const int county = m_siteCounty.at(position);
    return createIndex(position - m_counties.at(county).firstSite, 0, quintptr(1 + county));
}

QModelIndex ReviewListModel::reviewIndex(qint64 reviewId, const QString &siteUuid) const
{
    const int position = sitePosition(siteUuid);
    if (position < 0 || !m_fetched.at(position))
        return {};
    const QList<ReviewSummary> &rows = m_reviews.loadedOf(siteUuid);
    for (int row = 0; row < rows.size(); ++row)
        if (rows.at(row).id == reviewId)
            return createIndex(row, 0, kReviewTag + quintptr(position));
    return {};
}

bool ReviewListModel::updateReview(const ReviewSummary &summary)
{
    if (!m_reviews.update(summary))
        return false;
    const QModelIndex row = reviewIndex(summary.id, summary.siteUuid);
    if (row.isValid())
        emit dataChanged(row, row.siblingAtColumn(ColumnCount - 1));
    return true;
}

void ReviewListModel::setPublications(
    const QHash<qint64, OutboxRepository::Publication> &publications, bool serverConfigured)
{
    m_publications = publications;
    m_serverConfigured = serverConfigured;
    // Only the rows made so far show a status; the others take theirs when they are shown.
    for (int position = 0; position < siteCount(); ++position) {
        if (!m_fetched.at(position))
            continue;
        const QModelIndex site = siteIndex(position);
        if (const int rows = rowCount(site); rows > 0)
            emit dataChanged(index(0, StatusColumn, site), index(rows - 1, StatusColumn, site));
    }
}

OutboxRepository::Publication ReviewListModel::publication(qint64 reviewId) const
{
    return m_publications.value(reviewId, OutboxRepository::Publication::NotPublished);
}

void ReviewListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // The shown rows' texts are made when asked, so asking again is enough.
    emit layoutAboutToBeChanged();
    emit layoutChanged();
}

Qt::ItemFlags ReviewListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    switch (levelOf(index)) {
    case Level::County:
        return Qt::ItemIsEnabled;
    case Level::Site:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    case Level::Review:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    }
    return Qt::NoItemFlags;
}

QVariant ReviewListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    switch (levelOf(index)) {
    case Level::County:
        return countyData(index, role);
    case Level::Site:
        return siteData(index, role);
    case Level::Review:
        return reviewData(index, role);
    }
    return {};
}

QVariant ReviewListModel::countyData(const QModelIndex &index, int role) const
{
    if (index.column() != 0)
        return {};
    if (role == Qt::DisplayRole)
        return m_counties.at(index.row()).name;
    if (role == Qt::FontRole) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant ReviewListModel::siteData(const QModelIndex &index, int role) const
{
    const int position = sitePositionOf(index);
    const Site &site = m_sites.at(position).site;
    if (role == SiteUuidRole)
        return site.uuid;
    if (index.column() != 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return site.archived
            ? QCoreApplication::translate("laatu::gui::ReviewListPanel", "%1 (archived)")
                  .arg(site.name)
            : site.name;
    case Qt::FontRole:
        if (site.archived) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ToolTipRole: {
        int count = 0;
        if (m_fetched.at(position) || !m_counter) {
            count = rowCount(index);
        } else if (m_sites.at(position).hasReviews) {
            auto it = m_counts.find(position);
            if (it == m_counts.end())
                it = m_counts.insert(position, m_counter(site));
            count = it.value();
        }
        return QCoreApplication::translate("laatu::gui::ReviewListPanel", "%n review(s)", nullptr,
                                           count);
    }
    default:
        return {};
    }
}

} // namespace laatu::gui
