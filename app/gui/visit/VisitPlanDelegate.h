#pragma once

#include <QStyledItemDelegate>

namespace laatu::gui {

// The editors of the visit plan's cells: the day as a number from 1 to the longest visit,
// "what" and "with whom" as text boxes that wrap (Enter saves, Shift+Enter starts a new line,
// Tab saves and moves on), the rest as one line. Display text wraps in every column.
class VisitPlanDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace laatu::gui
