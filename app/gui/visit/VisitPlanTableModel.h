#pragma once

#include "review/VisitPlan.h"

#include <QAbstractTableModel>
#include <QDate>

namespace laatu::gui {

class ReviewSession;

// The open review's visit plan as a table, one item a row: day, start, end, what, with whom,
// where. Every cell is edited in place and saved at once through the session (one transaction,
// undoable); a value that is not one (a time "25:00", an end before the start) is refused with
// problem() and the stored value stays. Rows follow the stored plan: an edit that keeps the
// items in order updates the cells (so the view's current cell stays), anything else resets.
class VisitPlanTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DayColumn, StartColumn, EndColumn, WhatColumn, WithWhomColumn, WhereColumn };
    static constexpr int kColumnCount = 6;

    explicit VisitPlanTableModel(QObject *parent = nullptr);

    void setSession(ReviewSession *session);
    // Reads the stored plan again (after an edit, an undo, a reload).
    void refresh();
    const QList<VisitPlanItem> &items() const { return m_items; }
    int rowOf(const QString &uuid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // A time as people type it: 8:30, 08:30, 8.30 or 0830; invalid for anything else.
    static QTime parseTime(const QString &text);

signals:
    void problem(const QString &message);

private:
    QDate dateOf(int day) const;

    ReviewSession *m_session = nullptr;
    QList<VisitPlanItem> m_items;
};

} // namespace laatu::gui
