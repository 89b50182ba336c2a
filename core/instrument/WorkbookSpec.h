#pragma once

#include "LocalizedText.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace laatu {

// The evidence workbook a catalog declares: the fields reviewers fill per coach and per record
// read on the visit, and how each numeric criterion's two figures are computed from them. Data,
// not code: an organisation's own catalog declares its own fields and figures.
enum class WorkbookTable {
    Coaches, // one row per employment specialist (a code or first name, never a client's)
    Records, // one row per client record read (a pseudonymous code only)
};

enum class WorkbookFieldType {
    Number, // a non-negative decimal: FTE, hours, clients, contacts
    YesNo,
    Date, // a day, ISO 8601 in files
    Text, // a short value compared by meaning: a job type, an employer
};

struct WorkbookField
{
    QString key; // unique within its table
    WorkbookTable table = WorkbookTable::Coaches;
    WorkbookFieldType type = WorkbookFieldType::Number;
    LocalizedText label;
};

// How one figure (one input of a numeric rule) is computed over the rows of one table.
enum class FigureAggregate {
    Sum, // the sum of a number field over the rows that have it
    Count, // the rows in which every named field is filled
    CountYes, // the rows answering yes in a yes/no field
    CountDistinct, // the different values of a text field (trimmed, case ignored)
    SumDays, // the days from the first date field to the second, summed over rows with both
};

struct FigureSource
{
    FigureAggregate aggregate = FigureAggregate::Sum;
    WorkbookTable table = WorkbookTable::Coaches;
    QStringList fields; // Sum, CountYes, CountDistinct: one; SumDays: two; Count: one or more
};

// The JSON names of tables, types and aggregates, shared by the parser and the documentation.
namespace WorkbookNames {
QString table(WorkbookTable table); // "coaches", "records"
QString type(WorkbookFieldType type); // "number", "yesNo", "date", "text"
QString aggregate(FigureAggregate aggregate); // "sum", "count", "countYes", ...
} // namespace WorkbookNames

} // namespace laatu
