#include "MergeCommand.h"

#include "DatabaseAccess.h"

#include "analysis/MergeConflictText.h"
#include "analysis/RaterFileMerger.h"
#include "i18n/Translator.h"
#include "storage/ReviewRepository.h"
#include "text/TextRules.h"

namespace laatu::cli {

QString MergeCommand::summary()
{
    return tr("Merge reviewers' own ratings files into their reviews.");
}

int MergeCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(
        QStringLiteral("merge"),
        tr("Merges files written by 'export-mine' (or any review file of a review already in "
           "the database) as their reviewers: new reviewers, their ratings and new evidence are "
           "added; a value that differs on both sides is a conflict, listed, and the database's "
           "value is kept unless --take-incoming is given. Every file is checked before "
           "anything is written. Exit code %1 when conflicts were found.")
                .arg(kExitConflicts)
            + QLatin1Char(' ')
            + tr("The evidence workbook's coach and record rows are merged row by row: a new "
                 "row is added, a differing code or value is a conflict like any other, and no "
                 "row is dropped."));
    parser.addPositionalArgument(QStringLiteral("files"), tr("Review files."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption takeOption(QStringLiteral("take-incoming"),
                                        tr("Resolve conflicts with the file's values."));
    // What a merge would do, to decide on --take-incoming before anything is written.
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        tr("Check the files and show what would be added and which conflicts there are; "
           "write nothing."));
    parser.addOptions({DatabaseAccess::option(), takeOption, dryRunOption});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    if (parser.positionalArguments().isEmpty())
        return parser.usageError(io, tr("expected at least one review file"));
    int exitCode = ExitOk;
    Database::Options options;
    options.create = false;
    std::unique_ptr<Database> database = DatabaseAccess::open(parser, io, options, exitCode);
    if (!database)
        return exitCode;
    ReviewRepository repository(*database);
    const bool take = parser.isSet(takeOption);
    const bool dryRun = parser.isSet(dryRunOption);
    const RaterFileMerger::Result result = RaterFileMerger::mergeFiles(
        repository, parser.positionalArguments(),
        take ? ConflictPolicy::TakeIncoming : ConflictPolicy::KeepStored,
        dryRun ? RaterFileMerger::Mode::DryRun : RaterFileMerger::Mode::Write);
    if (!result.fileProblems.isEmpty()) {
        io.err << tr("laatu-cli merge: nothing was merged; the files have %n problem(s):", nullptr,
                     static_cast<int>(result.fileProblems.size()))
               << Qt::endl;
        for (const QString &problem : result.fileProblems)
            io.err << QStringLiteral("  - ") << TextRules::message(problem) << Qt::endl;
        return ExitBadInput;
    }
    if (result.databaseError)
        return DatabaseAccess::fail(io, parser.command(), result.databaseError);
    const QString language = Translator::currentLanguage();
    for (const RaterFileMerger::FileResult &file : result.files) {
        const MergeResult &merge = file.merge;
        StorageError catalogError; // without the catalog, the conflicts name ids and keys
        const Instrument *instrument = repository.catalog(
            merge.merged.review.catalogId, merge.merged.review.catalogVersion, catalogError);
        const QString outcome = !merge.changed() ? tr("unchanged")
            : dryRun                             ? tr("would merge")
                                                 : tr("merged");
        io.out << tr("%1 %2 %3: %n reviewer(s) added", nullptr,
                     static_cast<int>(merge.addedRaters.size()))
                      .arg(outcome, file.reviewUuid, file.path)
               << tr(", %n rating(s) added", nullptr, merge.addedRatings)
               << tr(", %n evidence entry(ies) added", nullptr, merge.addedEvidence);
        // The workbook's counts only when there are any: files without a workbook read as
        // before.
        if (merge.addedCoachRows > 0)
            io.out << tr(", %n coach row(s) added", nullptr, merge.addedCoachRows);
        if (merge.addedRecordRows > 0)
            io.out << tr(", %n record row(s) added", nullptr, merge.addedRecordRows);
        if (merge.addedWorkbookValues > 0)
            io.out << tr(", %n workbook value(s) filled in", nullptr, merge.addedWorkbookValues);
        io.out << tr(", %n unchanged", nullptr, merge.unchanged)
               << tr(", %n conflict(s)", nullptr, static_cast<int>(merge.conflicts.size()))
               << QStringLiteral("\n");
        const QString taking
            = dryRun ? tr("would take the file's value: ") : tr("took the file's value: ");
        const QString keeping = dryRun ? tr("would keep: ") : tr("kept: ");
        for (const MergeConflict &conflict : merge.conflicts)
            io.out << QStringLiteral("  ") << (take ? taking : keeping)
                   << TextRules::message(MergeConflictText::line(MergeConflictText::describe(
                          conflict, merge.merged, instrument, language)))
                   << QStringLiteral("\n");
        if (merge.recordsNotAdded > 0)
            io.out << QStringLiteral("  ")
                   << tr("%n record row(s) of the file not added: this review's record sample "
                         "was cleared, and a merge does not bring it back.",
                         nullptr, merge.recordsNotAdded)
                   << QStringLiteral("\n");
    }
    io.out.flush();
    if (dryRun) {
        io.err << tr("laatu-cli merge: a dry run; nothing was written.") << Qt::endl;
        return result.hasConflicts() && !take ? kExitConflicts : ExitOk;
    }
    if (result.hasConflicts() && !take) {
        io.err << tr("laatu-cli merge: conflicts were found; the values in the database were kept. "
                     "Run again with --take-incoming to use the file's values.")
               << Qt::endl;
        return kExitConflicts;
    }
    return ExitOk;
}

} // namespace laatu::cli
