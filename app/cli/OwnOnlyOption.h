#pragma once

#include "CliIo.h"
#include "CommandParser.h"

#include <QCommandLineOption>

namespace laatu {
class Database;
}

namespace laatu::cli {

// --own-only of compare, history and export-csv: leave the reviews pulled from the
// programme out and count this laptop's own only.
class OwnOnlyOption
{
public:
    static QCommandLineOption option();
    // ExitOk, or the exit code after printing why the narrowing failed.
    static int apply(const CommandParser &parser, Database &database, CliIo &io);
};

} // namespace laatu::cli
