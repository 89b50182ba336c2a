#pragma once

#include <Qt>

class QString;
class QTableWidget;
class QTableWidgetItem;

namespace laatu::gui {

// The read-only tables of the analysis views: the user reads and selects, never edits.
class TableCells
{
public:
    // A cell that can be selected but not edited, vertically centred.
    static QTableWidgetItem *readOnly(const QString &text, Qt::Alignment alignment = Qt::AlignLeft);
    // Whole rows selected one at a time, no editing, no row numbers, alternating rows.
    static void setUpReadOnly(QTableWidget *table);
};

} // namespace laatu::gui
