#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

namespace laatu::cli {

// laatu-cli publish [ID...|--all-final]: final reviews to the programme server.
class PublishCommand
{
    Q_DECLARE_TR_FUNCTIONS(PublishCommand)

public:
    static QString summary();
    static int run(const QStringList &arguments, CliIo &io);
};

} // namespace laatu::cli
