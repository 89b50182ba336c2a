#pragma once

#include "analysis/MergeConflictText.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class MergeConflictDialog;
}

namespace laatu::gui {

// File → Merge Reviewer's Ratings, when the file and this database disagree: one row per
// difference (criterion, what differs, the value here and in the file) and the user's choice
// for it, "Keep here" (the default) or "Take from file". Space (or a double click) switches the
// selected rows; Keep All Here and Take All from File set every row. Cancel merges nothing.
class MergeConflictDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MergeConflictDialog(const QList<ConflictText> &conflicts, QWidget *parent = nullptr);
    ~MergeConflictDialog() override;

    int count() const;
    bool takesFromFile(int row) const;
    void setTakeFromFile(int row, bool take);
    // The rows whose value is taken from the file, ascending.
    QList<int> takenRows() const;
    void keepAll();
    void takeAll();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void toggleSelected();
    void updateSummary();

    std::unique_ptr<Ui::MergeConflictDialog> m_ui;
    QList<bool> m_take;
};

} // namespace laatu::gui
