#include "HandOutCommand.h"

#include "DatabaseAccess.h"

#include "exchange/HandOut.h"
#include "exchange/ReviewFileIo.h"
#include "storage/ReviewRepository.h"

namespace laatu::cli {

QString HandOutCommand::summary()
{
    return tr("Write a review's frame for a co-reviewer to rate independently.");
}

int HandOutCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(
        QStringLiteral("hand-out"),
        tr("Writes a review file for the co-reviewer's laptop: the site, the visit, the catalog "
           "and the reviewers, but no reviewer's ratings, no consensus, and no notes, findings "
           "or actions, so that the co-reviewer rates independently. They bring it in with "
           "'import', rate, and send their ratings back with 'export-mine' for 'merge'."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("Review number or UUID."));
    const QCommandLineOption raterOption(QStringLiteral("rater"),
                                         tr("The co-reviewer the file is for, by name or UUID."),
                                         QStringLiteral("name|uuid"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The file to write."),
                                       QStringLiteral("file"));
    const QCommandLineOption evidenceOption(
        QStringLiteral("with-evidence"),
        tr("Include the figures and checklists gathered so far (shared evidence, no ratings)."));
    parser.addOptions({DatabaseAccess::option(), raterOption, outOption, evidenceOption});
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
    const std::optional<ReviewDocument> frame
        = HandOut::forCoReviewer(review, parser.value(raterOption),
                                 HandOut::Options {parser.isSet(evidenceOption)}, problem);
    if (!frame)
        return parser.usageError(io, problem);
    problem = ReviewFileIo::write(parser.value(outOption), *frame);
    if (!problem.isEmpty()) {
        io.err << tr("laatu-cli hand-out: %1").arg(problem) << Qt::endl;
        return ExitBadInput;
    }
    QString name;
    for (const Rater &rater : frame->raters)
        if (rater.uuid == frame->handedOutToUuid)
            name = rater.name;
    io.out << tr("Wrote review %1 for %2 to %3: the frame only, no ratings, notes or findings.")
                  .arg(review.review.uuid, name, parser.value(outOption))
           << Qt::endl;
    return ExitOk;
}

} // namespace laatu::cli
