#include "DataRequestCommand.h"

#include "DatabaseAccess.h"

#include "i18n/Translator.h"
#include "report/DataRequestBuilder.h"
#include "report/DataRequestContent.h"
#include "report/ReportOdt.h"
#include "report/ReportRenderer.h"
#include "report/ReportStrings.h"
#include "storage/ReviewRepository.h"

namespace laatu::cli {

QString DataRequestCommand::summary()
{
    return tr("Write the data request sent to a service before its site visit (PDF or ODT).");
}

int DataRequestCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(
        QStringLiteral("data-request"),
        tr("Writes the letter that tells a service what to have ready for the site visit of one "
           "review: the service, the visit dates and the reviewers; the documents and figures "
           "to prepare, grouped by who provides them, each with the criterion it serves; the "
           "figures collected on the visit; and the evidence each criterion rests on. The "
           "file name's ending chooses the format: .pdf (A4) or .odt (to edit in a word "
           "processor)."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("Review number or UUID."));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("The file to write, ending in .pdf or .odt."),
                                       QStringLiteral("file"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        tr("The letter's language: fi, sv or en (default: the user interface language)."),
        QStringLiteral("language"));
    parser.addOptions({DatabaseAccess::option(), outOption, languageOption});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return parser.usageError(io, tr("expected one review number or UUID"));
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return parser.usageError(io, tr("--out FILE is required"));
    // No default format: a letter written as PDF under another name would be opened wrongly.
    const bool odt = out.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive);
    if (!odt && !out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return parser.usageError(
            io, tr("--out must name a file ending in .pdf or .odt, not \"%1\"").arg(out));
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                          : Translator::currentLanguage();
    if (!ReportStrings::isSupported(language))
        return parser.usageError(io, tr("--lang must be fi, sv or en, not \"%1\"").arg(language));

    int exitCode = ExitOk;
    std::unique_ptr<Database> database = DatabaseAccess::openForReading(parser, io, exitCode);
    if (!database)
        return exitCode;
    ReviewRepository repository(*database);
    qint64 id = 0;
    if (StorageError error
        = DatabaseAccess::findReview(repository, parser.positionalArguments().constFirst(), id))
        return DatabaseAccess::fail(io, parser.command(), error);
    DataRequestModel model;
    if (StorageError error = DataRequestBuilder::fromDatabase(repository, id, language, model))
        return DatabaseAccess::fail(io, parser.command(), error);
    const PagedDocument letter = DataRequestContent::paged(model);
    int pages = 0;
    const QString problem
        = odt ? ReportOdt::write(letter, out) : ReportRenderer::writePdf(letter, out, &pages);
    if (!problem.isEmpty()) {
        io.err << tr("laatu-cli data-request: %1").arg(problem) << Qt::endl;
        return ExitBadInput;
    }
    if (odt)
        io.out << tr("Wrote the data request of %1 to %2 (OpenDocument text).")
                      .arg(model.siteName, out)
               << Qt::endl;
    else
        io.out << tr("Wrote the data request of %1 (%2 pages) to %3.")
                      .arg(model.siteName)
                      .arg(pages)
                      .arg(out)
               << Qt::endl;
    return ExitOk;
}

} // namespace laatu::cli
