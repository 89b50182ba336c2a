#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

namespace laatu::cli {

// laatu-cli --db PATH merge FILE... [--take-incoming] [--dry-run]
class MergeCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeCommand)

public:
    // Merged, but conflicts were found and the database's values kept (no --take-incoming);
    // with --dry-run: conflicts would be found.
    static constexpr int kExitConflicts = 5;

    static QString summary();
    static int run(const QStringList &arguments, CliIo &io);
};

} // namespace laatu::cli
