#pragma once

#include <QStyledItemDelegate>

namespace laatu::gui {

// Shows and edits the dates of a table as DateText writes them: Qt's default delegate uses
// the locale's short format, which for Swedish in Finland is Sweden's ISO form.
class DateItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant &value, const QLocale &locale) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
};

} // namespace laatu::gui
