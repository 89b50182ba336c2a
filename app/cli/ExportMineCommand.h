#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

namespace laatu::cli {

// laatu-cli --db PATH export-mine ID --rater NAME|UUID --out FILE
class ExportMineCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportMineCommand)

public:
    static QString summary();
    static int run(const QStringList &arguments, CliIo &io);
};

} // namespace laatu::cli
