#pragma once

#include "instrument/Instrument.h"
#include "review/Workbook.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>

namespace laatu {

// The workbook's rows as one CSV table for a spreadsheet: a column saying whether the row is
// a coach or a record, the code, then one column per catalog field of either table (named by
// the field's key, so scripts can rely on them), values as stored (dates ISO, decimals with
// '.', yes/no).
class WorkbookCsv
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookCsv)

public:
    static QByteArray toCsv(const Workbook &workbook, const Instrument &instrument,
                            QChar separator = QLatin1Char(','));
};

} // namespace laatu
