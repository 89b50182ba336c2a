#include "WrappingItemDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QStyle>
#include <QTreeView>

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
    // The style wraps the text within the option's rectangle: make it the width the item has,
    // the view's, or in a tree its column's less the indentation of the item's level.
    int width = m_view->viewport()->width();
    if (const auto *tree = qobject_cast<const QTreeView *>(m_view)) {
        int depth = tree->rootIsDecorated() ? 1 : 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        width = tree->columnWidth(index.column()) - depth * tree->indentation();
    }
    wrapped.rect = QRect(0, 0, width, 0);
    const QStyle *style = m_view->style() ? m_view->style() : QApplication::style();
    QSize size = style->sizeFromContents(QStyle::CT_ItemViewItem, &wrapped, QSize(), m_view);
    size.setWidth(std::min(size.width(), width));
    return size;
}

} // namespace laatu::gui
