#include "SiteReviewsTable.h"

#include "gui/analysis/AnalysisText.h"
#include "gui/analysis/ChartPalette.h"
#include "gui/analysis/ShownSiteHistory.h"
#include "gui/analysis/TableCells.h"
#include "gui/common/DisplayText.h"

#include "instrument/Instrument.h"

namespace laatu::gui {

namespace {
constexpr int kReviewIdRole = Qt::UserRole + 1;
constexpr int kColumnMean = 4;
constexpr int kColumnLevel = 5;
constexpr int kFirstSectionColumn = 6;
} // namespace

SiteReviewsTable::SiteReviewsTable(const ShownSiteHistory &shown, QWidget *parent)
    : QTableWidget(parent)
    , m_shown(shown)
{
    setObjectName(QStringLiteral("historyReviews"));
    TableCells::setUpReadOnly(this);
    connect(this, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *activated) {
        const QTableWidgetItem *first = item(activated->row(), 0);
        if (first)
            emit reviewActivated(first->data(kReviewIdRole).toLongLong());
    });
}

void SiteReviewsTable::retranslate()
{
    setAccessibleName(tr("Reviews of the site"));
}

QString SiteReviewsTable::levelName(int entryIndex) const
{
    const SiteHistory::Entry &entry = m_shown.history().entries().at(entryIndex);
    if (!entry.isComplete())
        return tr("Incomplete");
    const Instrument *instrument = m_shown.instrumentOf(entryIndex);
    const Level *level = instrument ? instrument->level(entry.levelKey) : nullptr;
    return level ? level->name.text(m_shown.language()) : entry.levelKey;
}

void SiteReviewsTable::refresh()
{
    const SiteHistory &history = m_shown.history();
    const QString &language = m_shown.language();
    const int last = m_shown.newestIndex();
    const Instrument *newest = m_shown.instrumentOf(last);
    QStringList headers {tr("Visit"), tr("Kind"), tr("Status"),
                         tr("Total"), tr("Mean"), tr("Level")};
    QStringList sectionIds;
    if (newest) {
        for (const Section &section : newest->sections()) {
            sectionIds << section.id;
            headers << section.name.text(language);
        }
    }
    clear();
    setColumnCount(int(headers.size()));
    setHorizontalHeaderLabels(headers);
    setRowCount(int(history.entries().size()));
    // Newest first: the latest review is what the reader looks for.
    for (int i = 0; i <= last; ++i) {
        const SiteHistory::Entry &entry = history.entries().at(i);
        const int row = last - i;
        auto *visit = TableCells::readOnly(AnalysisText::date(entry.review.visitStart));
        visit->setData(kReviewIdRole, entry.review.id);
        setItem(row, 0, visit);
        setItem(row, 1, TableCells::readOnly(DisplayText::reviewKind(entry.review.kind)));
        setItem(row, 2, TableCells::readOnly(DisplayText::reviewStatus(entry.review.status)));
        auto *total = TableCells::readOnly(
            entry.total ? QString::number(*entry.total) : QStringLiteral("–"), Qt::AlignRight);
        if (!entry.total)
            total->setToolTip(tr("%1 of %2 criteria rated: no total until all are")
                                  .arg(entry.ratedCount)
                                  .arg(entry.criterionCount));
        QFont bold = total->font();
        bold.setBold(true);
        total->setFont(bold);
        setItem(row, kColumnTotal, total);
        setItem(row, kColumnMean,
                TableCells::readOnly(AnalysisText::mean(entry.meanHundredths), Qt::AlignRight));
        auto *level = TableCells::readOnly(levelName(i));
        if (entry.isComplete() && newest) {
            QColor tint = ChartPalette::level(newest->levels(), entry.levelKey);
            tint.setAlphaF(0.35f);
            level->setBackground(tint);
            level->setForeground(ChartPalette::ink());
        }
        setItem(row, kColumnLevel, level);
        for (int s = 0; s < sectionIds.size(); ++s) {
            QString text = QStringLiteral("–");
            for (const ScoreCard::SectionScore &score : entry.sections) {
                if (score.sectionId == sectionIds.at(s))
                    text = tr("%1 / %2").arg(score.subtotal).arg(score.maximum);
            }
            setItem(row, kFirstSectionColumn + s, TableCells::readOnly(text, Qt::AlignRight));
        }
    }
    resizeColumnsToContents();
}

} // namespace laatu::gui
