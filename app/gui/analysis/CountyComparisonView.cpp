#include "CountyComparisonView.h"

#include "gui/analysis/ChartExporter.h"
#include "gui/analysis/ChartPalette.h"
#include "gui/analysis/ComparisonPrintout.h"
#include "gui/analysis/ComparisonTableModel.h"
#include "gui/analysis/TotalsBarChart.h"
#include "gui/common/DialogRunner.h"
#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"

#include "analysis/ComparisonCsv.h"
#include "analysis/CountyComparison.h"
#include "i18n/Translator.h"
#include "scoring/ScoreCard.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace laatu::gui {

namespace {
// The earliest date of the period choosers stands for "no bound".
const QDate kNoBound(2000, 1, 1);

QString meanText(const std::optional<int> &hundredths)
{
    return hundredths ? QLocale().toString(*hundredths / 100.0, 'f', 2) : QStringLiteral("–");
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}
} // namespace

CountyComparisonView::CountyComparisonView(Database &database, ReviewRepository &repository,
                                           QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_repository(repository)
    , m_countyLabel(new QLabel(this))
    , m_county(new QComboBox(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_latest(new QRadioButton(this))
    , m_all(new QRadioButton(this))
    , m_selfAssessments(new QCheckBox(this))
    , m_exportCsv(new QPushButton(this))
    , m_exportChart(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_model(new ComparisonTableModel(this))
    , m_table(new QTableView(this))
    , m_chartHeading(new QLabel(this))
    , m_chart(new TotalsBarChart)
    , m_weakestHeading(new QLabel(this))
    , m_weakest(new QTableWidget(this))
    , m_legend(new QLabel(this))
    , m_split(new QSplitter(Qt::Vertical, this))
{
    setObjectName(QStringLiteral("countyComparisonView"));
    m_county->setObjectName(QStringLiteral("comparisonCounty"));
    m_from->setObjectName(QStringLiteral("comparisonFrom"));
    m_to->setObjectName(QStringLiteral("comparisonTo"));
    m_latest->setObjectName(QStringLiteral("comparisonLatest"));
    m_all->setObjectName(QStringLiteral("comparisonAll"));
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_weakest->setObjectName(QStringLiteral("weakestCriteria"));
    m_exportCsv->setObjectName(QStringLiteral("exportComparisonCsv"));
    m_exportChart->setObjectName(QStringLiteral("exportComparisonChart"));
    m_print->setObjectName(QStringLiteral("printComparison"));
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));

    m_county->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_countyLabel->setBuddy(m_county);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kNoBound);
        edit->setDate(kNoBound);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_latest->setChecked(true);
    m_selfAssessments->setChecked(true);
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

    m_weakest->setColumnCount(4);
    m_weakest->verticalHeader()->hide();
    m_weakest->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_weakest->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_weakest->setWordWrap(false);
    QFont headingFont = m_chartHeading->font();
    headingFont.setBold(true);
    m_chartHeading->setFont(headingFont);
    m_weakestHeading->setFont(headingFont);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_countyLabel);
    filters->addWidget(m_county);
    filters->addSpacing(12);
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(m_latest);
    filters->addWidget(m_all);
    filters->addWidget(m_selfAssessments);
    filters->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary, 1);
    actions->addWidget(m_exportCsv, 0, Qt::AlignTop);
    actions->addWidget(m_exportChart, 0, Qt::AlignTop);
    actions->addWidget(m_print, 0, Qt::AlignTop);

    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_legend);

    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_chartHeading);
    auto *scroll = new QScrollArea(chartBox);
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
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(tableBox);
    m_split->addWidget(bottom);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_split, 1);

    const auto changed = [this] {
        if (!m_filling)
            refresh();
    };
    connect(m_split, &QSplitter::splitterMoved, this, [this] { m_userSizedSplit = true; });
    connect(m_county, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_latest, &QRadioButton::toggled, this, changed);
    connect(m_selfAssessments, &QCheckBox::toggled, this, changed);
    connect(m_exportCsv, &QPushButton::clicked, this, &CountyComparisonView::exportCsvAs);
    connect(m_exportChart, &QPushButton::clicked, this, &CountyComparisonView::exportChartAs);
    connect(m_print, &QPushButton::clicked, this, &CountyComparisonView::printWithDialog);

    m_language = Translator::currentLanguage();
    retranslate();
    loadCounties();
    refresh();
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
    m_countyLabel->setText(tr("&County:"));
    m_county->setAccessibleName(tr("Wellbeing services county"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_from->setSpecialValueText(tr("any time"));
    m_to->setSpecialValueText(tr("any time"));
    // Room for the words ("milloin tahansa"), which the date format alone would not give.
    for (QDateEdit *edit : {m_from, m_to})
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->specialValueText())
                              + 4 * edit->fontMetrics().averageCharWidth() + 24);
    m_from->setAccessibleName(tr("Visits from"));
    m_to->setAccessibleName(tr("Visits until"));
    m_latest->setText(tr("&Latest review per site"));
    m_all->setText(tr("A&ll reviews"));
    m_selfAssessments->setText(tr("Include &self-assessments"));
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
    m_weakest->setAccessibleName(tr("Weakest criteria across the county"));
    QString legend = tr("Ratings:") + QLatin1Char(' ');
    for (int rating = 1; rating <= 5; ++rating)
        legend += QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;"
                                 "</span> ")
                      .arg(ChartPalette::rating(rating).name(), ChartPalette::ink().name())
                      .arg(rating);
    legend += QStringLiteral("&nbsp; ")
        + tr("Hover over a column number for the criterion and its county mean.").toHtmlEscaped();
    m_legend->setText(legend);
}

void CountyComparisonView::loadCounties()
{
    QStringList counties;
    if (StorageError error = ComparisonQuery(m_database).counties(counties)) {
        MessageBox::critical(this, tr("County Comparison"), error.message());
        return;
    }
    const QString current = county();
    m_filling = true;
    m_county->clear();
    m_county->addItems(counties);
    const int index = m_county->findText(current);
    m_county->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = false;
}

void CountyComparisonView::reload()
{
    loadCounties();
    refresh();
}

bool CountyComparisonView::setCounty(const QString &county)
{
    const int index = m_county->findText(county);
    if (index < 0)
        return false;
    m_county->setCurrentIndex(index);
    return true;
}

QString CountyComparisonView::county() const
{
    return m_county->currentText();
}

void CountyComparisonView::setPeriod(const QDate &from, const QDate &to)
{
    m_filling = true;
    m_from->setDate(from.isValid() ? from : kNoBound);
    m_to->setDate(to.isValid() ? to : kNoBound);
    m_filling = false;
    refresh();
}

void CountyComparisonView::setLatestPerSite(bool latestPerSite)
{
    (latestPerSite ? m_latest : m_all)->setChecked(true);
}

ComparisonQuery::Filter CountyComparisonView::filter() const
{
    ComparisonQuery::Filter filter;
    filter.county = county();
    filter.from = m_from->date() == kNoBound ? QDate() : m_from->date();
    filter.to = m_to->date() == kNoBound ? QDate() : m_to->date();
    filter.latestPerSite = m_latest->isChecked();
    filter.includeSelfAssessments = m_selfAssessments->isChecked();
    return filter;
}

void CountyComparisonView::refresh()
{
    CountyComparison comparison;
    if (!county().isEmpty()) {
        if (StorageError error
            = CountyComparison::load(m_database, m_repository, filter(), comparison)) {
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

    m_table->resizeColumnsToContents();
    // Criterion columns all the same narrow width, so the heat pattern reads as a grid.
    int narrow = m_table->fontMetrics().horizontalAdvance(QStringLiteral("888")) + 10;
    for (int column = ComparisonTableModel::FirstCriterionColumn; column < m_model->totalColumn();
         ++column)
        m_table->setColumnWidth(column, narrow);
    // The site names take the room left over; the level column fits its longest name.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    fillWeakest();
    fillSummary();
    fitTableHeight();
    const bool any = m_model->rowCount() > 0;
    m_exportCsv->setEnabled(any);
    m_exportChart->setEnabled(any);
    m_print->setEnabled(any);
}

void CountyComparisonView::fillWeakest()
{
    const CountyComparison &comparison = m_model->comparison();
    const Instrument &instrument = comparison.instrument();
    const QList<CountyComparison::CriterionMean> weakest = comparison.weakest(-1);
    m_weakest->clear();
    m_weakest->setHorizontalHeaderLabels(
        {tr("No."), tr("Criterion"), tr("County mean"), tr("Sites at 1–2")});
    m_weakest->setRowCount(int(weakest.size()));
    for (int row = 0; row < weakest.size(); ++row) {
        const CountyComparison::CriterionMean &mean = weakest.at(row);
        const Criterion &criterion = instrument.criteria().at(mean.column);
        int low = 0;
        for (const CountyComparison::Row &site : comparison.rows()) {
            const std::optional<int> rating = site.ratings.value(mean.column);
            if (rating && *rating <= instrument.ratingMin() + 1)
                ++low;
        }
        m_weakest->setItem(row, 0, cell(QString::number(criterion.number), Qt::AlignRight));
        auto *title = cell(criterion.title.text(m_language));
        title->setToolTip(criterion.definition.text(m_language));
        m_weakest->setItem(row, 1, title);
        auto *meanItem = cell(meanText(mean.meanHundredths()), Qt::AlignCenter);
        const double value = mean.mean().value_or(0.0);
        meanItem->setBackground(
            ChartPalette::rating(int(value + 0.5), instrument.ratingMin(), instrument.ratingMax()));
        meanItem->setForeground(ChartPalette::ink());
        m_weakest->setItem(row, 2, meanItem);
        m_weakest->setItem(row, 3, cell(tr("%1 of %2").arg(low).arg(mean.rated), Qt::AlignCenter));
    }
    m_weakest->resizeColumnsToContents();
    m_weakest->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
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

QString CountyComparisonView::periodText() const
{
    const ComparisonQuery::Filter current = filter();
    const QLocale locale;
    if (!current.from.isValid() && !current.to.isValid())
        return tr("all visits");
    if (!current.to.isValid())
        return tr("visits from %1").arg(locale.toString(current.from, QLocale::ShortFormat));
    if (!current.from.isValid())
        return tr("visits until %1").arg(locale.toString(current.to, QLocale::ShortFormat));
    return tr("visits %1–%2")
        .arg(locale.toString(current.from, QLocale::ShortFormat),
             locale.toString(current.to, QLocale::ShortFormat));
}

QString CountyComparisonView::weakestText() const
{
    const CountyComparison &comparison = m_model->comparison();
    QStringList weakest;
    for (const CountyComparison::CriterionMean &mean : comparison.weakest(3)) {
        const Criterion &criterion = comparison.instrument().criteria().at(mean.column);
        weakest << tr("%1. %2 (%3)")
                       .arg(criterion.number)
                       .arg(criterion.title.text(m_language), meanText(mean.meanHundredths()));
    }
    return weakest.isEmpty()
        ? QString()
        : tr("Weakest across the county: %1.").arg(weakest.join(QStringLiteral("; ")));
}

void CountyComparisonView::fillSummary()
{
    const CountyComparison &comparison = m_model->comparison();
    if (county().isEmpty()) {
        m_summary->setText(tr("No sites with a county yet: add reviews to compare sites."));
        return;
    }
    if (comparison.rows().isEmpty()) {
        m_summary->setText(tr("No reviews of %1 in this period.").arg(county()));
        return;
    }
    QSet<QString> sites;
    for (const CountyComparison::Row &row : comparison.rows())
        sites.insert(row.review.siteUuid);
    const QMap<QString, int> counts = comparison.levelCounts();
    QStringList levels;
    for (const Level &level : comparison.instrument().levels()) {
        if (counts.value(level.key) > 0)
            levels << tr("%1: %2").arg(level.name.text(m_language)).arg(counts.value(level.key));
    }
    if (const int incomplete = counts.value(QString::fromLatin1(ScoreCard::kIncompleteLevel)))
        levels << tr("incomplete: %1").arg(incomplete);
    QString text = tr("%1, %2 – sites: %3, reviews: %4.")
                       .arg(county(), periodText())
                       .arg(sites.size())
                       .arg(comparison.rows().size());
    text += QLatin1Char(' ') + levels.join(QStringLiteral(" · ")) + QLatin1Char('.');
    if (const QString weakest = weakestText(); !weakest.isEmpty())
        text += QLatin1Char('\n') + weakest;
    m_summary->setText(text);
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
    ComparisonPrintout printout(
        *m_model, tr("County comparison: %1").arg(county()),
        periodText() + QStringLiteral(" · ")
            + (filter().latestPerSite ? tr("latest review per site") : tr("all reviews")),
        chart, weakestText());
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
