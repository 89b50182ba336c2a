#pragma once

#include "instrument/WorkbookSpec.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace laatu::gui {

class ReviewSession;
class WorkbookTableModel;
class WorkbookTableView;

// One table of the workbook with its commands: a heading, the table (code first, then the
// catalog's fields), Add and Remove row, and under it what the figures rest on. For the record
// sample also the reason only pseudonymous codes go in, and once the sample is cleared a
// sentence saying so instead of an empty table.
class WorkbookTablePanel : public QWidget
{
    Q_OBJECT

public:
    explicit WorkbookTablePanel(WorkbookTable table, QWidget *parent = nullptr);

    void setSession(ReviewSession *session, const QString &language);
    void refresh();
    void retranslate();

    WorkbookTableView *view() const { return m_view; }
    WorkbookTableModel *model() const { return m_model; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *summaryLabel() const { return m_summary; }

    // Adds a row and puts the cursor in its code cell.
    void addRow();
    // Removes the current row (undoable: Ctrl+Z brings it back).
    void removeCurrentRow();
    // Selects the cells of these fields in the rows that fill them all (the rows a figure
    // rests on); false when no row does.
    bool selectRows(const QStringList &fieldKeys);

signals:
    // What a command did, for the status bar.
    void reported(const QString &message);

private:
    void fitColumns();
    QString summaryText() const;

    WorkbookTable m_table;
    ReviewSession *m_session = nullptr;
    QString m_language;
    QLabel *m_heading;
    QLabel *m_hint; // records only
    QLabel *m_cleared; // records only
    WorkbookTableModel *m_model;
    WorkbookTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_summary;
};

} // namespace laatu::gui
