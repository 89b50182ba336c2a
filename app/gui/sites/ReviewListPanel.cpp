#include "ReviewListPanel.h"

#include "gui/common/DisplayText.h"
#include "gui/common/PublicationIcons.h"

#include "i18n/DateText.h"
#include "i18n/Translator.h"
#include "instrument/Instrument.h"
#include "scoring/ScoreCard.h"

#include <QDate>
#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>

#include <algorithm>
#include <map>

namespace laatu::gui {

ReviewListPanel::ReviewListPanel(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("reviewList"));
    setColumnCount(5);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    // The list never scrolls sideways: the columns take their text's width, the kind column
    // goes when they do not all fit (fitColumns), and the level, last, is elided if it must.
    header()->setStretchLastSection(true);
    header()->setMinimumSectionSize(24);
    // Fixed widths set by fitColumns from the texts noted as rows are made: a view that
    // resizes to its contents measures (shapes) every row's text again at each layout.
    for (int column = 0; column < 4; ++column)
        header()->setSectionResizeMode(column, QHeaderView::Fixed);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    connect(this, &QTreeWidget::itemExpanded, this, &ReviewListPanel::fillSite);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = item->data(0, kReviewIdRole).toLongLong())
            emit reviewActivated(id);
    });
    retranslate();
}

void ReviewListPanel::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    fitColumns();
}

void ReviewListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void ReviewListPanel::retranslate()
{
    setAccessibleName(tr("Sites and reviews"));
    setHeaderLabels({tr("Visit"), tr("Kind"), tr("Status"), tr("Total"), tr("Level")});
    rebuild();
}

void ReviewListPanel::setReviews(const QList<ReviewSummary> &reviews,
                                 const CatalogLookup &catalogFor)
{
    QList<Site> sites;
    QStringList seen;
    for (const ReviewSummary &review : reviews) {
        if (seen.contains(review.siteUuid))
            continue;
        seen << review.siteUuid;
        Site site;
        site.uuid = review.siteUuid;
        site.name = review.siteName;
        site.county = review.county;
        sites << site;
    }
    setContents(sites, reviews, catalogFor);
}

void ReviewListPanel::setContents(const QList<Site> &sites, const QList<ReviewSummary> &reviews,
                                  const CatalogLookup &catalogFor)
{
    setSites(sites);
    m_reviews.setAll(reviews);
    m_catalogFor = catalogFor;
    rebuild();
}

void ReviewListPanel::setLazyContents(const QList<Site> &sites,
                                      const QHash<QString, int> &countsBySite,
                                      SiteReviewCache::Loader loader,
                                      const CatalogLookup &catalogFor)
{
    setSites(sites);
    m_reviews.setLazy(countsBySite, std::move(loader));
    m_catalogFor = catalogFor;
    rebuild();
}

void ReviewListPanel::rebuild()
{
    if (!m_catalogFor)
        return;
    const qint64 selectedReview = currentReviewId();
    const QString selectedSite = currentSiteUuid();
    const QSignalBlocker blocker(this);
    clear();
    m_rowWidths.clear();
    // Sites sorted by county then name; reviews in visit order under their site.
    QList<Site> sites = m_sites;
    std::stable_sort(sites.begin(), sites.end(), [](const Site &a, const Site &b) {
        const int county = QString::localeAwareCompare(a.county, b.county);
        return county != 0 ? county < 0 : QString::localeAwareCompare(a.name, b.name) < 0;
    });
    // Built apart from the tree and added at once, and spanned only then: each span set while
    // items are still arriving would lay the whole tree out again (once per site).
    QList<QTreeWidgetItem *> counties;
    QList<QTreeWidgetItem *> archived;
    QTreeWidgetItem *county = nullptr;
    for (const Site &site : sites) {
        if (!county || county->text(0) != site.county) {
            county = new QTreeWidgetItem({site.county});
            QFont bold = county->font(0);
            bold.setBold(true);
            county->setFont(0, bold);
            county->setFlags(Qt::ItemIsEnabled);
            counties << county;
        }
        auto *siteItem = new QTreeWidgetItem(
            county, {site.archived ? tr("%1 (archived)").arg(site.name) : site.name});
        siteItem->setData(0, kSiteUuidRole, site.uuid);
        siteItem->setData(0, kFilterTextRole,
                          QStringList {site.county, site.name, site.municipality, site.unit}.join(
                              QLatin1Char('\n')));
        if (site.archived) {
            QFont italic = siteItem->font(0);
            italic.setItalic(true);
            siteItem->setFont(0, italic);
            archived << siteItem;
        }
        const int count = m_reviews.count(site.uuid);
        siteItem->setChildIndicatorPolicy(count > 0 ? QTreeWidgetItem::ShowIndicator
                                                    : QTreeWidgetItem::DontShowIndicator);
        siteItem->setToolTip(0, tr("%n review(s)", nullptr, int(count)));
    }
    addTopLevelItems(counties);
    for (QTreeWidgetItem *countyItem : std::as_const(counties)) {
        countyItem->setFirstColumnSpanned(true);
        for (int i = 0; i < countyItem->childCount(); ++i)
            countyItem->child(i)->setFirstColumnSpanned(true);
    }
    // Hidden once in the tree: an item apart from a tree keeps no hidden state.
    for (QTreeWidgetItem *siteItem : std::as_const(archived))
        siteItem->setHidden(!m_showArchived);
    // Counties open; sites open too while the list is short enough to read at a glance.
    expandToDepth(0);
    if (m_reviews.total() <= kOpenSitesUpTo) {
        for (int c = 0; c < topLevelItemCount(); ++c)
            for (int s = 0; s < topLevelItem(c)->childCount(); ++s) {
                fillSite(topLevelItem(c)->child(s));
                topLevelItem(c)->child(s)->setExpanded(true);
            }
    }
    applyFilter();
    if (!selectedReview || !selectReview(selectedReview))
        if (!selectedSite.isEmpty())
            selectSite(selectedSite);
}

void ReviewListPanel::fillSite(QTreeWidgetItem *siteItem)
{
    if (!siteItem || siteItem->data(0, kReviewIdRole).toLongLong() != 0
        || siteItem->data(0, kFilledRole).toBool() || !siteItem->parent())
        return;
    siteItem->setData(0, kFilledRole, true);
    const QString uuid = siteItem->data(0, kSiteUuidRole).toString();
    const QString language = Translator::currentLanguage();
    const QLocale locale;
    QList<QTreeWidgetItem *> rows;
    for (const ReviewSummary &entry : m_reviews.reviewsOf(uuid)) {
        const ReviewSummary *review = &entry;
        const Instrument *instrument = m_catalogFor(review->catalogId, review->catalogVersion);
        const QString levelKey = instrument
            ? ScoreCard::levelKeyFor(*instrument, review->consensusRated, review->consensusTotal)
            : QString::fromLatin1(ScoreCard::kIncompleteLevel);
        const Level *level = instrument ? instrument->level(levelKey) : nullptr;
        const int criteria = instrument ? int(instrument->criteria().size()) : 0;
        auto *item = new QTreeWidgetItem(
            {DateText::date(review->visitStart, locale), DisplayText::reviewKind(review->kind),
             QString(), level ? locale.toString(review->consensusTotal) : tr("–"),
             level ? level->name.text(language)
                   : tr("Incomplete, %1/%2").arg(review->consensusRated).arg(criteria)});
        item->setData(0, kReviewIdRole, review->id);
        item->setData(0, kSiteUuidRole, uuid);
        showStatusOf(item, *review);
        item->setToolTip(4,
                         level ? level->description.text(language)
                               : tr("%1 of %2 criteria have a consensus rating")
                                     .arg(review->consensusRated)
                                     .arg(criteria));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        // The kind, whose column a narrow list leaves out, and the level, which it may elide.
        item->setToolTip(0, item->text(1));
        rows << item;
    }
    siteItem->addChildren(rows);
    noteRowWidths(rows);
    fitColumns();
}

QTreeWidgetItem *ReviewListPanel::siteItem(const QString &uuid) const
{
    for (int c = 0; c < topLevelItemCount(); ++c) {
        QTreeWidgetItem *county = topLevelItem(c);
        for (int s = 0; s < county->childCount(); ++s)
            if (county->child(s)->data(0, kSiteUuidRole).toString() == uuid)
                return county->child(s);
    }
    return nullptr;
}

void ReviewListPanel::updateReview(const ReviewSummary &summary)
{
    if (!m_reviews.update(summary))
        return;
    QTreeWidgetItem *site = siteItem(summary.siteUuid);
    if (!site || !site->data(0, kFilledRole).toBool())
        return;
    const qint64 selected = currentReviewId();
    const QSignalBlocker blocker(this);
    qDeleteAll(site->takeChildren());
    site->setData(0, kFilledRole, false);
    fillSite(site);
    if (selected)
        selectReview(selected);
}

void ReviewListPanel::setFilterText(const QString &text)
{
    m_filter = text.trimmed();
    applyFilter();
}

void ReviewListPanel::setShowArchived(bool show)
{
    m_showArchived = show;
    rebuild();
}

void ReviewListPanel::applyFilter()
{
    for (int c = 0; c < topLevelItemCount(); ++c) {
        QTreeWidgetItem *county = topLevelItem(c);
        bool anyShown = false;
        for (int s = 0; s < county->childCount(); ++s) {
            QTreeWidgetItem *site = county->child(s);
            const Site *info = this->site(site->data(0, kSiteUuidRole).toString());
            const bool archivedHidden = info && info->archived && !m_showArchived;
            const bool matches = m_filter.isEmpty()
                || site->data(0, kFilterTextRole)
                       .toString()
                       .contains(m_filter, Qt::CaseInsensitive);
            site->setHidden(archivedHidden || !matches);
            anyShown = anyShown || !site->isHidden();
        }
        county->setHidden(!anyShown);
    }
}

qint64 ReviewListPanel::currentReviewId() const
{
    return currentItem() ? currentItem()->data(0, kReviewIdRole).toLongLong() : 0;
}

QString ReviewListPanel::currentSiteUuid() const
{
    return currentItem() ? currentItem()->data(0, kSiteUuidRole).toString() : QString();
}

const Site *ReviewListPanel::site(const QString &uuid) const
{
    // By index: the filter asks this of every site, and a programme has thousands.
    const auto it = m_siteIndex.constFind(uuid);
    return it == m_siteIndex.cend() ? nullptr : &m_sites.at(it.value());
}

void ReviewListPanel::setSites(const QList<Site> &sites)
{
    m_sites = sites;
    m_siteIndex.clear();
    m_siteIndex.reserve(sites.size());
    for (qsizetype i = 0; i < m_sites.size(); ++i)
        m_siteIndex.insert(m_sites.at(i).uuid, i);
}

const ReviewSummary *ReviewListPanel::previousReview(const QString &siteUuid,
                                                     const QString &reviewUuid,
                                                     const QDate &visitStart)
{
    const ReviewSummary *previous = nullptr;
    for (const ReviewSummary &review : m_reviews.reviewsOf(siteUuid))
        if (review.uuid != reviewUuid && review.visitStart < visitStart
            && (!previous || review.visitStart >= previous->visitStart))
            previous = &review;
    return previous;
}

const ReviewSummary *ReviewListPanel::review(qint64 id) const
{
    return m_reviews.find(id);
}

bool ReviewListPanel::selectReview(qint64 id, const QString &siteUuid)
{
    if (!review(id) && !siteUuid.isEmpty())
        m_reviews.reviewsOf(siteUuid); // a site not opened yet
    const ReviewSummary *summary = review(id);
    QTreeWidgetItem *site = summary ? siteItem(summary->siteUuid) : nullptr;
    if (!site)
        return false;
    fillSite(site);
    for (int r = 0; r < site->childCount(); ++r) {
        if (site->child(r)->data(0, kReviewIdRole).toLongLong() == id) {
            site->setExpanded(true);
            setCurrentItem(site->child(r));
            scrollToItem(site->child(r));
            return true;
        }
    }
    return false;
}

bool ReviewListPanel::selectSite(const QString &uuid)
{
    QTreeWidgetItem *site = siteItem(uuid);
    if (!site)
        return false;
    setCurrentItem(site);
    return true;
}

QStringList ReviewListPanel::counties() const
{
    QStringList names;
    for (const Site &site : m_sites)
        if (!names.contains(site.county) && !site.county.isEmpty())
            names << site.county;
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace laatu::gui
