#pragma once

#include "CliIo.h"

#include <QCoreApplication>
#include <QStringList>

namespace laatu::cli {

// laatu-cli score --ratings 5,4,-,... [--rater ...]... [--json] [--catalog FILE]
class ScoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScoreCommand)

public:
    static QString summary();
    static int run(const QStringList &arguments, CliIo &io);
};

} // namespace laatu::cli
