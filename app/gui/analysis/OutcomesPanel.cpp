#include "OutcomesPanel.h"

#include "gui/analysis/AnalysisText.h"
#include "gui/analysis/OutcomeDialog.h"
#include "gui/analysis/ShownSiteHistory.h"
#include "gui/analysis/TableCells.h"
#include "gui/common/DialogRunner.h"
#include "gui/common/MessageBox.h"

#include "storage/Database.h"
#include "storage/OutcomeRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace laatu::gui {

OutcomesPanel::OutcomesPanel(Database &database, const ShownSiteHistory &shown, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_shown(shown)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("historyOutcomes"));
    m_add->setObjectName(QStringLiteral("addOutcome"));
    m_remove->setObjectName(QStringLiteral("removeOutcome"));
    m_intro->setWordWrap(true);
    TableCells::setUpReadOnly(m_table);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &OutcomesPanel::addOutcome);
    connect(m_remove, &QPushButton::clicked, this,
            [this] { removeOutcome(m_table->currentRow()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OutcomesPanel::updateButtons);
}

void OutcomesPanel::retranslate()
{
    m_table->setAccessibleName(tr("Outcomes per period"));
    m_intro->setText(tr("People coached and people in competitive work per period. The "
                        "employment rate is drawn beside the fidelity trend."));
    m_add->setText(tr("&Add Period…"));
    m_remove->setText(tr("Re&move Period"));
}

void OutcomesPanel::refresh()
{
    const QList<SiteOutcome> &outcomes = m_shown.history().outcomes();
    m_table->clear();
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Period"), tr("Coached"), tr("In work"), tr("Employment rate")});
    m_table->setRowCount(int(outcomes.size()));
    const QLocale locale;
    for (int row = 0; row < outcomes.size(); ++row) {
        const SiteOutcome &outcome = outcomes.at(row);
        m_table->setItem(
            row, 0,
            TableCells::readOnly(tr("%1–%2").arg(AnalysisText::date(outcome.periodStart),
                                                 AnalysisText::date(outcome.periodEnd))));
        m_table->setItem(row, 1,
                         TableCells::readOnly(locale.toString(outcome.coached), Qt::AlignRight));
        m_table->setItem(row, 2,
                         TableCells::readOnly(locale.toString(outcome.employed), Qt::AlignRight));
        const std::optional<double> rate = outcome.employmentRate();
        m_table->setItem(
            row, 3,
            TableCells::readOnly(rate ? AnalysisText::percent(*rate) : QStringLiteral("–"),
                                 Qt::AlignRight));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    updateButtons();
}

void OutcomesPanel::updateButtons()
{
    const bool writable = !m_database.isReadOnly() && m_shown.history().site().id != 0;
    m_add->setEnabled(writable);
    m_remove->setEnabled(writable && m_table->currentRow() >= 0);
    const QString why = m_database.isReadOnly() ? m_database.readOnlyReason() : QString();
    m_add->setToolTip(why);
    m_remove->setToolTip(why);
}

bool OutcomesPanel::addOutcome()
{
    const SiteHistory &history = m_shown.history();
    if (history.site().id == 0)
        return false;
    // A sensible next period: the half-year after the last one entered, or the current one.
    SiteOutcome initial;
    const QDate today = QDate::currentDate();
    if (!history.outcomes().isEmpty()) {
        initial.periodStart = history.outcomes().constLast().periodEnd.addDays(1);
    } else {
        initial.periodStart = QDate(today.year(), today.month() <= 6 ? 1 : 7, 1);
    }
    initial.periodEnd = initial.periodStart.addMonths(6).addDays(-1);
    OutcomeDialog dialog(initial, this);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return false;
    const SiteOutcome outcome = dialog.outcome();
    if (StorageError error = OutcomeRepository(m_database).setOutcome(history.site().id, outcome)) {
        MessageBox::critical(this, tr("Outcomes Not Saved"), error.message());
        return false;
    }
    emit outcomesChanged();
    return true;
}

bool OutcomesPanel::removeOutcome(int row)
{
    const SiteHistory &history = m_shown.history();
    if (row < 0 || row >= history.outcomes().size())
        return false;
    const SiteOutcome outcome = history.outcomes().at(row);
    const QString period = tr("%1–%2").arg(AnalysisText::date(outcome.periodStart),
                                           AnalysisText::date(outcome.periodEnd));
    if (MessageBox::question(this, tr("Remove Period"),
                             tr("Remove the outcomes of %1 (%2 coached, %3 in work)?")
                                 .arg(period)
                                 .arg(outcome.coached)
                                 .arg(outcome.employed))
        != QMessageBox::Yes)
        return false;
    if (StorageError error
        = OutcomeRepository(m_database)
              .removeOutcome(history.site().id, outcome.periodStart, outcome.periodEnd)) {
        MessageBox::critical(this, tr("Outcomes Not Removed"), error.message());
        return false;
    }
    emit outcomesChanged();
    return true;
}

} // namespace laatu::gui
