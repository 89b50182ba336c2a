// How a review row shows: its date, kind, status with its publication to the programme, total
// and level, made when the view asks (only the rows on screen are asked). Apart from
// ReviewListModel.cpp, which holds the tree of counties, sites and reviews.
#include "ReviewListModel.h"

#include "gui/common/DisplayText.h"
#include "gui/common/PublicationIcons.h"

#include "i18n/DateText.h"
#include "i18n/Translator.h"
#include "instrument/Instrument.h"
#include "scoring/ScoreCard.h"

#include <QDate>
#include <QLocale>

namespace laatu::gui {

QVariant ReviewListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VisitColumn:
        return QCoreApplication::translate("laatu::gui::ReviewListPanel", "Visit");
    case KindColumn:
        return QCoreApplication::translate("laatu::gui::ReviewListPanel", "Kind");
    case StatusColumn:
        return QCoreApplication::translate("laatu::gui::ReviewListPanel", "Status");
    case TotalColumn:
        return QCoreApplication::translate("laatu::gui::ReviewListPanel", "Total");
    case LevelColumn:
        return QCoreApplication::translate("laatu::gui::ReviewListPanel", "Level");
    default:
        return {};
    }
}

QVariant ReviewListModel::reviewData(const QModelIndex &index, int role) const
{
    const int position = sitePositionOf(index);
    const QList<ReviewSummary> &rows = m_reviews.loadedOf(m_sites.at(position).site.uuid);
    if (index.row() >= rows.size())
        return {};
    const ReviewSummary &review = rows.at(index.row());
    if (role == ReviewIdRole)
        return review.id;
    if (role == SiteUuidRole)
        return review.siteUuid;
    if (index.column() == StatusColumn)
        return statusData(review, role);
    if (index.column() == TotalColumn && role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (index.column()) {
    case VisitColumn:
        // The kind, whose column a narrow list leaves out, is the date's tooltip.
        return tip ? DisplayText::reviewKind(review.kind)
                   : DateText::date(review.visitStart, QLocale());
    case KindColumn:
        return tip ? QVariant() : DisplayText::reviewKind(review.kind);
    default:
        break;
    }
    const Instrument *instrument
        = m_catalogFor ? m_catalogFor(review.catalogId, review.catalogVersion) : nullptr;
    const QString levelKey = instrument
        ? ScoreCard::levelKeyFor(*instrument, review.consensusRated, review.consensusTotal)
        : QString::fromLatin1(ScoreCard::kIncompleteLevel);
    const laatu::Level *level = instrument ? instrument->level(levelKey) : nullptr;
    const int criteria = instrument ? int(instrument->criteria().size()) : 0;
    if (index.column() == TotalColumn)
        return tip  ? QVariant()
            : level ? QLocale().toString(review.consensusTotal)
                    : QCoreApplication::translate("laatu::gui::ReviewListPanel", "–");
    const QString language = Translator::currentLanguage();
    if (tip)
        return level ? level->description.text(language)
                     : QCoreApplication::translate("laatu::gui::ReviewListPanel",
                                                   "%1 of %2 criteria have a consensus rating")
                           .arg(review.consensusRated)
                           .arg(criteria);
    return level ? level->name.text(language)
                 : QCoreApplication::translate("laatu::gui::ReviewListPanel", "Incomplete, %1/%2")
                       .arg(review.consensusRated)
                       .arg(criteria);
}

QStringList ReviewListModel::levelTexts() const
{
    QStringList texts;
    const QString language = Translator::currentLanguage();
    for (const auto &[id, version] : m_reviews.catalogsInUse()) {
        const Instrument *instrument = m_catalogFor ? m_catalogFor(id, version) : nullptr;
        if (!instrument)
            continue;
        for (const laatu::Level &level : instrument->levels())
            texts << level.name.text(language);
        const int criteria = int(instrument->criteria().size());
        texts << QCoreApplication::translate("laatu::gui::ReviewListPanel", "Incomplete, %1/%2")
                     .arg(criteria)
                     .arg(criteria);
    }
    return texts;
}

QVariant ReviewListModel::statusData(const ReviewSummary &review, int role) const
{
    using Publication = OutboxRepository::Publication;
    const auto it = m_publications.constFind(review.id);
    const QString status = DisplayText::reviewStatus(review.status);
    // Without a server, a review that was never sent says nothing about publishing.
    const bool neverSent = it == m_publications.cend() || it.value() == Publication::NotPublished;
    const bool shown
        = neverSent ? m_serverConfigured && review.status == ReviewStatus::Final : true;
    const Publication publication = neverSent ? Publication::NotPublished : it.value();
    // The status stays one word wide, so the level beside it keeps its room in a narrow dock;
    // the publication is an icon with its words in the tooltip and for screen readers.
    const auto spoken = [&] {
        return shown ? QCoreApplication::translate("laatu::gui::ReviewListPanel", "%1, %2")
                           .arg(status, DisplayText::publication(publication))
                     : status;
    };
    switch (role) {
    case Qt::DisplayRole:
        return status;
    case Qt::DecorationRole:
        if (shown)
            return PublicationIcons::icon(publication);
        return publicationIconsInUse() ? QVariant(PublicationIcons::blank()) : QVariant();
    case Qt::AccessibleTextRole:
        return spoken();
    case Qt::ToolTipRole:
        return shown ? QCoreApplication::translate("laatu::gui::ReviewListPanel", "%1: %2")
                           .arg(spoken(), DisplayText::publicationDetail(publication))
                     : QString();
    default:
        return {};
    }
}

} // namespace laatu::gui
