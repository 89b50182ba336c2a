#include "CountyComparisonView.h"

#include "gui/analysis/ChartExporter.h"
#include "gui/analysis/ChartPalette.h"
#include "gui/analysis/ComparisonFilterBar.h"
#include "gui/analysis/ComparisonPrintout.h"
#include "gui/analysis/ComparisonSummary.h"
#include "gui/analysis/ComparisonTableModel.h"
#include "gui/analysis/ReviewScopeChoice.h"
#include "gui/analysis/TotalsBarChart.h"
#include "gui/analysis/WeakestCriteriaTable.h"
#include "gui/common/DialogRunner.h"
#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"

#include "analysis/ComparisonCsv.h"
#include "analysis/CountyComparison.h"
#include "i18n/Translator.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace laatu::gui {

CountyComparisonView::CountyComparisonView(Database &database, ReviewRepository &repository,
                                           QWidget *parent)
    : QWidget(parent)
    , m_source(database, repository)
    // Created in the order of the tab chain.
    , m_filters(new ComparisonFilterBar(this))
    , m_exportCsv(new QPushButton(this))
    , m_exportChart(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_model(new ComparisonTableModel(this))
    , m_table(new QTableView(this))
    , m_chartHeading(new QLabel(this))
    , m_chart(new TotalsBarChart)
    , m_weakestHeading(new QLabel(this))
    , m_weakest(new WeakestCriteriaTable(this))
    , m_legend(new QLabel(this))
    , m_split(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("countyComparisonView"));
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_exportCsv->setObjectName(QStringLiteral("exportComparisonCsv"));
    m_exportChart->setObjectName(QStringLiteral("exportComparisonChart"));
    m_print->setObjectName(QStringLiteral("printComparison"));
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_legend->setTextFormat(Qt::RichText);

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setMinimumSectionSize(10);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    QFont headingFont = m_chartHeading->font();
    headingFont.setBold(true);
    m_chartHeading->setFont(headingFont);
    m_weakestHeading->setFont(headingFont);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_exportCsv, 0, Qt::AlignTop);
    actions->addWidget(m_exportChart, 0, Qt::AlignTop);
    actions->addWidget(m_print, 0, Qt::AlignTop);

    QWidget *tableBox = createTableBox();
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(tableBox);
    m_split->addWidget(createChartAndWeakest());
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addLayout(actions);
    layout->addWidget(m_split, 1);

    connect(m_split, &QSplitter::splitterMoved, this, [this] { m_userSizedSplit = true; });
    connect(m_filters, &ComparisonFilterBar::filterChanged, this, &CountyComparisonView::refresh);
    connect(m_filters->scopeChoice(), &ReviewScopeChoice::scopeChosen, this,
            &CountyComparisonView::chooseScope);
    connect(m_exportCsv, &QPushButton::clicked, this, &CountyComparisonView::exportCsvAs);
    connect(m_exportChart, &QPushButton::clicked, this, &CountyComparisonView::exportChartAs);
    connect(m_print, &QPushButton::clicked, this, &CountyComparisonView::printWithDialog);

    m_language = Translator::currentLanguage();
    retranslate();
    readSource();
    loadCounties();
    refresh();
}

QWidget *CountyComparisonView::createTableBox()
{
    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_legend);
    return tableBox;
}

QWidget *CountyComparisonView::createChartAndWeakest()
{
    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chartHeading);
    auto *scroll = new QScrollArea(chartBox);
    scroll->setObjectName(QStringLiteral("totalsChartScroll"));
    scroll->setFocusPolicy(Qt::NoFocus); // the chart inside takes the focus
    scroll->setWidget(m_chart);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    chartLayout->addWidget(scroll, 1);
    m_chartHeading->setBuddy(m_chart);

    auto *weakestBox = new QWidget(this);
    auto *weakestLayout = new QVBoxLayout(weakestBox);
    weakestLayout->setContentsMargins(0, 0, 0, 0);
    weakestLayout->addWidget(m_weakestHeading);
    weakestLayout->addWidget(m_weakest, 1);
    m_weakestHeading->setBuddy(m_weakest);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->setChildrenCollapsible(false);
    bottom->addWidget(chartBox);
    bottom->addWidget(weakestBox);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    bottom->setSizes({720, 560});
    return bottom;
}

void CountyComparisonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_language = Translator::currentLanguage();
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void CountyComparisonView::retranslate()
{
    m_filters->retranslate();
    if (auto *scroll = findChild<QWidget *>(QStringLiteral("totalsChartScroll")))
        scroll->setAccessibleName(tr("Totals chart, scrollable"));
    m_exportCsv->setText(tr("Export CS&V…"));
    m_exportCsv->setToolTip(tr("Saves the table, in the order shown, for a spreadsheet."));
    m_exportChart->setText(tr("Export C&hart…"));
    m_exportChart->setToolTip(tr("Saves the totals chart as a PNG or SVG image."));
    m_print->setText(tr("&Print…"));
    m_table->setAccessibleName(tr("Sites by criterion"));
    m_table->setAccessibleDescription(
        tr("One row per site, one column per criterion rated 1 to 5, then total, mean and "
           "level. Click a column header to sort."));
    m_chartHeading->setText(tr("Totals by site"));
    m_weakestHeading->setText(tr("Weakest criteria across the county"));
    m_weakest->retranslate();
    m_legend->setText(legendText());
}

QString CountyComparisonView::legendText() const
{
    QString legend = tr("Ratings:") + QLatin1Char(' ');
    for (int rating = 1; rating <= 5; ++rating)
        legend += QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;"
                                 "</span> ")
                      .arg(ChartPalette::rating(rating).name(), ChartPalette::ink().name())
                      .arg(rating);
    legend += QStringLiteral("&nbsp; ")
        + tr("Hover over a column number for the criterion and its county mean.").toHtmlEscaped();
    return legend;
}

void CountyComparisonView::readSource()
{
    if (StorageError error = m_source.refresh())
        MessageBox::critical(this, tr("County Comparison"), error.message());
    m_filters->scopeChoice()->showSource(m_source);
}

void CountyComparisonView::chooseScope(AnalysisSource::Scope scope)
{
    if (StorageError error = m_source.setScope(scope)) {
        MessageBox::critical(this, tr("County Comparison"), error.message());
        m_filters->scopeChoice()->showSource(m_source);
        return;
    }
    // The county, the period and the kind of comparison stay, where the county still has sites.
    loadCounties();
    refresh();
}

ReviewScopeChoice *CountyComparisonView::scopeChoice() const
{
    return m_filters->scopeChoice();
}

void CountyComparisonView::loadCounties()
{
    QStringList counties;
    if (StorageError error = ComparisonQuery(m_source.database()).counties(counties)) {
        MessageBox::critical(this, tr("County Comparison"), error.message());
        return;
    }
    m_filters->setCounties(counties);
}

void CountyComparisonView::reload()
{
    readSource();
    loadCounties();
    refresh();
}

bool CountyComparisonView::setCounty(const QString &county)
{
    return m_filters->setCounty(county);
}

QString CountyComparisonView::county() const
{
    return m_filters->county();
}

void CountyComparisonView::setPeriod(const QDate &from, const QDate &to)
{
    m_filters->setPeriod(from, to);
}

void CountyComparisonView::setLatestPerSite(bool latestPerSite)
{
    m_filters->setLatestPerSite(latestPerSite);
}

ComparisonQuery::Filter CountyComparisonView::filter() const
{
    return m_filters->filter();
}

QTableWidget *CountyComparisonView::weakestTable() const
{
    return m_weakest;
}

void CountyComparisonView::refresh()
{
    CountyComparison comparison;
    if (!county().isEmpty()) {
        if (StorageError error = CountyComparison::load(m_source.database(), m_source.repository(),
                                                        filter(), comparison)) {
            MessageBox::critical(this, tr("County Comparison"), error.message());
            return;
        }
    }
    // Keep the order the user chose by clicking a header.
    const QHeaderView *header = m_table->horizontalHeader();
    m_model->setComparison(comparison, m_language);
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_chart->setTitle(county().isEmpty() ? tr("Totals by site")
                                         : tr("Totals by site: %1").arg(county()));
    m_chart->setComparison(m_model->comparison(), m_language);
    fitColumns();
    m_weakest->showComparison(m_model->comparison(), m_language);
    m_summary->setText(ComparisonSummary::overview(m_model->comparison(), filter(), m_language));
    fitTableHeight();
    const bool any = m_model->rowCount() > 0;
    m_exportCsv->setEnabled(any);
    m_exportChart->setEnabled(any);
    m_print->setEnabled(any);
}

void CountyComparisonView::fitColumns()
{
    m_table->resizeColumnsToContents();
    // Criterion columns all the same narrow width, so the heat pattern reads as a grid.
    int narrow = m_table->fontMetrics().horizontalAdvance(QStringLiteral("888")) + 10;
    for (int column = ComparisonTableModel::FirstCriterionColumn; column < m_model->totalColumn();
         ++column)
        m_table->setColumnWidth(column, narrow);
    // The site names take the room left over; the level column fits its longest name.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void CountyComparisonView::fitTableHeight()
{
    // A county of a few sites leaves the chart and the weakest criteria the room; a large one
    // gives the table up to two thirds of the height.
    const int total = m_split->height() > 100 ? m_split->height() : 700;
    const int wanted = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth()
        + m_table->verticalHeader()->defaultSectionSize() * std::max(m_model->rowCount(), 3)
        + m_legend->sizeHint().height() + 24;
    const int table = std::clamp(wanted, total / 3, total * 2 / 3);
    m_split->setSizes({table, total - table});
}

void CountyComparisonView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_userSizedSplit)
        fitTableHeight();
}

QString CountyComparisonView::summaryText() const
{
    return m_summary->text();
}

QChar CountyComparisonView::csvSeparator(const QString &language)
{
    return language == QLatin1String("en") ? QLatin1Char(',') : QLatin1Char(';');
}

QString CountyComparisonView::exportCsv(const QString &path) const
{
    return ComparisonCsv::write(
        path, ComparisonCsv::toCsv(m_model->comparison(), csvSeparator(m_language), m_language));
}

QString CountyComparisonView::exportChart(const QString &path) const
{
    const int height = std::max(420, m_chart->heightForBars(m_chart->font()));
    return ChartExporter::save(
        path, QSize(1000, height),
        [this](QPainter &painter, const QRectF &rect) { m_chart->render(painter, rect); },
        m_chart->accessibleDescription());
}

bool CountyComparisonView::print(QPagedPaintDevice &device) const
{
    const int height = std::max(420, m_chart->heightForBars(m_chart->font()));
    const QImage chart = ChartExporter::image(
        QSize(1000, height), 3.0,
        [this](QPainter &painter, const QRectF &rect) { m_chart->render(painter, rect); });
    device.setPageOrientation(QPageLayout::Landscape);
    const ComparisonQuery::Filter current = filter();
    ComparisonPrintout printout(
        *m_model, tr("County comparison: %1").arg(county()),
        ComparisonSummary::period(current) + QStringLiteral(" · ")
            + (current.latestPerSite ? tr("latest final review per site") : tr("all reviews")),
        chart, ComparisonSummary::weakest(m_model->comparison(), m_language));
    return printout.print(device);
}

void CountyComparisonView::exportCsvAs()
{
    const QString path = FileDialog::saveFileName(
        this, tr("Export CSV"), tr("comparison-%1.csv").arg(county()), tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportCsv(path); !error.isEmpty())
        MessageBox::critical(this, tr("CSV Not Saved"), error);
}

void CountyComparisonView::exportChartAs()
{
    const QString path = FileDialog::saveFileName(
        this, tr("Export Chart"), tr("totals-%1.png").arg(county()), ChartExporter::fileFilter());
    if (path.isEmpty())
        return;
    if (const QString error = exportChart(path); !error.isEmpty())
        MessageBox::critical(this, tr("Chart Not Saved"), error);
}

void CountyComparisonView::printWithDialog()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(tr("County comparison: %1").arg(county()));
    QPrintDialog dialog(&printer, this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    if (!print(printer))
        MessageBox::critical(this, tr("Not Printed"),
                             tr("The printer could not be started. Check the printer and try "
                                "again."));
}

} // namespace laatu::gui
