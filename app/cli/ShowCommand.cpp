#include "ShowCommand.h"

#include "DatabaseAccess.h"

#include "exchange/ReviewFileFormat.h"
#include "scoring/ScoreCard.h"
#include "scoring/ScoreCardJson.h"
#include "storage/ReviewRepository.h"
#include "text/TextRules.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace laatu::cli {

QString ShowCommand::summary()
{
    return tr("Show one review: site, reviewers, ratings, score, findings, actions.");
}

int ShowCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(QStringLiteral("show"),
                         tr("Shows one review, given by its number in 'list' or its UUID."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("Review number or UUID."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print the review and its score card as JSON."));
    parser.addOptions({DatabaseAccess::option(), jsonOption});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return parser.usageError(io, tr("expected one review number or UUID"));
    int exitCode = ExitOk;
    std::unique_ptr<Database> database = DatabaseAccess::openForReading(parser, io, exitCode);
    if (!database)
        return exitCode;
    ReviewRepository repository(*database);
    ReviewDocument document;
    StorageError error = DatabaseAccess::loadReview(
        repository, parser.positionalArguments().constFirst(), document);
    const Instrument *instrument = error
        ? nullptr
        : repository.catalog(document.review.catalogId, document.review.catalogVersion, error);
    if (error)
        return DatabaseAccess::fail(io, parser.command(), error);
    const ScoreCard card
        = ScoreCard::compute(*instrument, document.consensus(), document.raterSheets());
    if (parser.isSet(jsonOption)) {
        QJsonObject json {{QStringLiteral("review"),
                           QJsonDocument::fromJson(ReviewFileFormat::toJson(document)).object()},
                          {QStringLiteral("score"), ScoreCardJson::toJson(card, *instrument)}};
        io.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const ReviewHeader &review = document.review;
    io.out << tr("Review %1 (%2)").arg(review.id).arg(review.uuid) << Qt::endl
           << tr("Site: %1, %2, %3, %4")
                  .arg(TextRules::oneLine(document.site.name),
                       TextRules::oneLine(document.site.unit),
                       TextRules::oneLine(document.site.municipality),
                       TextRules::oneLine(document.site.county))
           << Qt::endl
           << tr("Visit: %1 to %2, %3, %4")
                  .arg(review.visitStart.toString(Qt::ISODate),
                       review.visitEnd.toString(Qt::ISODate), toKey(review.kind),
                       toKey(review.status))
           << Qt::endl;
    QStringList raterNames;
    for (const Rater &rater : document.raters)
        raterNames << TextRules::oneLine(rater.name);
    io.out << tr("Reviewers: %1").arg(raterNames.join(QStringLiteral(", "))) << Qt::endl
           << tr("Catalog: %1 %2")
                  .arg(TextRules::oneLine(review.catalogId),
                       TextRules::oneLine(review.catalogVersion))
           << Qt::endl
           << tr("Score: total %1 of %2, mean %3, level %4")
                  .arg(card.total() ? QString::number(*card.total()) : QStringLiteral("-"))
                  .arg(card.maximumTotal())
                  .arg(card.isComplete() ? card.meanText(QLocale::c()) : QStringLiteral("-"),
                       card.levelKey())
           << Qt::endl
           << Qt::endl;
    const QList<RatingSheet> raters = document.raterSheets();
    const RatingSheet consensus = document.consensus();
    for (const Criterion &criterion : instrument->criteria()) {
        QStringList cells;
        for (const RatingSheet &rater : raters)
            cells << (rater.rating(criterion.id) ? QString::number(*rater.rating(criterion.id))
                                                 : QStringLiteral("-"));
        const auto agreed = consensus.rating(criterion.id);
        io.out << QStringLiteral("%1 %2  %3  -> %4\n")
                      .arg(criterion.number, 2)
                      .arg(criterion.id.leftJustified(26), cells.join(QLatin1Char(' ')),
                           agreed ? QString::number(*agreed) : QStringLiteral("-"));
    }
    for (const Finding &finding : document.findings)
        io.out << QStringLiteral("\n%1 [%2] %3")
                      .arg(toKey(finding.kind), TextRules::oneLine(finding.criterionId),
                           TextRules::block(finding.text, QStringLiteral("    ")));
    // The agenda in one line each: day, times, what (laatu-cli plan writes the letter).
    for (const VisitPlanItem &item : document.visitPlan.items)
        io.out << QStringLiteral("\n%1 %2 %3-%4 %5 (%6; %7)")
                      .arg(tr("plan day"))
                      .arg(item.day)
                      .arg(VisitPlanTimes::toText(item.start), VisitPlanTimes::toText(item.end),
                           TextRules::oneLine(item.activity), TextRules::oneLine(item.participants),
                           TextRules::oneLine(item.place));
    for (const ActionItem &action : document.actions)
        io.out << QStringLiteral("\n%1: %2 (%3, %4, %5)")
                      .arg(tr("action"), TextRules::block(action.what, QStringLiteral("    ")),
                           TextRules::oneLine(action.who), action.due.toString(Qt::ISODate),
                           toKey(action.status));
    io.out << Qt::endl;
    return ExitOk;
}

} // namespace laatu::cli
