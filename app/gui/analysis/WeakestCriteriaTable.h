#pragma once

#include <QTableWidget>

namespace laatu {
class CountyComparison;
}

namespace laatu::gui {

// The criteria of a county comparison, weakest first: the county mean (tinted like a
// rating) and how many sites rated it at the bottom two ratings.
class WeakestCriteriaTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit WeakestCriteriaTable(QWidget *parent = nullptr);

    void retranslate();
    void showComparison(const CountyComparison &comparison, const QString &language);
};

} // namespace laatu::gui
