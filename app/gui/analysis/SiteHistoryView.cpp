#include "SiteHistoryView.h"

#include "gui/analysis/ChartExporter.h"
#include "gui/analysis/CriterionChangesPanel.h"
#include "gui/analysis/FidelityTrendChart.h"
#include "gui/analysis/FollowUpTree.h"
#include "gui/analysis/NextReviewDueLabel.h"
#include "gui/analysis/OutcomesPanel.h"
#include "gui/analysis/ReviewScopeChoice.h"
#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"

#include "i18n/Translator.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"
#include "storage/SiteRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace laatu::gui {

SiteHistoryView::SiteHistoryView(Database &database, ReviewRepository &repository, QWidget *parent)
    : QWidget(parent)
    , m_source(database, repository)
    // Catalogs only: the one cache of them serves both scopes.
    , m_shown(repository)
    // Created in the order of the tab chain.
    , m_siteLabel(new QLabel(this))
    , m_site(new QComboBox(this))
    , m_showSections(new QCheckBox(this))
    , m_exportChart(new QPushButton(this))
    , m_scopeChoice(new ReviewScopeChoice(this))
    , m_nextDue(new NextReviewDueLabel(this))
    , m_chart(new FidelityTrendChart(this))
    , m_reviewsHeading(new QLabel(this))
    , m_reviews(new SiteReviewsTable(m_shown, this))
    , m_tabs(new QTabWidget(this))
    , m_changes(new CriterionChangesPanel(m_shown, m_tabs))
    , m_followUps(new FollowUpTree(m_shown, this))
    // Outcomes are written through the main connection, whatever the scope.
    , m_outcomes(new OutcomesPanel(database, m_shown, m_tabs))
{
    setObjectName(QStringLiteral("siteHistoryView"));
    m_site->setObjectName(QStringLiteral("historySite"));
    m_exportChart->setObjectName(QStringLiteral("exportTrendChart"));

    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_site->setMinimumContentsLength(28);
    m_siteLabel->setBuddy(m_site);
    QFont headingFont = m_reviewsHeading->font();
    headingFont.setBold(true);
    m_reviewsHeading->setFont(headingFont);
    m_showSections->setChecked(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_siteLabel);
    top->addWidget(m_site);
    top->addSpacing(12);
    top->addWidget(m_showSections);
    top->addStretch(1);
    top->addWidget(m_exportChart);

    m_tabs->addTab(m_changes, QString());
    m_tabs->addTab(m_followUps, QString());
    m_tabs->addTab(m_outcomes, QString());

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(createChartAndReviews());
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The criterion names of the changes need room: a bit over a third of the width.
    split->setSizes({760, 520});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    // Whose reviews, below the site (too long for its row in Swedish); hidden, it takes no room.
    layout->addWidget(m_scopeChoice, 0, Qt::AlignLeft);
    layout->addWidget(m_nextDue);
    layout->addWidget(split, 1);

    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            loadSite(m_site->currentData().toString());
    });
    connect(m_scopeChoice, &ReviewScopeChoice::scopeChosen, this, &SiteHistoryView::chooseScope);
    connect(m_showSections, &QCheckBox::toggled, m_chart, &FidelityTrendChart::setShowSections);
    connect(m_exportChart, &QPushButton::clicked, this, &SiteHistoryView::exportChartAs);
    connect(m_reviews, &SiteReviewsTable::reviewActivated, this, &SiteHistoryView::reviewActivated);
    connect(m_outcomes, &OutcomesPanel::outcomesChanged, this,
            [this] { loadSite(m_shown.history().site().uuid); });

    m_shown.setLanguage(Translator::currentLanguage());
    retranslate();
    readSource();
    loadSites();
    if (m_site->count() > 0)
        loadSite(m_site->currentData().toString());
    else
        refresh();
}

QWidget *SiteHistoryView::createChartAndReviews()
{
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *chartAndTable = new QSplitter(Qt::Vertical, left);
    chartAndTable->setChildrenCollapsible(false);
    chartAndTable->addWidget(m_chart);
    auto *tableBox = new QWidget(chartAndTable);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 4, 0, 0);
    tableLayout->addWidget(m_reviewsHeading);
    tableLayout->addWidget(m_reviews);
    chartAndTable->addWidget(tableBox);
    chartAndTable->setStretchFactor(0, 3);
    chartAndTable->setStretchFactor(1, 2);
    leftLayout->addWidget(chartAndTable);
    return left;
}

void SiteHistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_shown.setLanguage(Translator::currentLanguage());
        retranslate();
        // Rebuilt so catalog texts (levels, criteria, sections) follow the language too.
        refresh();
    }
    QWidget::changeEvent(event);
}

void SiteHistoryView::retranslate()
{
    m_siteLabel->setText(tr("&Site:"));
    m_site->setAccessibleName(tr("Site"));
    m_showSections->setText(tr("Show s&ections"));
    m_showSections->setToolTip(tr("Adds a line per section of the catalog to the chart."));
    m_scopeChoice->retranslate();
    m_exportChart->setText(tr("E&xport Chart…"));
    m_exportChart->setToolTip(tr("Saves the chart as a PNG or SVG image."));
    m_reviewsHeading->setText(tr("Reviews"));
    m_reviews->retranslate();
    m_tabs->setAccessibleName(tr("Changes and follow-up"));
    m_tabs->setFocusPolicy(Qt::NoFocus); // the tab bar takes the focus
    m_tabs->setTabText(0, tr("&Changes"));
    m_tabs->setTabText(1, tr("&Follow-up"));
    m_tabs->setTabText(2, tr("&Outcomes"));
    m_changes->retranslate();
    m_followUps->retranslate();
    m_outcomes->retranslate();
    m_nextDue->retranslate();
}

void SiteHistoryView::loadSites()
{
    QList<Site> sites;
    if (StorageError error = SiteRepository(m_source.database()).listSites(sites)) {
        MessageBox::critical(this, tr("Site History"), error.message());
        return;
    }
    std::sort(sites.begin(), sites.end(),
              [](const Site &a, const Site &b) { return a.name.localeAwareCompare(b.name) < 0; });
    const QString current = currentSiteUuid();
    m_filling = true;
    m_site->clear();
    for (const Site &site : sites) {
        if (site.archived)
            continue;
        m_site->addItem(site.municipality.isEmpty()
                            ? site.name
                            : tr("%1 – %2").arg(site.name, site.municipality),
                        site.uuid);
    }
    const int index = m_site->findData(current);
    m_site->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
}

void SiteHistoryView::readSource()
{
    if (StorageError error = m_source.refresh())
        MessageBox::critical(this, tr("Site History"), error.message());
    m_scopeChoice->showSource(m_source);
}

void SiteHistoryView::chooseScope(AnalysisSource::Scope scope)
{
    if (StorageError error = m_source.setScope(scope)) {
        MessageBox::critical(this, tr("Site History"), error.message());
        m_scopeChoice->showSource(m_source);
        return;
    }
    reloadSites();
}

void SiteHistoryView::reload()
{
    readSource();
    reloadSites();
}

void SiteHistoryView::reloadSites()
{
    const QString uuid = currentSiteUuid();
    loadSites();
    // None left (a laptop without reviews of its own): an empty history, not the old one.
    if (!showSite(uuid))
        loadSite(m_site->currentData().toString());
}

QString SiteHistoryView::currentSiteUuid() const
{
    return m_site->currentData().toString();
}

bool SiteHistoryView::showSite(const QString &siteUuid)
{
    const int index = m_site->findData(siteUuid.toLower());
    if (index < 0)
        return false;
    m_filling = true;
    m_site->setCurrentIndex(index);
    m_filling = false;
    loadSite(siteUuid.toLower());
    return true;
}

void SiteHistoryView::loadSite(QString siteUuid)
{
    m_shown.setHistory(SiteHistory());
    if (!siteUuid.isEmpty()) {
        SiteHistory history;
        if (StorageError error
            = SiteHistory::load(m_source.database(), m_source.repository(), siteUuid, history))
            MessageBox::critical(this, tr("Site History"), error.message());
        else
            m_shown.setHistory(history);
    }
    refresh();
}

void SiteHistoryView::refresh()
{
    const SiteHistory &history = m_shown.history();
    if (const Instrument *instrument = m_shown.instrumentOf(m_shown.newestIndex())) {
        m_chart->setTitle(tr("Fidelity over time: %1").arg(history.site().name));
        m_chart->setHistory(history, *instrument, m_shown.language());
    } else {
        m_chart->setTitle(history.site().name.isEmpty()
                              ? tr("Fidelity over time")
                              : tr("Fidelity over time: %1").arg(history.site().name));
        m_chart->clear();
    }
    m_nextDue->showDue(history);
    m_reviews->refresh();
    m_changes->refresh();
    m_followUps->refresh();
    m_outcomes->refresh();
    m_exportChart->setEnabled(!history.entries().isEmpty());
}

void SiteHistoryView::setComparedReviews(int fromIndex, int toIndex)
{
    m_changes->setComparedReviews(fromIndex, toIndex);
}

bool SiteHistoryView::addOutcome()
{
    return m_outcomes->addOutcome();
}

bool SiteHistoryView::removeOutcome(int row)
{
    return m_outcomes->removeOutcome(row);
}

QTableWidget *SiteHistoryView::changesTable() const
{
    return m_changes->table();
}

QTreeWidget *SiteHistoryView::followUpTree() const
{
    return m_followUps;
}

QTableWidget *SiteHistoryView::outcomeTable() const
{
    return m_outcomes->table();
}

QString SiteHistoryView::nextDueText() const
{
    return m_nextDue->text();
}

QString SiteHistoryView::exportChart(const QString &path) const
{
    return ChartExporter::save(
        path, QSize(1000, 560),
        [this](QPainter &painter, const QRectF &rect) { m_chart->render(painter, rect); },
        m_chart->accessibleDescription());
}

void SiteHistoryView::exportChartAs()
{
    const QString path = FileDialog::saveFileName(
        this, tr("Export Chart"), tr("fidelity-%1.png").arg(m_shown.history().site().name),
        ChartExporter::fileFilter());
    if (path.isEmpty())
        return;
    if (const QString error = exportChart(path); !error.isEmpty())
        MessageBox::critical(this, tr("Chart Not Saved"), error);
}

} // namespace laatu::gui
