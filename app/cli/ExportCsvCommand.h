#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

namespace laatu::cli {

// laatu-cli --db PATH export-csv --out FILE.csv [--separator ';'|','] [--lang fi|sv|en]
class ExportCsvCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCsvCommand)

public:
    static QString summary();
    static int run(const QStringList &arguments, CliIo &io);
};

} // namespace laatu::cli
