#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "gui/analysis/CountyComparisonView.h"
#include "gui/analysis/SiteHistoryView.h"
#include "gui/common/DialogRunner.h"
#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"
#include "gui/findings/FindingsView.h"
#include "gui/main/ReviewWorkspace.h"
#include "gui/report/ReportOptionsDialog.h"
#include "gui/session/ReviewSession.h"
#include "gui/sites/NewReviewWizard.h"
#include "gui/sites/ReviewBrowser.h"
#include "gui/sites/ReviewListPanel.h"
#include "gui/sites/SiteDialog.h"
#include "gui/walk/CriterionHtml.h"
#include "gui/walk/CriterionPage.h"
#include "gui/walk/CriterionWalk.h"

#include "LaatuVersion.h"
#include "analysis/RaterExport.h"
#include "analysis/RaterFileMerger.h"
#include "exchange/ReviewFileIo.h"
#include "i18n/Translator.h"
#include "instrument/CatalogReader.h"
#include "report/ReportRenderer.h"
#include "report/ReportSource.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTime>
#include <QUndoGroup>
#include <QUuid>

namespace laatu::gui {

namespace {
constexpr int kCriterionIdRole = Qt::UserRole + 1;
const QString kLanguageKey = QStringLiteral("ui/language");
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
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({340, 760});
    connect(m_ui->criteriaTree, &QTreeWidget::currentItemChanged, this,
            &MainWindow::showCurrentItem);

    m_workspace = new ReviewWorkspace(m_ui->pages);
    m_ui->pages->addWidget(m_workspace);
    connect(m_workspace, &ReviewWorkspace::finaliseRequested, this, &MainWindow::finaliseReview);
    connect(m_workspace, &ReviewWorkspace::reopenRequested, this, &MainWindow::reopenReview);
    connect(m_workspace, &ReviewWorkspace::closeRequested, this, &MainWindow::closeReview);

    m_reviewDock = new QDockWidget(this);
    m_reviewDock->setObjectName(QStringLiteral("reviewDock"));
    m_reviewDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_browser = new ReviewBrowser(m_reviewDock);
    m_reviewDock->setWidget(m_browser);
    addDockWidget(Qt::LeftDockWidgetArea, m_reviewDock);
    m_reviewDock->hide(); // shown once a database is open
    connect(m_browser, &ReviewBrowser::newReviewRequested, this, &MainWindow::newReview);
    connect(m_browser, &ReviewBrowser::openRequested, this,
            [this] { openReview(reviewList()->currentReviewId()); });
    connect(reviewList(), &ReviewListPanel::reviewActivated, this, &MainWindow::openReview);
    connect(reviewList(), &QTreeWidget::currentItemChanged, this, &MainWindow::updateActions);

    setUpActions();
    fillLanguageMenu();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()) && screen()) {
        // First start: most of the screen, so the review list and a criterion fit side by side.
        const QRect available = screen()->availableGeometry();
        resize(available.width() * 9 / 10, available.height() * 9 / 10);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_workspace->walk()->splitter()->restoreState(settings.value(kWalkSplitterKey).toByteArray());
    retranslate();
    updateActions();
}

MainWindow::~MainWindow()
{
    m_session.reset();
}

void MainWindow::setUpActions()
{
    m_ui->openCatalogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    m_ui->newReviewAction->setShortcut(QKeySequence::New);
    m_ui->followUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_ui->deleteReviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_ui->editSiteAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_ui->closeReviewAction->setShortcut(QKeySequence::Close);
    m_ui->showCriteriaAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    m_ui->showConsensusAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    m_ui->showFindingsAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    m_ui->finaliseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_ui->exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_ui->printReportAction->setShortcut(QKeySequence::Print);
    connect(m_ui->exportReportAction, &QAction::triggered, this, &MainWindow::exportReport);
    connect(m_ui->printReportAction, &QAction::triggered, this, &MainWindow::printReport);
    connect(m_ui->exportMyRatingsAction, &QAction::triggered, this, &MainWindow::exportMyRatings);
    connect(m_ui->mergeRatingsAction, &QAction::triggered, this, &MainWindow::mergeRatings);
    m_ui->siteHistoryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_ui->countyComparisonAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_ui->siteHistoryAction, &QAction::triggered, this, &MainWindow::showSiteHistory);
    connect(m_ui->countyComparisonAction, &QAction::triggered, this,
            &MainWindow::showCountyComparison);
    connect(m_ui->openCatalogAction, &QAction::triggered, this, &MainWindow::openCatalogFile);
    connect(m_ui->builtInCatalogAction, &QAction::triggered, this, &MainWindow::useBuiltInCatalog);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->newReviewAction, &QAction::triggered, this, &MainWindow::newReview);
    connect(m_ui->openReviewAction, &QAction::triggered, this,
            [this] { openReview(reviewList()->currentReviewId()); });
    connect(m_ui->followUpAction, &QAction::triggered, this, &MainWindow::followUpReview);
    connect(m_ui->deleteReviewAction, &QAction::triggered, this, &MainWindow::deleteReview);
    connect(m_ui->newSiteAction, &QAction::triggered, this, &MainWindow::newSite);
    connect(m_ui->editSiteAction, &QAction::triggered, this, &MainWindow::editSite);
    connect(m_ui->archiveSiteAction, &QAction::triggered, this, &MainWindow::toggleArchiveSite);
    connect(m_ui->finaliseAction, &QAction::triggered, this, &MainWindow::finaliseReview);
    connect(m_ui->reopenAction, &QAction::triggered, this, &MainWindow::reopenReview);
    connect(m_ui->closeReviewAction, &QAction::triggered, this, &MainWindow::closeReview);
    const QList<QAction *> tabActions {m_ui->showCriteriaAction, m_ui->showConsensusAction,
                                       m_ui->showFindingsAction};
    for (int i = 0; i < tabActions.size(); ++i)
        connect(tabActions.at(i), &QAction::triggered, this,
                [this, i] { m_workspace->tabs()->setCurrentIndex(i); });

    // Undo and redo follow whichever review is open.
    m_undoGroup = new QUndoGroup(this);
    m_undoAction = m_undoGroup->createUndoAction(this);
    m_redoAction = m_undoGroup->createRedoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    // Both common redo keys, whatever the platform's own binding is.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(keys))
            redoKeys << keys;
    m_redoAction->setShortcuts(redoKeys);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_ui->editMenu->addAction(m_undoAction);
    m_ui->editMenu->addAction(m_redoAction);

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
    m_historyView.reset();
    m_comparisonView.reset();
    m_sites.reset();
    m_repository.reset();
    m_database = std::move(database);
    if (m_database) {
        m_repository = std::make_unique<ReviewRepository>(*m_database);
        m_sites = std::make_unique<SiteRepository>(*m_database);
    }
    m_reviewDock->setVisible(m_database != nullptr);
    if (m_database && !QSettings().contains(kStateKey))
        resizeDocks({m_reviewDock}, {width() * 3 / 10}, Qt::Horizontal);
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

void MainWindow::reloadReviews()
{
    if (!m_repository)
        return;
    QList<ReviewSummary> reviews;
    QList<Site> sites;
    StorageError error = m_repository->listReviews(reviews);
    if (!error)
        error = m_sites->listSites(sites);
    if (error) {
        MessageBox::critical(this, tr("Reviews Not Loaded"), error.message());
        return;
    }
    reviewList()->setContents(sites, reviews, [this](const QString &id, const QString &version) {
        StorageError lookupError;
        return m_repository->catalog(id, version, lookupError);
    });
    if (m_session)
        reviewList()->selectReview(m_session->reviewId());
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

void MainWindow::showSaved(const QString &description)
{
    statusBar()->showMessage(
        tr("Saved %1: %2")
            .arg(QLocale().toString(QTime::currentTime(), QLocale::LongFormat), description));
    reloadReviews();
}

void MainWindow::showFailure(const QString &title, const QString &message)
{
    statusBar()->showMessage(tr("Not saved: %1").arg(title));
    MessageBox::critical(this, title, message);
}

void MainWindow::updateActions()
{
    const bool writable = m_database && !m_database->isReadOnly();
    const bool reviewChosen = reviewList()->currentReviewId() != 0;
    const bool siteChosen = !reviewList()->currentSiteUuid().isEmpty();
    const bool open = m_session != nullptr;
    m_ui->newReviewAction->setEnabled(writable);
    m_ui->openReviewAction->setEnabled(reviewChosen);
    m_ui->followUpAction->setEnabled(writable && (reviewChosen || open));
    m_ui->deleteReviewAction->setEnabled(writable && reviewChosen);
    m_ui->newSiteAction->setEnabled(writable);
    m_ui->editSiteAction->setEnabled(writable && siteChosen);
    m_ui->archiveSiteAction->setEnabled(writable && siteChosen);
    const Site *site = siteChosen ? reviewList()->site(reviewList()->currentSiteUuid()) : nullptr;
    m_ui->archiveSiteAction->setText(site && site->archived ? tr("Restore Archived Site")
                                                            : tr("&Archive Site"));
    for (QAction *action : {m_ui->showCriteriaAction, m_ui->showConsensusAction,
                            m_ui->showFindingsAction, m_ui->closeReviewAction})
        action->setEnabled(open);
    m_ui->finaliseAction->setEnabled(open && m_session->isEditable());
    m_ui->exportReportAction->setEnabled(reportReviewId() != 0);
    m_ui->exportMyRatingsAction->setEnabled(reportReviewId() != 0);
    m_ui->mergeRatingsAction->setEnabled(writable);
    m_ui->siteHistoryAction->setEnabled(m_database != nullptr);
    m_ui->countyComparisonAction->setEnabled(m_database != nullptr);
    m_ui->printReportAction->setEnabled(reportReviewId() != 0);
    m_ui->reopenAction->setEnabled(open && writable && m_session->isFinal());
}

bool MainWindow::openReview(qint64 reviewId)
{
    if (!m_repository || reviewId == 0)
        return false;
    if (m_session && m_session->reviewId() == reviewId) {
        m_ui->pages->setCurrentWidget(m_workspace);
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
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    m_workspace->setSession(m_session.get(), language());
    m_ui->pages->setCurrentWidget(m_workspace);
    reviewList()->selectReview(reviewId);
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
    // From the list already loaded: rereading thousands of reviews per open would be slow.
    const ReviewSummary *previous = nullptr;
    for (const ReviewSummary &review : reviewList()->reviews())
        if (review.siteUuid == document.site.uuid && review.uuid != document.review.uuid
            && review.visitStart < document.review.visitStart
            && (!previous || review.visitStart >= previous->visitStart))
            previous = &review;
    ReviewDocument loaded;
    if (!previous || m_repository->loadReview(previous->id, loaded))
        return std::nullopt;
    return loaded;
}

std::optional<Site> MainWindow::askNewSite()
{
    SiteDialog dialog(Site {}, reviewList()->counties(), this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return std::nullopt;
    Site site = dialog.site();
    if (StorageError error = m_sites->saveSite(site)) {
        MessageBox::critical(this, tr("Site Not Saved"), error.message());
        return std::nullopt;
    }
    reloadReviews();
    return site;
}

void MainWindow::newSite()
{
    if (!m_sites)
        return;
    if (const std::optional<Site> site = askNewSite()) {
        reviewList()->selectSite(site->uuid);
        statusBar()->showMessage(tr("Site %1 added").arg(site->name));
    }
}

void MainWindow::editSite()
{
    const Site *current = reviewList()->site(reviewList()->currentSiteUuid());
    if (!current || !m_sites)
        return;
    SiteDialog dialog(*current, reviewList()->counties(), this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    Site site = dialog.site();
    if (StorageError error = m_sites->saveSite(site)) {
        MessageBox::critical(this, tr("Site Not Saved"), error.message());
        return;
    }
    reloadReviews();
    statusBar()->showMessage(tr("Site %1 saved").arg(site.name));
}

void MainWindow::toggleArchiveSite()
{
    const Site *current = reviewList()->site(reviewList()->currentSiteUuid());
    if (!current || !m_sites)
        return;
    Site site = *current;
    site.archived = !site.archived;
    if (StorageError error = m_sites->saveSite(site)) {
        MessageBox::critical(this, tr("Site Not Saved"), error.message());
        return;
    }
    reloadReviews();
    statusBar()->showMessage(
        site.archived ? tr("Site %1 archived; “Show archived sites” lists it.").arg(site.name)
                      : tr("Site %1 is active again").arg(site.name));
    updateActions();
}

bool MainWindow::createReview(ReviewDocument document)
{
    bool unchanged = false;
    if (StorageError error = m_repository->saveReview(document, unchanged)) {
        MessageBox::critical(this, tr("Review Not Created"), error.message());
        return false;
    }
    reloadReviews();
    qint64 id = 0;
    m_repository->findReview(document.review.uuid, id);
    return openReview(id);
}

void MainWindow::newReview()
{
    if (!m_repository || m_database->isReadOnly())
        return;
    QList<Site> sites;
    m_sites->listSites(sites);
    NewReviewWizard wizard(
        sites, m_instrument, [this] { return askNewSite(); }, this);
    if (!reviewList()->currentSiteUuid().isEmpty())
        wizard.setSite(reviewList()->currentSiteUuid());
    if (DialogRunner::exec(wizard) != QDialog::Accepted)
        return;
    createReview(wizard.document());
}

void MainWindow::followUpReview()
{
    if (!m_repository || m_database->isReadOnly())
        return;
    const qint64 sourceId = reviewList()->currentReviewId()
        ? reviewList()->currentReviewId()
        : (m_session ? m_session->reviewId() : 0);
    ReviewDocument source;
    if (StorageError error = m_repository->loadReview(sourceId, source)) {
        MessageBox::critical(this, tr("Review Not Read"), error.message());
        return;
    }
    QList<Site> sites;
    m_sites->listSites(sites);
    NewReviewWizard wizard(
        sites, m_instrument, [this] { return askNewSite(); }, this);
    wizard.setWindowTitle(tr("Follow-up Review"));
    wizard.setSite(source.site.uuid);
    wizard.setKind(source.review.kind);
    QStringList names;
    for (const Rater &rater : source.raters)
        names << rater.name;
    wizard.setRaters(names);
    const QDate due = source.review.visitStart.addMonths(6);
    wizard.setVisit(std::max(due, QDate::currentDate()), std::max(due, QDate::currentDate()));
    if (DialogRunner::exec(wizard) != QDialog::Accepted)
        return;
    ReviewDocument followUp = wizard.document();
    // What is to be checked on the visit: the actions still open, and every recommendation.
    for (const ActionItem &action : source.actions) {
        if (action.status == ActionStatus::Done || action.status == ActionStatus::Dropped)
            continue;
        ActionItem copy = action;
        copy.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        followUp.actions << copy;
    }
    for (const Finding &finding : source.findings) {
        if (finding.kind != FindingKind::Recommendation)
            continue;
        const bool already
            = std::any_of(followUp.actions.cbegin(), followUp.actions.cend(),
                          [&](const ActionItem &action) { return action.what == finding.text; });
        if (already)
            continue;
        followUp.actions << ActionItem {QUuid::createUuid().toString(QUuid::WithoutBraces),
                                        tr("Check: %1").arg(finding.text), QString(), QDate(),
                                        ActionStatus::Open};
    }
    if (createReview(followUp))
        m_workspace->tabs()->setCurrentWidget(m_workspace->findings());
}

void MainWindow::deleteReview()
{
    const qint64 id = reviewList()->currentReviewId();
    const ReviewSummary *summary = reviewList()->review(id);
    if (!summary || !m_repository)
        return;
    const QString question
        = tr("Delete the review of %1 on %2 with all its ratings, notes, findings and actions?"
             "\n\nThis cannot be undone. The daily backup still holds it until it is rotated.")
              .arg(summary->siteName,
                   QLocale().toString(summary->visitStart, QLocale::ShortFormat));
    if (MessageBox::question(this, tr("Delete Review"), question) != QMessageBox::Yes)
        return;
    if (m_session && m_session->reviewId() == id)
        closeReview();
    if (StorageError error = m_repository->deleteReview(id)) {
        MessageBox::critical(this, tr("Review Not Deleted"), error.message());
        return;
    }
    reloadReviews();
    statusBar()->showMessage(tr("Review deleted"));
    updateActions();
}

void MainWindow::finaliseReview()
{
    if (!m_session)
        return;
    m_workspace->flush();
    if (MessageBox::question(this, tr("Finalise Review"),
                             tr("Make the review final? It is then read-only; reopening it "
                                "later is possible and is logged with its reason."))
        != QMessageBox::Yes)
        return;
    m_session->finalise();
    updateActions();
}

void MainWindow::reopenReview()
{
    if (!m_session || !m_session->isFinal())
        return;
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Reopen Review"));
    dialog.setLabelText(tr("Why is the final review reopened? The reason goes into the review's "
                           "log with every change that follows."));
    dialog.setInputMode(QInputDialog::TextInput);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    const QString reason = dialog.textValue().trimmed();
    if (reason.isEmpty()) {
        MessageBox::information(this, tr("Reopen Review"),
                                tr("The review stays final: a reason is needed to reopen it."));
        return;
    }
    m_session->reopen(reason);
    updateActions();
}

qint64 MainWindow::reportReviewId() const
{
    if (m_session && m_ui->pages->currentWidget() == m_workspace)
        return m_session->reviewId();
    return reviewList()->currentReviewId();
}

bool MainWindow::askReportOptions(ReportOptions &options)
{
    options.language = language();
    ReportOptionsDialog dialog(options, this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return false;
    options = dialog.options();
    return true;
}

bool MainWindow::exportReport()
{
    const qint64 id = reportReviewId();
    if (!m_repository || id == 0)
        return false;
    m_workspace->flush();
    ReportOptions options;
    if (!askReportOptions(options))
        return false;
    ReportModel model;
    if (StorageError error = ReportSource::build(*m_repository, id, options, model)) {
        MessageBox::critical(this, tr("Report Not Made"), error.message());
        return false;
    }
    const ReviewSummary *summary = reviewList()->review(id);
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("%1 review %2.pdf")
                            .arg(summary ? summary->siteName : tr("Laatu"),
                                 summary ? summary->visitStart.toString(Qt::ISODate) : QString()));
    const QString path = FileDialog::saveFileName(this, tr("Export Report as PDF"), suggested,
                                                  tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    int pages = 0;
    const QString problem = ReportRenderer::writePdf(model, path, &pages);
    if (!problem.isEmpty()) {
        MessageBox::critical(this, tr("Report Not Saved"), problem);
        return false;
    }
    statusBar()->showMessage(
        tr("Report saved: %1 (%n page(s))", nullptr, pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::printReport()
{
    const qint64 id = reportReviewId();
    if (!m_repository || id == 0)
        return;
    m_workspace->flush();
    ReportOptions options;
    if (!askReportOptions(options))
        return;
    ReportModel model;
    if (StorageError error = ReportSource::build(*m_repository, id, options, model)) {
        MessageBox::critical(this, tr("Report Not Made"), error.message());
        return;
    }
    // The same pages as the PDF: the renderer's page layout and resolution.
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportRenderer::pageLayout());
    printer.setResolution(ReportRenderer::kPdfResolution);
    printer.setDocName(QStringLiteral("%1 \u2013 %2").arg(model.title, model.siteName));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print Report"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&model](QPrinter *target) { ReportRenderer::render(model, *target); });
    DialogRunner::exec(preview);
}

bool MainWindow::exportMyRatings()
{
    const qint64 id = reportReviewId();
    if (!m_repository || id == 0)
        return false;
    m_workspace->flush();
    ReviewDocument review;
    if (StorageError error = m_repository->loadReview(id, review)) {
        MessageBox::critical(this, tr("Ratings Not Exported"), error.message());
        return false;
    }
    if (review.raters.isEmpty())
        return false;
    QStringList names;
    for (const Rater &rater : review.raters)
        names << rater.name;
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Export My Ratings"));
    dialog.setLabelText(tr("Whose ratings? The file holds that reviewer's own ratings and notes "
                           "only, for the lead reviewer to merge."));
    dialog.setComboBoxItems(names);
    const QString current = m_session && !m_workspace->walk()->sheet().isEmpty()
        ? m_session->raterName(m_workspace->walk()->sheet())
        : names.constFirst();
    dialog.setTextValue(current);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return false;
    QString problem;
    const std::optional<Rater> rater = RaterExport::findRater(review, dialog.textValue(), problem);
    if (!rater) {
        MessageBox::critical(this, tr("Ratings Not Exported"), problem);
        return false;
    }
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("%1 - %2 - ratings.laatu.json").arg(review.site.name, rater->name));
    const QString path = FileDialog::saveFileName(this, tr("Export My Ratings"), suggested,
                                                  tr("Laatu review files (*.json)"));
    if (path.isEmpty())
        return false;
    problem = ReviewFileIo::write(path, RaterExport::myRatings(review, *rater));
    if (!problem.isEmpty()) {
        MessageBox::critical(this, tr("Ratings Not Exported"), problem);
        return false;
    }
    statusBar()->showMessage(
        tr("%1's ratings saved to %2").arg(rater->name, QDir::toNativeSeparators(path)));
    return true;
}

bool MainWindow::mergeRatings()
{
    if (!m_repository || m_database->isReadOnly())
        return false;
    m_workspace->flush();
    const QString path = FileDialog::openFileName(this, tr("Merge Reviewer's Ratings"),
                                                  tr("Laatu review files (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    const RaterFileMerger::Result result
        = RaterFileMerger::mergeFiles(*m_repository, {path}, ConflictPolicy::KeepStored);
    if (!result.fileProblems.isEmpty() || result.databaseError) {
        MessageBox::critical(this, tr("Ratings Not Merged"),
                             tr("Nothing was changed.\n\n%1")
                                 .arg(result.fileProblems.isEmpty()
                                          ? result.databaseError.message()
                                          : result.fileProblems.join(QLatin1Char('\n'))));
        return false;
    }
    // Show the merged review as it is now stored.
    const qint64 id = result.files.isEmpty() ? 0 : result.files.constFirst().reviewId;
    if (m_session && m_session->reviewId() == id)
        closeReview();
    reloadReviews();
    openReview(id);
    QStringList conflicts;
    for (const RaterFileMerger::FileResult &file : result.files)
        for (const MergeConflict &conflict : file.merge.conflicts)
            conflicts << RaterMerge::describe(conflict, file.merge.merged);
    if (!conflicts.isEmpty()) {
        MessageBox::information(
            this, tr("Ratings Merged with Differences"),
            tr("The ratings were merged. Where the file and this laptop hold different values "
               "for the same reviewer, the values here were kept; check these with the "
               "reviewer:\n\n• %1")
                .arg(conflicts.mid(0, 20).join(QStringLiteral("\n• "))));
    } else {
        statusBar()->showMessage(
            result.changed() ? tr("Ratings merged from %1").arg(QDir::toNativeSeparators(path))
                             : tr("Nothing new in %1: it was merged before")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    return true;
}

SiteHistoryView *MainWindow::showSiteHistory()
{
    if (!m_database)
        return nullptr;
    if (!m_historyView) {
        m_historyView = std::make_unique<SiteHistoryView>(*m_database, *m_repository);
        m_historyView->setWindowFlag(Qt::Window);
        m_historyView->resize(size() * 9 / 10);
        connect(m_historyView.get(), &SiteHistoryView::reviewActivated, this, [this](qint64 id) {
            openReview(id);
            raise();
            activateWindow();
        });
    } else {
        m_historyView->reload();
    }
    const QString site
        = m_session ? m_session->document().site.uuid : reviewList()->currentSiteUuid();
    if (!site.isEmpty())
        m_historyView->showSite(site);
    m_historyView->setWindowTitle(tr("Site History – Laatu"));
    m_historyView->show();
    m_historyView->raise();
    m_historyView->activateWindow();
    return m_historyView.get();
}

CountyComparisonView *MainWindow::showCountyComparison()
{
    if (!m_database)
        return nullptr;
    if (!m_comparisonView) {
        m_comparisonView = std::make_unique<CountyComparisonView>(*m_database, *m_repository);
        m_comparisonView->setWindowFlag(Qt::Window);
        m_comparisonView->resize(size() * 9 / 10);
    } else {
        m_comparisonView->reload();
    }
    const Site *site = reviewList()->site(reviewList()->currentSiteUuid());
    if (m_session)
        m_comparisonView->setCounty(m_session->document().site.county);
    else if (site)
        m_comparisonView->setCounty(site->county);
    m_comparisonView->setWindowTitle(tr("County Comparison – Laatu"));
    m_comparisonView->show();
    m_comparisonView->raise();
    m_comparisonView->activateWindow();
    return m_comparisonView.get();
}

void MainWindow::setInstrument(Instrument instrument)
{
    m_instrument = std::move(instrument);
    retranslate();
}

bool MainWindow::showCriterion(const QString &id)
{
    for (QTreeWidgetItemIterator it(m_ui->criteriaTree); *it; ++it) {
        if ((*it)->data(0, kCriterionIdRole).toString() == id) {
            m_ui->criteriaTree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void MainWindow::fillLanguageMenu()
{
    m_languageGroup = new QActionGroup(this);
    const QString current = QSettings().value(kLanguageKey, QStringLiteral("system")).toString();
    QStringList settingsValues {QStringLiteral("system")};
    settingsValues << Translator::availableLanguages();
    for (const QString &value : settingsValues) {
        QAction *action = m_ui->languageMenu->addAction(QString());
        action->setData(value);
        action->setCheckable(true);
        action->setChecked(value == current);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, value] { chooseLanguage(value); });
    }
}

void MainWindow::chooseLanguage(const QString &setting)
{
    QSettings().setValue(kLanguageKey, setting);
    // Installing translators sends LanguageChange to every widget; changeEvent retranslates.
    Translator::install(setting);
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
    // Typing not yet saved is saved before the window goes.
    m_workspace->flush();
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_ui->splitter->saveState());
    settings.setValue(kWalkSplitterKey, m_workspace->walk()->splitter()->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_database ? tr("Laatu – %1").arg(QFileInfo(m_database->path()).fileName())
                              : tr("Laatu – %1").arg(m_instrument.name().text(language())));
    for (QAction *action : m_languageGroup->actions()) {
        const QString value = action->data().toString();
        action->setText(value == QLatin1String("system") ? tr("System Language")
                                                         : Translator::nativeName(value));
    }
    m_ui->catalogTitleLabel->setText(
        tr("%1 · version %2").arg(m_instrument.name().text(language()), m_instrument.version()));
    m_reviewDock->setWindowTitle(tr("Sites and Reviews"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    showStatus();
    fillCriteriaTree();
}

void MainWindow::fillCriteriaTree()
{
    const QString selectedId = m_ui->criteriaTree->currentItem()
        ? m_ui->criteriaTree->currentItem()->data(0, kCriterionIdRole).toString()
        : QString();
    const QSignalBlocker blocker(m_ui->criteriaTree);
    m_ui->criteriaTree->clear();
    for (const Section &section : m_instrument.sections()) {
        auto *sectionItem
            = new QTreeWidgetItem(m_ui->criteriaTree, {section.name.text(language())});
        QFont bold = sectionItem->font(0);
        bold.setBold(true);
        sectionItem->setFont(0, bold);
        for (const QString &id : section.criterionIds) {
            const Criterion *criterion = m_instrument.criterion(id);
            auto *item = new QTreeWidgetItem(sectionItem,
                                             {QStringLiteral("%1. %2")
                                                  .arg(criterion->number)
                                                  .arg(criterion->title.text(language()))});
            item->setData(0, kCriterionIdRole, id);
            item->setToolTip(0, criterion->title.text(language()));
        }
    }
    m_ui->criteriaTree->expandAll();
    if (selectedId.isEmpty() || !showCriterion(selectedId))
        m_ui->criterionView->setHtml(CriterionHtml::overview(m_instrument, language()));
    else
        showCurrentItem();
}

void MainWindow::showCurrentItem()
{
    const QTreeWidgetItem *item = m_ui->criteriaTree->currentItem();
    const Criterion *criterion
        = item ? m_instrument.criterion(item->data(0, kCriterionIdRole).toString()) : nullptr;
    m_ui->criterionView->setHtml(
        criterion ? CriterionHtml::criterion(m_instrument, *criterion, language())
                  : CriterionHtml::overview(m_instrument, language()));
}

void MainWindow::openCatalogFile()
{
    const QString path = FileDialog::openFileName(this, tr("Open Criteria Catalog"),
                                                  tr("Laatu catalogs (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const CatalogReader::Result result = CatalogReader::readFile(path);
    if (!result.ok()) {
        MessageBox::critical(
            this, tr("Catalog Not Loaded"),
            tr("%1 is not a valid criteria catalog, so the current catalog stays "
               "in use.\n\nProblems found:\n%2")
                .arg(path,
                     QStringLiteral("• ") + result.errors.mid(0, 12).join(QStringLiteral("\n• "))));
        return;
    }
    setInstrument(*result.instrument);
}

void MainWindow::useBuiltInCatalog()
{
    const CatalogReader::Result result = CatalogReader::readBuiltIn();
    if (result.ok())
        setInstrument(*result.instrument);
}

void MainWindow::showAbout()
{
    MessageBox::information(
        this, tr("About Laatu"),
        tr("Laatu %1\n\nIPS fidelity reviews against the 25 quality criteria: rate, agree, score "
           "and report, offline.\n\nThe criteria texts are written for Laatu from the public "
           "description of the scale; an organisation can load its own catalog file.")
            .arg(QStringLiteral(LAATU_VERSION_STRING)));
}

} // namespace laatu::gui
