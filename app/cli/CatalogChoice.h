#pragma once

#include "CliIo.h"

#include "instrument/Instrument.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace laatu::cli {

// The --catalog FILE option shared by the commands that work against a catalog: the built-in
// Finnish scale unless an organisation's own file is given.
class CatalogChoice
{
public:
    static QCommandLineOption option();
    // Loads the chosen catalog; on failure prints every problem and sets `exitCode`.
    static std::optional<Instrument> load(const QCommandLineParser &parser, CliIo &io,
                                          int &exitCode);
};

} // namespace laatu::cli
