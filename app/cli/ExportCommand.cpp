#include "ExportCommand.h"

#include "DatabaseAccess.h"

#include "exchange/ReviewFileIo.h"
#include "storage/ReviewRepository.h"

namespace laatu::cli {

QString ExportCommand::summary()
{
    return tr("Write one review to a review file (JSON).");
}

int ExportCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(
        QStringLiteral("export"),
        tr("Writes one review, with its site, reviewers, ratings, evidence, findings and actions, "
           "to a review file that another laptop can import."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("Review number or UUID."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The file to write."),
                                       QStringLiteral("file"));
    parser.addOptions({DatabaseAccess::option(), outOption});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return parser.usageError(io, tr("expected one review number or UUID"));
    if (parser.value(outOption).isEmpty())
        return parser.usageError(io, tr("--out FILE is required"));
    int exitCode = ExitOk;
    std::unique_ptr<Database> database = DatabaseAccess::openForReading(parser, io, exitCode);
    if (!database)
        return exitCode;
    ReviewRepository repository(*database);
    ReviewDocument document;
    if (StorageError error = DatabaseAccess::loadReview(
            repository, parser.positionalArguments().constFirst(), document))
        return DatabaseAccess::fail(io, parser.command(), error);
    const QString problem = ReviewFileIo::write(parser.value(outOption), document);
    if (!problem.isEmpty()) {
        io.err << tr("laatu-cli export: %1").arg(problem) << Qt::endl;
        return ExitBadInput;
    }
    io.out << tr("Wrote review %1 to %2.").arg(document.review.uuid, parser.value(outOption))
           << Qt::endl;
    return ExitOk;
}

} // namespace laatu::cli
