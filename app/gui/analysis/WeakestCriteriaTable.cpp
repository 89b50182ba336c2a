#include "WeakestCriteriaTable.h"

#include "gui/analysis/AnalysisText.h"
#include "gui/analysis/ChartPalette.h"
#include "gui/analysis/TableCells.h"

#include "analysis/CountyComparison.h"

#include <QHeaderView>

namespace laatu::gui {

WeakestCriteriaTable::WeakestCriteriaTable(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("weakestCriteria"));
    setColumnCount(4);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
}

void WeakestCriteriaTable::retranslate()
{
    setAccessibleName(tr("Weakest criteria across the county"));
}

void WeakestCriteriaTable::showComparison(const CountyComparison &comparison,
                                          const QString &language)
{
    const Instrument &instrument = comparison.instrument();
    const QList<CountyComparison::CriterionMean> weakest = comparison.weakest(-1);
    clear();
    setHorizontalHeaderLabels({tr("No."), tr("Criterion"), tr("County mean"), tr("Sites at 1–2")});
    setRowCount(int(weakest.size()));
    for (int row = 0; row < weakest.size(); ++row) {
        const CountyComparison::CriterionMean &mean = weakest.at(row);
        const Criterion &criterion = instrument.criteria().at(mean.column);
        int low = 0;
        for (const CountyComparison::Row &site : comparison.rows()) {
            const std::optional<int> rating = site.ratings.value(mean.column);
            if (rating && *rating <= instrument.ratingMin() + 1)
                ++low;
        }
        setItem(row, 0, TableCells::readOnly(QString::number(criterion.number), Qt::AlignRight));
        auto *title = TableCells::readOnly(criterion.title.text(language));
        title->setToolTip(criterion.definition.text(language));
        setItem(row, 1, title);
        auto *meanItem
            = TableCells::readOnly(AnalysisText::mean(mean.meanHundredths()), Qt::AlignCenter);
        const double value = mean.mean().value_or(0.0);
        meanItem->setBackground(
            ChartPalette::rating(int(value + 0.5), instrument.ratingMin(), instrument.ratingMax()));
        meanItem->setForeground(ChartPalette::ink());
        setItem(row, 2, meanItem);
        setItem(row, 3,
                TableCells::readOnly(tr("%1 of %2").arg(low).arg(mean.rated), Qt::AlignCenter));
    }
    resizeColumnsToContents();
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

} // namespace laatu::gui
