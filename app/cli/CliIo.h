#pragma once

#include <QTextStream>

namespace laatu::cli {

// Exit codes of laatu-cli, documented in --help and the README.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 2, // wrong command, option or argument
    ExitBadInput = 3, // an input file (catalog, review file) is broken
    ExitDatabase = 4, // the database cannot be opened or written
    // 5 is merge's "merged, with conflicts" (MergeCommand::kExitConflicts).
    ExitUnreachable = 6, // the programme server cannot be reached (the message says what was tried)
};

// Where a command writes: results on stdout, every problem on stderr.
struct CliIo
{
    QTextStream &out;
    QTextStream &err;
};

} // namespace laatu::cli
