#pragma once

#include "gui/analysis/AnalysisSource.h"

#include "storage/ComparisonQuery.h"

#include <QWidget>

class QLabel;
class QPagedPaintDevice;
class QPushButton;
class QSplitter;
class QTableView;
class QTableWidget;

namespace laatu {
class Database;
class ReviewRepository;
} // namespace laatu

namespace laatu::gui {

class ComparisonFilterBar;
class ComparisonTableModel;
class ReviewScopeChoice;
class TotalsBarChart;
class WeakestCriteriaTable;

// The sites of one county side by side, so a project manager sees in one screen which sites
// and which criteria need help: a heat-coloured sortable table of sites x criteria with totals
// and levels, the totals as bars, and the criteria weakest across the county. Choose the
// county, the period and whether to compare the latest final review per site or all of them
// (and, with a programme copy, this laptop's reviews or the programme's); export the table as
// CSV, the chart as PNG or SVG, or print both. The database and repository must outlive the
// view.
class CountyComparisonView : public QWidget
{
    Q_OBJECT

public:
    CountyComparisonView(Database &database, ReviewRepository &repository,
                         QWidget *parent = nullptr);

    // Rereads the pull state, the counties and the comparison (after reviews changed
    // elsewhere, or a pull).
    void reload();
    // False (and an unchanged view) when no site is in that county.
    bool setCounty(const QString &county);
    QString county() const;
    // Invalid dates: no bound.
    void setPeriod(const QDate &from, const QDate &to);
    void setLatestPerSite(bool latestPerSite);
    ComparisonQuery::Filter filter() const;
    AnalysisSource::Scope scope() const { return m_source.scope(); }
    // Hidden without a programme copy.
    ReviewScopeChoice *scopeChoice() const;

    // Empty on success, else why not.
    QString exportCsv(const QString &path) const;
    QString exportChart(const QString &path) const;
    bool print(QPagedPaintDevice &device) const;
    // ';' (with decimal commas) for Finnish and Swedish, ',' for English, as the CLI's default.
    static QChar csvSeparator(const QString &language);

    ComparisonTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    TotalsBarChart *chart() const { return m_chart; }
    QTableWidget *weakestTable() const;
    QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createTableBox();
    QWidget *createChartAndWeakest();
    void retranslate();
    QString legendText() const;
    void readSource();
    void chooseScope(AnalysisSource::Scope scope);
    void loadCounties();
    void refresh();
    void fitColumns();
    void fitTableHeight();
    void exportCsvAs();
    void exportChartAs();
    void printWithDialog();

    AnalysisSource m_source;
    QString m_language;
    bool m_userSizedSplit = false;

    ComparisonFilterBar *m_filters;
    QPushButton *m_exportCsv;
    QPushButton *m_exportChart;
    QPushButton *m_print;
    QLabel *m_summary;
    ComparisonTableModel *m_model;
    QTableView *m_table;
    QLabel *m_chartHeading;
    TotalsBarChart *m_chart;
    QLabel *m_weakestHeading;
    WeakestCriteriaTable *m_weakest;
    QLabel *m_legend;
    QSplitter *m_split;
};

} // namespace laatu::gui
