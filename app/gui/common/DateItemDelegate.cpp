#include "DateItemDelegate.h"

#include "i18n/DateText.h"

#include <QDateEdit>

namespace laatu::gui {

QString DateItemDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.typeId() == QMetaType::QDate)
        return DateText::date(value.toDate(), locale);
    if (value.typeId() == QMetaType::QDateTime)
        return DateText::dateTime(value.toDateTime(), locale);
    return QStyledItemDelegate::displayText(value, locale);
}

QWidget *DateItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *dateEdit = qobject_cast<QDateTimeEdit *>(editor)) {
        const QLocale locale = parent->locale();
        dateEdit->setDisplayFormat(index.data(Qt::EditRole).typeId() == QMetaType::QDateTime
                                       ? DateText::dateFormat(locale) + QLatin1Char(' ')
                                           + DateText::timeFormat(locale)
                                       : DateText::dateFormat(locale));
        dateEdit->setCalendarPopup(true);
    }
    return editor;
}

} // namespace laatu::gui
