#include "ExportCsvCommand.h"

#include "DatabaseAccess.h"
#include "OwnOnlyOption.h"

#include "i18n/Translator.h"
#include "report/HistoryCsv.h"
#include "report/ReportStrings.h"
#include "storage/ReviewRepository.h"

namespace laatu::cli {

QString ExportCsvCommand::summary()
{
    return tr("Write the review history as a CSV file for spreadsheets.");
}

int ExportCsvCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(
        QStringLiteral("export-csv"),
        tr("Writes every review as one row per criterion (site, county, dates, kind, status, "
           "catalog, criterion, consensus rating, the review's total, mean and level) to a "
           "CSV file in UTF-8 that LibreOffice and Excel open directly. Notes are not "
           "included."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The CSV file to write."),
                                       QStringLiteral("file"));
    const QCommandLineOption separatorOption(
        QStringLiteral("separator"),
        tr("Field separator: ';' (default, for Finnish and Swedish spreadsheets, decimal "
           "commas) or ',' (decimal points)."),
        QStringLiteral("char"), QStringLiteral(";"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        tr("Language of criterion titles, level names and decimals: fi, sv or en (default: "
           "the user interface language)."),
        QStringLiteral("language"));
    parser.addOptions({DatabaseAccess::option(), outOption, separatorOption, languageOption,
                       OwnOnlyOption::option()});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return parser.usageError(
            io, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    if (parser.value(outOption).isEmpty())
        return parser.usageError(io, tr("--out FILE is required"));
    const QString separator = parser.value(separatorOption);
    if (separator != QLatin1String(";") && separator != QLatin1String(","))
        return parser.usageError(io, tr("--separator must be ';' or ','"));
    HistoryCsv::Options options;
    options.separator = separator.front();
    options.language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                    : Translator::currentLanguage();
    if (!ReportStrings::isSupported(options.language))
        return parser.usageError(
            io, tr("--lang must be fi, sv or en, not \"%1\"").arg(options.language));

    int exitCode = ExitOk;
    std::unique_ptr<Database> database = DatabaseAccess::openForReading(parser, io, exitCode);
    if (!database)
        return exitCode;
    if (const int exit = OwnOnlyOption::apply(parser, *database, io))
        return exit;
    ReviewRepository repository(*database);
    HistoryCsv csv(options);
    if (StorageError error = HistoryCsv::build(repository, csv))
        return DatabaseAccess::fail(io, parser.command(), error);
    const QString problem = HistoryCsv::write(parser.value(outOption), csv.bytes());
    if (!problem.isEmpty()) {
        io.err << tr("laatu-cli export-csv: %1").arg(problem) << Qt::endl;
        return ExitBadInput;
    }
    io.out << tr("Wrote %1 rows to %2.").arg(csv.rowCount()).arg(parser.value(outOption))
           << Qt::endl;
    return ExitOk;
}

} // namespace laatu::cli
