#pragma once

#include <QTableView>

namespace laatu::gui {

// A workbook table for the keyboard: Insert or Ctrl+N asks for a new row, Delete for removing
// the current one; Tab and Enter go from cell to cell in reading order, and Enter on the last
// cell of the last row asks for a new row. The keys are the table's while it has the focus
// (Ctrl+N elsewhere is New Review).
class WorkbookTableView : public QTableView
{
    Q_OBJECT

public:
    explicit WorkbookTableView(QWidget *parent = nullptr);

    // Puts the cursor in a cell and opens its editor (when it can be edited).
    void editCell(int row, int column);

signals:
    void addRequested();
    void removeRequested();
    // The cells' area changed width: the headers wrap again to the columns' new width.
    void viewportWidthChanged(int width);

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    static bool isAddKey(const QKeyEvent *event);
    bool atLastCell() const;
};

} // namespace laatu::gui
