#include "ReviewListPanel.h"

#include "instrument/Instrument.h"
#include "scoring/ScoreCard.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace laatu::gui {

ReviewListPanel::ReviewListPanel(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("reviewList"));
    setColumnCount(5);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
    for (int column = 0; column < 4; ++column)
        header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    retranslate();
}

void ReviewListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

QString ReviewListPanel::kindText(ReviewKind kind)
{
    return kind == ReviewKind::External ? tr("External review") : tr("Self-assessment");
}

QString ReviewListPanel::statusText(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Draft:
        return tr("Draft");
    case ReviewStatus::Consensus:
        return tr("Consensus");
    case ReviewStatus::Final:
        return tr("Final");
    }
    return {};
}

void ReviewListPanel::retranslate()
{
    setAccessibleName(tr("Reviews"));
    setHeaderLabels({tr("Visit"), tr("Kind"), tr("Status"), tr("Total"), tr("Level")});
    if (m_catalogFor)
        setReviews(m_reviews, m_catalogFor);
}

void ReviewListPanel::setReviews(const QList<ReviewSummary> &reviews,
                                 const CatalogLookup &catalogFor)
{
    m_reviews = reviews;
    m_catalogFor = catalogFor;
    m_reviewCount = static_cast<int>(reviews.size());
    clear();
    QTreeWidgetItem *county = nullptr;
    QTreeWidgetItem *site = nullptr;
    const QString language = QLocale().name().left(2);
    for (const ReviewSummary &review : reviews) {
        if (!county || county->text(0) != review.county) {
            county = new QTreeWidgetItem(this, {review.county});
            QFont bold = county->font(0);
            bold.setBold(true);
            county->setFont(0, bold);
            county->setFirstColumnSpanned(true);
            site = nullptr;
        }
        if (!site || site->data(0, Qt::UserRole).toString() != review.siteUuid) {
            site = new QTreeWidgetItem(county, {review.siteName});
            site->setData(0, Qt::UserRole, review.siteUuid);
            site->setFirstColumnSpanned(true);
        }
        const Instrument *instrument = catalogFor(review.catalogId, review.catalogVersion);
        const QString levelKey = instrument
            ? ScoreCard::levelKeyFor(*instrument, review.consensusRated, review.consensusTotal)
            : QString::fromLatin1(ScoreCard::kIncompleteLevel);
        const Level *level = instrument ? instrument->level(levelKey) : nullptr;
        const bool complete = level != nullptr;
        auto *item = new QTreeWidgetItem(
            site,
            {QLocale().toString(review.visitStart, QLocale::ShortFormat), kindText(review.kind),
             statusText(review.status),
             complete ? QLocale().toString(review.consensusTotal) : tr("–"),
             complete ? level->name.text(language)
                      : tr("Incomplete, %1/%2")
                            .arg(review.consensusRated)
                            .arg(instrument ? instrument->criteria().size() : 0)});
        item->setData(0, Qt::UserRole, review.id);
        item->setToolTip(4,
                         complete ? level->description.text(language)
                                  : tr("%1 of %2 criteria have a consensus rating")
                                        .arg(review.consensusRated)
                                        .arg(instrument ? instrument->criteria().size() : 0));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    expandToDepth(1);
}

} // namespace laatu::gui
