#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

namespace laatu {
class Instrument;
}

namespace laatu::cli {

// laatu-cli catalog [--lang fi|sv|en] [--file PATH] [--check]
class CatalogCommand
{
    Q_DECLARE_TR_FUNCTIONS(CatalogCommand)

public:
    static QString summary();
    static int run(const QStringList &arguments, CliIo &io);

private:
    static void print(const Instrument &instrument, const QString &language, CliIo &io);
};

} // namespace laatu::cli
