#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

namespace laatu::cli {

// laatu-cli server init|upgrade|status (and the user commands, see ServerUserCommand).
class ServerCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommand)

public:
    static QString summary();
    static int run(const QStringList &arguments, CliIo &io);
};

} // namespace laatu::cli
