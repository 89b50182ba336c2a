#include "ImportCommand.h"

#include "DatabaseAccess.h"

#include "exchange/ReviewImporter.h"
#include "storage/ReviewRepository.h"

namespace laatu::cli {

QString ImportCommand::summary()
{
    return tr("Import review files; a file already imported changes nothing.");
}

int ImportCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(
        QStringLiteral("import"),
        tr("Reads and checks every file first; if any is broken, nothing is written. Then each "
           "review is saved in one transaction. A review is matched by its UUID. A file from "
           "'export-mine' holds one reviewer's own ratings only and is refused: bring it in with "
           "'merge'."));
    parser.addPositionalArgument(QStringLiteral("files"), tr("Review files."),
                                 QStringLiteral("FILE..."));
    parser.addOptions({DatabaseAccess::option()});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    if (parser.positionalArguments().isEmpty())
        return parser.usageError(io, tr("expected at least one review file"));
    int exitCode = ExitOk;
    std::unique_ptr<Database> database = DatabaseAccess::open(parser, io, {}, exitCode);
    if (!database)
        return exitCode;
    ReviewRepository repository(*database);
    const ReviewImporter::Result result
        = ReviewImporter::importFiles(repository, parser.positionalArguments());
    for (const ReviewImporter::FileResult &file : result.imported) {
        const QString outcome = file.outcome == ReviewImporter::Outcome::Added ? tr("added")
            : file.outcome == ReviewImporter::Outcome::Replaced                ? tr("replaced")
                                                                               : tr("unchanged");
        io.out << QStringLiteral("%1 %2 %3\n").arg(outcome, file.reviewUuid, file.path);
    }
    io.out.flush();
    if (!result.fileProblems.isEmpty()) {
        io.err << tr("laatu-cli import: nothing was imported; the files have %n problem(s):",
                     nullptr, static_cast<int>(result.fileProblems.size()))
               << Qt::endl;
        for (const QString &problem : result.fileProblems)
            io.err << QStringLiteral("  - ") << problem << Qt::endl;
        return ExitBadInput;
    }
    if (result.databaseError)
        return DatabaseAccess::fail(io, parser.command(), result.databaseError);
    return ExitOk;
}

} // namespace laatu::cli
