#pragma once

#include "instrument/ExactNumber.h"
#include "instrument/Instrument.h"
#include "review/Workbook.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace laatu {

// One figure computed from the workbook by the catalog's declaration, exactly: sums of
// decimals and counts as fractions, days between dates as whole days.
struct WorkbookFigureValue
{
    std::optional<ExactNumber> value; // nullopt: no row holds what it needs, or a problem
    int rows = 0; // the rows it rests on
    QStringList problems; // what keeps it from being computed ("record R3: ...")
};

class WorkbookFigure
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookFigure)

public:
    // `language` names the fields in the problems found.
    static WorkbookFigureValue compute(const Instrument &instrument, const FigureSource &source,
                                       const Workbook &workbook, const QString &language);
    static const QList<WorkbookRow> &rowsOf(const Workbook &workbook, WorkbookTable table);
    // The stored text of a value typed into a field, or nullopt when it is not one of the
    // field's type: a number (non-negative, either decimal separator), yes/no, a date
    // (yyyy-MM-dd), a one-line text. Empty text clears the field and is returned as empty.
    static std::optional<QString> storedValue(const WorkbookField &field, const QString &text);
};

} // namespace laatu
