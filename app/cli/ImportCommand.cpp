#include "ImportCommand.h"

#include "DatabaseAccess.h"

#include "exchange/ReviewImporter.h"
#include "storage/ReviewRepository.h"
#include "text/TextRules.h"

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
    const QCommandLineOption acceptSiteChanges(
        QStringLiteral("accept-site-changes"),
        tr("Agree to the listed changes to sites already in the database (a site's new name, "
           "county or other details; a draft review moving to another site). Without it such "
           "a file is refused. A site with a final review is never changed by a file."));
    parser.addOptions({DatabaseAccess::option(), acceptSiteChanges});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    if (parser.positionalArguments().isEmpty())
        return parser.usageError(io, tr("expected at least one review file"));
    int exitCode = ExitOk;
    std::unique_ptr<Database> database = DatabaseAccess::open(parser, io, {}, exitCode);
    if (!database)
        return exitCode;
    ReviewRepository repository(*database);
    ReviewImporter::Options options;
    options.acceptSiteChanges = parser.isSet(acceptSiteChanges);
    const ReviewImporter::Result result
        = ReviewImporter::importFiles(repository, parser.positionalArguments(), options);
    for (const ReviewImporter::FileResult &file : result.imported) {
        const QString outcome = file.outcome == ReviewImporter::Outcome::Added ? tr("added")
            : file.outcome == ReviewImporter::Outcome::Replaced                ? tr("replaced")
                                                                               : tr("unchanged");
        io.out << QStringLiteral("%1 %2 %3\n")
                      .arg(outcome, file.reviewUuid, TextRules::message(file.path));
    }
    // What the user agreed to is said once more, so the output records what changed.
    if (result.fileProblems.isEmpty() && !result.databaseError)
        for (const QString &change : result.siteChanges)
            io.out << tr("site change: %1").arg(TextRules::message(change)) << QStringLiteral("\n");
    io.out.flush();
    if (!result.fileProblems.isEmpty()) {
        io.err << tr("laatu-cli import: nothing was imported; the files have %n problem(s):",
                     nullptr, static_cast<int>(result.fileProblems.size()))
               << Qt::endl;
        for (const QString &problem : result.fileProblems)
            io.err << QStringLiteral("  - ") << TextRules::message(problem) << Qt::endl;
        if (!result.siteChanges.isEmpty() && !options.acceptSiteChanges)
            io.err << tr("To make the %n site change(s) listed, run the import again with "
                         "--accept-site-changes.",
                         nullptr, static_cast<int>(result.siteChanges.size()))
                   << Qt::endl;
        return ExitBadInput;
    }
    if (result.databaseError)
        return DatabaseAccess::fail(io, parser.command(), result.databaseError);
    return ExitOk;
}

} // namespace laatu::cli
