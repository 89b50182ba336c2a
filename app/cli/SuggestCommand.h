#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

namespace laatu::cli {

// laatu-cli suggest CRITERION_ID VALUE: the rating the catalog's rule suggests for evidence.
class SuggestCommand
{
    Q_DECLARE_TR_FUNCTIONS(SuggestCommand)

public:
    static QString summary();
    static int run(const QStringList &arguments, CliIo &io);
};

} // namespace laatu::cli
