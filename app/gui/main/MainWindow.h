#pragma once

#include "gui/main/ReviewHost.h"

#include "instrument/Instrument.h"
#include "storage/Database.h"
#include "storage/ReviewListQueries.h"
#include "storage/ReviewRepository.h"
#include "storage/SiteRepository.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QDockWidget;

namespace Ui {
class MainWindow;
}

namespace laatu::gui {

class AnalysisActions;
class CatalogActions;
class ExchangeActions;
class LanguageMenu;
class ProgrammeActions;
class ReportActions;
class ReviewActions;
class WorkbookActions;
class ReviewBrowser;
class SiteActions;
class UndoActions;

// The main window: the sites and reviews on the left; in the middle either the criteria
// catalog (nothing open) or the open review with its walk, consensus and findings. Remembers
// its geometry, splitters and the last open review. The menus' commands live in controllers
// per concern (sites, reviews, reports, exchange, analysis, catalog, language); the window
// holds what they share: the database, the open review and the list.
class MainWindow
    : public QMainWindow
    , public ReviewHost
{
    Q_OBJECT

public:
    explicit MainWindow(Instrument instrument, QWidget *parent = nullptr);
    ~MainWindow() override;

    const Instrument &instrument() const override { return m_instrument; }
    void setInstrument(Instrument instrument);
    // Shows the criterion with `id` in the catalog (selects it in the list); false when unknown.
    bool showCriterion(const QString &id);
    // Takes the open database, lists its sites and reviews and reopens the last open review.
    void setDatabase(std::unique_ptr<Database> database);
    // What the list's first frame shows, read meanwhile on a worker (main.cpp): the next
    // setDatabase of the same file shows it instead of reading it again.
    void setPrefetchedListing(ReviewListQueries::Listing listing);
    Database *database() const override { return m_database.get(); }
    ReviewRepository *repository() const override { return m_repository.get(); }
    SiteRepository *siteRepository() const override { return m_sites.get(); }
    ReviewListPanel *reviewList() const override;
    ReviewBrowser *browser() const { return m_browser; }
    ReviewWorkspace *workspace() override;
    ReviewSession *session() const override { return m_session.get(); }
    QWidget *dialogParent() override { return this; }
    qint64 currentReviewId() const override;

    bool openReview(qint64 reviewId) override;
    void closeReview() override;
    void reloadReviews() override;
    void updateActions() override;
    void showStatusMessage(const QString &message) override;
    // The review list's publication states again (after a publish, or a change of server),
    // without rereading the list.
    void reloadPublications();

    // The menus' commands by concern, callable from tests as from the menus.
    SiteActions *siteActions() const { return m_siteActions; }
    ReviewActions *reviewActions() const { return m_reviewActions; }
    ReportActions *reportActions() const { return m_reportActions; }
    ExchangeActions *exchangeActions() const { return m_exchangeActions; }
    AnalysisActions *analysisActions() const { return m_analysisActions; }
    CatalogActions *catalogActions() const { return m_catalogActions; }
    ProgrammeActions *programmeActions() const { return m_programmeActions; }
    WorkbookActions *workbookActions() const { return m_workbookActions; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // After an edit: the open review's line in the list again; false if the list is read again.
    bool showOpenReviewAgain();
    void setUpControllers();
    void setUpShortcuts();
    void retranslate();
    void showStatus();
    void showSaved(const QString &description);
    void showFailure(const QString &title, const QString &message);
    std::optional<ReviewDocument> previousReview(const ReviewDocument &document);
    QString lastReviewKey() const;
    QString language() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::optional<ReviewListQueries::Listing> m_prefetchedListing;
    Instrument m_instrument;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ReviewRepository> m_repository;
    std::unique_ptr<SiteRepository> m_sites;
    // Declared after the repository: destroyed first, since its undo steps refer to it.
    std::unique_ptr<ReviewSession> m_session;
    QDockWidget *m_reviewDock = nullptr;
    ReviewBrowser *m_browser = nullptr;
    ReviewWorkspace *m_workspace = nullptr;
    SiteActions *m_siteActions = nullptr;
    ReviewActions *m_reviewActions = nullptr;
    ReportActions *m_reportActions = nullptr;
    ExchangeActions *m_exchangeActions = nullptr;
    AnalysisActions *m_analysisActions = nullptr;
    CatalogActions *m_catalogActions = nullptr;
    ProgrammeActions *m_programmeActions = nullptr;
    WorkbookActions *m_workbookActions = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    UndoActions *m_undoActions = nullptr;
};

} // namespace laatu::gui
