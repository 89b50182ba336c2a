#pragma once

#include "instrument/WorkbookSpec.h"
#include "review/Workbook.h"

#include <QAbstractTableModel>
#include <QList>

namespace laatu::gui {

class ReviewSession;

// One table of the open review's evidence workbook (the coaches or the record sample) as the
// view shows it: the row's code first, then the catalog's fields for that table. It shows what
// is stored; an edited cell goes to the session at once (saved, undoable), and when the session
// refuses the stored value shows again.
class WorkbookTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    WorkbookTableModel(WorkbookTable table, QObject *parent = nullptr);

    void setSession(ReviewSession *session, const QString &language);
    // The stored rows shown again: cells changed in place, so the current cell and an open
    // editor stay; rows added or removed are inserted or removed as such.
    void refresh();
    // Header lines wrapped to fit this many pixels, so long Finnish labels need no wide column.
    void setHeaderWidth(int pixels);

    WorkbookTable table() const { return m_table; }
    // The field of a column; null for the code column (0).
    const WorkbookField *field(int column) const;
    int columnOf(const QString &fieldKey) const; // -1 when the table has no such field
    QString uuidAt(int row) const;
    int rowOf(const QString &uuid) const;
    bool isEditable() const;

    // A value typed into a cell, as stored: a number with a decimal point, a date as ISO 8601
    // (typed in the locale's form or as ISO), yes/no as the keys. Nullopt when it is not one.
    static std::optional<QString> storedText(const WorkbookField &field, const QString &typed);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // A typed value was not taken (not of the field's type): a sentence for the status bar.
    void refused(const QString &message);

private:
    QString headerLabel(int column) const;

    WorkbookTable m_table;
    ReviewSession *m_session = nullptr;
    QString m_language;
    QList<WorkbookField> m_fields;
    QList<WorkbookRow> m_rows;
    int m_headerWidth = 120;
};

} // namespace laatu::gui
