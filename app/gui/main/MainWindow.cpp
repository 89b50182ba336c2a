#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "gui/common/MessageBox.h"
#include "gui/consensus/ConsensusView.h"
#include "gui/main/AnalysisActions.h"
#include "gui/main/CatalogActions.h"
#include "gui/main/ExchangeActions.h"
#include "gui/main/LanguageMenu.h"
#include "gui/main/MainMenus.h"
#include "gui/main/ProgrammeActions.h"
#include "gui/main/ReportActions.h"
#include "gui/main/ReviewActions.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/main/SiteActions.h"
#include "gui/main/UndoActions.h"
#include "gui/main/WorkbookActions.h"
#include "gui/session/ReviewSession.h"
#include "gui/sites/ReviewBrowser.h"
#include "gui/sites/ReviewListPanel.h"
#include "gui/walk/CriterionPage.h"
#include "gui/walk/CriterionWalk.h"

#include "i18n/DateText.h"
#include "i18n/Translator.h"
#include "storage/ReviewListQueries.h"

#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTime>

#include <algorithm>

namespace laatu::gui {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kWalkSplitterKey = QStringLiteral("window/walkSplitter");
} // namespace

MainWindow::MainWindow(Instrument instrument, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_instrument(std::move(instrument))
{
    m_ui->setupUi(this);
    // A heading, relative to the platform font so it follows the user's size and DPI settings.
    QFont headingFont = m_ui->catalogTitleLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_ui->catalogTitleLabel->setFont(headingFont);
    m_ui->splitter->setStretchFactor(1, 3);
    // Room for the criteria titles (each has the whole title as its tooltip too).
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setSizes({420, 680});

    m_reviewDock = new QDockWidget(this);
    m_reviewDock->setObjectName(QStringLiteral("reviewDock"));
    m_reviewDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_browser = new ReviewBrowser(m_reviewDock);
    m_reviewDock->setWidget(m_browser);
    addDockWidget(Qt::LeftDockWidgetArea, m_reviewDock);
    m_reviewDock->hide(); // shown once a database is open
    connect(m_browser, &ReviewBrowser::openRequested, this,
            [this] { openReview(reviewList()->currentReviewId()); });
    connect(reviewList(), &ReviewListPanel::reviewActivated, this, &MainWindow::openReview);
    connect(reviewList(), &ReviewListPanel::currentRowChanged, this, &MainWindow::updateActions);

    setUpControllers();
    setUpShortcuts();
    // Keys that edit text or table cells elsewhere act on the review list only: F2 edits the
    // current cell of a table and Ctrl+Del deletes a word in a text box, so neither may rename
    // a site or delete a review from there. The menus still show them.
    for (QAction *action : {m_ui->editSiteAction, m_ui->deleteReviewAction}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        reviewList()->addAction(action);
    }
    m_undoActions = new UndoActions(m_ui->editMenu);
    connect(m_undoActions, &UndoActions::stepped, this, &MainWindow::showStatusMessage);
    // Undo follows the latest change: a site's on the sites' stack, else the open review's.
    connect(m_siteActions, &SiteActions::undoableChange, this,
            [this] { m_undoActions->follow(m_siteActions->undoStack()); });

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()) && screen()) {
        // First start: most of the screen, so the review list and a criterion fit side by side.
        const QRect available = screen()->availableGeometry();
        resize(available.width() * 9 / 10, available.height() * 9 / 10);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    retranslate();
    updateActions();
}

ReviewWorkspace *MainWindow::workspace()
{
    // Made on first use (a review opened, a command that needs it): the window's first frame
    // does not wait for the 25-criterion walk, the consensus and the findings.
    if (!m_workspace) {
        m_workspace = new ReviewWorkspace(m_ui->pages);
        m_ui->pages->addWidget(m_workspace);
        m_workspace->walk()->splitter()->restoreState(
            QSettings().value(kWalkSplitterKey).toByteArray());
        connect(m_workspace, &ReviewWorkspace::finaliseRequested, m_reviewActions,
                &ReviewActions::finaliseReview);
        connect(m_workspace->consensus(), &ConsensusView::revealRequested, m_reviewActions,
                &ReviewActions::revealSheets);
        connect(m_workspace, &ReviewWorkspace::reopenRequested, m_reviewActions,
                &ReviewActions::reopenReview);
        connect(m_workspace, &ReviewWorkspace::closeRequested, this, &MainWindow::closeReview);
    }
    return m_workspace;
}

MainWindow::~MainWindow()
{
    m_programmeActions->stop();
    m_session.reset();
}

void MainWindow::setUpControllers()
{
    m_siteActions = new SiteActions(*this, this);
    m_reviewActions = new ReviewActions(*this, *m_siteActions, this);
    m_reportActions = new ReportActions(*this, this);
    m_exchangeActions = new ExchangeActions(*this, this);
    m_analysisActions = new AnalysisActions(*this, this, this);
    m_catalogActions = new CatalogActions(m_ui->criteriaTree, m_ui->criterionView, this);
    m_programmeActions = new ProgrammeActions(*this, this);
    m_workbookActions = new WorkbookActions(*this, this);
    connect(m_programmeActions, &ProgrammeActions::busyChanged, this, &MainWindow::updateActions);
    connect(m_programmeActions, &ProgrammeActions::publicationsChanged, this,
            &MainWindow::reloadPublications);
    connect(m_programmeActions, &ProgrammeActions::programmeCopyChanged, this,
            &MainWindow::reloadReviews);
    connect(m_programmeActions, &ProgrammeActions::programmeCopyChanged, m_analysisActions,
            &AnalysisActions::programmeCopyChanged);
    connect(m_reviewActions, &ReviewActions::finalised, this, &MainWindow::reloadPublications);
    connect(m_reviewActions, &ReviewActions::reopened, this, &MainWindow::reloadPublications);
    connect(m_reviewActions, &ReviewActions::finalised, m_programmeActions,
            &ProgrammeActions::publishFinalised);
    // Once the review is final, the record sample is no longer needed: offered to clear.
    connect(m_reviewActions, &ReviewActions::finalised, m_workbookActions,
            &WorkbookActions::offerClearing);
    m_languageMenu = new LanguageMenu(m_ui->languageMenu);
    connect(m_catalogActions, &CatalogActions::instrumentChosen, this,
            [this](const Instrument &instrument) { setInstrument(instrument); });

    connectMainMenus(*m_ui, *this);

    connect(m_browser, &ReviewBrowser::newReviewRequested, m_reviewActions,
            &ReviewActions::newReview);
}

void MainWindow::setUpShortcuts()
{
    assignMainShortcuts(*m_ui);
    auto *focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, this, [this] {
        m_reviewDock->show();
        m_browser->filter()->setFocus(Qt::ShortcutFocusReason);
        m_browser->filter()->selectAll();
    });
    addAction(focusFilter);
}

ReviewListPanel *MainWindow::reviewList() const
{
    return m_browser->list();
}

QString MainWindow::language() const
{
    return Translator::currentLanguage();
}

QString MainWindow::lastReviewKey() const
{
    // Per database file, so a second database does not reopen a review it does not have.
    const QByteArray path = m_database ? m_database->path().toUtf8() : QByteArray();
    return QStringLiteral("session/lastReview/%1")
        .arg(QString::fromLatin1(
            QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16)));
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    closeReview();
    m_programmeActions->stop(); // its worker has the file open too
    m_analysisActions->reset();
    m_sites.reset();
    m_repository.reset();
    m_database = std::move(database);
    if (m_database) {
        m_repository = std::make_unique<ReviewRepository>(*m_database);
        m_sites = std::make_unique<SiteRepository>(*m_database);
    }
    m_reviewDock->setVisible(m_database != nullptr);
    if (m_database && !QSettings().contains(kStateKey))
        // Room for the list's columns, but on a 1024-pixel-wide window (1280x720 at 125 %)
        // only a quarter, so the criterion page still gets the room it needs.
        resizeDocks({m_reviewDock},
                    {std::clamp(width() >= 1200 ? width() * 3 / 10 : width() / 4, 220, 440)},
                    Qt::Horizontal);
    m_browser->setWritable(m_database && !m_database->isReadOnly());
    reloadReviews();
    retranslate();
    if (m_database) {
        const QString last = QSettings().value(lastReviewKey()).toString();
        qint64 id = 0;
        if (!last.isEmpty() && !m_repository->findReview(last, id) && id)
            openReview(id);
    }
    updateActions();
}

void MainWindow::showStatus()
{
    if (!m_database) {
        statusBar()->showMessage(tr("Catalog %1 %2: %n criteria", nullptr,
                                    static_cast<int>(m_instrument.criteria().size()))
                                     .arg(m_instrument.id(), m_instrument.version()));
        return;
    }
    const QString file = QDir::toNativeSeparators(m_database->path());
    statusBar()->showMessage(
        m_database->isReadOnly()
            ? tr("%n review(s) in %1, read-only: %2", nullptr, reviewList()->reviewCount())
                  .arg(file, m_database->readOnlyReason())
            : tr("%n review(s) in %1", nullptr, reviewList()->reviewCount()).arg(file));
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message);
}

void MainWindow::showSaved(const QString &description)
{
    statusBar()->showMessage(
        tr("Saved %1: %2").arg(DateText::timeWithSeconds(QTime::currentTime()), description));
    if (!showOpenReviewAgain())
        reloadReviews();
}

void MainWindow::showFailure(const QString &title, const QString &message)
{
    statusBar()->showMessage(tr("Not saved: %1").arg(title));
    MessageBox::critical(this, title, message);
}

bool MainWindow::openReview(qint64 reviewId)
{
    if (!m_repository || reviewId == 0)
        return false;
    if (m_session && m_session->reviewId() == reviewId) {
        m_ui->pages->setCurrentWidget(workspace());
        return true;
    }
    ReviewDocument document;
    StorageError error = m_repository->loadReview(reviewId, document);
    const Instrument *instrument = error
        ? nullptr
        : m_repository->catalog(document.review.catalogId, document.review.catalogVersion, error);
    if (error || !instrument) {
        MessageBox::critical(this, tr("Review Not Opened"), error.message());
        return false;
    }
    closeReview();
    std::optional<ReviewDocument> previous = previousReview(document);
    m_session = std::make_unique<ReviewSession>(*m_repository, *instrument, std::move(document),
                                                !m_database->isReadOnly());
    m_session->setPreviousReview(std::move(previous));
    connect(m_session.get(), &ReviewSession::saved, this, &MainWindow::showSaved);
    connect(m_session.get(), &ReviewSession::failed, this, &MainWindow::showFailure);
    connect(m_session.get(), &ReviewSession::changed, this, &MainWindow::updateActions);
    m_undoActions->follow(m_session->undoStack());
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_session)
            m_undoActions->follow(m_session->undoStack());
    });
    workspace()->setSession(m_session.get(), language());
    m_ui->pages->setCurrentWidget(m_workspace);
    reviewList()->selectReview(reviewId, m_session->document().site.uuid);
    QSettings().setValue(lastReviewKey(), m_session->document().review.uuid);
    statusBar()->showMessage(m_session->isEditable()
                                 ? tr("Review opened. Every change is saved at once.")
                                 : tr("Review opened read-only."));
    updateActions();
    m_workspace->walk()->page()->focusRating();
    return true;
}

void MainWindow::closeReview()
{
    if (!m_session)
        return;
    m_workspace->flush();
    m_workspace->setSession(nullptr, language());
    m_session.reset();
    m_ui->pages->setCurrentIndex(0);
    if (m_database)
        QSettings().remove(lastReviewKey());
    updateActions();
}

std::optional<ReviewDocument> MainWindow::previousReview(const ReviewDocument &document)
{
    const ReviewSummary *previous = reviewList()->previousReview(
        document.site.uuid, document.review.uuid, document.review.visitStart);
    ReviewDocument loaded;
    if (!previous || m_repository->loadReview(previous->id, loaded))
        return std::nullopt;
    return loaded;
}

qint64 MainWindow::currentReviewId() const
{
    if (m_session && m_ui->pages->currentWidget() == m_workspace)
        return m_session->reviewId();
    return reviewList()->currentReviewId();
}

void MainWindow::setInstrument(Instrument instrument)
{
    m_instrument = std::move(instrument);
    retranslate();
}

bool MainWindow::showCriterion(const QString &id)
{
    return m_catalogActions->showCriterion(id);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        // The catalog texts of the open review follow the language too.
        if (m_session)
            m_workspace->setSession(m_session.get(), language());
        reloadReviews();
        updateActions();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Typing not yet saved is saved before the window goes, and its tool windows go with it:
    // no Laatu process may live on without a window, holding the writer lock.
    if (m_workspace)
        m_workspace->flush();
    m_analysisActions->closeViews();
    m_programmeActions->stop(); // after the review it is sending; the rest stays pending
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_ui->splitter->saveState());
    if (m_workspace) // else as it was stored: no review was opened
        settings.setValue(kWalkSplitterKey, m_workspace->walk()->splitter()->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_database ? tr("Laatu – %1").arg(QFileInfo(m_database->path()).fileName())
                              : tr("Laatu – %1").arg(m_instrument.name().text(language())));
    m_languageMenu->retranslate();
    m_ui->catalogTitleLabel->setText(
        tr("%1 · version %2").arg(m_instrument.name().text(language()), m_instrument.version()));
    m_reviewDock->setWindowTitle(tr("Sites and Reviews"));
    m_undoActions->retranslate();
    showStatus();
    m_catalogActions->show(m_instrument, language());
}

} // namespace laatu::gui
