#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

namespace laatu::cli {

// laatu-cli --db PATH workbook ID [--csv]: the evidence workbook of one review, as the figures
// it gives each numeric criterion, or its rows as CSV for a spreadsheet.
class WorkbookCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookCommand)

public:
    static QString summary();
    static int run(const QStringList &arguments, CliIo &io);
};

} // namespace laatu::cli
