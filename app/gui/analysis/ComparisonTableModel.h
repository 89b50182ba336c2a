#pragma once

#include "analysis/CountyComparison.h"

#include <QAbstractTableModel>

namespace laatu::gui {

// The county comparison as a table: site (municipality in its tooltip), visit, one column per
// criterion (heat-coloured from red 1 to green 5, the number always written in the cell), total,
// mean and level. Sorting goes through CountyComparison::sort, so the CSV export and the printout
// keep the order the user chose on screen.
class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum FixedColumn { SiteColumn, VisitColumn, FirstCriterionColumn };
    // Raw values for sorting and tests (a rating, a total, the visit date).
    static constexpr int kSortRole = Qt::UserRole + 1;

    explicit ComparisonTableModel(QObject *parent = nullptr);

    void setComparison(CountyComparison comparison, const QString &language);
    const CountyComparison &comparison() const { return m_comparison; }
    void setLanguage(const QString &language);

    int criterionCount() const;
    int totalColumn() const { return FirstCriterionColumn + criterionCount(); }
    int meanColumn() const { return totalColumn() + 1; }
    int levelColumn() const { return totalColumn() + 2; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString levelName(const QString &key) const;

private:
    CountyComparison m_comparison;
    QString m_language;
};

} // namespace laatu::gui
