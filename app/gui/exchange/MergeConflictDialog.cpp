#include "MergeConflictDialog.h"

#include "ui_MergeConflictDialog.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QSet>
#include <QTableWidgetItem>

namespace laatu::gui {

namespace {
enum Column { CriterionColumn, WhatColumn, HereColumn, FileColumn, ChoiceColumn };

// Long notes are shortened in the table; the whole text is in the cell's tooltip.
QString cellText(const QString &text)
{
    const QString simple = text.simplified();
    constexpr int maxLength = 80;
    return simple.size() <= maxLength ? simple : simple.left(maxLength - 1) + QChar(0x2026);
}

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(cellText(text));
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (cell->text() != text)
        cell->setToolTip(text);
    return cell;
}
} // namespace

MergeConflictDialog::MergeConflictDialog(const QList<ConflictText> &conflicts, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MergeConflictDialog>())
    , m_take(conflicts.size(), false)
{
    m_ui->setupUi(this);
    QTableWidget *table = m_ui->conflictTable;
    table->setRowCount(static_cast<int>(conflicts.size()));
    for (int row = 0; row < conflicts.size(); ++row) {
        const ConflictText &conflict = conflicts.at(row);
        table->setItem(row, CriterionColumn, item(conflict.criterion));
        table->setItem(row, WhatColumn, item(conflict.what));
        table->setItem(row, HereColumn, item(conflict.here));
        table->setItem(row, FileColumn, item(conflict.inFile));
        table->setItem(row, ChoiceColumn, item(QString()));
        setTakeFromFile(row, false);
    }
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(CriterionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(HereColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ChoiceColumn, QHeaderView::ResizeToContents);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->installEventFilter(this);
    connect(table, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem *cell) {
        setTakeFromFile(cell->row(), !takesFromFile(cell->row()));
    });
    connect(m_ui->keepAllButton, &QPushButton::clicked, this, &MergeConflictDialog::keepAll);
    connect(m_ui->takeAllButton, &QPushButton::clicked, this, &MergeConflictDialog::takeAll);
    if (table->rowCount() > 0)
        table->selectRow(0);
    table->setFocus();
    updateSummary();
}

MergeConflictDialog::~MergeConflictDialog() = default;

int MergeConflictDialog::count() const
{
    return static_cast<int>(m_take.size());
}

bool MergeConflictDialog::takesFromFile(int row) const
{
    return row >= 0 && row < m_take.size() && m_take.at(row);
}

void MergeConflictDialog::setTakeFromFile(int row, bool take)
{
    if (row < 0 || row >= m_take.size())
        return;
    m_take[row] = take;
    QTableWidget *table = m_ui->conflictTable;
    QTableWidgetItem *choice = table->item(row, ChoiceColumn);
    choice->setText(take ? tr("Take from file") : tr("Keep here"));
    choice->setToolTip(tr("Space switches between keeping the value here and taking the file's"));
    // The value the review will hold is shown in bold.
    for (const int column : {HereColumn, FileColumn}) {
        QTableWidgetItem *cell = table->item(row, column);
        QFont font = cell->font();
        font.setBold((column == FileColumn) == take);
        cell->setFont(font);
    }
    updateSummary();
}

QList<int> MergeConflictDialog::takenRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_take.size(); ++row) {
        if (m_take.at(row))
            rows << row;
    }
    return rows;
}

void MergeConflictDialog::keepAll()
{
    for (int row = 0; row < m_take.size(); ++row)
        setTakeFromFile(row, false);
}

void MergeConflictDialog::takeAll()
{
    for (int row = 0; row < m_take.size(); ++row)
        setTakeFromFile(row, true);
}

bool MergeConflictDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->conflictTable && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            toggleSelected();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

// The selected rows follow the current row: all take the file's value unless it already does.
void MergeConflictDialog::toggleSelected()
{
    QTableWidget *table = m_ui->conflictTable;
    QSet<int> rows;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        rows.insert(index.row());
    if (rows.isEmpty() && table->currentRow() >= 0)
        rows.insert(table->currentRow());
    if (rows.isEmpty())
        return;
    const int current = rows.contains(table->currentRow()) ? table->currentRow() : *rows.begin();
    const bool take = !takesFromFile(current);
    for (const int row : rows)
        setTakeFromFile(row, take);
}

void MergeConflictDialog::updateSummary()
{
    const int taken = static_cast<int>(takenRows().size());
    m_ui->summaryLabel->setText(
        tr("%n difference(s): ", nullptr, count())
        + tr("%1 kept here, %2 taken from the file").arg(count() - taken).arg(taken));
}

} // namespace laatu::gui
