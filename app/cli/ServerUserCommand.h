#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

namespace laatu::cli {

// laatu-cli server add-user|assign|unassign: the people of the programme.
class ServerUserCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServerUserCommand)

public:
    static QString summary();
    static int run(const QStringList &arguments, CliIo &io);
};

} // namespace laatu::cli
