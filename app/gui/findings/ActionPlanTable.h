#pragma once

#include <QTableWidget>

class QComboBox;

namespace laatu {
struct ActionItem;
}

namespace laatu::gui {

class ReviewSession;

// The action plan: what, who, by when and status, one action a row, each cell saved when its
// editor closes. Tab and Shift+Tab move along the row (What, Who, By when, Status) and on to the
// next row, the status box included. A new action opens as a row with the editor in What: it
// is stored once What has text, and an empty one goes when the user leaves it. Refreshing keeps
// the rows, the current cell and an open editor in place.
class ActionPlanTable : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { WhatColumn, WhoColumn, DueColumn, StatusColumn };

    explicit ActionPlanTable(QWidget *parent = nullptr);

    void setSession(ReviewSession *session);
    // Shows what is stored: changed cells are updated, others are left as they are.
    void refresh();
    void retranslate();

    // Opens a new action for typing (not stored until What has text).
    void startNewAction();
    void removeCurrentAction();
    QComboBox *statusBox(int row) const;

signals:
    // What a command did, for the status bar.
    void reported(const QString &message);

protected:
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addRow(int row);
    void showAction(int row, const ActionItem &action, bool editable);
    QString uuidAt(int row) const;
    int newRow() const;
    ActionItem rowAction(int row) const;
    void cellEdited(QTableWidgetItem *item);
    void statusChosen(QComboBox *box);
    // Tab or Shift+Tab on a status box: on along the rows, out of the table after the last.
    void leaveStatus(int row, bool forward);
    void finishEditing();
    // Removes the new row when the user is no longer in it.
    void dropNewRowIfLeft();
    void checkNewRowLater();
    bool holdsFocus(const QWidget *widget) const;

    ReviewSession *m_session = nullptr;
    QString m_newUuid; // the row being typed, not stored yet
    bool m_filling = false;
};

} // namespace laatu::gui
