#include "WorkbookTableView.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QTimer>

namespace laatu::gui {

WorkbookTableView::WorkbookTableView(QWidget *parent)
    : QTableView(parent)
{
    setTabKeyNavigation(true);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setWordWrap(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(true);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
}

bool WorkbookTableView::isAddKey(const QKeyEvent *event)
{
    return (event->key() == Qt::Key_Insert && event->modifiers() == Qt::NoModifier)
        || (event->key() == Qt::Key_N && event->modifiers() == Qt::ControlModifier);
}

bool WorkbookTableView::atLastCell() const
{
    const QModelIndex current = currentIndex();
    return model() && current.row() == model()->rowCount() - 1
        && current.column() == model()->columnCount() - 1;
}

bool WorkbookTableView::event(QEvent *event)
{
    // The table's own keys win over the window's shortcuts while it has the focus.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (isAddKey(key) || (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier)) {
            event->accept();
            return true;
        }
    }
    return QTableView::event(event);
}

void WorkbookTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    emit viewportWidthChanged(viewport()->width());
}

void WorkbookTableView::keyPressEvent(QKeyEvent *event)
{
    if (isAddKey(event)) {
        emit addRequested();
        return;
    }
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier) {
        emit removeRequested();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && state() != EditingState
        && currentIndex().isValid()) {
        if (atLastCell()) {
            emit addRequested();
            return;
        }
        // Enter on a cell not being edited opens it, as F2 does.
        edit(currentIndex(), EditKeyPressed, nullptr);
        return;
    }
    QTableView::keyPressEvent(event);
}

void WorkbookTableView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter in a cell goes on to the next one, as Tab does; after the last cell, a new row.
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        const bool last = atLastCell();
        QTableView::closeEditor(
            editor, last ? QAbstractItemDelegate::NoHint : QAbstractItemDelegate::EditNextItem);
        if (last)
            QTimer::singleShot(0, this, &WorkbookTableView::addRequested);
        return;
    }
    QTableView::closeEditor(editor, hint);
}

void WorkbookTableView::editCell(int row, int column)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return;
    const QModelIndex index = model()->index(row, column);
    setFocus(Qt::OtherFocusReason);
    setCurrentIndex(index);
    scrollTo(index);
    if (index.flags() & Qt::ItemIsEditable)
        edit(index);
}

} // namespace laatu::gui
