#include "ExportMineCommand.h"

#include "DatabaseAccess.h"

#include "analysis/RaterExport.h"
#include "exchange/ReviewFileIo.h"
#include "storage/ReviewRepository.h"

namespace laatu::cli {

QString ExportMineCommand::summary()
{
    return tr("Write one reviewer's own ratings and the evidence, for 'merge' elsewhere.");
}

int ExportMineCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(
        QStringLiteral("export-mine"),
        tr("Writes a review file holding one reviewer of a review with their own ratings and "
           "the evidence notes, numbers and checks, but no consensus, findings or actions. The "
           "lead reviewer brings it in with 'merge' (not 'import', which replaces a review).")
            + QLatin1Char(' ')
            + tr("Of the evidence workbook it holds the coach rows this reviewer filled and the "
                 "shared ones; the record sample stays on this computer unless --with-records "
                 "is given."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("Review number or UUID."));
    const QCommandLineOption raterOption(
        QStringLiteral("rater"), tr("The reviewer, by name or UUID."), QStringLiteral("name|uuid"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The file to write."),
                                       QStringLiteral("file"));
    // The record sample is about clients: it leaves only when asked for by name.
    const QCommandLineOption recordsOption(
        QStringLiteral("with-records"),
        tr("Also write the record sample's rows this reviewer filled (pseudonymous codes and "
           "their data points), for the lead to merge."));
    parser.addOptions({DatabaseAccess::option(), raterOption, outOption, recordsOption});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return parser.usageError(io, tr("expected one review number or UUID"));
    if (parser.value(raterOption).trimmed().isEmpty())
        return parser.usageError(io, tr("--rater NAME|UUID is required"));
    if (parser.value(outOption).isEmpty())
        return parser.usageError(io, tr("--out FILE is required"));
    int exitCode = ExitOk;
    std::unique_ptr<Database> database = DatabaseAccess::openForReading(parser, io, exitCode);
    if (!database)
        return exitCode;
    ReviewRepository repository(*database);
    ReviewDocument review;
    if (StorageError error
        = DatabaseAccess::loadReview(repository, parser.positionalArguments().constFirst(), review))
        return DatabaseAccess::fail(io, parser.command(), error);
    QString problem;
    const std::optional<Rater> rater
        = RaterExport::findRater(review, parser.value(raterOption), problem);
    if (!rater)
        return parser.usageError(io, problem);
    const bool withRecords = parser.isSet(recordsOption);
    const ReviewDocument mine = RaterExport::myRatings(review, *rater, {withRecords});
    problem = ReviewFileIo::write(parser.value(outOption), mine);
    if (!problem.isEmpty()) {
        io.err << tr("laatu-cli export-mine: %1").arg(problem) << Qt::endl;
        return ExitBadInput;
    }
    io.out << tr("Wrote the ratings of %1 in review %2 to %3.")
                  .arg(rater->name, review.review.uuid, parser.value(outOption))
           << Qt::endl;
    const int records = RaterExport::recordRowsOf(review, rater->uuid);
    if (!mine.workbook.coaches.isEmpty())
        io.out << tr("It holds %n coach row(s) of the workbook.", nullptr,
                     static_cast<int>(mine.workbook.coaches.size()))
               << Qt::endl;
    if (withRecords && records > 0)
        io.out << tr("It holds %n record row(s) of the record sample.", nullptr, records)
               << Qt::endl;
    else if (records > 0)
        io.out << tr("The record sample (%n row(s)) stayed on this computer; --with-records "
                     "writes it too.",
                     nullptr, records)
               << Qt::endl;
    return ExitOk;
}

} // namespace laatu::cli
