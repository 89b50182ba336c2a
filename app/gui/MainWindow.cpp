#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "CriterionHtml.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "ReviewListPanel.h"

#include "LaatuVersion.h"
#include "i18n/Translator.h"
#include "instrument/CatalogReader.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QScreen>
#include <QSettings>

namespace laatu::gui {

namespace {
constexpr int kCriterionIdRole = Qt::UserRole + 1;
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
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
    m_ui->openCatalogAction->setShortcut(QKeySequence::Open);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    connect(m_ui->openCatalogAction, &QAction::triggered, this, &MainWindow::openCatalogFile);
    connect(m_ui->builtInCatalogAction, &QAction::triggered, this, &MainWindow::useBuiltInCatalog);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->criteriaTree, &QTreeWidget::currentItemChanged, this,
            &MainWindow::showCurrentItem);
    fillLanguageMenu();

    m_reviewDock = new QDockWidget(this);
    m_reviewDock->setObjectName(QStringLiteral("reviewDock"));
    m_reviewDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_reviewList = new ReviewListPanel(m_reviewDock);
    m_reviewDock->setWidget(m_reviewList);
    addDockWidget(Qt::LeftDockWidgetArea, m_reviewDock);
    m_reviewDock->hide(); // shown once a database is open

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()) && screen()) {
        // First start: most of the screen, so the review list and a criterion fit side by side.
        const QRect available = screen()->availableGeometry();
        resize(available.width() * 9 / 10, available.height() * 9 / 10);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_ui->splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    retranslate();
}

MainWindow::~MainWindow() = default;

QString MainWindow::language() const
{
    return Translator::currentLanguage();
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    m_repository.reset();
    m_database = std::move(database);
    if (m_database)
        m_repository = std::make_unique<ReviewRepository>(*m_database);
    m_reviewDock->setVisible(m_database != nullptr);
    if (m_database && !QSettings().contains(kStateKey))
        resizeDocks({m_reviewDock}, {width() * 2 / 5}, Qt::Horizontal);
    reloadReviews();
    retranslate();
}

void MainWindow::reloadReviews()
{
    if (!m_repository)
        return;
    QList<ReviewSummary> reviews;
    if (StorageError error = m_repository->listReviews(reviews)) {
        MessageBox::critical(this, tr("Reviews Not Loaded"), error.message());
        return;
    }
    m_reviewList->setReviews(reviews, [this](const QString &id, const QString &version) {
        StorageError error;
        return m_repository->catalog(id, version, error);
    });
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
            ? tr("%n review(s) in %1, read-only: %2", nullptr, m_reviewList->reviewCount())
                  .arg(file, m_database->readOnlyReason())
            : tr("%n review(s) in %1", nullptr, m_reviewList->reviewCount()).arg(file));
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
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_ui->splitter->saveState());
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
    m_reviewDock->setWindowTitle(tr("Reviews"));
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
