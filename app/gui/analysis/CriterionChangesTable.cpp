#include "CriterionChangesTable.h"

#include "gui/analysis/AnalysisText.h"
#include "gui/analysis/ChartPalette.h"
#include "gui/analysis/TableCells.h"

#include "instrument/Instrument.h"

#include <QHeaderView>

namespace laatu::gui {

CriterionChangesTable::CriterionChangesTable(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("historyChanges"));
    TableCells::setUpReadOnly(this);
}

void CriterionChangesTable::retranslate()
{
    setAccessibleName(tr("Changes per criterion"));
}

CriterionChangesTable::Tally
CriterionChangesTable::showChanges(const QList<SiteHistory::CriterionChange> &changes,
                                   const Instrument *instrument, const QString &language)
{
    clear();
    setColumnCount(5);
    setHorizontalHeaderLabels({tr("No."), tr("Criterion"), tr("From"), tr("To"), tr("Change")});
    setRowCount(int(changes.size()));
    Tally tally;
    for (int row = 0; row < changes.size(); ++row) {
        const SiteHistory::CriterionChange &change = changes.at(row);
        const Criterion *criterion
            = instrument ? instrument->criterion(change.criterionId) : nullptr;
        setItem(row, 0,
                TableCells::readOnly(criterion ? QString::number(criterion->number) : QString(),
                                     Qt::AlignRight));
        auto *title = TableCells::readOnly(criterion ? criterion->title.text(language)
                                                     : change.criterionId);
        title->setToolTip(title->text());
        setItem(row, 1, title);
        setItem(row, kColumnFrom,
                TableCells::readOnly(AnalysisText::rating(change.from), Qt::AlignCenter));
        setItem(row, kColumnTo,
                TableCells::readOnly(AnalysisText::rating(change.to), Qt::AlignCenter));
        const std::optional<int> delta = change.delta();
        QString text = QStringLiteral("–");
        auto *item = TableCells::readOnly(text, Qt::AlignCenter);
        if (delta) {
            if (*delta > 0) {
                ++tally.better;
                text = tr("▲ +%1").arg(*delta);
                item->setForeground(ChartPalette::improved());
                item->setBackground(QColor(0xdf, 0xf1, 0xe1));
                item->setToolTip(tr("Improved by %n point(s)", nullptr, *delta));
            } else if (*delta < 0) {
                ++tally.worse;
                text = tr("▼ −%1").arg(-*delta);
                item->setForeground(ChartPalette::worsened());
                item->setBackground(QColor(0xfa, 0xe0, 0xde));
                item->setToolTip(tr("Fell by %n point(s)", nullptr, -*delta));
            } else {
                ++tally.unchanged;
                text = tr("=");
                item->setToolTip(tr("Unchanged"));
            }
            QFont bold = item->font();
            bold.setBold(*delta != 0);
            item->setFont(bold);
        }
        item->setText(text);
        setItem(row, kColumnDelta, item);
    }
    resizeColumnsToContents();
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    return tally;
}

} // namespace laatu::gui
