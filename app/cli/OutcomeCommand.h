#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

namespace laatu::cli {

// laatu-cli --db PATH outcome SITE --from DATE --to DATE --coached N --employed M
class OutcomeCommand
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeCommand)

public:
    static QString summary();
    static int run(const QStringList &arguments, CliIo &io);
};

} // namespace laatu::cli
