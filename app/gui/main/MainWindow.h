#pragma once

#include "instrument/Instrument.h"
#include "report/ReportOptions.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"
#include "storage/SiteRepository.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QActionGroup;
class QDockWidget;
class QTreeWidgetItem;
class QUndoGroup;

namespace Ui {
class MainWindow;
}

namespace laatu::gui {

class CountyComparisonView;
class ReviewBrowser;
class SiteHistoryView;
class ReviewListPanel;
class ReviewSession;
class ReviewWorkspace;

// The main window: the sites and reviews on the left; in the middle either the criteria
// catalog (nothing open) or the open review with its walk, consensus and findings. Remembers
// its geometry, splitters, language and the last open review.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Instrument instrument, QWidget *parent = nullptr);
    ~MainWindow() override;

    const Instrument &instrument() const { return m_instrument; }
    void setInstrument(Instrument instrument);
    // Shows the criterion with `id` in the catalog (selects it in the list); false when unknown.
    bool showCriterion(const QString &id);
    // Takes the open database, lists its sites and reviews and reopens the last open review.
    void setDatabase(std::unique_ptr<Database> database);
    Database *database() const { return m_database.get(); }
    ReviewRepository *repository() const { return m_repository.get(); }
    ReviewListPanel *reviewList() const;
    ReviewBrowser *browser() const { return m_browser; }
    ReviewWorkspace *workspace() const { return m_workspace; }
    ReviewSession *session() const { return m_session.get(); }

    // The user's commands, callable from tests as from menus.
    bool openReview(qint64 reviewId);
    void closeReview();
    void newReview();
    void followUpReview();
    void deleteReview();
    void newSite();
    void editSite();
    void toggleArchiveSite();
    void finaliseReview();
    void reopenReview();
    // The report of the open (or chosen) review: as a PDF file, or printed after a preview.
    bool exportReport();
    void printReport();
    // Two laptops: one reviewer's ratings out as a file, and such files merged in.
    bool exportMyRatings();
    bool mergeRatings();
    // The project manager's views, in windows of their own.
    SiteHistoryView *showSiteHistory();
    CountyComparisonView *showCountyComparison();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpActions();
    void openCatalogFile();
    void useBuiltInCatalog();
    void chooseLanguage(const QString &setting);
    void showAbout();
    void fillLanguageMenu();
    void fillCriteriaTree();
    void showCurrentItem();
    void retranslate();
    void reloadReviews();
    void showStatus();
    void updateActions();
    void showSaved(const QString &description);
    void showFailure(const QString &title, const QString &message);
    std::optional<Site> askNewSite();
    bool createReview(ReviewDocument document);
    std::optional<ReviewDocument> previousReview(const ReviewDocument &document);
    qint64 reportReviewId() const;
    bool askReportOptions(ReportOptions &options);
    QString lastReviewKey() const;
    QString language() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Instrument m_instrument;
    QActionGroup *m_languageGroup = nullptr;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ReviewRepository> m_repository;
    std::unique_ptr<SiteRepository> m_sites;
    // Declared after the repository: destroyed first, since its undo steps refer to it.
    std::unique_ptr<ReviewSession> m_session;
    QDockWidget *m_reviewDock = nullptr;
    ReviewBrowser *m_browser = nullptr;
    ReviewWorkspace *m_workspace = nullptr;
    // Views over the whole database, made on first use and dropped with the database.
    std::unique_ptr<SiteHistoryView> m_historyView;
    std::unique_ptr<CountyComparisonView> m_comparisonView;
    QUndoGroup *m_undoGroup = nullptr; // undo and redo follow whichever review is open
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace laatu::gui
