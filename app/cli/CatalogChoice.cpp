#include "CatalogChoice.h"

#include "instrument/CatalogReader.h"

#include <QCoreApplication>

namespace laatu::cli {

QCommandLineOption CatalogChoice::option()
{
    return QCommandLineOption(
        QStringLiteral("catalog"),
        QCoreApplication::translate("laatu-cli",
                                    "Use the criteria catalog in <file> instead of the built-in "
                                    "one."),
        QStringLiteral("file"));
}

std::optional<Instrument> CatalogChoice::load(const QCommandLineParser &parser, CliIo &io,
                                              int &exitCode)
{
    const QString path = parser.value(QStringLiteral("catalog"));
    const CatalogReader::Result result
        = path.isEmpty() ? CatalogReader::readBuiltIn() : CatalogReader::readFile(path);
    if (!result.ok()) {
        io.err << QCoreApplication::translate("laatu-cli",
                                              "laatu-cli: the catalog %1 is not valid:")
                      .arg(path.isEmpty() ? CatalogReader::builtInPath() : path)
               << Qt::endl;
        for (const QString &error : result.errors)
            io.err << QStringLiteral("  - ") << error << Qt::endl;
        exitCode = ExitBadInput;
        return std::nullopt;
    }
    return result.instrument;
}

} // namespace laatu::cli
