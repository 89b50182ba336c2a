#include "VisitPlanDelegate.h"

#include "VisitPlanTableModel.h"

#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace laatu::gui {

namespace {
bool isMultiLine(const QModelIndex &index)
{
    return index.column() == VisitPlanTableModel::WhatColumn
        || index.column() == VisitPlanTableModel::WithWhomColumn;
}
} // namespace

QWidget *VisitPlanDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    if (index.column() == VisitPlanTableModel::DayColumn) {
        auto *box = new QSpinBox(parent);
        box->setRange(1, VisitPlan::kMaxDays);
        box->setAccessibleName(tr("Day of the visit"));
        return box;
    }
    if (isMultiLine(index)) {
        auto *edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->setAccessibleName(
            index.model()->headerData(index.column(), Qt::Horizontal).toString());
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void VisitPlanDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor)) {
        edit->setPlainText(index.data(Qt::EditRole).toString());
        edit->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void VisitPlanDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor)) {
        model->setData(index, edit->toPlainText());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

bool VisitPlanDelegate::eventFilter(QObject *object, QEvent *event)
{
    // Enter saves as in the other cells; Shift+Enter is the new line a text box would give.
    auto *edit = qobject_cast<QPlainTextEdit *>(object);
    if (edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & Qt::ShiftModifier)) {
            emit commitData(edit);
            emit closeEditor(edit, QAbstractItemDelegate::SubmitModelCache);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace laatu::gui
