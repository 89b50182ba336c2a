#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

namespace laatu::cli {

// laatu-cli --db PATH data-request ID --out FILE.pdf|FILE.odt [--lang fi|sv|en]
class DataRequestCommand
{
    Q_DECLARE_TR_FUNCTIONS(DataRequestCommand)

public:
    static QString summary();
    static int run(const QStringList &arguments, CliIo &io);
};

} // namespace laatu::cli
