#include "ActionPlanTable.h"

#include "gui/common/DateItemDelegate.h"
#include "gui/common/DisplayText.h"
#include "gui/session/ReviewSession.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScopedValueRollback>
#include <QSet>
#include <QTimer>
#include <QUuid>

namespace laatu::gui {

namespace {
constexpr int kUuidRole = Qt::UserRole + 1;

// Only what differs is set: setting a cell under an open editor would overwrite its typing.
void setCell(QTableWidgetItem *cell, int role, const QVariant &value)
{
    if (cell->data(role) != value)
        cell->setData(role, value);
}
} // namespace

ActionPlanTable::ActionPlanTable(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("actionTable"));
    setColumnCount(4);
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setTabKeyNavigation(true);
    horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    setItemDelegateForColumn(DueColumn, new DateItemDelegate(this));
    connect(this, &QTableWidget::itemChanged, this, &ActionPlanTable::cellEdited);
}

void ActionPlanTable::setSession(ReviewSession *session)
{
    m_session = session;
    m_newUuid.clear(); // a row being typed for another review goes with it
    refresh();
}

void ActionPlanTable::retranslate()
{
    setHorizontalHeaderLabels({tr("What"), tr("Who"), tr("By when"), tr("Status")});
    setAccessibleName(tr("Action plan"));
    for (int row = 0; row < rowCount(); ++row)
        if (QComboBox *box = statusBox(row))
            for (int i = 0; i < box->count(); ++i)
                box->setItemText(
                    i,
                    DisplayText::actionStatus(static_cast<ActionStatus>(box->itemData(i).toInt())));
    refresh();
}

QString ActionPlanTable::uuidAt(int row) const
{
    const QTableWidgetItem *cell = item(row, WhatColumn);
    return cell ? cell->data(kUuidRole).toString() : QString();
}

int ActionPlanTable::newRow() const
{
    for (int row = rowCount() - 1; !m_newUuid.isEmpty() && row >= 0; --row)
        if (uuidAt(row) == m_newUuid)
            return row;
    return -1;
}

QComboBox *ActionPlanTable::statusBox(int row) const
{
    return qobject_cast<QComboBox *>(cellWidget(row, StatusColumn));
}

void ActionPlanTable::addRow(int row)
{
    insertRow(row);
    for (int column = WhatColumn; column <= StatusColumn; ++column)
        setItem(row, column, new QTableWidgetItem);
    item(row, StatusColumn)->setFlags(item(row, StatusColumn)->flags() & ~Qt::ItemIsEditable);
    auto *box = new QComboBox;
    for (ActionStatus value : DisplayText::actionStatuses())
        box->addItem(DisplayText::actionStatus(value), int(value));
    // Reached by Tab along the row (see eventFilter), not as a stop of the window's own.
    box->setFocusPolicy(Qt::ClickFocus);
    connect(box, &QComboBox::activated, this, [this, box] { statusChosen(box); });
    setCellWidget(row, StatusColumn, box);
    box->installEventFilter(this);
}

void ActionPlanTable::showAction(int row, const ActionItem &action, bool editable)
{
    setCell(item(row, WhatColumn), Qt::DisplayRole, action.what);
    setCell(item(row, WhatColumn), kUuidRole, action.uuid);
    setCell(item(row, WhoColumn), Qt::DisplayRole, action.who);
    setCell(item(row, DueColumn), Qt::EditRole,
            action.due.isValid() ? QVariant(action.due) : QVariant());
    for (int column = WhatColumn; column < StatusColumn; ++column) {
        QTableWidgetItem *cell = item(row, column);
        const Qt::ItemFlags flags
            = editable ? cell->flags() | Qt::ItemIsEditable : cell->flags() & ~Qt::ItemIsEditable;
        if (flags != cell->flags())
            cell->setFlags(flags);
    }
    QComboBox *box = statusBox(row);
    const int index = box->findData(int(action.status));
    if (box->currentIndex() != index)
        box->setCurrentIndex(index);
    box->setEnabled(editable);
    box->setAccessibleName(tr("Status of \"%1\"").arg(action.what));
}

void ActionPlanTable::refresh()
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    const bool editable = m_session && m_session->isEditable();
    if (!editable)
        m_newUuid.clear();
    const QList<ActionItem> actions
        = m_session ? m_session->document().actions : QList<ActionItem>();
    QSet<QString> stored;
    for (const ActionItem &action : actions)
        stored.insert(action.uuid);
    // Rows no longer stored go; the others keep their cells (and an open editor).
    for (int row = rowCount() - 1; row >= 0; --row)
        if (uuidAt(row) != m_newUuid && !stored.contains(uuidAt(row)))
            removeRow(row);
    // The row being typed stays last: every stored row comes before it.
    for (int i = 0; i < actions.size(); ++i) {
        int found = -1;
        for (int row = i; found < 0 && row < rowCount(); ++row)
            if (uuidAt(row) == actions.at(i).uuid)
                found = row;
        if (found != i) {
            if (found > i)
                removeRow(found);
            addRow(i);
        }
        showAction(i, actions.at(i), editable);
    }
    resizeColumnToContents(WhoColumn);
    resizeColumnToContents(DueColumn);
    resizeColumnToContents(StatusColumn);
}

ActionItem ActionPlanTable::rowAction(int row) const
{
    ActionItem action;
    action.uuid = uuidAt(row);
    action.what = item(row, WhatColumn)->text().trimmed();
    action.who = item(row, WhoColumn)->text().trimmed();
    action.due = item(row, DueColumn)->data(Qt::EditRole).toDate();
    if (const QComboBox *box = statusBox(row))
        action.status = static_cast<ActionStatus>(box->currentData().toInt());
    return action;
}

void ActionPlanTable::startNewAction()
{
    if (!m_session || !m_session->isEditable())
        return;
    finishEditing(); // saves what is typed in an open editor, as a click elsewhere would
    int row = newRow();
    if (row < 0) {
        m_newUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ActionItem action;
        action.uuid = m_newUuid;
        action.due = QDate::currentDate().addMonths(3);
        row = rowCount();
        const QScopedValueRollback<bool> filling(m_filling, true);
        addRow(row);
        showAction(row, action, true);
    }
    setFocus(Qt::OtherFocusReason);
    setCurrentCell(row, WhatColumn);
    scrollToItem(item(row, WhatColumn));
    editItem(item(row, WhatColumn));
    emit reported(tr("New action: type what is to be done, then Tab to who, by when and status. "
                     "It is saved once it has a text."));
}

void ActionPlanTable::removeCurrentAction()
{
    const int row = currentRow();
    if (row < 0 || !m_session) {
        emit reported(tr("Choose the action to remove first"));
        return;
    }
    if (row == newRow()) {
        m_newUuid.clear();
        removeRow(row);
        emit reported(tr("The new action was not saved"));
        return;
    }
    m_session->removeAction(uuidAt(row)); // says "Action item removed"
}

void ActionPlanTable::cellEdited(QTableWidgetItem *cell)
{
    if (m_filling || !m_session)
        return;
    const int row = cell->row();
    const QString uuid = uuidAt(row);
    if (!m_newUuid.isEmpty() && uuid == m_newUuid) {
        // Who, by when and status wait in the row until What has a text.
        if (cell->column() != WhatColumn || cell->text().trimmed().isEmpty())
            return;
        const ActionItem action = rowAction(row);
        m_newUuid.clear();
        m_session->saveAction(action);
        return;
    }
    const QList<ActionItem> &actions = m_session->document().actions;
    const auto stored = std::find_if(actions.cbegin(), actions.cend(),
                                     [&](const ActionItem &a) { return a.uuid == uuid; });
    if (stored == actions.cend())
        return;
    ActionItem action = *stored;
    switch (cell->column()) {
    case WhatColumn:
        action.what = cell->text().trimmed();
        if (action.what.isEmpty()) {
            refresh(); // shows the stored text again
            emit reported(tr("An action needs a text: the stored one is kept"));
            return;
        }
        break;
    case WhoColumn:
        action.who = cell->text().trimmed();
        break;
    case DueColumn:
        action.due = cell->data(Qt::EditRole).toDate();
        break;
    default:
        return;
    }
    m_session->saveAction(action);
}

void ActionPlanTable::statusChosen(QComboBox *box)
{
    for (int row = 0; m_session && row < rowCount(); ++row) {
        if (statusBox(row) != box)
            continue;
        if (uuidAt(row) == m_newUuid)
            return; // kept in the row until What has a text
        for (ActionItem action : m_session->document().actions) {
            if (action.uuid == uuidAt(row)) {
                action.status = static_cast<ActionStatus>(box->currentData().toInt());
                m_session->saveAction(action);
                return;
            }
        }
    }
}

void ActionPlanTable::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableWidget::currentChanged(current, previous);
    // Arriving at Status from the keyboard: the status box takes the keys.
    if (current.isValid() && current.column() == StatusColumn && holdsFocus(this))
        if (QComboBox *box = statusBox(current.row()); box && box->isEnabled())
            box->setFocus(Qt::TabFocusReason);
    if (!m_newUuid.isEmpty() && current.row() != newRow())
        checkNewRowLater();
}

bool ActionPlanTable::eventFilter(QObject *watched, QEvent *event)
{
    auto *box = qobject_cast<QComboBox *>(watched);
    if (box && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
        if (tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
            for (int row = 0; row < rowCount(); ++row) {
                if (statusBox(row) == box) {
                    leaveStatus(
                        row, key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
                    return true;
                }
            }
        }
    } else if (box && event->type() == QEvent::FocusOut && !m_newUuid.isEmpty()) {
        checkNewRowLater();
    }
    return QTableWidget::eventFilter(watched, event);
}

void ActionPlanTable::leaveStatus(int row, bool forward)
{
    if (forward && row + 1 >= rowCount()) {
        // After the last row: on to whatever follows the table.
        QWidget *next = nextInFocusChain();
        while (next != this
               && (isAncestorOf(next) || !(next->focusPolicy() & Qt::TabFocus) || !next->isVisible()
                   || !next->isEnabled()))
            next = next->nextInFocusChain();
        next->setFocus(Qt::TabFocusReason);
        return;
    }
    const int target = forward ? row + 1 : row;
    const int column = forward ? WhatColumn : DueColumn;
    setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    setCurrentCell(target, column);
    if (QTableWidgetItem *cell = item(target, column); cell && cell->flags() & Qt::ItemIsEditable)
        editItem(cell);
}

void ActionPlanTable::finishEditing()
{
    if (state() == EditingState)
        if (QWidget *editor = indexWidget(currentIndex())) {
            commitData(editor);
            closeEditor(editor, QAbstractItemDelegate::NoHint);
        }
}

void ActionPlanTable::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    QTableWidget::closeEditor(editor, hint);
    if (!m_newUuid.isEmpty())
        checkNewRowLater();
}

void ActionPlanTable::checkNewRowLater()
{
    // After the view has moved on: Tab opens the next cell's editor after closing this one.
    QTimer::singleShot(0, this, &ActionPlanTable::dropNewRowIfLeft);
}

void ActionPlanTable::dropNewRowIfLeft()
{
    const int row = newRow();
    if (row < 0)
        return;
    const bool typing = state() == EditingState && currentRow() == row && holdsFocus(this);
    if (typing || holdsFocus(statusBox(row)))
        return;
    m_newUuid.clear();
    removeRow(row);
    emit reported(tr("The new action had no text and was not saved"));
}

bool ActionPlanTable::holdsFocus(const QWidget *widget) const
{
    // Up the parents without stopping at windows: a status box's list is a popup of its own.
    for (const QWidget *w = QApplication::focusWidget(); widget && w; w = w->parentWidget())
        if (w == widget)
            return true;
    return false;
}

} // namespace laatu::gui
