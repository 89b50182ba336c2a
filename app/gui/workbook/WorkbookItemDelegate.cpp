#include "WorkbookItemDelegate.h"

#include "gui/workbook/WorkbookTableModel.h"

#include "i18n/DateText.h"
#include "review/Workbook.h"

#include <QComboBox>
#include <QDate>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace laatu::gui {

namespace {
const WorkbookField *fieldOf(const QModelIndex &index)
{
    const auto *model = qobject_cast<const WorkbookTableModel *>(index.model());
    return model ? model->field(index.column()) : nullptr;
}
} // namespace

QWidget *WorkbookItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                            const QModelIndex &index) const
{
    const WorkbookField *field = fieldOf(index);
    const QString name
        = index.model()->headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole).toString();
    if (field && field->type == WorkbookFieldType::YesNo) {
        auto *box = new QComboBox(parent);
        box->addItem(QString(), QString());
        box->addItem(tr("Yes"), QString::fromLatin1(WorkbookValues::kYes));
        box->addItem(tr("No"), QString::fromLatin1(WorkbookValues::kNo));
        box->setAccessibleName(name);
        return box;
    }
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    edit->setAccessibleName(name);
    if (field && field->type == WorkbookFieldType::Number) {
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("[0-9]{0,7}([.,][0-9]{0,4})?")), edit));
        edit->setAlignment(Qt::AlignRight);
    } else if (field && field->type == WorkbookFieldType::Date) {
        // An example in the form expected, today's date.
        edit->setPlaceholderText(DateText::date(QDate::currentDate()));
    }
    return edit;
}

void WorkbookItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (auto *box = qobject_cast<QComboBox *>(editor))
        box->setCurrentIndex(std::max(0, box->findData(value)));
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        edit->setText(value);
}

void WorkbookItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                        const QModelIndex &index) const
{
    QString value;
    if (auto *box = qobject_cast<QComboBox *>(editor))
        value = box->currentData().toString();
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        value = edit->text();
    // Unchanged cells are not written: leaving a cell by Tab is no edit.
    if (value != index.data(Qt::EditRole).toString())
        model->setData(index, value, Qt::EditRole);
}

} // namespace laatu::gui
