#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

namespace laatu::cli {

// laatu-cli --db PATH plan ID --out FILE.pdf|FILE.odt [--lang fi|sv|en]
// laatu-cli --db PATH plan ID --from-template [--template FILE] [--lang fi|sv|en] [--replace]
class PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)

public:
    static QString summary();
    static int run(const QStringList &arguments, CliIo &io);
};

} // namespace laatu::cli
