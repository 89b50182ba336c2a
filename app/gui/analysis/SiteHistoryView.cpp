#include "SiteHistoryView.h"

#include "gui/analysis/ChartExporter.h"
#include "gui/analysis/ChartPalette.h"
#include "gui/analysis/FidelityTrendChart.h"
#include "gui/analysis/OutcomeDialog.h"
#include "gui/common/DialogRunner.h"
#include "gui/common/DisplayText.h"
#include "gui/common/FileDialog.h"
#include "gui/common/MessageBox.h"

#include "i18n/Translator.h"
#include "storage/Database.h"
#include "storage/OutcomeRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/SiteRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace laatu::gui {

namespace {
constexpr int kReviewIdRole = Qt::UserRole + 1;

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment | Qt::AlignVCenter);
    return item;
}

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString ratingText(const std::optional<int> &rating)
{
    return rating ? QString::number(*rating) : QStringLiteral("–");
}

void setUpTable(QTableWidget *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setHighlightSections(false);
}
} // namespace

SiteHistoryView::SiteHistoryView(Database &database, ReviewRepository &repository, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_repository(repository)
    , m_siteLabel(new QLabel(this))
    , m_site(new QComboBox(this))
    , m_showSections(new QCheckBox(this))
    , m_exportChart(new QPushButton(this))
    , m_nextDue(new QLabel(this))
    , m_chart(new FidelityTrendChart(this))
    , m_reviewsHeading(new QLabel(this))
    , m_reviews(new QTableWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_fromLabel(new QLabel(this))
    , m_from(new QComboBox(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QComboBox(this))
    , m_changeSummary(new QLabel(this))
    , m_changes(new QTableWidget(this))
    , m_followUps(new QTreeWidget(this))
    , m_outcomeIntro(new QLabel(this))
    , m_outcomes(new QTableWidget(this))
    , m_addOutcome(new QPushButton(this))
    , m_removeOutcome(new QPushButton(this))
{
    setObjectName(QStringLiteral("siteHistoryView"));
    m_site->setObjectName(QStringLiteral("historySite"));
    m_reviews->setObjectName(QStringLiteral("historyReviews"));
    m_changes->setObjectName(QStringLiteral("historyChanges"));
    m_followUps->setObjectName(QStringLiteral("historyFollowUps"));
    m_outcomes->setObjectName(QStringLiteral("historyOutcomes"));
    m_nextDue->setObjectName(QStringLiteral("historyNextDue"));
    m_from->setObjectName(QStringLiteral("changesFrom"));
    m_to->setObjectName(QStringLiteral("changesTo"));
    m_addOutcome->setObjectName(QStringLiteral("addOutcome"));
    m_removeOutcome->setObjectName(QStringLiteral("removeOutcome"));
    m_exportChart->setObjectName(QStringLiteral("exportTrendChart"));

    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_site->setMinimumContentsLength(28);
    m_siteLabel->setBuddy(m_site);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_nextDue->setWordWrap(true);
    m_nextDue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changeSummary->setWordWrap(true);
    m_outcomeIntro->setWordWrap(true);
    QFont headingFont = m_reviewsHeading->font();
    headingFont.setBold(true);
    m_reviewsHeading->setFont(headingFont);
    QFont dueFont = m_nextDue->font();
    dueFont.setPointSizeF(dueFont.pointSizeF() * 1.05);
    m_nextDue->setFont(dueFont);
    for (QTableWidget *table : {m_reviews, m_changes, m_outcomes})
        setUpTable(table);
    m_followUps->setColumnCount(2);
    m_followUps->setWordWrap(true);
    m_followUps->setAlternatingRowColors(true);
    m_followUps->header()->setStretchLastSection(false);
    m_followUps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_followUps->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_showSections->setChecked(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_siteLabel);
    top->addWidget(m_site);
    top->addSpacing(12);
    top->addWidget(m_showSections);
    top->addStretch(1);
    top->addWidget(m_exportChart);

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

    auto *changesPage = new QWidget(m_tabs);
    auto *choosers = new QHBoxLayout;
    choosers->addWidget(m_fromLabel);
    choosers->addWidget(m_from, 1);
    choosers->addWidget(m_toLabel);
    choosers->addWidget(m_to, 1);
    auto *changesLayout = new QVBoxLayout(changesPage);
    changesLayout->addLayout(choosers);
    changesLayout->addWidget(m_changeSummary);
    changesLayout->addWidget(m_changes, 1);
    m_tabs->addTab(changesPage, QString());
    m_tabs->addTab(m_followUps, QString());
    auto *outcomePage = new QWidget(m_tabs);
    auto *outcomeButtons = new QHBoxLayout;
    outcomeButtons->addWidget(m_addOutcome);
    outcomeButtons->addWidget(m_removeOutcome);
    outcomeButtons->addStretch(1);
    auto *outcomeLayout = new QVBoxLayout(outcomePage);
    outcomeLayout->addWidget(m_outcomeIntro);
    outcomeLayout->addWidget(m_outcomes, 1);
    outcomeLayout->addLayout(outcomeButtons);
    m_tabs->addTab(outcomePage, QString());

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The criterion names of the changes need room: a bit over a third of the width.
    split->setSizes({760, 520});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_nextDue);
    layout->addWidget(split, 1);

    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            loadSite(m_site->currentData().toString());
    });
    connect(m_showSections, &QCheckBox::toggled, m_chart, &FidelityTrendChart::setShowSections);
    connect(m_exportChart, &QPushButton::clicked, this, &SiteHistoryView::exportChartAs);
    connect(m_from, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            fillChanges();
    });
    connect(m_to, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            fillChanges();
    });
    connect(m_reviews, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        const QTableWidgetItem *first = m_reviews->item(item->row(), 0);
        if (first)
            emit reviewActivated(first->data(kReviewIdRole).toLongLong());
    });
    connect(m_addOutcome, &QPushButton::clicked, this, &SiteHistoryView::addOutcome);
    connect(m_removeOutcome, &QPushButton::clicked, this,
            [this] { removeOutcome(m_outcomes->currentRow()); });
    connect(m_outcomes, &QTableWidget::itemSelectionChanged, this, &SiteHistoryView::updateButtons);

    m_language = Translator::currentLanguage();
    retranslate();
    loadSites();
    if (m_site->count() > 0)
        loadSite(m_site->currentData().toString());
    else
        refresh();
}

void SiteHistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_language = Translator::currentLanguage();
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
    m_exportChart->setText(tr("E&xport Chart…"));
    m_exportChart->setToolTip(tr("Saves the chart as a PNG or SVG image."));
    m_reviewsHeading->setText(tr("Reviews"));
    m_reviews->setAccessibleName(tr("Reviews of the site"));
    m_tabs->setTabText(0, tr("&Changes"));
    m_tabs->setTabText(1, tr("&Follow-up"));
    m_tabs->setTabText(2, tr("&Outcomes"));
    m_fromLabel->setText(tr("F&rom:"));
    m_toLabel->setText(tr("&To:"));
    m_from->setAccessibleName(tr("Earlier review"));
    m_to->setAccessibleName(tr("Later review"));
    m_changes->setAccessibleName(tr("Changes per criterion"));
    m_followUps->setAccessibleName(tr("Recommendations and actions followed up"));
    m_followUps->setHeaderLabels({tr("Recommendation or action"), tr("Result")});
    m_outcomes->setAccessibleName(tr("Outcomes per period"));
    m_outcomeIntro->setText(tr("People coached and people in competitive work per period. The "
                               "employment rate is drawn beside the fidelity trend."));
    m_addOutcome->setText(tr("&Add Period…"));
    m_removeOutcome->setText(tr("Re&move Period"));
    m_nextDue->setAccessibleName(tr("Next review due"));
}

void SiteHistoryView::loadSites()
{
    QList<Site> sites;
    if (StorageError error = SiteRepository(m_database).listSites(sites)) {
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

void SiteHistoryView::reload()
{
    const QString uuid = currentSiteUuid();
    loadSites();
    if (!showSite(uuid) && m_site->count() > 0)
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
    m_history = SiteHistory();
    if (!siteUuid.isEmpty()) {
        SiteHistory history;
        if (StorageError error = SiteHistory::load(m_database, m_repository, siteUuid, history))
            MessageBox::critical(this, tr("Site History"), error.message());
        else
            m_history = history;
    }
    refresh();
}

const Instrument *SiteHistoryView::instrumentOf(int entryIndex) const
{
    if (entryIndex < 0 || entryIndex >= m_history.entries().size())
        return nullptr;
    const SiteHistory::Entry &entry = m_history.entries().at(entryIndex);
    StorageError ignored; // a review of an unknown catalog is shown without catalog texts
    return m_repository.catalog(entry.catalogId, entry.catalogVersion, ignored);
}

QString SiteHistoryView::levelName(int entryIndex) const
{
    const SiteHistory::Entry &entry = m_history.entries().at(entryIndex);
    if (!entry.isComplete())
        return tr("Incomplete");
    const Instrument *instrument = instrumentOf(entryIndex);
    const Level *level = instrument ? instrument->level(entry.levelKey) : nullptr;
    return level ? level->name.text(m_language) : entry.levelKey;
}

QString SiteHistoryView::entryLabel(int entryIndex) const
{
    const SiteHistory::Entry &entry = m_history.entries().at(entryIndex);
    const QString date = dateText(entry.review.visitStart);
    return entry.total ? tr("%1 – total %2").arg(date).arg(*entry.total)
                       : tr("%1 – incomplete").arg(date);
}

void SiteHistoryView::refresh()
{
    const int last = int(m_history.entries().size()) - 1;
    if (const Instrument *instrument = instrumentOf(last)) {
        m_chart->setTitle(tr("Fidelity over time: %1").arg(m_history.site().name));
        m_chart->setHistory(m_history, *instrument, m_language);
    } else {
        m_chart->setTitle(m_history.site().name.isEmpty()
                              ? tr("Fidelity over time")
                              : tr("Fidelity over time: %1").arg(m_history.site().name));
        m_chart->clear();
    }
    fillNextDue();
    fillReviews();
    fillComparedChoosers();
    fillChanges();
    fillFollowUps();
    fillOutcomes();
    updateButtons();
}

void SiteHistoryView::fillNextDue()
{
    const std::optional<QDate> due = m_history.nextDue();
    if (!due) {
        m_nextDue->setText(m_history.site().uuid.isEmpty()
                               ? tr("Choose a site to see its history.")
                               : tr("The site has no reviews yet: the first review is due."));
        m_nextDue->setStyleSheet({});
        return;
    }
    const SiteHistory::Entry &last = m_history.entries().constLast();
    QString why;
    if (m_history.nextDueMonths() == 12)
        why = tr("12 months after the last visit: the last review reached good fidelity, so "
                 "the reviews are now yearly.");
    else if (!last.isComplete())
        why = tr("6 months after the last visit: the last review is incomplete.");
    else
        why = tr("6 months after the last visit: reviews repeat every 6 months until the site "
                 "reaches good fidelity.");
    QString text = tr("Next review due %1 – %2").arg(dateText(*due), why);
    const qint64 late = due->daysTo(QDate::currentDate());
    if (late > 0) {
        text += QLatin1Char(' ') + tr("Overdue by %n day(s).", nullptr, int(late));
        m_nextDue->setStyleSheet(QStringLiteral("color: #b3261e;"));
    } else {
        m_nextDue->setStyleSheet({});
    }
    m_nextDue->setText(text);
}

QString SiteHistoryView::nextDueText() const
{
    return m_nextDue->text();
}

void SiteHistoryView::fillReviews()
{
    const int last = int(m_history.entries().size()) - 1;
    const Instrument *newest = instrumentOf(last);
    QStringList headers {tr("Visit"), tr("Kind"), tr("Status"),
                         tr("Total"), tr("Mean"), tr("Level")};
    QStringList sectionIds;
    if (newest) {
        for (const Section &section : newest->sections()) {
            sectionIds << section.id;
            headers << section.name.text(m_language);
        }
    }
    m_reviews->clear();
    m_reviews->setColumnCount(int(headers.size()));
    m_reviews->setHorizontalHeaderLabels(headers);
    m_reviews->setRowCount(int(m_history.entries().size()));
    const QLocale locale;
    // Newest first: the latest review is what the reader looks for.
    for (int i = 0; i <= last; ++i) {
        const SiteHistory::Entry &entry = m_history.entries().at(i);
        const int row = last - i;
        auto *visit = cell(dateText(entry.review.visitStart));
        visit->setData(kReviewIdRole, entry.review.id);
        m_reviews->setItem(row, 0, visit);
        m_reviews->setItem(row, 1, cell(DisplayText::reviewKind(entry.review.kind)));
        m_reviews->setItem(row, 2, cell(DisplayText::reviewStatus(entry.review.status)));
        auto *total = cell(entry.total ? QString::number(*entry.total) : QStringLiteral("–"),
                           Qt::AlignRight);
        if (!entry.total)
            total->setToolTip(tr("%1 of %2 criteria rated: no total until all are")
                                  .arg(entry.ratedCount)
                                  .arg(entry.criterionCount));
        QFont bold = total->font();
        bold.setBold(true);
        total->setFont(bold);
        m_reviews->setItem(row, kReviewColumnTotal, total);
        m_reviews->setItem(row, 4,
                           cell(entry.meanHundredths
                                    ? locale.toString(*entry.meanHundredths / 100.0, 'f', 2)
                                    : QStringLiteral("–"),
                                Qt::AlignRight));
        auto *level = cell(levelName(i));
        if (entry.isComplete() && newest) {
            QColor tint = ChartPalette::level(newest->levels(), entry.levelKey);
            tint.setAlphaF(0.35f);
            level->setBackground(tint);
            level->setForeground(ChartPalette::ink());
        }
        m_reviews->setItem(row, 5, level);
        for (int s = 0; s < sectionIds.size(); ++s) {
            QString text = QStringLiteral("–");
            for (const ScoreCard::SectionScore &score : entry.sections) {
                if (score.sectionId == sectionIds.at(s))
                    text = tr("%1 / %2").arg(score.subtotal).arg(score.maximum);
            }
            m_reviews->setItem(row, 6 + s, cell(text, Qt::AlignRight));
        }
    }
    m_reviews->resizeColumnsToContents();
}

void SiteHistoryView::fillComparedChoosers()
{
    m_filling = true;
    m_from->clear();
    m_to->clear();
    for (int i = 0; i < m_history.entries().size(); ++i) {
        m_from->addItem(entryLabel(i), i);
        m_to->addItem(entryLabel(i), i);
    }
    const int count = int(m_history.entries().size());
    m_from->setCurrentIndex(std::max(count - 2, 0));
    m_to->setCurrentIndex(count - 1);
    m_filling = false;
}

void SiteHistoryView::setComparedReviews(int fromIndex, int toIndex)
{
    m_filling = true;
    m_from->setCurrentIndex(fromIndex);
    m_to->setCurrentIndex(toIndex);
    m_filling = false;
    fillChanges();
}

void SiteHistoryView::fillChanges()
{
    const int fromIndex = m_from->currentData().isValid() ? m_from->currentData().toInt() : -1;
    const int toIndex = m_to->currentData().isValid() ? m_to->currentData().toInt() : -1;
    const QList<SiteHistory::CriterionChange> changes = m_history.changes(fromIndex, toIndex);
    const Instrument *instrument = instrumentOf(toIndex);
    m_changes->clear();
    m_changes->setColumnCount(5);
    m_changes->setHorizontalHeaderLabels(
        {tr("No."), tr("Criterion"), tr("From"), tr("To"), tr("Change")});
    m_changes->setRowCount(int(changes.size()));
    int up = 0;
    int down = 0;
    int same = 0;
    for (int row = 0; row < changes.size(); ++row) {
        const SiteHistory::CriterionChange &change = changes.at(row);
        const Criterion *criterion
            = instrument ? instrument->criterion(change.criterionId) : nullptr;
        m_changes->setItem(
            row, 0,
            cell(criterion ? QString::number(criterion->number) : QString(), Qt::AlignRight));
        auto *title = cell(criterion ? criterion->title.text(m_language) : change.criterionId);
        title->setToolTip(title->text());
        m_changes->setItem(row, 1, title);
        m_changes->setItem(row, kChangeColumnFrom, cell(ratingText(change.from), Qt::AlignCenter));
        m_changes->setItem(row, kChangeColumnTo, cell(ratingText(change.to), Qt::AlignCenter));
        const std::optional<int> delta = change.delta();
        QString text = QStringLiteral("–");
        auto *item = cell(text, Qt::AlignCenter);
        if (delta) {
            if (*delta > 0) {
                ++up;
                text = tr("▲ +%1").arg(*delta);
                item->setForeground(ChartPalette::improved());
                item->setBackground(QColor(0xdf, 0xf1, 0xe1));
                item->setToolTip(tr("Improved by %n point(s)", nullptr, *delta));
            } else if (*delta < 0) {
                ++down;
                text = tr("▼ −%1").arg(-*delta);
                item->setForeground(ChartPalette::worsened());
                item->setBackground(QColor(0xfa, 0xe0, 0xde));
                item->setToolTip(tr("Fell by %n point(s)", nullptr, -*delta));
            } else {
                ++same;
                text = tr("=");
                item->setToolTip(tr("Unchanged"));
            }
            QFont bold = item->font();
            bold.setBold(*delta != 0);
            item->setFont(bold);
        }
        item->setText(text);
        m_changes->setItem(row, kChangeColumnDelta, item);
    }
    m_changes->resizeColumnsToContents();
    m_changes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    if (changes.isEmpty())
        m_changeSummary->setText(m_history.entries().size() < 2
                                     ? tr("Changes show once the site has two reviews.")
                                     : QString());
    else if (fromIndex == toIndex)
        m_changeSummary->setText(tr("Choose two different reviews to compare."));
    else
        m_changeSummary->setText(
            tr("%1 criteria better, %2 worse, %3 unchanged.").arg(up).arg(down).arg(same));
}

void SiteHistoryView::fillFollowUps()
{
    m_followUps->clear();
    const auto addChild
        = [](QTreeWidgetItem *parent, const QString &text, const QString &result = {}) {
              auto *item = new QTreeWidgetItem(parent, {text, result});
              item->setToolTip(0, text);
              return item;
          };
    const auto criterionLabel = [this](int entryIndex, const QString &criterionId) {
        const Instrument *instrument = instrumentOf(entryIndex);
        const Criterion *criterion = instrument ? instrument->criterion(criterionId) : nullptr;
        return criterion
            ? tr("%1. %2").arg(criterion->number).arg(criterion->title.text(m_language))
            : QString();
    };
    // The newest first and open; older pairs below, closed.
    QList<SiteHistory::FollowUp> followUps = m_history.followUps();
    std::reverse(followUps.begin(), followUps.end());
    for (const SiteHistory::FollowUp &followUp : followUps) {
        const SiteHistory::Entry &from = m_history.entries().at(followUp.fromIndex);
        const SiteHistory::Entry &to = m_history.entries().at(followUp.toIndex);
        auto *pair = new QTreeWidgetItem(
            m_followUps,
            {tr("Review of %1, followed up on %2")
                 .arg(dateText(from.review.visitStart), dateText(to.review.visitStart)),
             tr("%1 of %2 actions done")
                 .arg(followUp.done.size())
                 .arg(followUp.done.size() + followUp.notDone.size())});
        QFont bold = pair->font(0);
        bold.setBold(true);
        pair->setFont(0, bold);
        pair->setFont(1, bold);
        if (!followUp.recommendations.isEmpty()) {
            auto *group = addChild(pair, tr("Recommendations"));
            for (int i = 0; i < followUp.recommendations.size(); ++i) {
                const Finding &recommendation = followUp.recommendations.at(i);
                const std::optional<SiteHistory::CriterionChange> &change
                    = followUp.recommendationChanges.value(i);
                QString result = tr("general");
                QColor colour;
                if (change) {
                    const std::optional<int> delta = change->delta();
                    result = tr("%1 → %2").arg(ratingText(change->from), ratingText(change->to));
                    if (delta && *delta > 0) {
                        result += QStringLiteral(" ▲");
                        colour = ChartPalette::improved();
                    } else if (delta && *delta < 0) {
                        result += QStringLiteral(" ▼");
                        colour = ChartPalette::worsened();
                    }
                }
                const QString about = criterionLabel(followUp.toIndex, recommendation.criterionId);
                auto *item
                    = addChild(group,
                               about.isEmpty() ? recommendation.text
                                               : tr("%1 (%2)").arg(recommendation.text, about),
                               result);
                if (colour.isValid())
                    item->setForeground(1, colour);
            }
        }
        auto *done
            = addChild(pair, tr("Actions carried out"), QString::number(followUp.done.size()));
        for (const ActionItem &action : followUp.done) {
            auto *item = addChild(done,
                                  action.who.isEmpty() ? action.what
                                                       : tr("%1 (%2)").arg(action.what, action.who),
                                  tr("✓ Done"));
            item->setForeground(1, ChartPalette::improved());
        }
        auto *notDone = addChild(pair, tr("Actions not carried out"),
                                 QString::number(followUp.notDone.size()));
        for (const ActionItem &action : followUp.notDone) {
            auto *item = addChild(notDone,
                                  action.who.isEmpty() ? action.what
                                                       : tr("%1 (%2)").arg(action.what, action.who),
                                  DisplayText::actionStatus(action.status));
            if (action.status != ActionStatus::InProgress)
                item->setForeground(1, ChartPalette::worsened());
        }
        pair->setExpanded(m_followUps->topLevelItemCount() == 1);
        for (int c = 0; c < pair->childCount(); ++c)
            pair->child(c)->setExpanded(true);
    }
    // The newest review's own plan: followed up at the next review.
    if (!m_history.entries().isEmpty()) {
        const SiteHistory::Entry &last = m_history.entries().constLast();
        if (!last.actions.isEmpty() || !last.recommendations.isEmpty()) {
            auto *open = new QTreeWidgetItem({tr("Review of %1: to follow up at the next review")
                                                  .arg(dateText(last.review.visitStart)),
                                              tr("%1 of %2 actions done")
                                                  .arg(last.doneActions().size())
                                                  .arg(last.actions.size())});
            m_followUps->insertTopLevelItem(0, open);
            QFont bold = open->font(0);
            bold.setBold(true);
            open->setFont(0, bold);
            open->setFont(1, bold);
            for (const Finding &recommendation : last.recommendations)
                addChild(open, recommendation.text, tr("recommendation"));
            for (const ActionItem &action : last.actions)
                addChild(open,
                         action.due.isValid()
                             ? tr("%1 (due %2)").arg(action.what, dateText(action.due))
                             : action.what,
                         DisplayText::actionStatus(action.status));
            open->setExpanded(false);
        }
    }
    if (m_followUps->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_followUps, {tr("No recommendations or actions recorded yet.")});
}

void SiteHistoryView::fillOutcomes()
{
    const QList<SiteOutcome> &outcomes = m_history.outcomes();
    m_outcomes->clear();
    m_outcomes->setColumnCount(4);
    m_outcomes->setHorizontalHeaderLabels(
        {tr("Period"), tr("Coached"), tr("In work"), tr("Employment rate")});
    m_outcomes->setRowCount(int(outcomes.size()));
    const QLocale locale;
    for (int row = 0; row < outcomes.size(); ++row) {
        const SiteOutcome &outcome = outcomes.at(row);
        m_outcomes->setItem(
            row, 0,
            cell(tr("%1–%2").arg(dateText(outcome.periodStart), dateText(outcome.periodEnd))));
        m_outcomes->setItem(row, 1, cell(locale.toString(outcome.coached), Qt::AlignRight));
        m_outcomes->setItem(row, 2, cell(locale.toString(outcome.employed), Qt::AlignRight));
        const std::optional<double> rate = outcome.employmentRate();
        m_outcomes->setItem(row, 3,
                            cell(rate
                                     ? locale.toString(*rate * 100.0, 'f', 0) + QStringLiteral(" %")
                                     : QStringLiteral("–"),
                                 Qt::AlignRight));
    }
    m_outcomes->resizeColumnsToContents();
    m_outcomes->horizontalHeader()->setStretchLastSection(true);
}

void SiteHistoryView::updateButtons()
{
    const bool writable = !m_database.isReadOnly() && m_history.site().id != 0;
    m_addOutcome->setEnabled(writable);
    m_removeOutcome->setEnabled(writable && m_outcomes->currentRow() >= 0);
    const QString why = m_database.isReadOnly() ? m_database.readOnlyReason() : QString();
    m_addOutcome->setToolTip(why);
    m_removeOutcome->setToolTip(why);
    m_exportChart->setEnabled(!m_history.entries().isEmpty());
}

bool SiteHistoryView::addOutcome()
{
    if (m_history.site().id == 0)
        return false;
    // A sensible next period: the half-year after the last one entered, or the current one.
    SiteOutcome initial;
    const QDate today = QDate::currentDate();
    if (!m_history.outcomes().isEmpty()) {
        initial.periodStart = m_history.outcomes().constLast().periodEnd.addDays(1);
    } else {
        initial.periodStart = QDate(today.year(), today.month() <= 6 ? 1 : 7, 1);
    }
    initial.periodEnd = initial.periodStart.addMonths(6).addDays(-1);
    OutcomeDialog dialog(initial, this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return false;
    const SiteOutcome outcome = dialog.outcome();
    if (StorageError error
        = OutcomeRepository(m_database).setOutcome(m_history.site().id, outcome)) {
        MessageBox::critical(this, tr("Outcomes Not Saved"), error.message());
        return false;
    }
    loadSite(m_history.site().uuid);
    return true;
}

bool SiteHistoryView::removeOutcome(int row)
{
    if (row < 0 || row >= m_history.outcomes().size())
        return false;
    const SiteOutcome outcome = m_history.outcomes().at(row);
    const QString period
        = tr("%1–%2").arg(dateText(outcome.periodStart), dateText(outcome.periodEnd));
    if (MessageBox::question(this, tr("Remove Period"),
                             tr("Remove the outcomes of %1 (%2 coached, %3 in work)?")
                                 .arg(period)
                                 .arg(outcome.coached)
                                 .arg(outcome.employed))
        != QMessageBox::Yes)
        return false;
    if (StorageError error
        = OutcomeRepository(m_database)
              .removeOutcome(m_history.site().id, outcome.periodStart, outcome.periodEnd)) {
        MessageBox::critical(this, tr("Outcomes Not Removed"), error.message());
        return false;
    }
    loadSite(m_history.site().uuid);
    return true;
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
    const QString path = FileDialog::saveFileName(this, tr("Export Chart"),
                                                  tr("fidelity-%1.png").arg(m_history.site().name),
                                                  ChartExporter::fileFilter());
    if (path.isEmpty())
        return;
    if (const QString error = exportChart(path); !error.isEmpty())
        MessageBox::critical(this, tr("Chart Not Saved"), error);
}

} // namespace laatu::gui
