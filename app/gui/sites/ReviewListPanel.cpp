#include "ReviewListPanel.h"

#include "gui/common/DisplayText.h"

#include "i18n/DateText.h"

#include <QDate>
#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>

#include <algorithm>
#include <numeric>

namespace laatu::gui {

ReviewListPanel::ReviewListPanel(QWidget *parent)
    : QTreeView(parent)
    , m_model(new ReviewListModel(this))
{
    setObjectName(QStringLiteral("reviewList"));
    setModel(m_model);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    // The list never scrolls sideways: the columns take their texts' width, the kind column
    // goes when they do not all fit (fitColumns), and the level, last, is elided if it must.
    header()->setStretchLastSection(true);
    header()->setMinimumSectionSize(24);
    for (int column = 0; column < ReviewListModel::LevelColumn; ++column)
        header()->setSectionResizeMode(column, QHeaderView::Fixed);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    // A site opened in a state the view had not laid out yet gets its rows at once, so that
    // whoever opened it finds them.
    connect(this, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (m_model->canFetchMore(index))
            m_model->fetchMore(index);
        if (!index.data(ReviewListModel::ReviewIdRole).toLongLong())
            if (const QString uuid = index.data(ReviewListModel::SiteUuidRole).toString();
                !uuid.isEmpty())
                m_openSites.insert(uuid);
    });
    connect(this, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_openSites.remove(index.data(ReviewListModel::SiteUuidRole).toString());
    });
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(ReviewListModel::ReviewIdRole).toLongLong())
            emit reviewActivated(id);
    });
    // New rows may use a catalog whose level names are wider.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        m_columnWidths.clear();
        fitColumns();
    });
    retranslate();
}

void ReviewListPanel::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    fitColumns();
    spanRowsInSight();
}

void ReviewListPanel::scrollContentsBy(int dx, int dy)
{
    QTreeView::scrollContentsBy(dx, dy);
    spanRowsInSight();
}

void ReviewListPanel::paintEvent(QPaintEvent *event)
{
    // Whatever brought new rows into sight without scrolling (a site opened or closed, a
    // filter, rows added) has them spanned before they are drawn.
    spanRowsInSight();
    QTreeView::paintEvent(event);
}

void ReviewListPanel::spanRowsInSight()
{
    if (m_siteSpanned.size() != m_model->siteCount())
        return; // contents being set: showContents spans when done
    const int height = viewport()->height();
    for (QModelIndex row = indexAt(QPoint(0, 0)); row.isValid(); row = indexBelow(row)) {
        const QRect rect = visualRect(row);
        if (rect.top() > 2 * height)
            break;
        if (row.parent().isValid() && !row.data(ReviewListModel::ReviewIdRole).toLongLong()) {
            const int position
                = m_model->sitePosition(row.data(ReviewListModel::SiteUuidRole).toString());
            if (position >= 0 && !m_siteSpanned.at(position)) {
                m_siteSpanned[position] = true;
                setFirstColumnSpanned(row.row(), row.parent(), true);
            }
        }
    }
}

void ReviewListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_columnWidths.clear();
    QTreeView::changeEvent(event);
}

void ReviewListPanel::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTreeView::currentChanged(current, previous);
    emit currentRowChanged();
}

void ReviewListPanel::retranslate()
{
    setAccessibleName(tr("Sites and reviews"));
    m_model->retranslate();
    m_columnWidths.clear();
    fitColumns();
}

void ReviewListPanel::setContents(const QList<ListedSite> &sites,
                                  const QList<ReviewSummary> &reviews,
                                  const CatalogLookup &catalogFor)
{
    const qint64 selectedReview = currentReviewId();
    const QString selectedSite = currentSiteUuid();
    m_model->setContents(sites, reviews, catalogFor);
    showContents(selectedReview, selectedSite);
}

void ReviewListPanel::setLazyContents(const QList<ListedSite> &sites, int total,
                                      SiteReviewCache::Loader loader,
                                      ReviewListModel::Counter counter,
                                      const CatalogLookup &catalogFor)
{
    const qint64 selectedReview = currentReviewId();
    const QString selectedSite = currentSiteUuid();
    m_model->setLazyContents(sites, total, std::move(loader), std::move(counter), catalogFor);
    showContents(selectedReview, selectedSite);
}

void ReviewListPanel::showContents(qint64 selectedReview, const QString &selectedSite)
{
    const QSignalBlocker blocker(this);
    m_siteHidden = QList<bool>(m_model->siteCount(), false);
    m_siteSpanned.clear(); // the reset forgot every span
    m_columnWidths.clear();
    // While the reset's layout is still pending, expanding only notes the row: the tree is laid
    // out once, by the first span below. Counties open; sites too while the list is short
    // enough to read at a glance, else those the user had open.
    const bool allOpen = m_model->reviews().total() <= kOpenSitesUpTo;
    const QModelIndex root;
    const int counties = m_model->rowCount(root);
    for (int county = 0; county < counties; ++county)
        expand(m_model->index(county, 0, root));
    for (int position = 0; position < m_model->siteCount(); ++position) {
        const ListedSite &entry = m_model->siteAt(position);
        if (entry.hasReviews && (allOpen || m_openSites.contains(entry.site.uuid))) {
            const QModelIndex site = m_model->siteIndex(position);
            m_model->fetchSite(position);
            expand(site);
        }
    }
    // County rows, a few, span every column at once; site rows as they come into sight (the
    // first one lays the tree out).
    for (int county = 0; county < counties; ++county)
        setFirstColumnSpanned(county, root, true);
    m_siteSpanned = QList<bool>(m_model->siteCount(), false);
    applyFilter();
    if (!selectedReview || !selectReview(selectedReview))
        if (!selectedSite.isEmpty())
            selectSite(selectedSite);
    fitColumns();
    spanRowsInSight();
}

bool ReviewListPanel::updateReview(const ReviewSummary &summary)
{
    return m_model->updateReview(summary);
}

void ReviewListPanel::setPublications(
    const QHash<qint64, OutboxRepository::Publication> &publications, bool serverConfigured)
{
    m_model->setPublications(publications, serverConfigured);
    if (m_model->publicationIconsInUse() != m_iconsMeasured)
        m_columnWidths.clear();
    fitColumns();
}

OutboxRepository::Publication ReviewListPanel::publication(qint64 reviewId) const
{
    return m_model->publication(reviewId);
}

void ReviewListPanel::setFilterText(const QString &text)
{
    m_filter = text.trimmed();
    applyFilter();
}

void ReviewListPanel::setShowArchived(bool show)
{
    m_showArchived = show;
    applyFilter();
}

void ReviewListPanel::applyFilter()
{
    // Only the rows whose state changes are told to the view: each hidden row is a persistent
    // index it keeps.
    if (!m_filter.isEmpty())
        m_model->completeSites(); // the municipality and unit count
    const QModelIndex root;
    int position = 0;
    for (int county = 0; county < m_model->rowCount(root); ++county) {
        const QModelIndex countyIndex = m_model->index(county, 0, root);
        bool anyShown = false;
        for (int row = 0; row < m_model->rowCount(countyIndex); ++row, ++position) {
            const Site &site = m_model->siteAt(position).site;
            const bool matches = m_filter.isEmpty()
                || site.county.contains(m_filter, Qt::CaseInsensitive)
                || site.name.contains(m_filter, Qt::CaseInsensitive)
                || site.municipality.contains(m_filter, Qt::CaseInsensitive)
                || site.unit.contains(m_filter, Qt::CaseInsensitive);
            const bool hidden = (site.archived && !m_showArchived) || !matches;
            if (hidden != m_siteHidden.at(position)) {
                setRowHidden(row, countyIndex, hidden);
                m_siteHidden[position] = hidden;
            }
            anyShown = anyShown || !hidden;
        }
        if (isRowHidden(county, root) == anyShown)
            setRowHidden(county, root, !anyShown);
    }
}

qint64 ReviewListPanel::currentReviewId() const
{
    return currentIndex().data(ReviewListModel::ReviewIdRole).toLongLong();
}

QString ReviewListPanel::currentSiteUuid() const
{
    return currentIndex().data(ReviewListModel::SiteUuidRole).toString();
}

bool ReviewListPanel::isCurrentRowHidden() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() && isRowHidden(current.row(), current.parent());
}

const Site *ReviewListPanel::site(const QString &uuid) const
{
    const int position = m_model->sitePosition(uuid);
    if (position < 0)
        return nullptr;
    m_model->completeSites(); // whoever asks for a site may show any of its fields
    return &m_model->siteAt(position).site;
}

const Site *ReviewListPanel::listedSite(const QString &uuid) const
{
    const int position = m_model->sitePosition(uuid);
    return position < 0 ? nullptr : &m_model->siteAt(position).site;
}

const ReviewSummary *ReviewListPanel::previousReview(const QString &siteUuid,
                                                     const QString &reviewUuid,
                                                     const QDate &visitStart)
{
    const ReviewSummary *previous = nullptr;
    for (const ReviewSummary &review : m_model->reviews().reviewsOf(siteUuid))
        if (review.uuid != reviewUuid && review.visitStart < visitStart
            && (!previous || review.visitStart >= previous->visitStart))
            previous = &review;
    return previous;
}

const ReviewSummary *ReviewListPanel::review(qint64 id) const
{
    return m_model->reviews().find(id);
}

bool ReviewListPanel::selectReview(qint64 id, const QString &siteUuid)
{
    if (!review(id) && !siteUuid.isEmpty() && m_model->sitePosition(siteUuid) >= 0)
        m_model->reviews().reviewsOf(siteUuid); // a site not opened yet
    const ReviewSummary *summary = review(id);
    const int position = summary ? m_model->sitePosition(summary->siteUuid) : -1;
    if (position < 0)
        return false;
    m_model->fetchSite(position);
    const QModelIndex row = m_model->reviewIndex(id, summary->siteUuid);
    if (!row.isValid())
        return false;
    expand(m_model->siteIndex(position));
    setCurrentIndex(row);
    scrollTo(row);
    return true;
}

bool ReviewListPanel::selectSite(const QString &uuid)
{
    const QModelIndex site = m_model->siteIndex(m_model->sitePosition(uuid));
    if (!site.isValid())
        return false;
    setCurrentIndex(site);
    return true;
}

QStringList ReviewListPanel::counties() const
{
    QStringList names;
    for (int position = 0; position < m_model->siteCount(); ++position) {
        const QString &county = m_model->siteAt(position).site.county;
        if (!county.isEmpty() && (names.isEmpty() || names.constLast() != county)
            && !names.contains(county))
            names << county;
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

void ReviewListPanel::measureColumns()
{
    const QFontMetrics metrics(font());
    // What the style puts around a cell's text, and a little air.
    const int margin
        = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) + 2;
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 4;
    const QLocale locale;
    const auto widest = [&](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width + margin;
    };
    m_iconsMeasured = m_model->publicationIconsInUse();
    m_columnWidths = QList<int>(ReviewListModel::ColumnCount, 0);
    // Review rows are two levels down: their date starts after three indentations.
    m_columnWidths[ReviewListModel::VisitColumn]
        = widest({DateText::date(QDate(2000, 12, 30), locale)}) + 3 * indentation();
    m_columnWidths[ReviewListModel::KindColumn]
        = widest({DisplayText::reviewKind(ReviewKind::External),
                  DisplayText::reviewKind(ReviewKind::SelfAssessment)});
    m_columnWidths[ReviewListModel::StatusColumn]
        = widest({DisplayText::reviewStatus(ReviewStatus::Draft),
                  DisplayText::reviewStatus(ReviewStatus::Consensus),
                  DisplayText::reviewStatus(ReviewStatus::Final)})
        + (m_iconsMeasured ? icon : 0);
    m_columnWidths[ReviewListModel::TotalColumn] = widest({locale.toString(888), tr("–")});
    m_columnWidths[ReviewListModel::LevelColumn] = widest(m_model->levelTexts());
}

void ReviewListPanel::fitColumns()
{
    if (m_columnWidths.isEmpty())
        measureColumns();
    QList<int> widths(ReviewListModel::ColumnCount, 0);
    int all = 0;
    for (int column = 0; column < ReviewListModel::ColumnCount; ++column) {
        widths[column] = std::max(m_columnWidths.at(column), header()->sectionSizeHint(column));
        all += widths[column];
    }
    setColumnHidden(ReviewListModel::KindColumn, all > viewport()->width());
    // The level, last, takes the rest (and is elided if it must).
    for (int column = 0; column < ReviewListModel::LevelColumn; ++column)
        if (header()->sectionSize(column) != widths[column] && !isColumnHidden(column))
            header()->resizeSection(column, widths[column]);
}

} // namespace laatu::gui
