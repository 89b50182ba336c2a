#pragma once

#include <QObject>

#include <memory>

class QWidget;

namespace laatu::gui {

class CountyComparisonView;
class ReviewHost;
class SiteHistoryView;

// The project manager's views over the whole database, each in a window of its own, made on
// first use and dropped with the database.
class AnalysisActions : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisActions(ReviewHost &host, QWidget *window, QObject *parent = nullptr);
    ~AnalysisActions() override;

    SiteHistoryView *showSiteHistory();
    CountyComparisonView *showCountyComparison();
    // After a pull into the programme copy (or its removal): the open views read the pull
    // state again, offer or hide the choice between this laptop and the programme, and count
    // the reviews anew. A view not shown does so when it is shown again.
    void programmeCopyChanged();
    // Drops the views: they hold the database that is about to go.
    void reset();
    // Closes the open views (the main window is closing).
    void closeViews();

private:
    // A tool window closes with Esc, as a dialog does.
    static void closeOnEscape(QWidget *view);

    ReviewHost &m_host;
    QWidget *m_window;
    std::unique_ptr<SiteHistoryView> m_historyView;
    std::unique_ptr<CountyComparisonView> m_comparisonView;
};

} // namespace laatu::gui
