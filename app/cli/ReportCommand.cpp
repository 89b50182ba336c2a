#include "ReportCommand.h"

#include "DatabaseAccess.h"

#include "i18n/Translator.h"
#include "report/ReportRenderer.h"
#include "report/ReportSource.h"
#include "report/ReportStrings.h"
#include "storage/ReviewRepository.h"

namespace laatu::cli {

QString ReportCommand::summary()
{
    return tr("Write the report of one review as a PDF file.");
}

int ReportCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(
        QStringLiteral("report"),
        tr("Writes the report of one review (A4 PDF): cover, summary with the ratings chart, "
           "all criteria with their evidence, agreement between reviewers, strengths and "
           "recommendations, the action plan, the change since the site's previous review "
           "and signature lines. Evidence notes are left out unless --with-notes is given."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("Review number or UUID."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The PDF file to write."),
                                       QStringLiteral("file"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        tr("The report's language: fi, sv or en (default: the user interface language)."),
        QStringLiteral("language"));
    const QCommandLineOption notesOption(QStringLiteral("with-notes"),
                                         tr("Include the reviewers' free-text evidence notes."));
    parser.addOptions({DatabaseAccess::option(), outOption, languageOption, notesOption});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return parser.usageError(io, tr("expected one review number or UUID"));
    if (parser.value(outOption).isEmpty())
        return parser.usageError(io, tr("--out FILE is required"));
    ReportOptions options;
    options.language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                    : Translator::currentLanguage();
    options.withNotes = parser.isSet(notesOption);
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
    const QString problem = ReportRenderer::writePdf(model, parser.value(outOption), &pages);
    if (!problem.isEmpty()) {
        io.err << tr("laatu-cli report: %1").arg(problem) << Qt::endl;
        return ExitBadInput;
    }
    io.out << tr("Wrote the report of %1 (%2 pages) to %3.")
                  .arg(model.siteName)
                  .arg(pages)
                  .arg(parser.value(outOption))
           << Qt::endl;
    return ExitOk;
}

} // namespace laatu::cli
