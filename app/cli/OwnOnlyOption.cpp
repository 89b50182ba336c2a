#include "OwnOnlyOption.h"

#include "DatabaseAccess.h"

#include "storage/OwnReviewsOnly.h"

namespace laatu::cli {

QCommandLineOption OwnOnlyOption::option()
{
    return QCommandLineOption(
        QStringLiteral("own-only"),
        QCoreApplication::translate("laatu-cli",
                                    "Only this laptop's own reviews, not those pulled from the "
                                    "programme."));
}

int OwnOnlyOption::apply(const CommandParser &parser, Database &database, CliIo &io)
{
    if (!parser.parser().isSet(QStringLiteral("own-only")))
        return ExitOk;
    if (StorageError error = OwnReviewsOnly::apply(database))
        return DatabaseAccess::fail(io, parser.command(), error);
    return ExitOk;
}

} // namespace laatu::cli
