#pragma once

#include "gui/common/DateItemDelegate.h"

namespace laatu::gui {

// The editors of the workbook's cells, by the catalog field's type: a number box that takes
// the locale's decimal comma, yes/no as a choice, a date typed in the form the table shows it
// (dates shown through DateItemDelegate, as DateText writes them), a line of text otherwise.
class WorkbookItemDelegate : public DateItemDelegate
{
    Q_OBJECT

public:
    using DateItemDelegate::DateItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace laatu::gui
