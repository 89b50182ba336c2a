#include "WrappingItemDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QStyle>

namespace laatu::gui {

WrappingItemDelegate::WrappingItemDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{ }

void WrappingItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                           const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->features |= QStyleOptionViewItem::WrapText;
    option->textElideMode = Qt::ElideNone;
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem wrapped = option;
    initStyleOption(&wrapped, index);
    // The style wraps the text within the option's rectangle: make it the view's width.
    const int width = m_view->viewport()->width();
    wrapped.rect = QRect(0, 0, width, 0);
    const QStyle *style = m_view->style() ? m_view->style() : QApplication::style();
    QSize size = style->sizeFromContents(QStyle::CT_ItemViewItem, &wrapped, QSize(), m_view);
    size.setWidth(std::min(size.width(), width));
    return size;
}

} // namespace laatu::gui
