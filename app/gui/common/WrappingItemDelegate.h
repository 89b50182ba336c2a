#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace laatu::gui {

// Item texts wrap at the width of the view instead of running past it, so a list of long
// titles (Finnish criteria titles) shows them whole and never scrolls sideways. The view
// relays its items out when it is resized (QListView::Adjust).
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WrappingItemDelegate(QAbstractItemView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QAbstractItemView *m_view;
};

} // namespace laatu::gui
