#include "WorkbookTablePanel.h"

#include "gui/session/ReviewSession.h"
#include "gui/workbook/WorkbookItemDelegate.h"
#include "gui/workbook/WorkbookTableModel.h"
#include "gui/workbook/WorkbookTableView.h"

#include "scoring/WorkbookFigure.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace laatu::gui {

WorkbookTablePanel::WorkbookTablePanel(WorkbookTable table, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_heading(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_cleared(new QLabel(this))
    , m_model(new WorkbookTableModel(table, this))
    , m_view(new WorkbookTableView(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_summary(new QLabel(this))
{
    const QString name
        = table == WorkbookTable::Coaches ? QStringLiteral("coaches") : QStringLiteral("records");
    setObjectName(name + QStringLiteral("Panel"));
    m_view->setObjectName(name + QStringLiteral("Table"));
    m_add->setObjectName(name + QStringLiteral("AddButton"));
    m_remove->setObjectName(name + QStringLiteral("RemoveButton"));
    m_summary->setObjectName(name + QStringLiteral("Summary"));
    m_hint->setObjectName(QStringLiteral("pseudonymHint"));
    m_cleared->setObjectName(QStringLiteral("recordsClearedLabel"));
    QFont headingFont = font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    for (QLabel *label : {m_heading, m_hint, m_cleared, m_summary}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setVisible(table == WorkbookTable::Records);
    m_cleared->setVisible(false);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new WorkbookItemDelegate(m_view));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_heading->setBuddy(m_view);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_hint);
    layout->addWidget(m_cleared);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &WorkbookTablePanel::addRow);
    connect(m_remove, &QPushButton::clicked, this, &WorkbookTablePanel::removeCurrentRow);
    connect(m_view, &WorkbookTableView::addRequested, this, &WorkbookTablePanel::addRow);
    connect(m_view, &WorkbookTableView::removeRequested, this,
            &WorkbookTablePanel::removeCurrentRow);
    connect(m_view, &WorkbookTableView::viewportWidthChanged, this,
            &WorkbookTablePanel::fitColumns);
    connect(m_model, &WorkbookTableModel::refused, this, &WorkbookTablePanel::reported);
    retranslate();
}

void WorkbookTablePanel::retranslate()
{
    const bool coaches = m_table == WorkbookTable::Coaches;
    // The mnemonics are unique in the window with this page shown (menus and tabs included);
    // Remove has none, as in the findings: Delete in the table does it.
    m_heading->setText(coaches ? tr("&Job coaches") : tr("Record sam&ple"));
    m_view->setAccessibleName(coaches ? tr("Job coaches") : tr("Record sample"));
    m_add->setText(coaches ? tr("Add Jo&b Coach") : tr("Add C&lient Record"));
    m_add->setToolTip(tr("Adds a row and puts the cursor in its code (Insert or Ctrl+N in the "
                         "table)"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Removes the chosen row (Delete in the table); Ctrl+Z brings it "
                            "back"));
    m_add->setAccessibleName(coaches ? tr("Add a job coach") : tr("Add a client record"));
    m_remove->setAccessibleName(coaches ? tr("Remove the coach row") : tr("Remove the record row"));
    m_summary->setAccessibleName(tr("What the figures rest on"));
    m_hint->setText(tr("Only pseudonymous codes here (e.g. A1, A2), never a client's name or "
                       "personal identity code: the record sample is the most sensitive data in "
                       "the review, stays on this laptop and is cleared once the review is "
                       "final."));
    m_cleared->setText(tr("The record sample was cleared after the review was final. The "
                          "figures it gave are kept as typed figures on the criterion pages."));
    refresh();
}

void WorkbookTablePanel::setSession(ReviewSession *session, const QString &language)
{
    m_session = session;
    m_language = language;
    m_model->setSession(session, language);
    fitColumns();
    refresh();
}

void WorkbookTablePanel::refresh()
{
    m_model->refresh();
    const bool cleared = m_session && m_table == WorkbookTable::Records
        && m_session->document().workbook.recordsCleared
        && m_session->document().workbook.records.isEmpty();
    m_cleared->setVisible(cleared);
    m_view->setVisible(!cleared);
    m_add->setVisible(!cleared);
    m_remove->setVisible(!cleared);
    const bool editable = m_model->isEditable();
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable && m_model->rowCount() > 0);
    m_summary->setText(summaryText());
}

QString WorkbookTablePanel::summaryText() const
{
    if (!m_session)
        return {};
    const int rows = m_model->rowCount();
    const QString count = m_table == WorkbookTable::Coaches ? tr("%n coaches", nullptr, rows)
                                                            : tr("%n records", nullptr, rows);
    // The criteria whose figures these rows give now, and the first thing that stops one.
    QStringList numbers;
    QString problem;
    for (const Criterion &criterion : m_session->instrument().criteria()) {
        const bool fromHere
            = std::any_of(criterion.figures.cbegin(), criterion.figures.cend(),
                          [&](const FigureSource &source) { return source.table == m_table; });
        if (!fromHere)
            continue;
        const CriterionFigures figures = m_session->figures(criterion.id);
        if (problem.isEmpty() && !figures.problems().isEmpty())
            problem = figures.problems().constFirst();
        const int used = m_table == WorkbookTable::Coaches ? figures.coaches : figures.records;
        if (figures.fromWorkbook() && used > 0)
            numbers << QString::number(criterion.number);
    }
    QString text = numbers.isEmpty() ? tr("%1: no figures computed from them yet.").arg(count)
                                     : tr("%1: the figures of criteria %2 rest on them.", nullptr,
                                          static_cast<int>(numbers.size()))
                                           .arg(count, numbers.join(QStringLiteral(", ")));
    if (!problem.isEmpty())
        text += QLatin1Char(' ') + tr("Check: %1.").arg(problem);
    return text;
}

void WorkbookTablePanel::fitColumns()
{
    const int columns = m_model->columnCount();
    // The columns share the width (the header stretches them), so the table never scrolls
    // sideways; the headers wrap to the column's width instead of widening it.
    if (columns > 0 && m_view->viewport()->width() > 0)
        m_model->setHeaderWidth(std::max(m_view->viewport()->width() / columns - 12, 40));
}

void WorkbookTablePanel::addRow()
{
    if (!m_session || !m_model->isEditable())
        return;
    QString uuid;
    if (!m_session->addWorkbookRow(m_table, &uuid))
        return;
    m_view->editCell(m_model->rowOf(uuid), 0);
    emit reported(m_table == WorkbookTable::Coaches
                      ? tr("New coach: type a code or first name, then Tab to the next cell")
                      : tr("New record: type its pseudonymous code, then Tab to the next cell"));
}

void WorkbookTablePanel::removeCurrentRow()
{
    if (!m_session || !m_model->isEditable())
        return;
    const int row = m_view->currentIndex().row();
    const QString uuid = m_model->uuidAt(row);
    if (uuid.isEmpty()) {
        emit reported(tr("Choose the row to remove first"));
        return;
    }
    if (!m_session->removeWorkbookRow(uuid))
        return;
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1),
                                               m_view->currentIndex().column()));
    emit reported(tr("Row removed; Ctrl+Z brings it back"));
}

bool WorkbookTablePanel::selectRows(const QStringList &fieldKeys)
{
    QList<int> columns;
    for (const QString &key : fieldKeys)
        if (const int column = m_model->columnOf(key); column >= 0 && !columns.contains(column))
            columns << column;
    QItemSelection selection;
    QModelIndex first;
    const QList<WorkbookRow> rows = m_session
        ? WorkbookFigure::rowsOf(m_session->document().workbook, m_table)
        : QList<WorkbookRow>();
    for (int row = 0; row < rows.size(); ++row) {
        const bool fills
            = std::all_of(fieldKeys.cbegin(), fieldKeys.cend(), [&](const QString &key) {
                  return !rows.at(row).values.value(key).isEmpty();
              });
        if (!fills)
            continue;
        for (const int column : columns) {
            const QModelIndex index = m_model->index(row, column);
            selection.select(index, index);
            if (!first.isValid())
                first = index;
        }
    }
    m_view->setFocus(Qt::OtherFocusReason);
    if (!first.isValid()) {
        m_view->clearSelection();
        return false;
    }
    m_view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_view->scrollTo(first);
    return true;
}

} // namespace laatu::gui
