// How a review row shows: its status with its publication to the programme, and the columns'
// widths from the texts of the rows made so far. Apart from ReviewListPanel.cpp, which builds
// the tree and follows the user's choices in it.
#include "ReviewListPanel.h"

#include "gui/common/DisplayText.h"
#include "gui/common/PublicationIcons.h"

#include "i18n/DateText.h"

#include <QDate>
#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>

#include <algorithm>

namespace laatu::gui {

int ReviewListPanel::cellMargin() const
{
    // What the style puts around a cell's text, and a little air.
    return 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) + 2;
}

void ReviewListPanel::noteRowWidths(const QList<QTreeWidgetItem *> &rows)
{
    // Kept as the rows are made, so a resize compares a sum instead of walking every row.
    const QFontMetrics metrics(font());
    const int margin = cellMargin();
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 4;
    m_rowWidths.resize(columnCount(), 0);
    // Review rows are two levels down: their date starts after three indentations.
    const int indent = 3 * indentation();
    for (const QTreeWidgetItem *row : rows)
        m_rowWidths[0]
            = std::max(m_rowWidths[0], metrics.horizontalAdvance(row->text(0)) + margin + indent);
    for (const QTreeWidgetItem *row : rows)
        for (int column = 1; column < columnCount(); ++column)
            m_rowWidths[column] = std::max(m_rowWidths[column],
                                           metrics.horizontalAdvance(row->text(column)) + margin
                                               + (row->icon(column).isNull() ? 0 : icon));
}

void ReviewListPanel::fitColumns()
{
    // Site and county rows span every column: only the review rows' texts count (noteRowWidths).
    const QFontMetrics metrics(font());
    const int margin = cellMargin();
    QList<int> widths(columnCount(), 0);
    // Before any review row is made, room for the widest date.
    const int dates = m_rowWidths.value(0) > 0
        ? m_rowWidths.value(0)
        : metrics.horizontalAdvance(DateText::date(QDate(2000, 12, 30))) + 3 * indentation()
            + margin;
    widths[0] = std::max(dates, header()->sectionSizeHint(0));
    int all = widths[0];
    for (int column = 1; column < columnCount(); ++column) {
        widths[column] = std::max(m_rowWidths.value(column), header()->sectionSizeHint(column));
        all += widths[column];
    }
    setColumnHidden(1, all > viewport()->width());
    // The level, last, takes the rest (and is elided if it must).
    for (int column = 0; column + 1 < columnCount(); ++column)
        if (header()->sectionSize(column) != widths[column] && !isColumnHidden(column))
            header()->resizeSection(column, widths[column]);
}

void ReviewListPanel::setPublications(
    const QHash<qint64, OutboxRepository::Publication> &publications, bool serverConfigured)
{
    m_publications = publications;
    m_serverConfigured = serverConfigured;
    // Only the rows made so far; the others take theirs when their site is opened.
    QList<QTreeWidgetItem *> rows;
    for (int c = 0; c < topLevelItemCount(); ++c)
        for (int s = 0; s < topLevelItem(c)->childCount(); ++s)
            for (int r = 0; r < topLevelItem(c)->child(s)->childCount(); ++r)
                rows << topLevelItem(c)->child(s)->child(r);
    for (QTreeWidgetItem *row : std::as_const(rows))
        if (const ReviewSummary *summary = review(row->data(0, kReviewIdRole).toLongLong()))
            showStatusOf(row, *summary);
    noteRowWidths(rows);
    fitColumns();
}

OutboxRepository::Publication ReviewListPanel::publication(qint64 reviewId) const
{
    return m_publications.value(reviewId, OutboxRepository::Publication::NotPublished);
}

void ReviewListPanel::showStatusOf(QTreeWidgetItem *row, const ReviewSummary &review) const
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
    const QString spoken
        = shown ? tr("%1, %2").arg(status, DisplayText::publication(publication)) : status;
    row->setText(2, status);
    const bool iconsInUse = m_serverConfigured || !m_publications.isEmpty();
    row->setIcon(2,
                 shown            ? PublicationIcons::icon(publication)
                     : iconsInUse ? PublicationIcons::blank()
                                  : QIcon());
    row->setData(2, Qt::AccessibleTextRole, spoken);
    row->setToolTip(2,
                    shown ? tr("%1: %2").arg(spoken, DisplayText::publicationDetail(publication))
                          : QString());
}

} // namespace laatu::gui
