#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

namespace laatu::cli {

// laatu-cli --db PATH hand-out ID --rater NAME|UUID --out FILE [--with-evidence]
class HandOutCommand
{
    Q_DECLARE_TR_FUNCTIONS(HandOutCommand)

public:
    static QString summary();
    static int run(const QStringList &arguments, CliIo &io);
};

} // namespace laatu::cli
