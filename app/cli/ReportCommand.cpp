#include "ReportCommand.h"

#include "DatabaseAccess.h"

#include "i18n/Translator.h"
#include "report/ReportOdt.h"
#include "report/ReportRenderer.h"
#include "report/ReportSource.h"
#include "report/ReportStrings.h"
#include "storage/ReviewRepository.h"

namespace laatu::cli {

QString ReportCommand::summary()
{
    return tr("Write the report of one review as a PDF or an editable ODT file.");
}

int ReportCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(
        QStringLiteral("report"),
        tr("Writes the report of one review (A4 PDF, or ODT to edit in a word processor): cover, "
           "summary with the ratings chart, "
           "all criteria with their evidence, agreement between reviewers, strengths and "
           "recommendations, the action plan, the change since the site's previous review "
           "and signature lines. Evidence notes are left out unless --with-notes is given."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("Review number or UUID."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The file to write."),
                                       QStringLiteral("file"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        tr("pdf or odt (default: odt for a file name ending in .odt, otherwise pdf)."),
        QStringLiteral("format"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        tr("The report's language: fi, sv or en (default: the user interface language)."),
        QStringLiteral("language"));
    const QCommandLineOption notesOption(QStringLiteral("with-notes"),
                                         tr("Include the reviewers' free-text evidence notes."));
    const QCommandLineOption recordCodesOption(
        QStringLiteral("with-record-codes"),
        tr("In the appendix, list the codes of the records each computed figure rests on."));
    parser.addOptions({DatabaseAccess::option(), outOption, formatOption, languageOption,
                       notesOption, recordCodesOption});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return parser.usageError(io, tr("expected one review number or UUID"));
    if (parser.value(outOption).isEmpty())
        return parser.usageError(io, tr("--out FILE is required"));
    const QString out = parser.value(outOption);
    const QString format = parser.isSet(formatOption) ? parser.value(formatOption).toLower()
        : out.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive) ? QStringLiteral("odt")
                                                                   : QStringLiteral("pdf");
    if (format != QLatin1String("pdf") && format != QLatin1String("odt"))
        return parser.usageError(
            io, tr("--format must be pdf or odt, not \"%1\"").arg(parser.value(formatOption)));
    ReportOptions options;
    options.language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                    : Translator::currentLanguage();
    options.withNotes = parser.isSet(notesOption);
    options.includeRecordCodes = parser.isSet(recordCodesOption);
    if (!ReportStrings::isSupported(options.language))
        return parser.usageError(
            io, tr("--lang must be fi, sv or en, not \"%1\"").arg(options.language));

    int exitCode = ExitOk;
    std::unique_ptr<Database> database = DatabaseAccess::openForReading(parser, io, exitCode);
    if (!database)
        return exitCode;
    ReviewRepository repository(*database);
    qint64 id = 0;
    if (StorageError error
        = DatabaseAccess::findReview(repository, parser.positionalArguments().constFirst(), id))
        return DatabaseAccess::fail(io, parser.command(), error);
    ReportModel model;
    if (StorageError error = ReportSource::build(repository, id, options, model))
        return DatabaseAccess::fail(io, parser.command(), error);
    int pages = 0;
    const QString problem = format == QLatin1String("odt")
        ? ReportOdt::write(model, out)
        : ReportRenderer::writePdf(model, out, &pages);
    if (!problem.isEmpty()) {
        io.err << tr("laatu-cli report: %1").arg(problem) << Qt::endl;
        return ExitBadInput;
    }
    if (format == QLatin1String("odt"))
        io.out << tr("Wrote the report of %1 to %2 (OpenDocument text).").arg(model.siteName, out)
               << Qt::endl;
    else
        io.out << tr("Wrote the report of %1 (%2 pages) to %3.")
                      .arg(model.siteName)
                      .arg(pages)
                      .arg(out)
               << Qt::endl;
    return ExitOk;
}

} // namespace laatu::cli
