#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

namespace laatu::cli {

// laatu-cli --db PATH compare --county NAME [--from DATE] [--to DATE] [--all] [--csv FILE]
class CompareCommand
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)

public:
    static QString summary();
    static int run(const QStringList &arguments, CliIo &io);
};

} // namespace laatu::cli
