#pragma once

#include "gui/analysis/AnalysisSource.h"
#include "gui/analysis/CriterionChangesTable.h"
#include "gui/analysis/ShownSiteHistory.h"
#include "gui/analysis/SiteReviewsTable.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace laatu {
class Database;
class ReviewRepository;
} // namespace laatu

namespace laatu::gui {

class CriterionChangesPanel;
class FidelityTrendChart;
class FollowUpTree;
class NextReviewDueLabel;
class OutcomesPanel;
class ReviewScopeChoice;

// One site over time: its total (and section scores) over the reviews as a chart with the
// level bands behind, the reviews as a table, what changed per criterion between two chosen
// reviews, what became of each review's recommendations and actions, when the next review is
// due and why, and the outcomes per period (employment rate beside the trend); with a
// programme copy, over this laptop's reviews or the programme's. The database and repository
// must outlive the view.
class SiteHistoryView : public QWidget
{
    Q_OBJECT

public:
    SiteHistoryView(Database &database, ReviewRepository &repository, QWidget *parent = nullptr);

    // Rereads the pull state, the sites and the shown site (after reviews or sites changed
    // elsewhere, or a pull).
    void reload();
    // Shows the site with this UUID; false (and an unchanged view) when there is none.
    bool showSite(const QString &siteUuid);
    QString currentSiteUuid() const;
    const SiteHistory &history() const { return m_shown.history(); }
    AnalysisSource::Scope scope() const { return m_source.scope(); }
    // Hidden without a programme copy.
    ReviewScopeChoice *scopeChoice() const { return m_scopeChoice; }

    // The reviews compared in the changes table, as indexes into history().entries().
    void setComparedReviews(int fromIndex, int toIndex);
    // Asks for the figures of a period (OutcomeDialog through DialogRunner) and stores them.
    bool addOutcome();
    // Removes the period in `row` of the outcome table after the user confirms.
    bool removeOutcome(int row);
    // PNG or SVG by the extension; empty on success, else why not.
    QString exportChart(const QString &path) const;

    FidelityTrendChart *chart() const { return m_chart; }
    QTableWidget *reviewTable() const { return m_reviews; }
    QTableWidget *changesTable() const;
    QTreeWidget *followUpTree() const;
    QTableWidget *outcomeTable() const;
    QString nextDueText() const;

    static constexpr int kChangeColumnFrom = CriterionChangesTable::kColumnFrom;
    static constexpr int kChangeColumnTo = CriterionChangesTable::kColumnTo;
    static constexpr int kChangeColumnDelta = CriterionChangesTable::kColumnDelta;
    static constexpr int kReviewColumnTotal = SiteReviewsTable::kColumnTotal;

signals:
    // A review was double-clicked (or Enter pressed on it) in the table: open it.
    void reviewActivated(qint64 reviewId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createChartAndReviews();
    void retranslate();
    void readSource();
    void chooseScope(AnalysisSource::Scope scope);
    void loadSites();
    // The sites again, and the shown site where it is still among them.
    void reloadSites();
    // By value: callers pass the shown site's UUID, which loading replaces.
    void loadSite(QString siteUuid);
    void refresh();
    void exportChartAs();

    AnalysisSource m_source;
    ShownSiteHistory m_shown;
    bool m_filling = false;

    QLabel *m_siteLabel;
    QComboBox *m_site;
    QCheckBox *m_showSections;
    QPushButton *m_exportChart;
    ReviewScopeChoice *m_scopeChoice;
    NextReviewDueLabel *m_nextDue;
    FidelityTrendChart *m_chart;
    QLabel *m_reviewsHeading;
    SiteReviewsTable *m_reviews;
    QTabWidget *m_tabs;
    CriterionChangesPanel *m_changes;
    FollowUpTree *m_followUps;
    OutcomesPanel *m_outcomes;
};

} // namespace laatu::gui
