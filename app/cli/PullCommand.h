#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

namespace laatu::cli {

// laatu-cli pull: what was published since the last pull, into the read-only copy.
class PullCommand
{
    Q_DECLARE_TR_FUNCTIONS(PullCommand)

public:
    static QString summary();
    static int run(const QStringList &arguments, CliIo &io);
};

} // namespace laatu::cli
